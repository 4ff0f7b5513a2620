package steps

import (
	"context"
	"fmt"
	"strings"

	"github.com/docdrift/docdrift/internal/browser"
	"github.com/docdrift/docdrift/internal/flattree"
	"github.com/docdrift/docdrift/internal/locate"
	"github.com/docdrift/docdrift/internal/understand"
	"github.com/go-rod/rod"
)

// confirm answers a confirmation prompt: the browser's confirm() the click before opened (and
// the armed answer took), or else a dialog on the page, by its button named label (as the doc
// marks it up: "**OK**").
func (s *Scenario) confirm(ctx context.Context, label string) error {
	ctx, cancel := s.step(ctx)
	defer cancel()
	if d, ok := s.browserDialog(); ok {
		if d.Type != "confirm" {
			return mismatch("a %s opened, not a confirmation prompt", d.Type)
		}
		return nil
	}
	return s.answerPageDialog(ctx, LabelText(label))
}

// browserDialog is the browser dialog the armed answer went to, if the click opened one; the
// answer is disarmed either way. The click that opens a confirm() returns only once it is
// answered, and press waits for what a click causes, so by the next step it has opened or
// never will.
func (s *Scenario) browserDialog() (browser.Dialog, bool) {
	w := s.dialog
	s.dialog = nil
	if w == nil {
		return browser.Dialog{}, false
	}
	d, ok := w.Opened()
	if !ok {
		w.Cancel()
	}
	return d, ok
}

// affirmative are the words writers use for "yes, go ahead" whatever the button says: "click
// OK in the confirmation prompt" is the prompt's confirming button, "Confirm" or "Yes" alike.
var affirmative = []string{"ok", "okay", "yes", "confirm", "continue"}

// answerPageDialog presses the button named label in the dialog open on the page. A generic
// "OK" the dialog does not have is its confirming button, whatever that is called.
func (s *Scenario) answerPageDialog(ctx context.Context, label string) error {
	dlg, err := s.find(ctx, locate.Query{Roles: []locate.Role{locate.Dialog}})
	if err != nil && s.headingsTaskInMenu(ctx) {
		dlg, err = s.find(ctx, locate.Query{Roles: []locate.Role{locate.Dialog}})
	}
	if err != nil {
		return lookedFor(err, "no confirmation prompt opened: neither a browser prompt nor a dialog on the page")
	}
	q := locate.Query{Roles: []locate.Role{locate.Button}, Name: label, Within: dlg, WithinLabel: "the confirmation dialog"}
	if label == "" || contains(affirmative, strings.ToLower(label)) {
		if btn, ok := s.confirmingButton(ctx, dlg, label); ok {
			return s.press(ctx, btn)
		}
	}
	return s.findAndPress(ctx, q)
}

// confirmingButtonJS picks a dialog's confirming button: the one named label, else the last
// enabled button that does not back out (dialogs put Cancel first and the action last).
var confirmingButtonJS = flattree.With(`function (label, backOut) {
	const buttons = FLAT_TREE.deepAll(this, "button, [role=button], input[type=submit], input[type=button]")
		.filter((b) => b.checkVisibility() && !b.disabled && b.getAttribute("aria-disabled") !== "true");
	const name = (b) => (` + buttonNameJS + `)(b).toLowerCase();
	const named = buttons.find((b) => name(b) === label.toLowerCase());
	if (named) return named;
	const go = buttons.filter((b) => name(b) !== "" && !backOut.includes(name(b)));
	return go.length ? go[go.length - 1] : null;
}`)

// buttonNameJS is what a dialog's button says, as a function of the button.
const buttonNameJS = `(b) => (b.getAttribute("aria-label") || b.innerText || b.value || "").trim()`

func (s *Scenario) confirmingButton(ctx context.Context, dlg *rod.Element, label string) (*rod.Element, bool) {
	obj, err := dlg.Context(ctx).Evaluate(rod.Eval(confirmingButtonJS, label, []string{"cancel", "no", "close", "dismiss", "back", "×", "x"}).ByObject())
	if err != nil || obj.ObjectID == "" {
		return nil, false
	}
	el, err := s.session.Page.Context(ctx).ElementFromObject(obj)
	return el, err == nil
}

// headingsTaskInMenu chooses, from the menu a step before opened, the item that does what the
// procedure's heading says — "Delete User" under "Delete a user", whose steps go from "Select
// the menu icon by the user" straight to "Confirm you want to delete them", as a reader who
// knows the task does without being told — and notes it. It reports whether it chose one.
func (s *Scenario) headingsTaskInMenu(ctx context.Context) bool {
	if s.pickle == nil {
		return false
	}
	verb := understand.HeadingVerb(s.pickle.Name)
	if verb == "" {
		return false
	}
	names := []string{verb}
	if obj := understand.ItemNoun(understand.HeadingObject(s.pickle.Name)); obj != "" {
		names = []string{verb + " " + obj, verb}
	}
	for _, name := range names {
		el, m, ok := s.glanceFor(ctx, locate.Query{Roles: []locate.Role{locate.MenuItem}, Name: name})
		if ok && s.press(ctx, el) == nil {
			s.notes = append(s.notes, fmt.Sprintf("the doc does not say to choose %q from the open menu: chose it, as the heading says (%q)", m.Label(), s.pickle.Name))
			return true
		}
	}
	return false
}
