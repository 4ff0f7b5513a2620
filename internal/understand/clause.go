package understand

import (
	"cmp"
	"slices"
	"strings"
)

// readClause reads one imperative clause into its acts, given the containers named before it.
func readClause(p []token, where []Where) ([]Act, Surface) {
	e, n := verbAt(p, 0)
	verb := strings.ToLower(joinWords(p[:n]))
	objToks, mods := splitModifiers(p[n:], e.class)
	obj := readPhrase(objToks)
	c := clause{verb: verb, class: e.class, obj: obj, mods: mods, where: append(slices.Clip(where), obj.within...), examples: examples(p[n:])}
	for _, m := range mods {
		if !namesBox(obj, m) {
			c.where = append(c.where, m.where()...)
		}
	}
	acts := c.acts()
	if obj.list() {
		acts = everyOne(acts)
	}
	return acts, c.surface(acts)
}

// everyOne does an act on a list of labels, "**Read**, **Write** and **Admin**", to each in
// turn: "Check **Read** and **Write**" ticks both boxes, "Choose **Security**, **Roles**, and
// **Create role**" presses each.
func everyOne(acts []Act) []Act {
	var out []Act
	for _, a := range acts {
		t := a.Target
		if len(t.Path) != 1 || len(t.Any) == 0 || !(a.Verb == Click || a.Verb == Check || a.Verb == Uncheck || a.Verb == Choose) {
			out = append(out, a)
			continue
		}
		for _, label := range append(append([]string(nil), t.Any...), t.Path[0]) {
			each := a
			each.Target.Path, each.Target.Any = []string{label}, nil
			if a.Verb == Click || a.Verb == Choose {
				// "the **Mapped users** tab and **Manage mapping**": the kind is one label's.
				each.Target.Kind = ""
			}
			out = append(out, each)
		}
	}
	return out
}

type clause struct {
	verb  string
	class class
	obj   phrase
	mods  []modifier
	where []Where
	// examples are what the writer gives as examples of the object: "(e.g. Application,
	// Content-Manager, Email etc.)".
	examples []string
}

// acts turns the clause into acts according to how its verb reads.
func (c clause) acts() []Act {
	o := c.obj
	switch c.class {
	case cSignIn:
		return []Act{{Verb: SignIn, Target: Target{Words: o.text(), Path: o.labels}}}
	case cGo:
		if a, ok := goToSite(o); ok {
			return []Act{a}
		}
		return []Act{c.goTo()}
	case cOpen:
		if readersBrowser(o) {
			// "Open your web browser and go to …": it is open already.
			return []Act{{Verb: Nothing, Why: "the reader's own browser"}}
		}
		if a, ok := goToSite(o); ok {
			return []Act{a}
		}
		if o.url != "" || o.kind == "page" || o.kind == "" && len(o.labels) == 0 && surfaceNamed(o) != "" {
			return []Act{c.goTo()}
		}
		return c.press(Click)
	case cPress:
		if k, ok := pressedKeys(o.raw); ok && (c.verb == "press" || c.verb == "hit") {
			return []Act{{Verb: Press, Value: k, In: c.where}}
		}
		if (c.verb == "choose" || c.verb == "pick") && choosesAValue(o) {
			// "Choose a name for your integration": a value the reader makes up and types.
			return c.enter()
		}
		if len(o.labels) == 0 && fromReadersComputer(c.mods) {
			// "… and choose a picture from your computer": the file picker's answer.
			return []Act{{Verb: Upload, Target: c.target(), In: c.where}}
		}
		if c.verb == "follow" && followsText(o) {
			return []Act{{Verb: Nothing, Why: whyFollow + describe(o)}}
		}
		if len(o.raw) > 0 && o.raw[0].is("whether") && len(o.labels) == 0 {
			// "choose whether to copy their data to a new user, or delete it": a decision the
			// doc does not make for the reader.
			what := joinWords(o.raw)
			for _, m := range c.mods {
				what += " " + m.prep + " " + joinWords(m.np.raw)
			}
			return leftToReader(c.verb, strings.TrimRight(what, ".;"))
		}
		if i := c.fieldToChooseIn(); i >= 0 {
			// "In the Shipping Profile field, choose the shipping profile that this option can
			// be used for": an option of that field's list, the one the words describe if any.
			in := slices.Clone(c.where)
			in[i].Kind = "dropdown"
			t := Target{Words: o.text()}
			if describedChoice(o) {
				t.Words = "" // "at least one system user": which, the hint says
			}
			return []Act{{Verb: Choose, Target: t, Hint: describe(o), In: in}}
		}
		acts := c.press(Click)
		if (c.verb == "choose" || c.verb == "select" || c.verb == "pick") && anyOfAList(o) && pressesOnlyWords(acts, o.text()) {
			// "choose a country": any option of the list the noun names (Medusa's location
			// form), else, where the page has no such list, whatever the words name.
			acts[0].Verb, acts[0].Target.Kind = Choose, "dropdown"
		}
		return acts
	case cEnter:
		return c.enter()
	case cSet:
		return c.set()
	case cCheck, cUncheck:
		if c.class == cCheck && len(o.labels) == 0 && o.icon == "" && picksAmong(strings.ToLower(joinWords(o.raw))) {
			// "Check the sales channels you want to add the key to": boxes in the list that
			// opened, which ones the reader's pick; the kind picked is kept for a step that
			// removes it again.
			return []Act{{Verb: Check, Target: Target{Kind: "checkbox", Item: itemOf(o)}, Hint: ReadersPick, In: c.where}}
		}
		if c.looksInto() {
			return leftToReader(c.verb, describe(o))
		}
		if c.verb == "check" && len(o.labels) > 0 && (o.kind == "tab" || o.kind == "section" || o.kind == "page") {
			// "Check the **Model quality** tab for the details", "Check the **Response**
			// section below the request": a place to look at, not a box to tick.
			if o.kind == "tab" {
				return c.press(Click)
			}
			return []Act{{Verb: See, Target: c.target(), In: c.where}}
		}
		if c.verb == "clear" && o.kind == "field" {
			// "Clear the **Description** field": empty it ("Clear the **Enabled** check box"
			// unticks).
			return []Act{{Verb: Clear, Target: c.target(), In: c.where}}
		}
		v := Check
		if c.class == cUncheck {
			v = Uncheck
		}
		if slices.ContainsFunc(o.raw, func(t token) bool { return t.is("except") }) && len(o.labels) > 0 {
			// "Uncheck all permissions except **Read**": what the step names is what stays.
			if v == Check {
				v = Uncheck
			} else {
				v = Check
			}
		}
		if len(o.labels) == 0 && o.icon == "" && !o.subject && (boxes(o) || c.besidePick()) {
			// "Tick the boxes of the permissions to grant": which ones is the reader's pick.
			return []Act{{Verb: v, Target: Target{Kind: "checkbox"}, Hint: ReadersPick, In: c.where}}
		}
		return []Act{{Verb: v, Target: c.target(), In: c.where}}
	case cToggle:
		v := Check
		for _, m := range c.mods {
			if m.prep == "to" && len(m.np.labels) > 0 {
				return []Act{{Verb: Choose, Target: Target{Any: m.np.labels}, In: c.where}}
			}
		}
		if strings.Contains(strings.ToLower(joinWords(o.raw)), " off") {
			v = Uncheck
		}
		return []Act{{Verb: v, Target: c.target(), In: c.where}}
	case cHover:
		return []Act{{Verb: Hover, Target: c.target(), In: c.where}}
	case cExpand:
		return []Act{{Verb: Click, Target: c.target(), In: c.where}}
	case cCopy:
		if shownBefore(o) {
			// "You'll get a pop-up with the secret API key. Copy it and store it securely":
			// what the page has just shown.
			return []Act{{Verb: Copy, Hint: JustShown, In: c.where}}
		}
		return []Act{{Verb: Copy, Target: c.listTarget(), In: c.where}}
	case cUpload:
		if c.dragsNoFile() {
			return leftToReader(c.verb, describe(c.obj))
		}
		return []Act{{Verb: Upload, Target: c.target(), In: c.where}}
	case cDownload:
		return []Act{{Verb: Download, Target: c.target(), In: c.where}}
	case cScroll:
		t := c.target()
		for _, m := range c.mods {
			if m.prep == "to" {
				t = targetOf(m.np)
			}
		}
		return []Act{{Verb: Scroll, Target: t, In: c.where}}
	case cWait:
		return []Act{{Verb: Wait, Target: c.target(), In: c.where}}
	case cConfirm:
		if len(o.labels) == 0 && slices.ContainsFunc(o.words, func(w string) bool { return strings.EqualFold(w, "default") || strings.EqualFold(w, "defaults") }) {
			// "Accept the default", "accept the defaults": leave it as it is.
			return []Act{{Verb: Nothing, Why: "nothing to perform (" + c.verb + " " + describe(o) + ")"}}
		}
		if _, hasField := c.field(); ownPassword(o) && !hasField {
			// "Confirm your account password and click …": the product asks again.
			return []Act{{Verb: Reauthenticate, In: c.where}}
		}
		return []Act{{Verb: Confirm, Target: c.target(), In: c.where}}
	case cClose:
		t := c.target()
		if t.Empty() || len(t.Path) == 0 && t.Kind != "button" {
			t = Target{Words: c.verb, Kind: "button"}
		}
		return []Act{{Verb: Click, Target: t, In: c.where}}
	case cFind:
		t := c.target()
		if len(t.Path) == 0 && !t.Subject {
			// What one searches for is the item: "search for the user", "find the data path
			// containing the credential".
			t.Subject = true
			if o.oneItemNoun() {
				t.Words = ""
			}
		}
		return []Act{{Verb: Find, Target: t, In: c.where}}
	case cSee:
		if r := o.raw; len(r) > 1 && (r[0].is("you") || r[0].is("that") && r[1].is("you")) {
			// "Make sure you have admin rights", "Ensure that you do not publish … until …":
			// what the reader must be or do, advice no page shows.
			return []Act{{Verb: Nothing, Why: "the reader's own: " + strings.TrimSpace(joinWords(r))}}
		}
		return []Act{{Verb: See, Target: c.target(), In: c.where}}
	case cInvoke:
		return c.invoke()
	case cVague:
		return c.vague()
	case cNothing:
		return []Act{{Verb: Nothing, Why: "nothing to perform (" + c.verb + ")"}}
	case cGive:
		return c.give()
	case cDelegate:
		// "Ask your administrator to enable SSO", "Reach out to support": what follows is
		// someone else's to do, on pages the run does not see. ("Contact" is a noun as often as
		// a verb: "account, contact, and user".)
		return []Act{{Verb: Nothing, Why: whyElsewhere + "someone else (" + describe(o) + ")"}}
	case cRun:
		if len(o.labels) > 0 && o.kind != "" || o.kind == "button" || namesPageControl(o.raw) {
			// "Run **Scan for Legacy Comments**": a control that runs it.
			return c.press(Click)
		}
		return []Act{{Verb: Nothing, Target: c.target(), Why: "a command"}}
	case cUse:
		return c.use()
	}
	return nil
}

// use reads "Use the **Role** dropdown to select **Admin**": the control, then what to do
// with it — an option to pick in it, a value to set it to, a box to tick — or, when the end
// names nothing, the control to fill as the doc describes.
func (c clause) use() []Act {
	raw := c.obj.raw
	if k := slices.IndexFunc(raw, func(t token) bool { return t.is("to") }); k > 0 && isVerbAt(raw, k+1) {
		control := readPhrase(raw[:k])
		if len(control.labels) > 0 || control.kind != "" || namesControl(control) {
			// The purpose goes on into the modifiers the clause split off: "… to change the
			// member's role to **Admin**".
			purpose := slices.Clone(raw[k+1:])
			for _, m := range c.mods {
				purpose = append(append(purpose, token{kind: word, text: m.prep, lower: m.prep}), m.np.raw...)
			}
			if acts := usedFor(control, purpose, c.where); acts != nil {
				return acts
			}
		}
	}
	if len(c.obj.labels) > 0 && (c.obj.kind == "button" || c.obj.kind == "link") {
		return c.press(Click) // "Use the **Create** button in the upper-right corner": one uses a button by pressing it
	}
	if len(c.obj.labels) > 0 {
		return []Act{{Verb: Enter, Target: Target{Path: c.obj.labels[len(c.obj.labels)-1:], Kind: c.obj.kind}, Hint: "as the doc describes", In: c.where}}
	}
	return leftToReader("use", c.obj.text())
}

// usedFor reads what a control is used for (purpose, "select **Admin**") as acts on or in it;
// nil when the purpose asks for nothing on the page.
func usedFor(control phrase, purpose []token, where []Where) []Act {
	acts, _ := readClause(purpose, where)
	if len(acts) != 1 {
		return nil
	}
	a := acts[0]
	named := len(control.labels) > 0
	in := append(slices.Clip(where), Where{Label: lastOr(control.labels), Kind: control.kind})
	switch {
	case (a.Verb == Click || a.Verb == Choose) && len(a.Target.Labels()) > 0 && named:
		return []Act{{Verb: Choose, Target: a.Target, In: in}}
	case a.Verb == Enter && a.Value != "" && named:
		return []Act{{Verb: Enter, Target: Target{Path: control.labels[len(control.labels)-1:], Kind: control.kind}, Value: a.Value, In: where}}
	case (a.Verb == Check || a.Verb == Uncheck) && len(a.Target.Labels()) > 0:
		return []Act{{Verb: a.Verb, Target: Target{Path: a.Target.Labels()[:1]}, In: where}}
	case (a.Verb == Check || a.Verb == Uncheck) && named:
		// "Use **All environments** to toggle every environment at once": the control is
		// the switch.
		return []Act{{Verb: a.Verb, Target: Target{Path: control.labels[len(control.labels)-1:], Kind: control.kind}, In: where}}
	}
	return nil
}

// lastOr is the last of labels, or "".
func lastOr(labels []string) string {
	if len(labels) == 0 {
		return ""
	}
	return labels[len(labels)-1]
}

func (c clause) goTo() Act {
	t := c.target()
	if c.obj.url != "" && t.Empty() {
		t.Words = c.obj.url
	}
	for _, m := range c.mods {
		if m.np.url != "" && t.Empty() {
			t.Words = m.np.url
		}
	}
	return Act{Verb: Go, Target: t, In: c.where}
}

// besidePick reports a clause whose object is beside what the reader picks: "the box on the
// left side next to the transactions you want to import" is any such row's box.
func (c clause) besidePick() bool {
	return slices.ContainsFunc(c.mods, func(m modifier) bool {
		return (m.prep == "next to" || m.prep == "beside" || m.prep == "by") && len(m.np.labels) == 0 && !m.np.subject &&
			picksAmong(strings.ToLower(joinWords(m.np.raw)))
	})
}

// press reads Click, Select and Choose: a check box is ticked, an option picked from a
// dropdown or for a group, a page visited, anything else clicked.
func (c clause) press(v Verb) []Act {
	words := c.obj.words
	if c.obj.kind == "menu" {
		words = append(slices.Clip(words), "menu") // "the user menu"
	}
	if len(c.obj.labels) == 0 && c.obj.icon == "" && ownAccount(words) {
		return []Act{{Verb: Click, Target: Target{Icon: AccountIcon, Kind: "button"}, In: c.where}}
	}
	t := c.target()
	if len(c.examples) > 1 && len(c.obj.labels) == 0 && c.obj.icon == "" && !t.Subject {
		// "Click on the name of the permission category to configure (e.g. Application,
		// Content-Manager, Email etc.)": any of the examples the page shows is one.
		t.Any = c.examples
	}
	if unnamedMany(c.obj) && len(t.Any) == 0 {
		// "Click the tabs below the form to browse …": no one control to press; which ones is
		// the reader's choice.
		return leftToReader(c.verb, describe(c.obj))
	}
	picking := c.verb == "select" || c.verb == "choose" || c.verb == "pick" || !picksAmong(strings.ToLower(joinWords(c.obj.raw)))
	if len(c.obj.labels) == 0 && c.obj.icon == "" && describedChoice(c.obj) && picking {
		// ("Open an existing database" opens one; what is offered to pick from is not said.)
		// "select at least the minimal scopes your app will require": options the reader
		// picks by judgement, in the section the doc names.
		return []Act{{Verb: Choose, Target: Target{Kind: c.obj.kind}, Hint: describe(c.obj), In: c.where}}
	}
	for _, m := range c.mods {
		if (m.prep == "next to" || m.prep == "beside" || m.prep == "by" || m.prep == "for") && m.np.subject {
			t.Subject = true // "the check box next to the user"
			t.Item = cmp.Or(t.Item, itemOf(m.np))
		}
	}
	if onlyABox(c.obj) {
		// "Click the checkbox.": the box ticked, not a control named "checkbox".
		t.Kind, t.Words = "checkbox", ""
	}
	switch {
	case t.Kind == "checkbox":
		return []Act{{Verb: Check, Target: t, In: c.where}}
	case t.Kind == "page" && len(t.Path) > 0:
		return []Act{{Verb: Go, Target: t, In: c.where}}
	}
	if t.Kind == "dropdown" && t.Empty() && choosesWith(c.mods) {
		// "Click on the drop-down list to choose a new role": the choice is the reader's.
		return []Act{{Verb: Choose, Hint: ReadersPick, In: append(slices.Clip(c.where), Where{Kind: "dropdown"})}}
	}
	for _, m := range c.mods {
		if m.prep == "for" && len(m.np.labels) > 0 {
			// "Select **read-only** for **Products**": an option of a group.
			return []Act{{Verb: Choose, Target: t, In: append(c.where, Where{Label: m.np.labels[0], Kind: "group"})}}
		}
		if m.prep == "from" && (m.np.kind == "dropdown" || m.np.kind == "menu" || containerWord(m.np) == "list") {
			if item := c.oneOfTheList(m.np); item != "" {
				// "Click on a secret API key from the list": one of the items the page
				// lists, which opens it — the procedure's own.
				return []Act{{Verb: Choose, Target: Target{Subject: true, Item: item}, In: c.where}}
			}
			return []Act{{Verb: Choose, Target: t, In: c.where}}
		}
	}
	for _, w := range c.where {
		if w.Kind == "dropdown" || w.Kind == "list" {
			return []Act{{Verb: Choose, Target: t, In: c.where}}
		}
		if w.Kind == "dialog" && strings.Contains(strings.ToLower(w.Label+" "+w.Place), "confirm") || w.Kind == "dialog" && c.confirmation() {
			return []Act{{Verb: Confirm, Target: t, In: c.where}}
		}
	}
	if t.Empty() && c.obj.kind != "" {
		t.Kind = c.obj.kind
	}
	return []Act{{Verb: v, Target: t, In: c.where}}
}

// oneOfTheList is the kind of item a click names as any one of a page's list ("Click on a
// product tag from the list"): the last word of an object an indefinite article begins, with
// nothing marked, from a place called a list; "" otherwise. A click opens such an
// item; picking one from a form's list ("Select a role from the list") relates another kind.
func (c clause) oneOfTheList(place phrase) string {
	o := c.obj
	if c.verb != "click" && c.verb != "click on" || len(o.labels) > 0 || o.icon != "" || len(o.words) == 0 || len(o.raw) == 0 || !o.raw[0].is("a", "an") {
		return ""
	}
	words := slices.DeleteFunc(slices.Clone(place.raw), func(t token) bool { return t.kind != word })
	if len(words) == 0 || !words[len(words)-1].is("list") {
		return ""
	}
	return itemSingular(strings.ToLower(o.words[len(o.words)-1]))
}

// shownBefore reports an object that is only a pronoun for what the sentence before named,
// perhaps with a manner: "it", "them securely".
func shownBefore(o phrase) bool {
	words := slices.DeleteFunc(slices.Clone(o.raw), func(t token) bool { return t.kind != word })
	if len(o.labels) > 0 || len(words) == 0 || !words[0].is("it", "them") {
		return false
	}
	for _, t := range words[1:] {
		if !strings.HasSuffix(t.lower, "ly") {
			return false
		}
	}
	return true
}

// boxes reports an object that is check boxes, several and unnamed: "the boxes of the
// permissions", "the checkboxes next to the groups".
func boxes(o phrase) bool {
	for i, t := range o.raw {
		if t.is("boxes", "checkboxes", "check-boxes") {
			return i == 0 || !o.raw[i-1].is("text", "input", "search", "combo")
		}
	}
	return false
}

// choosesWith reports a purpose that is a choice: "… to choose a new role".
func choosesWith(mods []modifier) bool {
	return slices.ContainsFunc(mods, func(m modifier) bool {
		return m.prep == "to" && len(m.np.raw) > 0 && m.np.raw[0].is("choose", "select", "pick")
	})
}

// Why a step has nothing of its own to perform: it points at instructions, it is the reader's
// to decide, the fields listed under it are the steps, or it happens where the run does not
// look.
const (
	whyFollow    = "instructions to follow: "
	whyLeft      = "left to the reader: "
	whyFields    = "the fields that follow: "
	whyElsewhere = "not checked here: "
)

// leftToReader is the act of a step whose object is the reader's to settle: "Configure the
// webhook", "Select the permissions you need".
func leftToReader(verb, object string) []Act {
	return []Act{{Verb: Nothing, Why: whyLeft + strings.TrimSpace(verb+" "+object)}}
}

// leftWith is the verb word and the whole of what an act leftToReader made leaves to the
// reader ("configure", "configure the webhook"); ok is false for any other act.
func (a Act) leftWith() (verb, what string, ok bool) {
	what, ok = strings.CutPrefix(a.Why, whyLeft)
	if a.Verb != Nothing || !ok {
		return "", "", false
	}
	verb, _, _ = strings.Cut(what, " ")
	return verb, what, true
}

// followsText reports an object that is the doc's own text, not a control: "follow these
// steps", "follow the instructions below".
func followsText(p phrase) bool {
	for _, t := range p.raw {
		// (The raw words: "steps" names no control kind, so the phrase's own words skip it.)
		if t.is("step", "steps", "instructions", "instruction", "procedure", "below", "guide", "prompts") {
			return true
		}
	}
	return false
}

// describedChoice reports an object that describes options instead of naming them: "at
// least the minimal scopes", "one or more of the available values", "the appropriate role".
func describedChoice(p phrase) bool {
	raw := " " + strings.ToLower(joinWords(p.raw)) + " "
	if picksAmong(strings.TrimSpace(raw)) {
		return !p.subject // "Select an existing tag"
	}
	for _, w := range []string{" at least ", " minimal ", " minimum ", " one or more ", " appropriate ", " desired ", " relevant ", " needed ", " necessary ", " one of ", " any of ", " the following ", " as needed ", " you need ", " you want ", " you wish ", " you'd like ", " you would like "} {
		if strings.Contains(raw, w) {
			return !p.subject || strings.Contains(raw, " one of ")
		}
	}
	return false
}

// unnamedMany reports a phrase naming controls only by their kind, in the plural: "the tabs",
// "the check boxes below the table".
func unnamedMany(p phrase) bool {
	if len(p.labels) > 0 || p.icon != "" || p.value != "" || p.subject {
		return false
	}
	plural := false
	for _, t := range p.raw {
		if t.kind != word {
			continue
		}
		if one := singular(t.lower); one != t.lower && (controlNoun(one) || one == "box") {
			plural = true
			continue
		}
		if placeWords[t.lower] || prepositions[t.lower] {
			break // "below the form": where they are, not which
		}
		if !determiners[t.lower] && !t.is("check", "radio", "all", "various", "different", "available") {
			return false
		}
	}
	return plural
}

// confirmation reports whether the clause places its target in a confirmation: "Click **OK**
// in the confirmation prompt".
func (c clause) confirmation() bool {
	for _, m := range c.mods {
		if strings.Contains(strings.ToLower(joinWords(m.np.raw)), "confirm") {
			return true
		}
	}
	return false
}

// invoke reads Create, Delete, Save, Generate…: the control that does it, named by the
// label the doc marked or, unmarked, by the verb and its object.
func (c clause) invoke() []Act {
	o := c.obj
	verbWord := strings.Fields(c.verb)[0]
	switch {
	case len(o.labels) > 0 && !literalMark(o) || o.icon != "":
		t := c.target()
		return []Act{{Verb: Click, Target: t, In: c.where}}
	case o.empty() && (verbWord == "continue" || verbWord == "proceed"):
		return []Act{{Verb: Nothing, Why: "carry on"}}
	}
	if verbWord == "move" && c.movesOnPage() {
		// "Move it slightly to the side", "Move the category to the top of the list": the
		// reader's own hand rearranging, as a drag is; no control of that name.
		return leftToReader(c.verb, describe(o))
	}
	if (verbWord == "refresh" || verbWord == "reload") && browserItself(o) {
		return []Act{{Verb: Reload}} // "Refresh the page", "Reload your browser window"
	}
	if verbWord == "add" && len(o.labels) == 0 && len(o.words) > 0 && valueNouns[strings.ToLower(o.words[0])] {
		// "Add a note to describe the purpose", "add a description": a field to fill.
		return []Act{{Verb: Enter, Target: Target{Words: o.words[0], Kind: "field"}, Hint: describe(o), In: c.where}}
	}
	words := strings.TrimSpace(c.verb + " " + o.text())
	acts := []Act{{Verb: Click, Target: Target{Words: words, Kind: "button", Subject: o.subject && o.empty()}, In: c.where}}
	value := o.value
	if value == "" && literalMark(o) {
		value = o.labels[0]
	}
	if value != "" {
		acts = append(acts, Act{Verb: Enter, Target: Target{Kind: "field"}, Value: value, In: c.where})
	}
	return acts
}

// movesOnPage reports a move that names a position rather than a control or a place to send
// the item to: "slightly", "to the side", "to the top of the list", "above **Member**".
func (c clause) movesOnPage() bool {
	if len(c.obj.labels) > 0 || c.obj.icon != "" {
		return false
	}
	if slices.ContainsFunc(c.obj.raw, func(t token) bool { return positionWords[t.lower] }) {
		return true
	}
	return slices.ContainsFunc(c.mods, func(m modifier) bool {
		switch m.prep {
		case "above", "below", "before", "after", "under", "beneath":
			return true
		case "to", "toward", "towards":
			return len(m.np.labels) == 0 && slices.ContainsFunc(m.np.raw, func(t token) bool { return positionWords[t.lower] })
		}
		return false
	})
}

// positionWords say where on a page, or in a list, something goes.
var positionWords = wordSet(`slightly up down left right side top bottom position place order
	around beginning start end`)

// looksInto reports "check" with nothing to tick — "Check your router for security events",
// "Check whether the pod can reach …", "Check the list of selected entries": no label, no
// control (a list of things is none), no box beside a label.
func (c clause) looksInto() bool {
	o := c.obj
	if c.verb != "check" || len(o.labels) > 0 || o.icon != "" || o.subject || (o.kind != "" || namesControl(o)) && !listOf(o) {
		return false
	}
	return !slices.ContainsFunc(c.mods, func(m modifier) bool {
		return len(m.np.labels) > 0 && (m.prep == "next to" || m.prep == "beside" || m.prep == "for")
	})
}

// listOf reports a phrase that is a list of things, "the list of selected entries and their
// status": what a reader looks through, never a control to tick.
func listOf(o phrase) bool {
	for i, t := range o.raw {
		if t.is("list") && i+1 < len(o.raw) && o.raw[i+1].is("of") {
			return true
		}
	}
	return false
}

// namesControl reports a phrase with a word for a kind of control: "the box", "the toggle".
func namesControl(p phrase) bool {
	return slices.ContainsFunc(p.words, func(w string) bool { return controlKinds[singular(strings.ToLower(w))] != "" })
}

// browserItself reports a phrase that names the page or the browser, not a control on it:
// "the page", "your browser window", "the browser tab".
func browserItself(p phrase) bool {
	if len(p.labels) > 0 || p.icon != "" || len(p.words) == 0 {
		return false
	}
	for _, w := range p.words {
		if !browserWords[strings.ToLower(w)] {
			return false
		}
	}
	return p.kind == "" || p.kind == "page" || p.kind == "dialog" || p.kind == "tab"
}

var browserWords = wordSet(`page browser web window tab screen`)

// person reports a phrase naming someone the reader hands something to.
func person(p phrase) bool {
	for _, w := range p.words {
		switch strings.ToLower(w) {
		case "developer", "developers", "colleague", "colleagues", "team", "customer", "customers", "partner", "vendor", "someone", "recipient":
			return true
		}
	}
	return false
}

// valueNouns are what a reader adds by typing, not by pressing a button.
var valueNouns = wordSet(`note notes description comment comments title label name value message`)

// vague reads Complete, Configure, Define: fields to fill when the doc names them, else a
// choice left to the reader.
func (c clause) vague() []Act {
	o := c.obj
	if len(o.labels) > 0 && !literalMark(o) && o.kind != "section" {
		var acts []Act
		for _, l := range o.labels {
			acts = append(acts, Act{Verb: Enter, Target: Target{Path: []string{l}, Kind: "field"}, Hint: "as the doc describes", In: c.where})
		}
		return acts
	}
	return leftToReader(c.verb, describe(o))
}

// describe is the phrase as the doc wrote it, for hints: "a name for your token".
func describe(p phrase) string { return strings.TrimSpace(joinWords(p.raw)) }

// readersBrowser reports a phrase that names the reader's web browser ("your web browser", "a
// new browser tab"), not a control on a page.
func readersBrowser(o phrase) bool {
	return len(o.labels) == 0 && o.url == "" && slices.Contains(o.words, "browser")
}

// addressBar reports words naming the browser's address bar rather than a field on a page.
func addressBar(words string) bool {
	w := strings.ToLower(words)
	return strings.Contains(w, "address") || strings.Contains(w, "url bar") || strings.Contains(w, "location") || strings.Contains(w, "browser")
}

// dragsNoFile reports a drag that moves something on the page rather than a file onto it:
// "Drag the **Owner** role above **Member**" reorders, "Drag your logo onto the upload area"
// uploads.
func (c clause) dragsNoFile() bool {
	if !strings.HasPrefix(c.verb, "drag") && !strings.HasPrefix(c.verb, "drop") {
		return false
	}
	phrases := []phrase{c.obj}
	for _, m := range c.mods {
		phrases = append(phrases, m.np)
	}
	for _, p := range phrases {
		for _, t := range p.raw {
			if draggedFiles[t.lower] || t.kind != punct && strings.Contains(t.lower, ".") && !strings.Contains(t.lower, " ") {
				return false
			}
		}
	}
	return true
}

// draggedFiles name what a reader drags onto a page from their computer.
var draggedFiles = wordSet(`file files folder folders image images picture pictures photo photos logo
	avatar document documents certificate csv json yaml zip archive pdf spreadsheet upload
	attachment attachments`)

// fromReadersComputer reports a modifier that says a thing comes from the reader's own
// machine: "from your computer", "from your local disk" (not "your device": a phone, often).
func fromReadersComputer(mods []modifier) bool {
	for _, m := range mods {
		if m.prep != "from" || !slices.ContainsFunc(m.np.raw, func(t token) bool { return t.is("your", "the") }) {
			continue
		}
		if slices.ContainsFunc(m.np.words, func(w string) bool {
			switch strings.ToLower(w) {
			case "computer", "machine", "desktop", "disk", "drive", "laptop", "filesystem":
				return true
			}
			return false
		}) {
			return true
		}
	}
	return false
}

// anyOfAList reports an object that is one of a kind, unnamed and no item of the procedure's:
// "a country", "a time zone" — the list of them is the field, any option of it is the choice.
func anyOfAList(o phrase) bool {
	raw := o.raw
	for len(raw) > 0 && raw[len(raw)-1].kind == punct {
		raw = raw[:len(raw)-1]
	}
	if len(o.labels) > 0 || o.icon != "" || o.subject || o.value != "" || o.url != "" || o.kind != "" ||
		len(raw) < 2 || len(raw) > 3 || !raw[0].is("a", "an") || len(o.words) == 0 {
		return false
	}
	for _, t := range raw[1:] {
		if t.kind != word || descriptive[t.lower] || t.is("new", "different", "file", "folder", "image", "photo", "picture") {
			return false
		}
	}
	return true
}

// fieldToChooseIn is the index in c.where of the named field a choice with no label of its own
// is made in ("In the **Role** field, select the role the user needs"), or -1.
func (c clause) fieldToChooseIn() int {
	o := c.obj
	if c.verb != "choose" && c.verb != "select" && c.verb != "pick" || len(o.labels) > 0 || o.icon != "" || o.subject || len(o.words) == 0 {
		return -1
	}
	return slices.IndexFunc(c.where, func(w Where) bool { return w.Kind == "field" && w.Label != "" })
}

// pressesOnlyWords reports acts that are one press of the words given and nothing else: no
// kind, place, item or label of the doc's.
func pressesOnlyWords(acts []Act, words string) bool {
	if len(acts) != 1 {
		return false
	}
	a := acts[0]
	return a.Verb == Click && a.Target.Words == words && a.Target.Kind == "" && !a.Target.Subject &&
		len(a.Target.Labels()) == 0 && a.Target.Icon == "" && len(a.In) == 0
}

// choosesAValue reports an object that is a value one makes up rather than picks from what
// the page offers: "a name for your integration", "a strong password", "a unique title".
// "Select a username" picks one of those listed, so only choose and pick ask this.
func choosesAValue(o phrase) bool {
	if len(o.labels) > 0 || len(o.raw) < 2 || !o.raw[0].is("a", "an") {
		return false
	}
	for _, t := range o.raw[1:] {
		switch {
		case t.is("name", "password", "username", "title", "label", "nickname", "alias", "slug", "description"):
			return true
		case t.kind != word || !descriptive[t.lower] && !t.is("new", "unique", "memorable", "short", "strong", "display"):
			return false
		}
	}
	return false
}
