package steps

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/docdrift/docdrift/internal/editdist"
	"github.com/docdrift/docdrift/internal/locate"
	"github.com/docdrift/docdrift/internal/understand"
	"github.com/go-rod/rod"
)

// The act of clicking what a step names: a label, a group of them, an icon or words that
// describe the control, in the containers the step names.

// click presses the control a step names: by label (a path of them, or one of several), by
// icon, by the procedure's own item, or by the words of an unmarked label.
func (s *Scenario) click(ctx context.Context, a understand.Act) error {
	t := a.Target
	roles := rolesOf(t.Kind)
	if field, on, ok := switchWord(t.Label(), a.In); ok && len(t.Path) <= 1 && t.Icon == "" {
		return s.clickSwitchWord(ctx, t.Label(), field, on, roles, a.In)
	}
	switch {
	case t.Icon != "" && len(t.Path) == 0:
		return s.clickIconIn(ctx, locate.Query{Icon: t.Icon, IconWord: t.IconWord, Kind: rolesOf(t.Kind)}, a.In, t)
	case len(t.Path) > 0 && t.Subject && s.subject == "":
		// "Select **Delete** next to the key you want to delete", with no key made: the step
		// cannot be checked, whatever the page shows.
		return noItem("select")
	case len(t.Path) > 0: // a label beside its icon ("[trash] **Delete**") names the control
		in := a.In
		if t.Subject {
			// "Select **Delete** next to the key you want to delete": the key's own Delete —
			// "next to the label you want to delete", the label's, never the key's.
			row, err := s.subjectAs(t, "select")
			if err != nil {
				return err
			}
			in = append(slices.Clip(in), understand.Where{Kind: itemsRow, Label: row})
		}
		var last func(string, []understand.Where) error
		if place := placeOf(in); place != "" {
			last = func(label string, _ []understand.Where) error { return s.clickAt(ctx, label, place) }
		}
		if len(t.Path) == 1 {
			if picked, err := s.fromDropdownNamed(ctx, t.Path[0], roles, in); picked || err != nil {
				return err
			}
		}
		return s.followPath(ctx, t.Path, roles, in, last)
	case len(t.Any) > 0:
		return s.clickAny(ctx, t.Any, roles, a.In)
	case t.Subject:
		if s.subject == "" {
			return noItem("select")
		}
		return s.pressItem(ctx, a.In)
	case t.Words != "":
		if d := dropdownPlace(a.In); d != "" {
			// "**Workflows**: choose all workflows, or a specific workflow name": words for
			// an option of the Workflows list, not a control of their own.
			if s.shownOrReopened(ctx, locate.Query{Roles: []locate.Role{locate.Combobox}, Name: d}) {
				return s.chooseAnyFromDropdown(ctx, d, t.Words)
			}
		}
		return s.clickWords(ctx, t.Words, roles, a.In)
	case t.Kind == "dropdown":
		// "Click on the drop-down list related to the permission": the one the reader sees
		// first, in the open dialog if there is one.
		return s.clickQuery(ctx, locate.Query{Roles: []locate.Role{locate.Combobox}}, a.In)
	}
	return fmt.Errorf("nothing named to click")
}

// rolesOf is what a reader looks for when the doc calls a control a button, a tab, a link….
func rolesOf(kind string) []locate.Role {
	switch kind {
	case "button":
		return []locate.Role{locate.Button, locate.Link, locate.MenuItem}
	case "link":
		return []locate.Role{locate.Link, locate.Button}
	case "tab":
		return []locate.Role{locate.Tab, locate.Link, locate.Button}
	case "menu item", "menu":
		return []locate.Role{locate.MenuItem, locate.Link, locate.Button}
	case "option":
		return []locate.Role{locate.Radio, locate.Option, locate.Button, locate.MenuItem}
	case "checkbox":
		return []locate.Role{locate.Checkbox}
	case "field":
		// "the **Remember me** box", "the **Role** field": a reader clicks any box of that name.
		return []locate.Role{locate.Textbox, locate.Checkbox, locate.Combobox}
	case "dropdown":
		return []locate.Role{locate.Combobox, locate.Button}
	}
	return nil // Clickable
}

// itemsRow is a Where of the steps' own: the row of the item its Label names, the one a step
// names by its kind ("next to the label you want to delete"; see subjectAs).
const itemsRow = "the item's row"

// scoped narrows a query to the containers a step names: a table column and the subject's
// row, or the open dialog.
func (s *Scenario) scoped(ctx context.Context, q locate.Query, in []understand.Where) (locate.Query, error) {
	for _, w := range in {
		if understand.IsDialog(w.Kind) && w.Kind != "dialog" {
			// "In the pop-up, …", "in the modal": the dialog open, where one is — a pop-up
			// may be a window of its own or a panel drawn with no dialog role, looked in as
			// the page is.
			if dlg, _, ok := s.glanceFor(ctx, locate.Query{Roles: []locate.Role{locate.Dialog}}); ok {
				q.Within, q.WithinLabel = dlg, "the "+w.Kind
			}
			continue
		}
		switch w.Kind {
		case "column":
			// "the more icon in the **Actions** column": in the procedure's own item's row.
			// With no item, the first row's control could delete or change what is not the
			// run's — a real user's token on a real product.
			if s.subject == "" {
				return q, noItem("act on")
			}
			q.Column, q.Row = w.Label, s.subject
		case understand.ItemPage:
			if words := strings.Fields(w.Label); len(words) > 0 && s.itemOfKind(words[len(words)-1]) == "" {
				// "In your workflow, …" with no workflow made, or "In your DatoCMS project, …"
				// when the procedure's item is a plugin: the reader is in theirs, the page at
				// hand.
				continue
			}
			if err := s.toItem(ctx, nil); err != nil {
				return q, err
			}
		case understand.ItemList:
			if err := s.toItems(ctx); err != nil {
				return q, err
			}
		case "row":
			// "on the right side of the role's record": the procedure's own item's row. With
			// no item, the first row's control could delete or change what is not the run's.
			if s.subject == "" {
				return q, noItem("act on")
			}
			q.Row = s.subject
			if kind := strings.TrimSuffix(strings.TrimSuffix(w.Label, "'s"), "’s"); kind != "" {
				// "in the product's row" on a collection's page: the product's, the one the
				// run has of that kind — never the collection's own header.
				row, err := s.subjectAs(understand.Target{Item: kind}, "act on")
				if err != nil {
					return q, err
				}
				q.Row = row
			}
		case itemsRow:
			q.Row = w.Label
		case "", "section", "tab":
			// "Under **Danger Zone**", "In the **Webhooks** section": which of several
			// controls of one name is meant.
			if w.Label != "" {
				q.Section = w.Label
				// An icon is told from the page's others only by where it is: the "⋯" of a
				// "Locales" section the page lacks is no other section's "⋯".
				q.NeedsSection = q.NeedsSection || q.Icon != ""
			}
			if w.Kind == "tab" && w.Label != "" {
				if err := s.openTab(ctx, w.Label); err != nil {
					return q, err
				}
			}
		case "dialog":
			dlg, err := s.find(ctx, locate.Query{Roles: []locate.Role{locate.Dialog}})
			if err != nil {
				return q, lookedFor(err, "no dialog is open")
			}
			q.Within, q.WithinLabel = dlg, "the dialog"
			if w.Label != "" {
				q.WithinLabel = fmt.Sprintf("the %q dialog", w.Label)
			}
		}
	}
	return q, nil
}

func placeOf(in []understand.Where) string {
	for _, w := range in {
		if w.Place != "" && (w.Kind == "" || w.Kind == "page" || w.Kind == "corner" || w.Kind == "side") {
			return w.Place
		}
	}
	return ""
}

// clickIn clicks the control with a label, in the containers named.
func (s *Scenario) clickIn(ctx context.Context, label string, roles []locate.Role, in []understand.Where) error {
	return s.clickQuery(ctx, locate.Query{Roles: roles, Name: label}, in)
}

// clickQuery clicks the control q finds in the containers named.
func (s *Scenario) clickQuery(ctx context.Context, q locate.Query, in []understand.Where) error {
	ctx, cancel := s.step(ctx)
	defer cancel()
	q, err := s.scoped(ctx, q, in)
	if err != nil {
		return err
	}
	return s.findAndPress(ctx, q)
}

// clickAny clicks the first of the alternatives the page shows ("Select **30 days**, **90
// days**, or **Custom**"); none showing is drift on the first.
func (s *Scenario) clickAny(ctx context.Context, labels []string, roles []locate.Role, in []understand.Where) error {
	ctx, cancel := s.step(ctx)
	defer cancel()
	for _, label := range labels {
		q, err := s.scoped(ctx, locate.Query{Roles: roles, Name: label}, in)
		if err != nil {
			return err
		}
		if el, _, ok := s.glanceFor(ctx, q); ok {
			if err := s.press(ctx, el); !errors.Is(err, locate.ErrRedrawn) {
				return err
			}
			return s.findAndPress(ctx, q)
		}
	}
	if picked, err := s.fromDropdownNamed(ctx, labels[0], roles, in); picked || err != nil {
		return err
	}
	drifts := len(s.drifts)
	err := s.clickIn(ctx, labels[0], roles, in)
	if len(s.drifts) > drifts { // carried on past it
		nearestAlternative(s.drifts[len(s.drifts)-1], labels)
	}
	return nearestAlternative(err, labels)
}

// nearestAlternative makes the drift of a step that offers alternatives ("Choose "Enable
// tax-inclusive pricing" or "Disable tax-inclusive pricing" …, depending on the current
// setting") about the one nearest the closest label the page shows, though the first was
// looked for: the message names that one, and a fix suggested rewrites it, not the other.
func nearestAlternative(err error, labels []string) error {
	var m *Mismatch
	var nf *locate.NotFoundError
	if !errors.As(err, &m) || len(m.Closest) == 0 || !errors.As(err, &nf) {
		return err
	}
	if nearest, _ := editdist.Nearest(m.Closest[0], labels); nearest != "" {
		nf.Query.Name, m.Wanted = nearest, nearest
	}
	return err
}

// fromDropdownNamed picks option in a dropdown the step names as the place of what it
// clicks ("**Status**: choose from **Failed**, **Running** …", "In **Role**, select
// **Editor**") when the page shows no such control but such a dropdown: the options of a
// closed list are no buttons on the page. It reports whether it picked; the place named is
// else a section, and the click goes on as written.
func (s *Scenario) fromDropdownNamed(ctx context.Context, option string, roles []locate.Role, in []understand.Where) (bool, error) {
	d := dropdownPlace(in)
	if d == "" {
		return false, nil
	}
	if _, _, shown := s.glanceFor(ctx, locate.Query{Roles: roles, Name: option}); shown {
		return false, nil
	}
	if !s.shownOrReopened(ctx, locate.Query{Roles: []locate.Role{locate.Combobox}, Name: d}) {
		return false, nil
	}
	return true, s.chooseFromDropdown(ctx, d, option)
}

// openDropdownNamed opens the dropdown a step selects by its name ("On the Workflows page,
// select **Filters**. Select **Tags**." where Tags is a list to pick from), once the page
// showed no control of that label, as a reader clicks into it. It reports whether it did.
func (s *Scenario) openDropdownNamed(ctx context.Context, label string, roles []locate.Role, in []understand.Where) (bool, error) {
	if len(roles) > 0 && !slices.Equal(roles, locate.Clickable) {
		return false, nil // the doc said what kind of control it is
	}
	q, err := s.scoped(ctx, locate.Query{Roles: []locate.Role{locate.Combobox}, Name: label}, in)
	if err != nil {
		return false, err
	}
	el, _, ok := s.glanceFor(ctx, q)
	if !ok {
		return false, nil
	}
	return true, s.press(ctx, el)
}

// dropdownPlace is the innermost place a step names by a bare label ("In **Status**, …",
// "**Status**: …"), which may be a dropdown; "" when it names none or says what kind it is.
func dropdownPlace(in []understand.Where) string {
	if len(in) == 0 || in[len(in)-1].Kind != "" {
		return ""
	}
	return in[len(in)-1].Label
}

// glance is how long a reader looks for one of several alternatives before trying the next.
const glance = 300 * time.Millisecond

// glanceFor looks for what q finds for at most a glance; ok is false when the page does not
// show it. Absence is decided once the page has settled, not by waiting the glance out: the
// looks made after a failed search, or after a press that opens a menu, cost a drift nothing.
func (s *Scenario) glanceFor(ctx context.Context, q locate.Query) (*rod.Element, locate.Match, bool) {
	gctx, stop := context.WithTimeout(ctx, glance)
	defer stop()
	el, m, err := locate.FindUntilSettled(gctx, s.session.Page, s.cfg.configured(q), s.settled)
	if err != nil {
		return nil, m, false
	}
	return el.Context(ctx), m, true
}

// noItem says a step names the procedure's item when there is none, and how to give it one.
func noItem(verb string) error {
	return lacksItem{&Unmet{fmt.Sprintf("no item to %s: the procedure neither creates one nor declares one with <!-- docdrift: given … -->, and no subject of the product's profile makes one ([[product.subject]] in docdrift.toml)", verb)}}
}

// clickWords clicks a control the doc names in plain words: the visible label those words
// hold ("Click on Regenerate recovery codes", "Create the policy").
func (s *Scenario) clickWords(ctx context.Context, words string, roles []locate.Role, in []understand.Where) error {
	return s.clickQuery(ctx, locate.Query{Roles: roles, Name: words, Described: true}, in)
}

// clickIconIn clicks a control described by its picture (icon: the picture, and the kind the
// doc called the control), in the subject's row of a column when the doc names one, and where
// on the page the doc puts it.
func (s *Scenario) clickIconIn(ctx context.Context, icon locate.Query, in []understand.Where, t understand.Target) error {
	ctx, cancel := s.step(ctx)
	defer cancel()
	q, err := s.scoped(ctx, icon, in)
	if err != nil {
		return err
	}
	if t.Subject {
		if s.subject == "" {
			// Pressing the first row's edit or trash icon could regenerate or delete an item
			// that is not the run's.
			return noItem("act on")
		}
		// "the ⋯ icon next to the override you want to edit" on a tax region's page with no
		// override: the region's own ⋯ would edit the region.
		if q.Row, err = s.subjectAs(t, "act on"); err != nil {
			return err
		}
	}
	if place := placeOf(in); place != "" {
		return s.pressAt(ctx, q, place)
	}
	if q.Row != "" || s.subject == "" {
		return s.findAndPress(ctx, q)
	}
	return s.findAndPressUnless(ctx, q, func(el *rod.Element) (bool, error) {
		if !inAnothersRow(ctx, el, s.subject) {
			return false, nil
		}
		// "Click the ⋯ icon in the first section's header" on a list rather than the item's
		// page: the first such icon is another item's (a shipping profile the product came
		// with), and what follows it could delete that item. The procedure's own row's, if
		// the list shows it; else nothing.
		mine := q
		mine.Row = s.subject
		if _, _, ok := s.glanceFor(ctx, mine); !ok {
			return true, &Unmet{fmt.Sprintf("the first such control is in another item's row, and none shows in %s's: pressing it could change what is not the run's", s.subject)}
		}
		s.notes = append(s.notes, fmt.Sprintf("pressed the one in %s's row: the first on the page is another item's", s.subject))
		return true, s.findAndPress(ctx, mine)
	})
}

// inAnothersRow reports el in a row of a list that does not show name: a control of another
// item's.
func inAnothersRow(ctx context.Context, el *rod.Element, name string) bool {
	r, err := el.Context(ctx).Eval(`function (name) { const r = this.closest("tr, [role=row]"); return !!r && !r.textContent.includes(name) }`, name)
	return err == nil && r.Value.Bool()
}
