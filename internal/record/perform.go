package record

import (
	"context"
	"fmt"
	"time"

	"github.com/docdrift/docdrift/internal/browser"
	"github.com/docdrift/docdrift/internal/locate"
	"github.com/go-rod/rod"
	"github.com/go-rod/rod/lib/input"
)

// settleWithin bounds the wait for a page to settle after an action: a page that never stops
// polling is done all the same, and the next action waits for what it needs.
const settleWithin = 5 * time.Second

// Perform does a script's action in sess as a writer would — finding the control by role
// and name as a run does and clicking it or typing into it with real input — so that the
// page's capture, not the script, is what record writes down.
func Perform(ctx context.Context, sess *browser.Session, a Action) error {
	var err error
	switch a.Verb {
	case "click":
		err = clickNamed(ctx, sess, a.Target, append(append([]locate.Role{}, locate.Clickable...), locate.Option, locate.Combobox))
	case "fill":
		err = fillNamed(ctx, sess, a.Target, a.Value)
	case "choose":
		err = chooseNamed(ctx, sess, a.Target, a.Value)
	case "check", "uncheck":
		err = checkNamed(ctx, sess, a.Target, a.Verb == "check")
	default:
		err = fmt.Errorf("unknown action %q", a.Verb)
	}
	if err != nil {
		return fmt.Errorf("%s: %s: %w", a.Pos, a, err)
	}
	return nil
}

func clickNamed(ctx context.Context, sess *browser.Session, name string, roles []locate.Role) error {
	el, _, err := locate.Find(ctx, sess.Page, locate.Query{Roles: roles, Name: name})
	if err != nil {
		return err
	}
	return press(ctx, sess, el)
}

// press clicks el with the mouse and waits for the page to settle.
func press(ctx context.Context, sess *browser.Session, el *rod.Element) error {
	pt, err := sess.Aim(ctx, el)
	if err != nil {
		return err
	}
	if err := sess.Click(ctx, pt); err != nil {
		return fmt.Errorf("click: %w", err)
	}
	return settle(ctx, sess)
}

// settle waits, within settleWithin, for the page to settle; only ctx ending is an error.
func settle(ctx context.Context, sess *browser.Session) error {
	sctx, cancel := context.WithTimeout(ctx, settleWithin)
	defer cancel()
	if err := sess.Settle(sctx); err != nil && ctx.Err() != nil {
		return err
	}
	return nil
}

func fillNamed(ctx context.Context, sess *browser.Session, field, value string) error {
	el, _, err := locate.Find(ctx, sess.Page, locate.Query{Roles: []locate.Role{locate.Textbox}, Name: field})
	if err != nil {
		return err
	}
	if err := el.SelectAllText(); err != nil {
		return fmt.Errorf("select the field's text: %w", err)
	}
	if value == "" {
		// Typing nothing changes nothing: delete the selection as a writer would.
		err = el.Type(input.Backspace)
	} else {
		err = el.Input(value)
	}
	if err != nil {
		return fmt.Errorf("type into the field: %w", err)
	}
	return settle(ctx, sess)
}

// chooseNamed picks option in the group or dropdown named: a radio of a fieldset, an option
// of a select, or one of the list a custom dropdown opens.
func chooseNamed(ctx context.Context, sess *browser.Session, name, option string) error {
	el, m, err := locate.Find(ctx, sess.Page, locate.Query{Roles: []locate.Role{locate.Group, locate.Combobox}, Name: name})
	if err != nil {
		return err
	}
	if m.Role() == locate.Group {
		opt, _, err := locate.Find(ctx, sess.Page, locate.Query{Roles: []locate.Role{locate.Radio, locate.Button}, Name: option,
			Within: el, WithinLabel: fmt.Sprintf("the %q group", name)})
		if err != nil {
			return err
		}
		return press(ctx, sess, opt)
	}
	tag, err := el.Eval(`function () { return this.localName }`)
	if err != nil {
		return fmt.Errorf("inspect the dropdown: %w", err)
	}
	if tag.Value.Str() == "select" {
		if err := el.Select([]string{option}, true, rod.SelectorTypeText); err != nil {
			return fmt.Errorf("the %q dropdown has no option %q", name, option)
		}
		return settle(ctx, sess)
	}
	if err := press(ctx, sess, el); err != nil {
		return err
	}
	return clickNamed(ctx, sess, option, []locate.Role{locate.Option, locate.MenuItem})
}

func checkNamed(ctx context.Context, sess *browser.Session, name string, on bool) error {
	el, m, err := locate.Find(ctx, sess.Page, locate.Query{Roles: []locate.Role{locate.Checkbox}, Name: name})
	if err != nil {
		return err
	}
	if m.Checked == on {
		return nil
	}
	return press(ctx, sess, el)
}
