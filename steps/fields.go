package steps

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/docdrift/docdrift/internal/editdist"
	"github.com/docdrift/docdrift/internal/flattree"
	"github.com/docdrift/docdrift/internal/locate"
	"github.com/docdrift/docdrift/internal/understand"
	"github.com/go-rod/rod"
	"github.com/go-rod/rod/lib/input"
)

var textbox = []locate.Role{locate.Textbox}

func (s *Scenario) fill(ctx context.Context, field, value string) error {
	ctx, cancel := s.step(ctx)
	defer cancel()
	el, err := s.find(ctx, locate.Query{Roles: textbox, Name: field})
	if err != nil {
		return err
	}
	return s.typeText(ctx, el, value)
}

// editableJS says how a field takes text: "native" (an input or a text area), "editable" (a
// rich-text field taking text now), "shut" (one that takes text only once a reader has put
// the caret in it: an inline edit, an editor's block not yet selected).
const editableJS = `function () {
	if (this.tagName === "INPUT" || this.tagName === "TEXTAREA") return "native";
	return this.isContentEditable ? "editable" : "shut";
}`

// typeText types value over what a text field holds, as a reader does. A rich-text field (an
// editor, a contenteditable title) that is shut is opened as a reader opens it: the caret put
// in it (focus), else a click on it.
func (s *Scenario) typeText(ctx context.Context, el *rod.Element, value string) error {
	el = el.Context(ctx)
	how := func() string {
		res, err := el.Eval(editableJS)
		if err != nil {
			return ""
		}
		return res.Value.Str()
	}
	switch how() {
	case "native":
		if err := el.SelectAllText(); err != nil {
			return fmt.Errorf("select the field's text: %w", err)
		}
		if err := el.Input(value); err != nil {
			return fmt.Errorf("type into the field: %w", err)
		}
		return nil
	case "shut":
		if err := el.Focus(); err != nil {
			return fmt.Errorf("put the caret in the field: %w", err)
		}
		if err := s.settle(ctx); err != nil {
			return err
		}
		if how() == "shut" {
			if err := s.press(ctx, el); err != nil {
				return err
			}
		}
		if how() != "editable" {
			return mismatch("the field takes no text: it stayed shut when focused and clicked")
		}
	}
	// Over its text, as a reader who selects it all and types: editors take the typing
	// through their own input handling.
	if _, err := el.Eval(`function () {
		this.focus();
		const range = this.ownerDocument.createRange();
		range.selectNodeContents(this);
		const sel = this.ownerDocument.getSelection();
		sel.removeAllRanges();
		sel.addRange(range);
	}`); err != nil {
		return fmt.Errorf("select the field's text: %w", err)
	}
	if err := s.session.Page.Context(ctx).InsertText(value); err != nil {
		return fmt.Errorf("type into the field: %w", err)
	}
	return s.settle(ctx)
}

// copyField reads a field a reader copies ("Copy the **API Token** field's value…"): it must
// be showing a value. The value is remembered as a secret so captures mask it.
func (s *Scenario) copyField(ctx context.Context, label string) error {
	ctx, cancel := s.step(ctx)
	defer cancel()
	field := LabelText(label)
	el, err := s.find(ctx, locate.Query{Roles: textbox, Name: field})
	var m *Mismatch
	if errors.As(err, &m) && credentialWords(field) {
		// "Copy the new token displayed at the top": products show a new credential as page
		// text, in code or beside a copy button, not in a field named for it.
		if v, ok := s.newCredentialShown(ctx); ok {
			s.keepShown(field, v)
			return nil
		}
	}
	if err != nil {
		return err
	}
	v, err := el.Property("value")
	if err != nil {
		return fmt.Errorf("read %q: %w", field, err)
	}
	if v.Str() == "" {
		return mismatch("the %q field is empty: there is nothing to copy", field)
	}
	s.keepShown(field, v.Str())
	return nil
}

// keepShown remembers a value the page showed under field, for later steps to compare, and
// makes it a secret of the run.
func (s *Scenario) keepShown(field, v string) {
	if s.shown == nil {
		s.shown = map[string]string{}
	}
	s.shown[field] = v
	s.cfg.Secrets.Add(v)
}

// newCredentialShown is a credential the page shows (see secretsOnPageJS) other than the
// run's password and the values earlier steps copied: the one just made.
func (s *Scenario) newCredentialShown(ctx context.Context) (string, bool) {
	values, _, ok := s.readShownSecrets(ctx)
	if !ok {
		return "", false
	}
	copied := slices.Collect(maps.Values(s.shown))
	for _, v := range values {
		if v != "" && v != s.cfg.Login.Password && !slices.Contains(copied, v) {
			return v, true
		}
	}
	return "", false
}

// credentialWords reports a name for a credential: "Admin token", "API key", "client secret".
func credentialWords(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		switch strings.Trim(w, ".,:;") {
		case "token", "tokens", "key", "keys", "secret", "secrets", "password", "credential", "credentials":
			return true
		}
	}
	return false
}

// fillOrChoose sets a form's field by its label: types value into a text field, or picks it
// from a list or dropdown.
func (s *Scenario) fillOrChoose(ctx context.Context, field, value string) error {
	ctx, cancel := s.step(ctx)
	defer cancel()
	el, err := s.find(ctx, locate.Query{Roles: []locate.Role{locate.Textbox, locate.Combobox}, Name: field})
	if err != nil {
		return err
	}
	role, err := el.Eval(`function () { return this.tagName === "SELECT" || !this.matches("[role=combobox], button") ? "field" : "dropdown" }`)
	if err != nil {
		return fmt.Errorf("inspect %q: %w", field, err)
	}
	if role.Value.Str() == "dropdown" {
		return s.chooseFromDropdown(ctx, field, value)
	}
	return s.setValue(ctx, el, value)
}

// chooseFromDropdown picks an option of a select or a custom dropdown.
func (s *Scenario) chooseFromDropdown(ctx context.Context, dropdown, option string) error {
	ctx, cancel := s.step(ctx)
	defer cancel()
	el, err := s.find(ctx, locate.Query{Roles: []locate.Role{locate.Combobox}, Name: LabelText(dropdown)})
	if err != nil {
		return err
	}
	tag, err := el.Eval(`function () { return this.tagName }`)
	if err != nil {
		return fmt.Errorf("inspect %q: %w", LabelText(dropdown), err)
	}
	if tag.Value.Str() == "SELECT" {
		if err := el.Select([]string{LabelText(option)}, true, rod.SelectorTypeText); err != nil {
			return mismatch("the %q dropdown has no option %q", LabelText(dropdown), LabelText(option))
		}
		return nil
	}
	if err := s.press(ctx, el); err != nil {
		return err
	}
	roles := []locate.Role{locate.Option, locate.MenuItem, locate.Link, locate.Button}
	offered, _ := s.offered(ctx) // unread, the option is looked for among every control
	if len(offered) > 0 {
		// The list opened with options: the one to choose is among them, and a drifted one
		// is not answered with a link of the page behind it.
		roles = roles[:1]
	}
	err = s.findAndPress(ctx, locate.Query{Roles: roles, Name: LabelText(option)})
	var m *Mismatch
	if errors.As(err, &m) && m.Continued == "" && len(offered) > 0 {
		return mismatch("the %q list has no option %q (it offers %s)", LabelText(dropdown), LabelText(option), editdist.Quote(offered))
	}
	if err != nil {
		return err
	}
	return s.closeList(ctx, el)
}

// closeList closes the list of a dropdown that stays open once an option is chosen (a
// multiple choice: "User's roles") with Escape, the key that dismisses a combo box's list:
// open, the list lies over the form's buttons, and the page may ignore clicks outside it.
func (s *Scenario) closeList(ctx context.Context, dropdown *rod.Element) error {
	open, err := dropdown.Context(ctx).Eval(`function () { return this.isConnected && this.getAttribute("aria-expanded") === "true" }`)
	if err != nil || !open.Value.Bool() {
		return nil // redrawn on choosing: its list went with it
	}
	return s.session.Press(ctx, input.Escape)
}

// chooseAnyFromDropdown picks an option of a dropdown the doc leaves to the reader ("choose
// a role from the **Role** list"; with no name, the first dropdown the page shows, in the open
// dialog first): the option the doc's words describe ("the Amazon S3 data source"), else in a
// select the first enabled option other than the one shown, in a custom dropdown the first
// option its list offers that is not selected.
func (s *Scenario) chooseAnyFromDropdown(ctx context.Context, dropdown, described string) error {
	ctx, cancel := s.step(ctx)
	defer cancel()
	el, err := s.find(ctx, locate.Query{Roles: []locate.Role{locate.Combobox}, Name: LabelText(dropdown)})
	if err != nil {
		return err
	}
	what := fmt.Sprintf("the %q dropdown", LabelText(dropdown))
	if dropdown == "" {
		what = "the dropdown"
	}
	// A select's options are there without opening it; a custom dropdown lists them once open.
	options, err := el.Eval(`function () {
		if (this.tagName !== "SELECT") return null;
		return Array.from(this.options).filter((o) => !o.disabled && o.value !== "" && !o.selected).map((o) => o.text);
	}`)
	if err != nil {
		return fmt.Errorf("read the options of %s: %w", what, err)
	}
	if !options.Value.Nil() {
		var texts []string
		for _, o := range options.Value.Arr() {
			texts = append(texts, o.Str())
		}
		if len(texts) == 0 {
			return mismatch("%s has no option to choose", what)
		}
		choice := texts[0]
		if i := slices.IndexFunc(texts, func(t string) bool { return locate.Describes(t, described) }); i >= 0 {
			choice = texts[i]
		}
		if err := s.chooseFromDropdown(ctx, dropdown, choice); err != nil {
			return err
		}
		s.picks = append(s.picks, choice)
		return nil
	}
	if err := s.press(ctx, el); err != nil {
		return err
	}
	if described != "" {
		q := locate.Query{Roles: []locate.Role{locate.Option}, Name: described, Described: true}
		if option, match, ok := s.glanceFor(ctx, q); ok {
			if err := s.press(ctx, option); err != nil {
				return err
			}
			s.picks = append(s.picks, match.Label())
			return s.closeList(ctx, el)
		}
	}
	name, err := s.chooseFirstOffered(ctx, el)
	if err == nil && name == "" {
		return mismatch("%s opened no list of options to choose from", what)
	}
	return err
}

// chooseFirstOffered picks the first option the list of box offers a reader (firstOffered),
// opening the list when it shows none yet (Medusa opens one on the field it marks, focused),
// closes it where it stays open, and keeps the choice among the run's picks. It returns the
// option chosen; "" when the list offers none.
func (s *Scenario) chooseFirstOffered(ctx context.Context, box *rod.Element) (string, error) {
	name, err := s.firstOffered(ctx)
	if err == nil && name == "" {
		if err := s.press(ctx, box); err != nil {
			return "", err
		}
		name, err = s.firstOffered(ctx)
	}
	if err != nil || name == "" {
		return "", err
	}
	if err := s.findAndPress(ctx, locate.Query{Roles: []locate.Role{locate.Option}, Name: name}); err != nil {
		return "", err
	}
	s.picks = append(s.picks, name)
	return name, s.closeList(ctx, box)
}

// firstOffered names the first option an open list offers a reader to choose: shown, not
// already chosen, not disabled, and a value rather than one of the list's own commands
// ("Manage tags", "Create tag …"); "" when none shows.
func (s *Scenario) firstOffered(ctx context.Context) (string, error) {
	names, err := s.offered(ctx)
	if err != nil {
		return "", err
	}
	var commands []string
	for _, n := range names {
		if !understand.NamesAct(n) {
			return n, nil
		}
		commands = append(commands, n)
	}
	if len(commands) > 0 {
		// The list is there as the doc says; what is missing is something of the product's
		// to choose in it (a fresh product has no tags yet): the run lacked it.
		return "", &Unmet{fmt.Sprintf("the list open offers only its own commands (%q), nothing to choose", commands)}
	}
	return "", nil
}

// offered names the options open lists show (offeredJS).
func (s *Scenario) offered(ctx context.Context) ([]string, error) {
	return s.shownOf(ctx, "[role=option]")
}

// menuItems names the items open menus show.
func (s *Scenario) menuItems(ctx context.Context) ([]string, error) {
	return s.shownOf(ctx, "[role=menuitem],[role=menuitemcheckbox],[role=menuitemradio]")
}

// shownOf names the elements of selector the page shows, in page order (offeredJS).
func (s *Scenario) shownOf(ctx context.Context, selector string) ([]string, error) {
	names, err := s.session.Page.Context(ctx).Eval(offeredJS, selector)
	if err != nil {
		return nil, fmt.Errorf("list what is shown: %w", err)
	}
	out := make([]string, 0, len(names.Value.Arr()))
	for _, n := range names.Value.Arr() {
		out = append(out, n.Str())
	}
	return out, nil
}

// offeredJS names the elements of a selector shown, in page order: an open list's options,
// an open menu's items — not already chosen, not disabled.
var offeredJS = flattree.With(`(selector) => {
	const { deepAll } = FLAT_TREE;
	const shown = (o) => !o.checkVisibility || o.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
	return deepAll(document, selector).filter((o) => shown(o) &&
		o.getAttribute("aria-selected") !== "true" && o.getAttribute("aria-disabled") !== "true")
		.map((o) => (o.getAttribute("aria-label") || o.textContent).replace(/\s+/g, " ").trim());
}`)

// chooseOptionFor picks one option of a named group: "Select **read-only** for **Products**".
func (s *Scenario) chooseOptionFor(ctx context.Context, option, group string) error {
	ctx, cancel := s.step(ctx)
	defer cancel()
	g, err := s.find(ctx, locate.Query{Roles: []locate.Role{locate.Group}, Name: LabelText(group)})
	if err != nil {
		return err
	}
	return s.pickIn(ctx, g, LabelText(option), fmt.Sprintf("the %q group", LabelText(group)))
}

// chooseDescribed picks an option the doc describes instead of naming ("select at least the
// minimal scopes your app will require"): in the first option group of the section it names
// (or of the page), the run's configured choice (Config.Scope), else the group's first option
// not already chosen. With no section named, a list the step before opened comes first
// ("Select the app you wish to connect to" over a searchable list); with no group, the first
// dropdown in view (chooseInFirstDropdown).
func (s *Scenario) chooseDescribed(ctx context.Context, section string) error {
	ctx, cancel := s.step(ctx)
	defer cancel()
	q := locate.Query{Roles: []locate.Role{locate.Group}}
	if section == "" {
		// A list the step before opened is what the reader chooses from, whatever groups the
		// page holds besides.
		if shown, err := s.pickShownOption(ctx); shown || err != nil {
			return err
		}
	} else {
		if _, err := s.find(ctx, locate.Query{Roles: []locate.Role{locate.Heading, locate.Group}, Name: section}); err != nil {
			return err
		}
	}
	// Settled, the page shows whatever group it has: what else it offers is asked at once.
	g, _, err := locate.FindUntilSettled(ctx, s.session.Page, q, s.settled)
	if err == nil && section == "" && !holdsOptions(ctx, g) {
		err = errors.New("a group of buttons, not of options") // a toolbar: no choice there
	}
	if err != nil {
		if section == "" {
			return s.chooseInFirstDropdown(ctx)
		}
		return mismatch("no group of options to choose from under %q", section)
	}
	if s.cfg.Scope != "" {
		// Said in the error: the doc never named this option, the run's vocabulary did.
		return s.pickIn(ctx, g, s.cfg.Scope, "the first group of options (the run's choice for an option the doc describes, vocabulary.minimal_scope)")
	}
	return s.findAndPress(ctx, locate.Query{Roles: []locate.Role{locate.Radio, locate.Checkbox}, Unchosen: true, Within: g,
		WithinLabel: "the first group of options (the run takes its first option not already chosen)"})
}

// holdsOptions reports a group that holds radio buttons, check boxes or switches — options to
// choose among — rather than a toolbar's buttons (the role a canvas's zoom controls have too).
func holdsOptions(ctx context.Context, g *rod.Element) bool {
	res, err := g.Context(ctx).Eval(`function () {
		return !!this.querySelector("input[type=radio],input[type=checkbox],[role=radio],[role=checkbox],[role=switch],[aria-pressed]");
	}`)
	return err == nil && res.Value.Bool()
}

// chooseInFirstDropdown picks an option of the first dropdown in view when the doc leaves the
// choice to the reader and the page has no group of options or open list to choose from
// (chooseAnyFromDropdown).
func (s *Scenario) chooseInFirstDropdown(ctx context.Context) error {
	if _, _, err := locate.FindUntilSettled(ctx, s.session.Page, locate.Query{Roles: []locate.Role{locate.Combobox}}, s.settled); err != nil {
		return mismatch("nothing to choose from: no group of options, list or dropdown")
	}
	return s.chooseAnyFromDropdown(ctx, "", "")
}

// pickShownOption picks the first option of a list already open — what the step before
// opened for the reader to choose from — and reports whether one showed.
func (s *Scenario) pickShownOption(ctx context.Context) (shown bool, err error) {
	option, err := s.firstOffered(ctx)
	if err != nil || option == "" {
		return false, err
	}
	return true, s.findAndPress(ctx, locate.Query{Roles: []locate.Role{locate.Option}, Name: option})
}

func (s *Scenario) pickIn(ctx context.Context, group *rod.Element, option, where string) error {
	return s.findAndPress(ctx, locate.Query{Roles: []locate.Role{locate.Radio, locate.Button}, Name: option, Within: group, WithinLabel: where})
}

// setChecked ticks or unticks a check box, doing nothing when it already is.
func (s *Scenario) setChecked(ctx context.Context, box *rod.Element, on bool) error {
	// A box drawn over a hidden input is found by its label: the input holds the state.
	state, err := box.Context(ctx).Eval(`function () {
		const el = this.localName === 'label' && this.control ? this.control : this;
		return el.checked === true || el.getAttribute('aria-checked') === 'true' }`)
	if err != nil {
		return fmt.Errorf("read the check box: %w", err)
	}
	if state.Value.Bool() == on {
		return nil
	}
	return s.press(ctx, box)
}

// clear empties a field as a reader would: everything in it selected, then deleted, so the
// page hears the keys as it would a person's.
func (s *Scenario) clear(ctx context.Context, a understand.Act) error {
	ctx, cancel := s.step(ctx)
	defer cancel()
	q, err := s.scoped(ctx, locate.Query{Roles: []locate.Role{locate.Textbox, locate.Combobox}, Name: a.Target.Label()}, a.In)
	if err != nil {
		return err
	}
	el, err := s.find(ctx, q)
	if err != nil {
		return err
	}
	if err := el.Context(ctx).Focus(); err != nil {
		return fmt.Errorf("put the caret in %q: %w", q.Name, err)
	}
	if err := s.session.Press(ctx, input.ControlLeft, 'a'); err != nil {
		return err
	}
	if err := s.session.Press(ctx, input.Backspace); err != nil {
		return err
	}
	return s.settle(ctx)
}
