package steps

import (
	"context"
	"errors"
	"fmt"

	"github.com/docdrift/docdrift/internal/locate"
	"github.com/docdrift/docdrift/internal/understand"
	"github.com/go-rod/rod"
)

// Where a step goes before it acts: the parts of a menu path, captions among them, and the
// tab a step places itself in.

// followPath clicks each label of a path of menus, links and tabs in turn, the last one with
// last when it is given. A label before the last that the page shows only as a caption over
// a group of controls ("Settings > Global Settings > Webhooks", "Global Settings" heading a
// group of a side menu's links) is no click: the next label is looked for in that group, and
// one that is elsewhere is drift — the reader looks under the caption the doc names.
func (s *Scenario) followPath(ctx context.Context, path []string, roles []locate.Role, in []understand.Where, last func(label string, in []understand.Where) error) error {
	var group *rod.Element
	caption := ""
	for i, label := range path {
		if i == len(path)-1 && group == nil {
			return s.pressLast(ctx, label, roles, in, last)
		}
		if i < len(path)-1 {
			g, ok, err := s.caption(ctx, label)
			if err != nil {
				return err
			}
			if ok {
				group, caption = g, label
				continue
			}
		}
		q := locate.Query{Roles: roles, Name: label}
		if group != nil {
			q.Within, q.WithinLabel = group, fmt.Sprintf("the group under %q", caption)
		}
		if err := s.clickQuery(ctx, q, in); err != nil {
			return err
		}
		group = nil
	}
	return nil
}

// pressLast presses the last label of a way, with last when it is given. Where the page shows
// no control of that label, a dropdown of that name is what the way ends at ("select
// **Tags**", "**Filters** > **Tags**" where Tags is a list to pick from): it is opened, as a
// reader clicks into it.
func (s *Scenario) pressLast(ctx context.Context, label string, roles []locate.Role, in []understand.Where, last func(label string, in []understand.Where) error) error {
	var err error
	if last != nil {
		err = last(label, in)
	} else {
		err = s.clickQuery(ctx, locate.Query{Roles: roles, Name: label}, in)
	}
	if errors.As(err, new(*Mismatch)) {
		if opened, oerr := s.openDropdownNamed(ctx, label, roles, in); opened || oerr != nil {
			return oerr
		}
	}
	return err
}

// startAtIcon presses the icon a way to go starts at ("**Path:** [gear] *Plugin > Roles*")
// unless the page shows the way's first part already, as a control or a caption: the reader
// looks for "Plugin" first, and where the icon pictures that part ("[gear] *Settings > …*")
// the two are one control. The account's own control never pictures the part after it: that
// part is in the menu it opens ("Account name or initials > Profile"), whatever else the page
// calls "Profile".
func (s *Scenario) startAtIcon(ctx context.Context, icon, first string, in []understand.Where) error {
	if icon == understand.AccountIcon {
		return s.clickIconIn(ctx, locate.Query{Icon: icon}, in, understand.Target{})
	}
	if _, _, ok := s.glanceFor(ctx, locate.Query{Name: first}); ok {
		return nil
	}
	if _, ok, _ := s.caption(ctx, first); ok {
		return nil
	}
	err := s.clickIconIn(ctx, locate.Query{Icon: icon}, in, understand.Target{})
	var m *Mismatch
	if errors.As(err, &m) {
		// Neither the part nor its picture: the reader looks for the part's words, and the
		// drift is theirs, with the page's nearest ("Content Type Builder" for Strapi's
		// "Content-Type Builder" link), not the icon's.
		return nil
	}
	return err
}

// caption asks the page, within the step's time, for the group label heads when it shows
// label only as a caption.
func (s *Scenario) caption(ctx context.Context, label string) (*rod.Element, bool, error) {
	sctx, cancel := s.step(ctx)
	defer cancel()
	g, ok, err := locate.Caption(sctx, s.session.Page, label)
	if g != nil {
		g = g.Context(ctx) // held past this look, for the next label's
	}
	return g, ok, err
}

// openTab selects the tab a step places itself in ("In the **Advanced settings** tab, tick
// …") when the page shows that tab unselected: a reader opens it before looking inside. A
// page with no such tab is left as it is; the step's own search says what is missing.
func (s *Scenario) openTab(ctx context.Context, label string) error {
	el, m, ok := s.glanceFor(ctx, locate.Query{Roles: []locate.Role{locate.Tab}, Name: label})
	if !ok || m.Checked {
		return nil
	}
	return s.press(ctx, el)
}
