package steps

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"

	"github.com/docdrift/docdrift/internal/locate"
	"github.com/docdrift/docdrift/internal/understand"
	"github.com/go-rod/rod"
)

// The performers of the acts understand reads. Each finds what the doc names the way a
// reader would — by role and visible name, in the containers the doc names — and does it.

// choose picks an option: of a dropdown or a group the doc names, or one the doc describes
// ("select at least the minimal scopes") in the section it names.
func (s *Scenario) choose(ctx context.Context, a understand.Act) error {
	option := a.Target.Label()
	for _, w := range a.In {
		switch {
		case w.Kind == "dropdown" && w.Label != "" && option != "":
			err := s.chooseFromDropdown(ctx, w.Label, option)
			if shown, ok := s.dropdownShowing(ctx, err, a.Target.Labels()); ok {
				s.notes = append(s.notes, fmt.Sprintf("the %q dropdown is the one showing %q: the page names it nowhere", w.Label, shown))
				return s.chooseFromDropdown(ctx, shown, option)
			}
			return err
		case w.Kind == "group" && w.Label != "" && option != "":
			return s.chooseOptionFor(ctx, option, w.Label)
		}
	}
	if option == "" && a.Target.Kind == "dropdown" && a.Target.Words != "" && !a.Target.Subject {
		return s.chooseAnyOf(ctx, a)
	}
	if option == "" {
		if a.Target.Subject && s.subject != "" {
			// "Click on the user in the list": the procedure's item, whatever draws the list.
			return s.pressItem(ctx, slices.DeleteFunc(slices.Clone(a.In), func(w understand.Where) bool {
				return w.Label == "" && (w.Kind == "dropdown" || w.Kind == "list")
			}))
		}
		for _, w := range a.In {
			if w.Kind == "dropdown" && w.Label == "" && a.Target.Words != "" && !a.Target.Subject {
				// "Click on Edit in the dropdown" after the ⋯ button opened a menu (Medusa's
				// section menus): the dropdown is that menu, and Edit its item.
				item := locate.Query{Roles: []locate.Role{locate.MenuItem}, Name: a.Target.Words, Described: true}
				if _, _, ok := s.glanceFor(ctx, item); ok {
					return s.clickWords(ctx, a.Target.Words, item.Roles, nil)
				}
			}
			if w.Kind == "dropdown" {
				// "Choose your new locale among the **Locales** list", "choose a role from the
				// **Role** list" with no role of the procedure's own, "Click on the drop-down
				// list to choose a new role": any of its options does.
				err := s.chooseAnyFromDropdown(ctx, w.Label, a.Target.Words)
				if !a.Target.Subject || !errors.As(err, new(*Mismatch)) {
					return err
				}
				break // "Click on the user in the list" where no dropdown is: the page's own list
			}
		}
		if a.Target.Subject {
			// "Click on the user in the list" with no user of the run's: none of the list's
			// items is the procedure's to open.
			return noItem("choose")
		}
		section := ""
		for _, w := range a.In {
			if w.Label != "" {
				section = w.Label
			}
		}
		return s.chooseDescribed(ctx, section)
	}
	if len(a.Target.Any) > 1 && len(a.Target.Path) == 0 {
		return s.clickAny(ctx, a.Target.Any, rolesOf("option"), a.In)
	}
	return s.clickIn(ctx, option, append(rolesOf("option"), locate.Link, locate.Tab), a.In)
}

// dropdownShowing is the dropdown a step names by words the page shows nowhere, where err
// says no dropdown bears them, known instead by what it shows: one of the options the step
// lists, or that word in the plural or singular ("Choose the target type (Product, Product
// Type, or Shipping Option)", where Medusa's unlabelled select shows "Products").
func (s *Scenario) dropdownShowing(ctx context.Context, err error, options []string) (string, bool) {
	var nf *locate.NotFoundError
	if !errors.As(err, &nf) || !slices.Equal(nf.Query.Roles, []locate.Role{locate.Combobox}) {
		return "", false
	}
	for _, o := range options {
		for _, shown := range []string{o, o + "s", strings.TrimSuffix(o, "s")} {
			if _, m, ok := s.glanceFor(ctx, locate.Query{Roles: nf.Query.Roles, Name: shown}); ok {
				return m.Label(), true
			}
		}
	}
	return "", false
}

// chooseAnyOf picks an option of the list a step names by a noun ("choose a country"):
// any option does, as the doc names none. Where the page has no list of that name the words
// are pressed as a click on them would be (a card or a button called "Region").
func (s *Scenario) chooseAnyOf(ctx context.Context, a understand.Act) error {
	list := locate.Query{Roles: []locate.Role{locate.Combobox}, Name: a.Target.Words}
	if _, _, ok := s.glanceFor(ctx, list); ok {
		return s.chooseAnyFromDropdown(ctx, a.Target.Words, "")
	}
	a.Verb, a.Target.Kind = understand.Click, ""
	return s.click(ctx, a)
}

// check ticks (or unticks) a check box or switch: named, or in the subject's row.
func (s *Scenario) check(ctx context.Context, a understand.Act, on bool) error {
	ctx, cancel := s.step(ctx)
	defer cancel()
	q := locate.Query{Roles: []locate.Role{locate.Checkbox}, Name: a.Target.Label()}
	switch {
	case a.Hint == understand.ReadersPick:
		// "Tick the boxes of the permissions to grant": the first the reader sees will do.
	case q.Name == "" && a.Target.Words != "":
		q.Name, q.Described = a.Target.Words, true
	case q.Name == "" && s.itemOfKind(a.Target.Item) != "":
		q.Row = s.subject
	case q.Name == "" && s.tickedOfKind(a.Target.Item) != "":
		// "the sales channel you want to remove" after a step ticked one to add.
		q.Row = s.tickedOfKind(a.Target.Item)
		s.notes = append(s.notes, fmt.Sprintf("the %s is %q, which a step before ticked", a.Target.Item, q.Row))
	case q.Name == "":
		return noItem("select")
	}
	q, err := s.scoped(ctx, q, a.In)
	if err != nil {
		return err
	}
	if a.Hint == understand.ReadersPick {
		return s.tickPick(ctx, s.madeToPick(ctx, q, a.Target.Item), a.Target.Item, on)
	}
	box, err := s.find(ctx, q)
	if err != nil {
		return err
	}
	if a.Target.Kind == "switch" {
		if box, err = switchBeside(ctx, box); err != nil {
			return err
		}
	}
	if s.choice {
		// "If the product has variants, enable the … toggle": the box is there, as the doc
		// says; what the reader chooses is left as the product set it (a product with
		// variants asks for its options before it can be made).
		return nil
	}
	return s.setChecked(ctx, box, on)
}

// switchBesideJS is the box itself when it is a switch, else the first visible switch of its
// table row, else the box.
const switchBesideJS = `function () {
	if (this.getAttribute("role") === "switch") return this;
	const row = this.closest("tr, [role=row]");
	const sw = row && [...row.querySelectorAll("[role=switch]")].find((e) => e.checkVisibility());
	return sw || this;
}`

// switchBeside is, for a box the doc calls a toggle or a switch, the switch in the row of the
// box found: an item's row may hold its select box beside the switch of a setting (Medusa's
// currencies). A page drawing its switches as plain check boxes keeps the box.
func switchBeside(ctx context.Context, box *rod.Element) (*rod.Element, error) {
	obj, err := box.Context(ctx).Evaluate(rod.Eval(switchBesideJS).ByObject())
	if err != nil {
		return nil, fmt.Errorf("look for the switch beside the box: %w", err)
	}
	return box.Page().Context(ctx).ElementFromObject(obj)
}

// hover points at a control, as a reader does to reveal a menu or a tooltip.
func (s *Scenario) hover(ctx context.Context, a understand.Act) error {
	ctx, cancel := s.step(ctx)
	defer cancel()
	q := locate.Query{Name: a.Target.Label(), Icon: a.Target.Icon, IconWord: a.Target.IconWord}
	switch {
	case q.Name == "" && q.Icon == "" && a.Target.Subject && a.Target.Kind == "row":
		if el, note, ok := s.rowOfOpenDialog(ctx); ok {
			s.notes = append(s.notes, note)
			if err := el.Hover(); err != nil {
				return fmt.Errorf("hover: %w", err)
			}
			return s.settle(ctx)
		}
		fallthrough
	case q.Name == "" && q.Icon == "" && a.Target.Subject:
		// "Hover the folder to be edited": the run's item, by its name, to show its actions.
		if s.subject == "" {
			return noItem("point at")
		}
		q.Roles, q.Name = itemRoles, s.subject
	case q.Name == "" && q.Icon == "":
		q.Name, q.Described = a.Target.Words, true
	}
	q, err := s.scoped(ctx, q, a.In)
	if err != nil {
		return err
	}
	el, err := s.find(ctx, q)
	if err != nil {
		return err
	}
	if err := el.Hover(); err != nil {
		return fmt.Errorf("hover: %w", err)
	}
	return s.settle(ctx)
}

// copyValues checks that each value the doc says to copy is shown and not empty; the values
// are secrets from then on.
func (s *Scenario) copyValues(ctx context.Context, a understand.Act) error {
	if a.Hint == understand.JustShown {
		// "Copy it": what the page has just shown, a new credential where there is one.
		ctx, cancel := s.step(ctx)
		defer cancel()
		if v, ok := s.newCredentialShown(ctx); ok {
			s.keepShown("the value shown", v)
			return nil
		}
		if len(s.shown) == 0 {
			s.notChecked = "the doc says to copy what the page shows, and it shows no new credential"
		}
		return nil
	}
	for _, label := range a.Target.Labels() {
		if err := s.copyField(ctx, label); err != nil {
			return err
		}
	}
	return nil
}

// upload gives the file input the doc names (or the page's only one) a small file.
func (s *Scenario) upload(ctx context.Context, a understand.Act) error {
	if s.picked {
		return nil // "Click **Select Files** and choose a picture": the picker the click opened was answered
	}
	ctx, cancel := s.step(ctx)
	defer cancel()
	el, err := s.fileInput(ctx)
	if err != nil {
		return err
	}
	accept, err := el.Attribute("accept")
	if err != nil {
		return fmt.Errorf("read what the file input accepts: %w", err)
	}
	kind := ""
	if accept != nil {
		kind = *accept
	}
	path, err := s.sampleFile(kind)
	if err != nil {
		return err
	}
	if err := el.SetFiles([]string{path}); err != nil {
		return fmt.Errorf("upload %s: %w", path, err)
	}
	return nil
}

// fileInput is the page's file input a reader's upload goes to: the first drawn where the
// reader sees it — an input itself is mostly hidden behind its drop zone, but its drop zone is
// not; one in a tab or step not showing is not it (Medusa's product form holds two).
func (s *Scenario) fileInput(ctx context.Context) (*rod.Element, error) {
	inputs, err := s.session.Page.Context(ctx).Elements(`input[type=file]`)
	if err != nil {
		return nil, fmt.Errorf("look for file inputs: %w", err)
	}
	if len(inputs) == 0 {
		return nil, mismatch("no file input on the page to upload to")
	}
	for _, in := range inputs {
		shown, err := in.Eval(`() => { const p = this.parentElement; return !!p && p.getClientRects().length > 0 }`)
		if err != nil {
			return nil, fmt.Errorf("see where a file input is drawn: %w", err)
		}
		if shown.Value.Bool() {
			return in, nil
		}
	}
	return inputs[0], nil
}

// downloadFile clicks what the doc names and checks a file arrives; with nothing named, it is
// the outcome "a file downloads".
func (s *Scenario) downloadFile(ctx context.Context, a understand.Act) error {
	t := a.Target
	if len(t.Path) > 0 || len(t.Any) > 0 || t.Icon != "" {
		if err := s.click(ctx, understand.Act{Verb: understand.Click, Target: t, In: a.In}); err != nil {
			return err
		}
	}
	return s.receiveDownload(ctx, a.Value)
}

// scrollTo brings the part of the page the doc names into view.
func (s *Scenario) scrollTo(ctx context.Context, a understand.Act) error {
	ctx, cancel := s.step(ctx)
	defer cancel()
	label := a.Target.Label()
	if label == "" {
		return nil // "Scroll down": the next step finds what it needs wherever it is
	}
	el, err := s.find(ctx, locate.Query{Roles: []locate.Role{locate.Heading, locate.Group, locate.Button, locate.Link}, Name: label})
	if err != nil {
		return err
	}
	return el.ScrollIntoView()
}

// wait lets the page finish what it is doing.
func (s *Scenario) wait(ctx context.Context, _ understand.Act) error {
	ctx, cancel := s.step(ctx)
	defer cancel()
	return s.settle(ctx)
}

// confirmAct answers a confirmation: a browser prompt the click before armed, or the open
// dialog's button.
func (s *Scenario) confirmAct(ctx context.Context, a understand.Act) error {
	label := a.Target.Label()
	if label == "" {
		label = "OK"
	}
	return s.confirm(ctx, label)
}

// findSubject checks that the procedure's item is listed. An item of another kind than the
// procedure's ("find the service zone" on a location's page) is none the run has: the step
// cannot be checked, never passed on the location's name.
func (s *Scenario) findSubject(ctx context.Context, a understand.Act) error {
	ctx, cancel := s.step(ctx)
	defer cancel()
	name := a.Target.Label()
	if name == "" {
		name = s.subject
		if a.Target.Subject && name != "" {
			var err error
			if name, err = s.subjectAs(a.Target, "find"); err != nil {
				return err
			}
		}
	}
	if name == "" {
		return nil // "Find the order in the grid": nothing of the run's to look for
	}
	_, err := s.search(ctx, locate.Query{Roles: shownAs, Name: name})
	if errors.As(err, new(*locate.NotFoundError)) && textShown(ctx, s.session.Page, name) {
		// A service zone's name drawn as plain text in its card, no cell, link or heading:
		// the reader finds it there all the same.
		return nil
	}
	return s.missing(err)
}

// textShownJS reports a visible text of the page matching the pattern (asAWord).
const textShownJS = `(pattern) => {
	const re = new RegExp(pattern);
	const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	for (let n = walker.nextNode(); n; n = walker.nextNode()) {
		if (re.test(n.textContent) && n.parentElement && n.parentElement.checkVisibility()) return true;
	}
	return false;
}`

// asAWord is a pattern, in the syntax Go and page scripts share, of name as a word of its
// own: not the start of a longer name ("…-8" in "…-80", an address "…-8@example.com").
func asAWord(name string) string {
	return `(^|[^\w@-])` + regexp.QuoteMeta(name) + `($|[^\w@.-]|\.(\W|$))`
}

// textShown reports name shown as text anywhere on the page, as a word of its own; a
// run-scoped name is the run's item wherever it shows.
func textShown(ctx context.Context, page *rod.Page, name string) bool {
	res, err := page.Context(ctx).Eval(textShownJS, asAWord(name))
	return err == nil && res.Value.Bool()
}

// subjectAs is the procedure's item, for a step whose words for the item it acts on (t's)
// call it by its kind ("the service zone you want to edit"); Unmet, the step's verb saying
// what it could not do, when they name another kind: a service zone is no location, and the
// location's own name, or the ⋯ in its header, would pass the step on what it is not about.
func (s *Scenario) subjectAs(t understand.Target, verb string) (string, error) {
	what := cmp.Or(t.Item, t.Words)
	words := strings.Fields(what)
	if len(words) == 0 {
		return s.subject, nil
	}
	if name := s.itemOfKind(words[len(words)-1]); name != "" { // "service zone": a zone
		return name, nil
	}
	if m, ok := s.madeBeforeOfKind(words[len(words)-1]); ok {
		// "Find the address" in "Delete Customer Address", after "Add Customer Address".
		s.notes = append(s.notes, fmt.Sprintf("the %s is %s, which %q made first", what, m.name, m.by))
		return m.name, nil
	}
	if row := s.tickedOfKind(what); row != "" {
		// "find the product you want to remove from the collection" after "check the
		// products you want to add" ticked one.
		s.notes = append(s.notes, fmt.Sprintf("the %s is %q, which a step before ticked", what, row))
		return row, nil
	}
	if t.Item == "" && slices.Contains([]string{"option", "button", "link", "tab", "row", "column"}, t.Kind) {
		// "the shipping option": the doc's own words, kind and all (a kind that stands for
		// many words — "list" is a dropdown — is left out).
		what += " " + t.Kind
	}
	return "", &Unmet{fmt.Sprintf("no %s of the run's to %s: the procedure's item is %s, a %s", what, verb, s.subject, s.madeKind())}
}

// tickedOfKind is the row a step before ticked as an item of kind, singular or plural ("the
// product" of "the products you want to add"); "" for none.
func (s *Scenario) tickedOfKind(kind string) string {
	if row := s.ticked[kind]; row != "" {
		return row
	}
	for _, k := range slices.Sorted(maps.Keys(s.ticked)) {
		if understand.Kind(k) == understand.Kind(kind) {
			return s.ticked[k]
		}
	}
	return ""
}

// shownAs are what a page shows an item's name as, listed or opened.
var shownAs = []locate.Role{locate.Cell, locate.Link, locate.Heading, locate.Button}

// see checks what the doc says the page now shows: a page, dialog or tab by its heading, a
// dialog's fields, a message, or a label. An outcome that names nothing to look for ("You'll
// see a password like:", "the sections at the top contain …") is waited for — the page
// settles — and, when the step asks nothing else, reported not checked: passing it would
// claim a check nobody made.
func (s *Scenario) see(ctx context.Context, a understand.Act) error {
	t := a.Target
	switch {
	case t.Kind == "dialog" && len(t.Any) > 0:
		return s.seeDialogFields(ctx, t.Any)
	case len(t.Path) > 0:
		return s.seePage(ctx, t.Label(), t.Kind)
	case t.Kind == "dialog" || t.Kind == "message":
		ctx, cancel := s.step(ctx)
		defer cancel()
		return s.expect(ctx, locate.Query{Roles: []locate.Role{locate.Dialog}})
	}
	// "… appears under **Personal access tokens**": the section or tab the doc names must be
	// there — the innermost it names ("in the "Private keys" section of the settings page").
	// A sidebar or navigation named by a link is a cross-reference, not a heading.
	for _, w := range slices.Backward(a.In) {
		if w.Label != "" && (w.Kind == "" || w.Kind == "section" || w.Kind == "tab" || w.Kind == "page") {
			return s.seePage(ctx, w.Label, w.Kind)
		}
	}
	ctx, cancel := s.step(ctx)
	defer cancel()
	if err := s.settle(ctx); err != nil {
		return err
	}
	s.unnamed++
	return nil
}

// NothingNamed is why a step whose only acts are outcomes that name nothing on the page is
// reported not checked.
const NothingNamed = "the doc names nothing on the page to look for"

// exists makes sure the item the procedure acts on exists before it starts.
func (s *Scenario) exists(ctx context.Context, a understand.Act) error {
	return s.precondition(ctx, a.Target.Words)
}
