package steps

import (
	"cmp"
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/docdrift/docdrift/internal/flattree"
	"github.com/docdrift/docdrift/internal/locate"
	"github.com/docdrift/docdrift/internal/understand"
	"github.com/go-rod/rod"
)

// The act of typing into a field: which field, and what to type when the doc leaves it to
// the reader.

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
	searchBox := q.Described && q.Name == understand.SearchBox
	if searchBox {
		// "Search for **Slack**": the page's search box, whatever it is called ("Search
		// integrations", a field of type search with no name at all); "the search box on the
		// **Groups** table" that section's own, not the page's first (Cockpit's menu search,
		// beside a table that hides its own until expanded).
		el, err = s.searchBox(ctx, q.Section)
		q.InSection = q.Section != ""
	}
	switch {
	case el != nil:
	case q.Name == "":
		el, err = s.emptyField(ctx)
	default:
		el, err = s.find(ctx, q)
		if errors.As(err, new(*Mismatch)) && s.reopen(ctx, q) {
			// The field is in a panel an earlier step opened, which closed since.
			el, err = s.find(ctx, q)
		}
		if err != nil && q.Described && !searchBox && !a.Optional && !a.Offered {
			// The words described the value, not the field. (One the doc lets the reader
			// leave out, or lists among a form's details, is a field it names among others:
			// absent, it is passed over.)
			el, err = s.emptyField(ctx)
		}
		var nf *locate.NotFoundError
		if searchBox && errors.As(err, &nf) {
			where := q.WithinLabel
			if q.Section != "" {
				where = fmt.Sprintf("the %q section", q.Section)
			}
			err = lookedFor(err, "no search box in %s on page %q", where, nf.Title)
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
	if a.Offered && a.Value == "" && suggestsOnly(ctx, el) {
		// "… including city, country, …": a country field that lists the countries takes
		// one of them, not a name typed into it.
		return s.pickFirstListed(ctx, el)
	}
	if a.Value == "" {
		if n := s.promptedName(ctx, el); n != "" {
			// "Please type docdrift-…-29 to confirm:": the page says which of the run's own
			// names it asks for ("enter the address name", of the address made first).
			return s.setValue(ctx, el, n)
		}
	}
	if a.Hint == understand.ItemsName && a.Value == "" && s.subject != "" {
		// "by entering the sales channel's name": the item's own, which the page asks again.
		return s.setValue(ctx, el, s.subject)
	}
	value, made, kept, err := s.valueFor(ctx, el, firstNonEmpty(name, t.Words), a)
	if err != nil {
		return err
	}
	s.keptShown, s.typedOther = s.keptShown || kept, s.typedOther || !kept
	if err := s.setValue(ctx, el, value); err != nil {
		return err
	}
	if again, err := s.confirmPassword(ctx, el, value); err != nil {
		return err
	} else if again {
		s.notes = append(s.notes, "typed the password again where the form asks to confirm it")
	}
	if made {
		s.typedName(value, firstNonEmpty(name, t.Words))
	}
	return nil
}

// promptedJS is what a field says of the value it asks for: its placeholder and labels.
const promptedJS = `function () { return [this.placeholder || "", ...Array.from(this.labels || [], (l) => l.textContent)].join(" ") }`

// promptedName is the name the run typed earlier that a field's placeholder or label asks for
// as a word of its own (a confirmation prompt's "Please type … to confirm:"); "" for none. Only
// the run's own: a prompt naming what the run did not make is never answered so.
func (s *Scenario) promptedName(ctx context.Context, el *rod.Element) string {
	res, err := el.Context(ctx).Eval(promptedJS)
	if err != nil {
		return ""
	}
	said := res.Value.Str()
	for _, n := range s.created {
		if n != "" && regexp.MustCompile(asAWord(n)).MatchString(said) {
			return n
		}
	}
	return ""
}

// typedAName reports a name typed already for the item being made: by the making under way
// (the items the profile made for it are none), else by the procedure past its set-up.
func (s *Scenario) typedAName() bool {
	if s.making {
		return len(s.created) > s.makingFrom
	}
	return len(s.created) > len(s.setUp)
}

// typedName keeps a run-scoped name the run typed into field (as the doc calls it, or ""):
// the item's, to act on and to clean up after.
func (s *Scenario) typedName(value, field string) {
	s.subject = value
	s.created = append(s.created, value)
	if field != "" {
		if s.typedInto == nil {
			s.typedInto = map[string]string{}
		}
		s.typedInto[value] = field
	}
	if u, err := url.Parse(s.session.Document().URL); err == nil {
		s.madeOf(value, s.cfg.Subjects.keptAt(u.Path))
	}
}

// fieldsPrelude opens the scripts that look for a field to type into: usable says a field
// can take typing, root is where to look — the dialog shown on top, as apps keep closed ones
// in the page (n8n's updates drawer), else the document.
const fieldsPrelude = `
	const { deepAll } = FLAT_TREE;
	const usable = (el) => el && !el.disabled && !el.readOnly && el.getClientRects().length > 0;
	const root = deepAll(document, 'dialog[open], [role=dialog], [role=alertdialog], [aria-modal=true]').filter((d) => d.getClientRects().length > 0).pop() || document;`

// emptyFieldJS finds the focused field (inside web components too: focus sits on their host)
// or the first empty text field, in the open dialog first.
var emptyFieldJS = flattree.With(`() => {` + fieldsPrelude + `
	let a = document.activeElement;
	while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
	if (usable(a) && (a.matches('input, textarea, [contenteditable=true]'))) return a;
	for (const el of deepAll(root, 'input:not([type]), input[type=text], input[type=email], input[type=url], input[type=number], input[type=search], input[type=tel], textarea')) {
		if (usable(el) && el.value === '') return el;
	}
	return null;
}`)

// searchBoxJS finds the page's search box, in the open dialog first: a field of type or role
// search, else one whose name, placeholder or label starts with "Search". With a section,
// only one under that section's title (the nearest heading before it).
var searchBoxJS = flattree.With(`(section) => {` + fieldsPrelude + `
	const norm = (t) => (t || '').replace(/\s+/g, ' ').trim().toLowerCase();
	const under = (el) => {
		let title = null;
		for (const h of deepAll(root, 'h1, h2, h3, h4, h5, h6, [role=heading]')) {
			if (h.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) title = h;
		}
		return title !== null && norm(title.textContent) === norm(section);
	};
	const fields = deepAll(root, 'input, textarea, [role=searchbox], [role=textbox], [role=combobox]')
		.filter((el) => usable(el) && (!section || under(el)));
	const typed = fields.find((el) => el.type === 'search' || el.getAttribute('role') === 'searchbox');
	if (typed) return typed;
	const named = (el) => [el.getAttribute('aria-label'), el.getAttribute('placeholder'), ...Array.from(el.labels || [], (l) => l.textContent)]
		.some((n) => /^\s*search\b/i.test(n || ''));
	return fields.find(named) || null;
}`)

// searchBox is the page's search box, or the one under section's title when section is
// given; nil when it shows none.
func (s *Scenario) searchBox(ctx context.Context, section string) (*rod.Element, error) {
	obj, err := s.session.Page.Context(ctx).Evaluate(rod.Eval(searchBoxJS, section).ByObject())
	if err != nil || obj.ObjectID == "" {
		return nil, nil // no search box: the words name a field after all
	}
	return s.session.Page.Context(ctx).ElementFromObject(obj)
}

// emptyField is the field a reader fills when the doc does not name it: the focused one, or
// the first empty text field on the page (in the open dialog first).
func (s *Scenario) emptyField(ctx context.Context) (*rod.Element, error) {
	obj, err := s.session.Page.Context(ctx).Evaluate(rod.Eval(emptyFieldJS).ByObject())
	if err != nil || obj.ObjectID == "" {
		return nil, mismatch("no empty field on the page to type into")
	}
	return s.session.Page.Context(ctx).ElementFromObject(obj)
}

// valueFor decides what to type for a's field: the doc's own value, the writer's value
// directive for the field, what the field holds when it is the reader's own (the doc says
// "your first name") or the address the run signs in with, else a value of the kind the field
// takes, by its type or by what the doc says of it ("the email address of the shipper") — a
// run-scoped name for a text field (made=true: it names the item the procedure creates,
// unless it renames one the run did not make; kept=true: it is what the field shows), as
// short as the field needs.
func (s *Scenario) valueFor(ctx context.Context, el *rod.Element, field string, a understand.Act) (value string, made, kept bool, err error) {
	doc, own := a.Value, understand.AsksOwn(a)
	if doc != "" && s.cfg.namesKeptItem(field) {
		// "enter `md2wp`" into the name of an item the run can remove: a run-scoped name
		// instead, so cleanup removes it and never an item of the same name that was there.
		_, _, max := fieldFacts(ctx, el)
		name, err := s.fittedName(field, max)
		if err != nil {
			return "", false, false, err
		}
		if s.renamed == nil {
			s.renamed = map[string]string{}
		}
		s.renamed[doc] = name
		return name, true, false, nil
	}
	if doc != "" {
		return doc, false, false, nil
	}
	if v, ok := s.cfg.value(s.pickle, field); ok {
		return v, false, false, nil
	}
	kind, now, max := fieldFacts(ctx, el)
	if kind == "text" {
		// "Shipper email", "Reset password page | Indicate the URL of …": a text box the doc
		// says takes an address; a password field the page shows in clear (its eye pressed) is
		// one still.
		kind = cmp.Or(understand.ValueAsked(field, a), kind)
	}
	switch {
	case kind == "choice", kind == "select-one": // a list the doc gives no value for: its first option
		return "", false, false, nil
	case kind == "password":
		return s.password(), false, false, nil
	case now != "" && (own || strings.EqualFold(now, s.cfg.Login.Username)):
		// A profile's "Write your first name": the reader's own is what it shows. And its
		// "Email" holding the address the run signs in with: changing it would lock the run,
		// and every run after it, out.
		return now, false, true, nil
	}
	if v := whenValue(kind, field, s.cfg.today()); v != "" {
		return v, false, false, nil
	}
	switch kind {
	case "email":
		// An address typed into an empty form before any name is what the item is known by
		// (a customer, an invited user: their list shows it): made, so the procedures that
		// act on it find it, and cleanup and the closing warning know it.
		return s.newName() + "@example.com", now == "" && !s.typedAName(), false, nil
	case "url":
		return "https://example.com/" + s.newName(), false, false, nil
	case "number", "range":
		return "1", false, false, nil
	case "tel":
		return "5550100", false, false, nil
	}
	name, err := s.fittedName(field, max)
	if err != nil {
		return "", false, false, err
	}
	made = now == "" || s.madeName(now) // another's item renamed is still not the run's to delete
	return name, made, false, nil
}

// suggestsOnly reports a text box that is a combo box whose list holds what it takes (a
// country), with nothing typed in it yet.
func suggestsOnly(ctx context.Context, el *rod.Element) bool {
	r, err := el.Context(ctx).Eval(`function () { return this.tagName === "INPUT" && this.value === "" &&
		(this.getAttribute("role") === "combobox" || this.getAttribute("aria-autocomplete") === "list") }`)
	return err == nil && r.Value.Bool()
}

// fieldFacts reads what deciding a field's value needs: its type ("choice" for a custom
// combobox), what it holds, and the most characters it takes (≤ 0: no limit).
func fieldFacts(ctx context.Context, el *rod.Element) (kind, now string, max int) {
	t, err := el.Context(ctx).Eval(flattree.With(`function () {
		if (FLAT_TREE.segmented(this)) {
			const segs = Array.from(this.querySelectorAll("[role=spinbutton]"), (e) => (e.getAttribute("aria-label") || "").toLowerCase());
			return [segs.some((l) => l.startsWith("hour")) ? "datetime-local" : "date", "", -1];
		}
		if (!["INPUT", "TEXTAREA", "SELECT"].includes(this.tagName)) return ["choice", "", -1];
		return [(this.type || this.getAttribute('type') || 'text').toLowerCase(), String(this.value), this.maxLength] }`))
	if err != nil {
		return "text", "", 0
	}
	return t.Value.Get("0").Str(), t.Value.Get("1").Str(), t.Value.Get("2").Int()
}

// fittedName is a new run-scoped name that a field taking at most max characters holds whole
// (fitName); a field too short for any is a step the run cannot take, not drift.
func (s *Scenario) fittedName(field string, max int) (string, error) {
	name, ok := fitName(s.newName(), max)
	if !ok {
		what := "the field"
		if field != "" {
			what = fmt.Sprintf("the %q field", field)
		}
		return "", &Unmet{fmt.Sprintf("%s takes at most %d characters, too few for a name the run can find and remove again (%s)", what, max, name)}
	}
	return name, nil
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

// setValue types into a text field, or picks the option of a select or combobox.
func (s *Scenario) setValue(ctx context.Context, el *rod.Element, value string) error {
	// What the field is, and whether it suggests as one types (a combo box, whose option for
	// the value is then chosen).
	tag, err := el.Eval(flattree.With(`function () {
		const { whenTypes, segmented } = FLAT_TREE;
		const role = (this.getAttribute("role") || "").trim().split(/\s+/)[0];
		const popup = this.getAttribute("aria-haspopup");
		const suggests = role === "combobox" || this.hasAttribute("aria-autocomplete") || popup === "listbox" || popup === "true";
		const when = this.tagName === "INPUT" && whenTypes.includes(this.type);
		return [when ? "WHEN" : segmented(this) ? "SEGMENTS" : this.hasAttribute("contenteditable") || role === "textbox" || role === "searchbox" ? "TEXT" : this.tagName, suggests] }`))
	if err != nil {
		return fmt.Errorf("inspect the field: %w", err)
	}
	switch tag.Value.Get("0").Str() {
	case "SEGMENTS":
		return s.typeSegments(ctx, el, value)
	case "WHEN":
		// A date or time field takes keys in the browser's locale order, segment by segment:
		// its value is set as a picker sets it, with the events a page listens for.
		took, err := el.Context(ctx).Eval(setNativeJS, value)
		if err != nil {
			return fmt.Errorf("set the date: %w", err)
		}
		if !took.Value.Bool() {
			return mismatch("the date field does not take %q (it takes a date as 2030-12-31)", value)
		}
		return nil
	case "SELECT":
		if value == "" {
			return firstOption(ctx, el)
		}
		if err := el.Select([]string{value}, true, rod.SelectorTypeText); err != nil {
			return mismatch("the list has no option %q", value)
		}
		return nil
	case "INPUT", "TEXTAREA", "TEXT":
		if err := s.typeText(ctx, el, value); err != nil || !tag.Value.Get("1").Bool() {
			return err
		}
		return s.pickTyped(ctx, el, value)
	default: // a custom combobox (a div or button): open it, pick the option it lists
		if value == "" {
			return s.pickFirstListed(ctx, el)
		}
		if err := s.press(ctx, el); err != nil {
			return err
		}
		return s.findAndPress(ctx, locate.Query{Roles: []locate.Role{locate.Option, locate.MenuItem}, Name: value})
	}
}

// pickFirstListed opens the list a field offers and picks its first option.
func (s *Scenario) pickFirstListed(ctx context.Context, el *rod.Element) error {
	name, err := s.chooseFirstOffered(ctx, el)
	if err == nil && name == "" {
		return mismatch("the list the field opens offers no option")
	}
	return err
}

// setNativeJS sets a date or time input's value, or a list's, through the element's own
// setter (a page's framework watches that one), then says so as the browser's picker does;
// false when the field refuses the value (not in the form it takes, no such option).
const setNativeJS = `function (v) {
	Object.getOwnPropertyDescriptor(Object.getPrototypeOf(this), "value").set.call(this, v);
	this.dispatchEvent(new Event("input", { bubbles: true }));
	this.dispatchEvent(new Event("change", { bubbles: true }));
	return this.value === v;
}`

// whenValue is what a date or time field of kind (its input type) takes when the doc gives
// none, the run's day being today: a year ahead, so that an expiry is accepted, and an end a
// month after that start; "" for a field of any other kind.
func whenValue(kind, field string, today time.Time) string {
	when := today.AddDate(1, 0, 0)
	if slices.ContainsFunc(strings.FieldsFunc(strings.ToLower(field), func(r rune) bool { return !unicode.IsLetter(r) }), func(w string) bool {
		return w == "end" || w == "until" || strings.HasPrefix(w, "expir")
	}) {
		when = when.AddDate(0, 1, 0)
	}
	day := when.Format("2006-01-02")
	switch kind {
	case "date":
		return day
	case "datetime-local":
		return day + "T09:00"
	case "time":
		return "09:00"
	case "month":
		return day[:7]
	case "week":
		year, week := when.ISOWeek()
		return fmt.Sprintf("%d-W%02d", year, week)
	}
	return ""
}

// typedOptionJS finds the option a combobox's list shows for what was typed into it: the one
// that reads it exactly, else, for a name the run made (made), the one that offers to create
// it ("Create tag "docdrift-…""). null for a list that shows neither.
var typedOptionJS = flattree.With(`function (value, made) {
	const { deepAll } = FLAT_TREE;
	const shown = deepAll(document, "[role=option]").filter((o) => o.getClientRects().length > 0 && o.getAttribute("aria-disabled") !== "true");
	const text = (o) => o.textContent.replace(/\s+/g, " ").trim();
	return shown.find((o) => text(o) === value) || (made && shown.find((o) => text(o).includes(value))) || null;
}`)

// pickTyped picks, in a combobox, the option for the value just typed, as a reader does: a
// tag field keeps a new tag's name only once its "Create tag "…"" option is chosen. A field
// that lists nothing for it keeps what was typed.
func (s *Scenario) pickTyped(ctx context.Context, el *rod.Element, value string) error {
	obj, err := el.Context(ctx).Evaluate(rod.Eval(typedOptionJS, value, s.madeName(value)).ByObject())
	if err != nil || obj.ObjectID == "" {
		return nil
	}
	option, err := s.session.Page.Context(ctx).ElementFromObject(obj)
	if err != nil {
		return nil
	}
	return s.press(ctx, option)
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// firstOption picks the first option of a list that is one (not a placeholder with no value,
// nor a disabled one), as a reader's pick does (setNativeJS).
func firstOption(ctx context.Context, el *rod.Element) error {
	first, err := el.Context(ctx).Eval(`function () {
		const o = Array.from(this.options).find((o) => o.value !== "" && !o.disabled);
		return o ? o.value : "" }`)
	if err != nil {
		return fmt.Errorf("pick the list's first option: %w", err)
	}
	value := first.Value.Str()
	if value == "" {
		return mismatch("the list offers no option to pick")
	}
	took, err := el.Context(ctx).Eval(setNativeJS, value)
	if err != nil {
		return fmt.Errorf("pick the list's first option: %w", err)
	}
	if !took.Value.Bool() {
		return mismatch("the list does not take its own option %q", value)
	}
	return nil
}
