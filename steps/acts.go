package steps

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/docdrift/docdrift/internal/flattree"
	"github.com/docdrift/docdrift/internal/locate"
	"github.com/docdrift/docdrift/internal/understand"
	"github.com/go-rod/rod"
)

// The performers of the acts understand reads. Each finds what the doc names the way a
// reader would — by role and visible name, in the containers the doc names — and does it.

// signIn opens the product and signs in, unless this scenario already did.
func (s *Scenario) signIn(ctx context.Context, _ understand.Act) error {
	if s.loggedIn {
		return nil
	}
	return s.logIn(ctx)
}

// goTo follows a path of links, menus and tabs, or opens an address on the product's host.
func (s *Scenario) goTo(ctx context.Context, a understand.Act) error {
	t := a.Target
	if t.Kind == "site" {
		// "Go to the URL of your Strapi application's admin panel": the product itself (a
		// site the run does not drive is never performed, see elsewhere).
		return s.openURL(ctx, s.cfg.start())
	}
	if u := s.sameHost(t.Words); u != "" {
		return s.openURL(ctx, u)
	}
	if len(t.Path) == 1 {
		if u := s.sameHost(t.Path[0]); u != "" {
			// "visit `/wp-admin/profile.php`": an address on the product, typed in.
			return s.openURL(ctx, u)
		}
	}
	if len(t.Path) == 0 && len(t.Any) == 0 && t.Words != "" {
		return s.clickWords(ctx, t.Words, rolesOf(t.Kind), a.In)
	}
	path := t.Path
	if len(path) == 0 {
		path = t.Any[:1]
	}
	if t.Icon != "" {
		if err := s.startAtIcon(ctx, t.Icon, path[0], a.In); err != nil {
			return err
		}
	}
	if t.Kind == "section" && len(path) == 1 && t.Icon == "" {
		// "Go to the *Profile* section of your profile": a part of the page under its title,
		// over its fields, is reached by scrolling to it, not by a control of that name.
		group, ok, err := s.caption(ctx, path[0])
		if err != nil {
			return err
		}
		if ok {
			return group.ScrollIntoView()
		}
	}
	if err := s.followPath(ctx, path, rolesOf(t.Kind), a.In, nil); err != nil || !t.Subject {
		return err
	}
	// "Content Manager, edit view of your content type": the way ends at the item's own page.
	return s.toItem(ctx, nil)
}

// itemRoles are what a list shows an item's name as, for a reader to open or select it.
var itemRoles = []locate.Role{locate.Link, locate.Button, locate.Cell}

// toItems opens the list of the procedure's items ("In the list view of your collection
// type, …"): its subject's list, when the run made the item through pages that have one;
// otherwise the reader is where the procedure has led.
func (s *Scenario) toItems(ctx context.Context) error {
	if s.kind == nil || s.kind.Pages == nil || s.kind.Pages.List == "" {
		return nil
	}
	return s.openList(ctx, *s.kind.Pages)
}

// toItem opens the procedure's item's own page ("In the edit view of your content-type, …")
// from its list, unless a step opened it already and the page is still there.
func (s *Scenario) toItem(ctx context.Context, in []understand.Where) error {
	if s.subject == "" {
		return noItem("open")
	}
	if s.itemAt != "" && s.session.Document().URL == s.itemAt {
		return nil
	}
	if err := s.toItems(ctx); err != nil {
		return err
	}
	if err := s.pressItem(ctx, in); err != nil {
		return err
	}
	s.itemAt = s.session.Document().URL
	return nil
}

// pressItem presses the procedure's item by its name: a link, button or cell that reads it,
// else the name itself where the page draws it in a block a reader clicks (a card whose click
// handler opens the item, n8n's workflows: the pointer cursor says it is one).
func (s *Scenario) pressItem(ctx context.Context, in []understand.Where) error {
	err := s.clickIn(ctx, s.subject, itemRoles, in)
	if !errors.As(err, new(*Mismatch)) {
		return err
	}
	if searched, serr := s.searchList(ctx, s.subject); serr != nil {
		return serr
	} else if searched {
		// Not among the rows shown: a reader searches the list for it.
		if err = s.clickIn(ctx, s.subject, itemRoles, in); !errors.As(err, new(*Mismatch)) {
			return err
		}
	}
	ctx, cancel := s.step(ctx)
	defer cancel()
	// Looked for once: the search above waited for the page to settle.
	name, ferr := s.session.Page.Context(ctx).Sleeper(rod.NotFoundSleeper).ElementByJS(rod.Eval(clickableNameJS, s.subject))
	if ferr != nil {
		return err
	}
	return s.press(ctx, name)
}

// clickableNameJS finds the visible element whose own text is the name, inside a block drawn
// clickable (a pointer cursor on it or one of its near ancestors); null when there is none.
const clickableNameJS = `(name) => {
	const norm = (s) => (s || "").replace(/\s+/g, " ").trim();
	const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	for (let n = walk.nextNode(); n; n = walk.nextNode()) {
		const el = n.parentElement;
		if (norm(n.textContent) !== name || !el || !el.checkVisibility()) continue;
		for (let a = el, i = 0; a && i < 6; a = a.parentElement, i++)
			if (getComputedStyle(a).cursor === "pointer") return el;
	}
	return null;
}`

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
		return s.clickIconIn(ctx, locate.Query{Icon: t.Icon, IconWord: t.IconWord, Kind: rolesOf(t.Kind)}, a.In, t.Subject)
	case len(t.Path) > 0 && t.Subject && s.subject == "":
		// "Select **Delete** next to the key you want to delete", with no key made: the step
		// cannot be checked, whatever the page shows.
		return noItem("select")
	case len(t.Path) > 0: // a label beside its icon ("[trash] **Delete**") names the control
		in := a.In
		if t.Subject {
			// "Select **Delete** next to the key you want to delete": the key's own Delete.
			in = append(slices.Clip(in), understand.Where{Kind: "row"})
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
		return textbox
	case "dropdown":
		return []locate.Role{locate.Combobox, locate.Button}
	}
	return nil // Clickable
}

// scoped narrows a query to the containers a step names: a table column and the subject's
// row, or the open dialog.
func (s *Scenario) scoped(ctx context.Context, q locate.Query, in []understand.Where) (locate.Query, error) {
	for _, w := range in {
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
			if s.subject == "" && w.Label != "" {
				// "In your workflow, …" with no workflow made: the reader is in theirs, the
				// page at hand.
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
		case "", "section", "tab":
			// "Under **Danger Zone**", "In the **Webhooks** section": which of several
			// controls of one name is meant.
			if w.Label != "" {
				q.Section = w.Label
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
	return s.clickIn(ctx, labels[0], roles, in)
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
	return &Unmet{fmt.Sprintf("no item to %s: the procedure neither creates one nor declares one with <!-- docdrift: given … -->, and no subject of the product's profile makes one ([[product.subject]] in docdrift.toml)", verb)}
}

// clickWords clicks a control the doc names in plain words: the visible label those words
// hold ("Click on Regenerate recovery codes", "Create the policy").
func (s *Scenario) clickWords(ctx context.Context, words string, roles []locate.Role, in []understand.Where) error {
	return s.clickQuery(ctx, locate.Query{Roles: roles, Name: words, Described: true}, in)
}

// clickIconIn clicks a control described by its picture (icon: the picture, and the kind the
// doc called the control), in the subject's row of a column when the doc names one, and where
// on the page the doc puts it.
func (s *Scenario) clickIconIn(ctx context.Context, icon locate.Query, in []understand.Where, subject bool) error {
	ctx, cancel := s.step(ctx)
	defer cancel()
	q, err := s.scoped(ctx, icon, in)
	if err != nil {
		return err
	}
	if subject {
		if s.subject == "" {
			// Pressing the first row's edit or trash icon could regenerate or delete an item
			// that is not the run's.
			return noItem("act on")
		}
		q.Row = s.subject
	}
	if place := placeOf(in); place != "" {
		return s.pressAt(ctx, q, place)
	}
	return s.findAndPress(ctx, q)
}

// enter types a value into the field a step names or the page offers: the value the doc
// spells, else the writer's value directive, else a run-scoped name that becomes the item the
// procedure acts on (and is deleted afterwards).
func (s *Scenario) enter(ctx context.Context, a understand.Act) error {
	ctx, cancel := s.step(ctx)
	defer cancel()
	t := a.Target
	name := t.Label()
	q := locate.Query{Roles: []locate.Role{locate.Textbox, locate.Combobox}, Name: name}
	if name == "" && t.Words != "" {
		q.Name, q.Described = t.Words, true
	}
	q, err := s.scoped(ctx, q, a.In)
	if err != nil {
		return err
	}
	var el *rod.Element
	if q.Name == "" {
		el, err = s.emptyField(ctx)
	} else {
		el, err = s.find(ctx, q)
		if errors.As(err, new(*Mismatch)) && s.reopen(ctx, q) {
			// The field is in a panel an earlier step opened, which closed since.
			el, err = s.find(ctx, q)
		}
		if err != nil && q.Described {
			el, err = s.emptyField(ctx) // the words described the value, not the field
		}
	}
	if err != nil {
		return err
	}
	if s.optional && a.Value == "" && !s.cfg.namesKeptItem(firstNonEmpty(name, t.Words)) {
		// The field is there, as the doc says; a reader may leave it, and a value made up
		// for it would stay on the product (Strapi's signed-in admin kept one as its
		// username). An item's own name is still typed: cleanup finds the item by it.
		return nil
	}
	if a.Hint == understand.ItemsName && a.Value == "" && s.subject != "" {
		// "by entering the sales channel's name": the item's own, which the page asks again.
		return s.setValue(ctx, el, s.subject)
	}
	value, made, kept := s.valueFor(ctx, el, firstNonEmpty(name, t.Words), a.Value, understand.AsksOwn(a))
	s.keptShown, s.typedOther = s.keptShown || kept, s.typedOther || !kept
	if err := s.setValue(ctx, el, value); err != nil {
		return err
	}
	if made {
		s.subject = value
		s.created = append(s.created, value)
		if field := firstNonEmpty(name, t.Words); field != "" {
			if s.typedInto == nil {
				s.typedInto = map[string]string{}
			}
			s.typedInto[value] = field
		}
		if u, err := url.Parse(s.session.Document().URL); err == nil {
			s.madeOf(value, s.cfg.Subjects.keptAt(u.Path))
		}
	}
	return nil
}

// emptyFieldJS finds the focused field (inside web components too: focus sits on their host)
// or the first empty text field, in the open dialog first.
var emptyFieldJS = flattree.With(`() => {
	const { deepAll } = FLAT_TREE;
	const usable = (el) => el && !el.disabled && !el.readOnly && el.getClientRects().length > 0;
	let a = document.activeElement;
	while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
	if (usable(a) && (a.matches('input, textarea, [contenteditable=true]'))) return a;
	// The dialog shown on top: apps keep closed ones in the page (n8n's updates drawer).
	const root = deepAll(document, 'dialog[open], [role=dialog], [aria-modal=true]').filter((d) => d.getClientRects().length > 0).pop() || document;
	for (const el of deepAll(root, 'input:not([type]), input[type=text], input[type=email], input[type=url], input[type=number], input[type=search], input[type=tel], textarea')) {
		if (usable(el) && el.value === '') return el;
	}
	return null;
}`)

// emptyField is the field a reader fills when the doc does not name it: the focused one, or
// the first empty text field on the page (in the open dialog first).
func (s *Scenario) emptyField(ctx context.Context) (*rod.Element, error) {
	obj, err := s.session.Page.Context(ctx).Evaluate(rod.Eval(emptyFieldJS).ByObject())
	if err != nil || obj.ObjectID == "" {
		return nil, mismatch("no empty field on the page to type into")
	}
	return s.session.Page.Context(ctx).ElementFromObject(obj)
}

// valueFor decides what to type: the doc's own value, the writer's value directive for the
// field, what the field holds when it is the reader's own (own: the doc says "your first
// name") or the address the run signs in with, else a value of the field's type — a
// run-scoped name for a text field (made=true: it names the item the procedure creates,
// unless it renames one the run did not make; kept=true: it is what the field shows).
func (s *Scenario) valueFor(ctx context.Context, el *rod.Element, field, doc string, own bool) (value string, made, kept bool) {
	if doc != "" && s.cfg.namesKeptItem(field) {
		// "enter `md2wp`" into the name of an item the run can remove: a run-scoped name
		// instead, so cleanup removes it and never an item of the same name that was there.
		name := s.newName()
		if s.renamed == nil {
			s.renamed = map[string]string{}
		}
		s.renamed[doc] = name
		return name, true, false
	}
	if doc != "" {
		return doc, false, false
	}
	if v, ok := s.cfg.value(s.pickle, field); ok {
		return v, false, false
	}
	kind, now := "text", ""
	if t, err := el.Context(ctx).Eval(`function () {
		if (!["INPUT", "TEXTAREA", "SELECT"].includes(this.tagName)) return ["choice", ""];
		return [(this.type || this.getAttribute('type') || 'text').toLowerCase(), String(this.value)] }`); err == nil {
		kind, now = t.Value.Get("0").Str(), t.Value.Get("1").Str()
	}
	switch {
	case kind == "choice": // a custom combobox the doc gives no value for: its first option
		return "", false, false
	case kind == "password" || saysPassword(field):
		// A password field the page shows in clear (its eye pressed) is one still.
		return s.password(), false, false
	case now != "" && (own || strings.EqualFold(now, s.cfg.Login.Username)):
		// A profile's "Write your first name": the reader's own is what it shows. And its
		// "Email" holding the address the run signs in with: changing it would lock the run,
		// and every run after it, out.
		return now, false, true
	}
	name := s.newName()
	made = now == "" || s.madeName(now) // another's item renamed is still not the run's to delete
	switch kind {
	case "email":
		return name + "@example.com", false, false
	case "url":
		return "https://example.com/" + name, false, false
	case "number", "range":
		return "1", false, false
	case "tel":
		return "5550100", false, false
	}
	return name, made, false
}

// password is what a password field the doc gives no value for gets: the run's own, so a
// step that changes the signed-in account's password (a profile's current password, the new
// one and its confirmation) leaves it as it was and the run can sign in again; without one,
// a password made up for the scenario, kept from every output like the run's.
func (s *Scenario) password() string {
	if s.cfg.Login.Password != "" {
		s.gavePassword = true
		return s.cfg.Login.Password
	}
	if s.madePassword == "" {
		// Random, not a run-scoped name: every output masks a secret's fragments, and the
		// run's names (in its own paths and reports) must stay readable.
		s.madePassword = "Pw9!" + rand.Text()
		s.cfg.Secrets.Add(s.madePassword)
	}
	return s.madePassword
}

// saysPassword reports a field's label that names a password ("Current password",
// "Password confirmation").
func saysPassword(field string) bool {
	return slices.ContainsFunc(strings.Fields(strings.ToLower(field)), func(w string) bool {
		return strings.Trim(w, ".,:;*()") == "password"
	})
}

// setValue types into a text field, or picks the option of a select or combobox.
func (s *Scenario) setValue(ctx context.Context, el *rod.Element, value string) error {
	tag, err := el.Eval(`function () {
		const role = (this.getAttribute("role") || "").trim().split(/\s+/)[0];
		return this.hasAttribute("contenteditable") || role === "textbox" || role === "searchbox" ? "TEXT" : this.tagName }`)
	if err != nil {
		return fmt.Errorf("inspect the field: %w", err)
	}
	switch tag.Value.Str() {
	case "SELECT":
		if err := el.Select([]string{value}, true, rod.SelectorTypeText); err != nil {
			return mismatch("the list has no option %q", value)
		}
		return nil
	case "INPUT", "TEXTAREA", "TEXT":
	default: // a custom combobox (a div or button): open it, pick the option it lists
		if err := s.press(ctx, el); err != nil {
			return err
		}
		if value == "" {
			first, err := s.session.Page.Context(ctx).Element(`[role=option]:not([aria-disabled=true])`)
			if err != nil {
				return fmt.Errorf("the list opened by the field shows no option: %w", err)
			}
			return s.press(ctx, first)
		}
		return s.findAndPress(ctx, locate.Query{Roles: []locate.Role{locate.Option, locate.MenuItem}, Name: value})
	}
	return s.typeText(ctx, el, value)
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// choose picks an option: of a dropdown or a group the doc names, or one the doc describes
// ("select at least the minimal scopes") in the section it names.
func (s *Scenario) choose(ctx context.Context, a understand.Act) error {
	option := a.Target.Label()
	for _, w := range a.In {
		switch {
		case w.Kind == "dropdown" && w.Label != "" && option != "":
			return s.chooseFromDropdown(ctx, w.Label, option)
		case w.Kind == "group" && w.Label != "" && option != "":
			return s.chooseOptionFor(ctx, option, w.Label)
		}
	}
	if option == "" {
		if a.Target.Subject && s.subject != "" {
			// "Click on the user in the list": the procedure's item, whatever draws the list.
			return s.pressItem(ctx, slices.DeleteFunc(slices.Clone(a.In), func(w understand.Where) bool {
				return w.Label == "" && (w.Kind == "dropdown" || w.Kind == "list")
			}))
		}
		for _, w := range a.In {
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
	case q.Name == "" && s.ticked[a.Target.Item] != "":
		// "the sales channel you want to remove" after a step ticked one to add.
		q.Row = s.ticked[a.Target.Item]
		s.notes = append(s.notes, fmt.Sprintf("the %s is %q, which a step before ticked", a.Target.Item, q.Row))
	case q.Name == "":
		return noItem("select")
	}
	q, err := s.scoped(ctx, q, a.In)
	if err != nil {
		return err
	}
	if a.Hint == understand.ReadersPick {
		return s.tickPick(ctx, q, a.Target.Item, on)
	}
	box, err := s.find(ctx, q)
	if err != nil {
		return err
	}
	return s.setChecked(ctx, box, on)
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
	el, err := s.session.Page.Context(ctx).Element(`input[type=file]`)
	if err != nil {
		return mismatch("no file input on the page to upload to")
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

// findSubject checks that the procedure's item is listed.
func (s *Scenario) findSubject(ctx context.Context, a understand.Act) error {
	ctx, cancel := s.step(ctx)
	defer cancel()
	name := a.Target.Label()
	if name == "" {
		name = s.subject
	}
	if name == "" {
		return nil // "Find the order in the grid": nothing of the run's to look for
	}
	return s.expect(ctx, locate.Query{Roles: []locate.Role{locate.Cell, locate.Link, locate.Heading, locate.Button}, Name: name})
}

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
	// there. A sidebar or navigation named by a link is a cross-reference, not a heading.
	for _, w := range a.In {
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

// sameHost returns words as an address when it is one on the product's own host, or one on the
// reader's own machine, which stands for the product wherever the run finds it.
func (s *Scenario) sameHost(words string) string {
	words = strings.TrimSpace(words)
	base, err := url.Parse(s.cfg.BaseURL)
	if err != nil {
		return ""
	}
	if strings.HasPrefix(words, "/") && !strings.HasPrefix(words, "//") && !strings.ContainsAny(words, " \t") {
		// A path on the product's host: "/wp-admin/profile.php".
		if u, err := base.Parse(words); err == nil {
			return u.String()
		}
	}
	u, err := url.Parse(words)
	if err != nil || u.Host == "" {
		return ""
	}
	if u.Host != base.Host && understand.Loopback(u.Hostname()) {
		// "Go to https://localhost:9090": the doc's address for the reader's own install,
		// which is the product this run drives, wherever it is.
		if u.Path == "" || u.Path == "/" {
			return base.String()
		}
		return base.ResolveReference(&url.URL{Path: u.Path, RawQuery: u.RawQuery, Fragment: u.Fragment}).String()
	}
	if base.Host != u.Host {
		return ""
	}
	return u.String()
}

// openURL loads an address, as a reader pasting it into the address bar.
func (s *Scenario) openURL(ctx context.Context, u string) error {
	ctx, cancel := s.step(ctx)
	defer cancel()
	return s.open(ctx, u)
}
