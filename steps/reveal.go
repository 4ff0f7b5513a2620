package steps

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/docdrift/docdrift/internal/editdist"
	"github.com/docdrift/docdrift/internal/locate"
	"github.com/go-rod/rod"
	"github.com/go-rod/rod/lib/input"
)

// revealInRow points at the table row that shows row, as a reader does when a list's actions
// show only under the pointer (an edit or trash icon that appears on hover), and waits for
// what that shows; it reports whether there was such a row to point at.
func (s *Scenario) revealInRow(ctx context.Context, row string) bool {
	if s.hoveredRow == row {
		return false // pointed at already: what did not show then will not now
	}
	s.hoveredRow = row
	// The search before this one saw the page settled: the row is there now or never.
	el, _, ok := s.glanceFor(ctx, locate.Query{Roles: []locate.Role{locate.Row}, Row: row})
	if !ok {
		return false
	}
	// Over its first cell: a row's middle may be the gap between two cells (a table's border
	// spacing), where rod waits for the row to be uncovered until the step's time runs out.
	if cell, err := el.Sleeper(rod.NotFoundSleeper).Element(`td, th, [role=cell], [role=gridcell], [role=rowheader]`); err == nil {
		el = cell
	}
	hctx, stop := context.WithTimeout(ctx, glance)
	defer stop()
	if err := el.Context(hctx).Hover(); err != nil {
		return false
	}
	return s.waitSettled(ctx) == nil
}

// inAccountMenu looks for q in the signed-in account's menu when the page shows it nowhere, as
// a reader who does not see "Settings" tries the avatar: many apps keep settings there (n8n
// keeps them in the menu of the account at the foot of its side menu). It opens the menu once
// per step, takes q from it when it is there, noting the way the step did not say, and closes
// the menu again when it is not. A search confined to a part of the page is not widened so,
// and an account control that is a link (to a profile page) is not followed.
func (s *Scenario) inAccountMenu(ctx context.Context, q locate.Query) (*rod.Element, bool) {
	if q.Name == "" || q.Row != "" || q.Within != nil || q.Icon == locate.AccountIcon || s.triedAccountMenu || !s.loggedIn || !pressable(q.Roles) {
		return nil, false
	}
	s.triedAccountMenu = true
	if _, _, named := s.glanceFor(ctx, locate.Query{Roles: []locate.Role{locate.Combobox}, Name: q.Name}); named {
		// The step names a list the page shows (the click then opens it); pressing the
		// avatar would close the panel that shows it.
		return nil, false
	}
	account, c, ok := s.glanceFor(ctx, locate.Query{Icon: locate.AccountIcon})
	if !ok || c.Role() == locate.Link || s.press(ctx, account) != nil {
		return nil, false
	}
	if el, _, ok := s.glanceFor(ctx, q); ok {
		s.notes = append(s.notes, fmt.Sprintf("%q is in the account's menu (%q), which the doc does not say to open: opened it", q.Name, c.Label()))
		return el, true
	}
	if s.session.Press(ctx, input.Escape) == nil {
		_ = s.waitSettled(ctx)
	}
	return nil, false
}

// pressable reports roles a menu may hold: a search for a field is no reason to open one
// (opening it takes the focus from the field the step before opened, and may close that).
func pressable(roles []locate.Role) bool {
	return len(roles) == 0 || slices.ContainsFunc(roles, func(r locate.Role) bool {
		return r == locate.Button || r == locate.Link || r == locate.MenuItem || r == locate.Tab
	})
}

// inRowMenu looks for q, a control in the row of an item, in the row's own menu when the row
// shows it nowhere, as a reader who does not see "Delete" next to a key opens the key's "⋮"
// (PatternFly, Material, Ant and Element lists keep row actions there). Once per step; the
// way is noted, and when q is not in the menu, what the menu offers is said (offers, for the
// drift's message) and Escape closes it. Only a menu item answers — libraries draw menus
// outside the row, and a button of that name elsewhere on the page (a list's "Delete
// Selected") is not the row's.
func (s *Scenario) inRowMenu(ctx context.Context, q locate.Query) (el *rod.Element, offers string, ok bool) {
	// An icon the doc calls by a word ("its edit button <pencil>") is that word's item there.
	label := cmp.Or(q.Name, q.IconWord)
	if label == "" || q.Row == "" || s.triedRowMenu {
		return nil, "", false
	}
	s.triedRowMenu = true
	menu, c, ok := s.glanceFor(ctx, locate.Query{Icon: "ellipsis", Row: q.Row, Kind: []locate.Role{locate.Button}})
	if !ok || s.press(ctx, menu) != nil {
		return nil, "", false
	}
	item := q
	item.Row, item.Column = "", ""
	item.Roles = []locate.Role{locate.MenuItem}
	if el, _, ok := s.glanceFor(ctx, item); ok {
		s.notes = append(s.notes, fmt.Sprintf("%q is in the menu of the row of %q (%q), which the doc does not say to open: opened it", label, q.Row, c.Label()))
		return el, "", true
	}
	// What the menu holds instead is the nearest a writer gets to the label: "Rename folder"
	// where the doc says "its edit button".
	if items, err := s.menuItems(ctx); err == nil && len(items) > 0 {
		offers = fmt.Sprintf("the row's menu (%q) offers %s", c.Label(), editdist.Quote(items))
	}
	if s.session.Press(ctx, input.Escape) == nil {
		_ = s.waitSettled(ctx)
	}
	return nil, offers, false
}

// choiceNamed looks for the option of a group of choices that bears the name a click asks
// for, when no link or button does: "Choose **Fixed**" over a card that is a radio button
// (Medusa's price type). A reader presses what bears the name.
func (s *Scenario) choiceNamed(ctx context.Context, q locate.Query) (*rod.Element, bool) {
	if q.Name == "" || q.Icon != "" || len(q.Roles) > 0 && !slices.Equal(q.Roles, locate.Clickable) {
		return nil, false
	}
	choice := q
	choice.Roles = []locate.Role{locate.Radio}
	el, _, ok := s.glanceFor(ctx, choice)
	return el, ok
}

// drawnOnly looks, once per step and name, for q among what the page only draws when it has
// nothing like it among its named controls: a control with no name whose picture says it (a
// funnel for "Filters", a trash can for "Delete"), else a span or a picture a script listens
// to, with no button or link role (n8n's "+ Add tag"). The note says so: a reader can press
// it, assistive technology cannot.
func (s *Scenario) drawnOnly(ctx context.Context, q locate.Query) (*rod.Element, bool) {
	roles := q.Roles
	if len(roles) == 0 {
		roles = locate.Clickable
	}
	if q.Name == "" || q.Icon != "" || s.triedDrawn == q.Name || !slices.ContainsFunc(roles, func(r locate.Role) bool { return r == locate.Button || r == locate.Link }) {
		return nil, false
	}
	s.triedDrawn = q.Name
	icon := q
	icon.Icon, icon.Name, icon.Described, icon.Unnamed = q.Name, "", false, true
	if el, m, ok := s.glanceFor(ctx, icon); ok && m.Others == 0 {
		// One such picture only: of several, a reader could not tell which the doc means.
		s.notes = append(s.notes, fmt.Sprintf("%q is a control with no name, only a picture (%q): pressed it as a reader would", q.Name, m.Label()))
		return el, true
	}
	drawn := q
	drawn.Roles = append(slices.Clip(roles), locate.Drawn)
	el, _, ok := s.glanceFor(ctx, drawn)
	if ok {
		s.notes = append(s.notes, fmt.Sprintf("%q is drawn as clickable but has no button or link role: pressed it as a reader would", q.Name))
	}
	return el, ok
}

// pictureUnder looks, once per step and icon, for an icon the page names nowhere ("the arrow
// icon in the "Metadata" section": a link drawn only as an SVG) as a reader who cannot tell
// the picture by name does: the one control under that section's title with no name at all.
// Where the section holds none, or several, it is not guessed.
func (s *Scenario) pictureUnder(ctx context.Context, q locate.Query) (*rod.Element, bool) {
	if q.Icon == "" || q.Section == "" || s.triedDrawn == "icon:"+q.Icon {
		return nil, false
	}
	s.triedDrawn = "icon:" + q.Icon
	drawn := q
	drawn.Icon, drawn.IconWord, drawn.IconAlso, drawn.Unnamed, drawn.InSection = "", "", nil, true, true
	el, _, ok := s.glanceFor(ctx, drawn)
	if ok {
		s.notes = append(s.notes, fmt.Sprintf("no control shows the %s icon by name: pressed the one control under %q that has no name, only a picture", q.Icon, q.Section))
	}
	return el, ok
}
