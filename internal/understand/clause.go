package understand

import (
	"slices"
	"strings"
)

// modifier is a prepositional phrase after a clause's object: "in the **Action** column",
// "at the page's lower right-hand corner", "next to the user", "to `Yes`".
type modifier struct {
	prep string
	np   phrase
}

// clauseEnd are words after which the rest of a clause only explains: "Select **Save** if
// you're creating …", "… so that you can …", "(as explained here)".
var clauseEnd = wordSet(`if so because since which that unless when whenever e.g. e.g i.e.
	i.e where whereas while until before after once`)

// modPreps start a modifier after the object.
var modPreps = wordSet(`in on at from under within inside into onto next beside below above
	near to for as with using via through across along over by beneath`)

// readClause reads one imperative clause into its acts, given the containers named before it.
func readClause(p []token, where []Where) ([]Act, Surface) {
	e, n := verbAt(p, 0)
	verb := strings.ToLower(joinWords(p[:n]))
	objToks, mods := splitModifiers(p[n:], e.class)
	obj := readPhrase(objToks)
	c := clause{verb: verb, class: e.class, obj: obj, mods: mods, where: where}
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
}

// splitModifiers separates a clause's object from the modifiers after it, and drops what
// only explains ("if …", "(…)").
func splitModifiers(ts []token, cls class) ([]token, []modifier) {
	ts = dropAsides(ts)
	if i := slices.IndexFunc(ts, func(t token) bool { return t.is("below", "above") }); i > 0 && adjectival(ts, i) {
		ts = slices.Delete(slices.Clone(ts), i, i+1) // "the below message": the message (the first such word only)
	}
	for i, t := range ts {
		if t.kind == word && clauseEnd[t.lower] && i > 0 {
			ts = ts[:i]
			break
		}
		if t.is("for") && i+1 < len(ts) && ts[i+1].is("example", "instance") || t.is("such") && i+1 < len(ts) && ts[i+1].is("as") {
			ts = ts[:i]
			for len(ts) > 0 && ts[len(ts)-1].isPunct(",") {
				ts = ts[:len(ts)-1] // "a descriptive name, such as …"
			}
			break
		}
	}
	start := -1
	for i, t := range ts {
		if i == 0 || t.kind != word || !modPreps[t.lower] {
			continue
		}
		if keepsObject(ts, i, cls) {
			continue
		}
		start = i
		break
	}
	if start < 0 {
		return ts, nil
	}
	return ts[:start], modifiers(ts[start:])
}

// dropAsides drops parenthetical asides, which never hold the instruction. Most clauses
// have none and are returned as they are, capped so an append cannot write into ts.
func dropAsides(ts []token) []token {
	if !slices.ContainsFunc(ts, func(t token) bool { return t.isPunct("(", ")") }) {
		return ts[:len(ts):len(ts)]
	}
	clean := make([]token, 0, len(ts))
	depth := 0
	for _, t := range ts {
		switch {
		case t.isPunct("("):
			depth++
		case t.isPunct(")"):
			if depth > 0 {
				depth--
			}
		case depth == 0:
			clean = append(clean, t)
		}
	}
	return clean
}

// modifiers reads a run of prepositional phrases: "under **Settings** in the left sidebar".
func modifiers(ts []token) []modifier {
	var mods []modifier
	for i := 0; i < len(ts); {
		prep := ts[i].lower
		j := i + 1
		if prep == "next" && j < len(ts) && ts[j].is("to") {
			prep, j = "next to", j+1
		}
		k := j
		for k < len(ts) && !(ts[k].kind == word && modPreps[ts[k].lower] && !keepsModifier(ts, k)) {
			k++
		}
		mods = append(mods, modifier{prep: prep, np: readPhrase(ts[j:k])})
		i = k
	}
	return mods
}

// keepsObject reports whether a preposition at ts[i] belongs to the object itself: "a name
// for your token", "the name of the user", "the files or folders to upload".
func keepsObject(ts []token, i int, cls class) bool {
	t := ts[i]
	switch {
	case t.is("of"):
		return true
	case t.is("for") && (cls == cEnter || cls == cGive || cls == cVague || cls == cCopy):
		return !(i+1 < len(ts) && ts[i+1].kind == label)
	case t.is("to") && i+1 < len(ts) && isVerbAt(ts, i+1):
		// "the token you want to delete", "the files to upload"; but "Click the name of the
		// user to display the details page": a purpose with its own object, what the click does.
		return cls != cPress || i > 0 && ts[i-1].is("want", "wish", "need", "like") || !purposeObject(ts[i+1:])
	case t.is("by") && cls == cWait:
		return true
	}
	return false
}

// purposeObject reports a verb followed by an object of its own: "display the details page".
func purposeObject(ts []token) bool {
	_, n := verbAt(ts, 0)
	return n < len(ts) && !ts[n].isPunct(".", ",", ";", ":", ")")
}

// adjectival reports "below" or "above" after an article, which says which thing rather
// than where: "the below message" is the message, shown below.
func adjectival(ts []token, i int) bool {
	return i > 0 && ts[i].is("below", "above") && ts[i-1].is("the", "a", "an")
}

// keepsModifier reports whether a preposition inside a modifier belongs to it: "at the
// lower right-hand corner of the page", "in the upper right corner of any page".
func keepsModifier(ts []token, i int) bool {
	return ts[i].is("of") || ts[i].is("to") && i+1 < len(ts) && isVerbAt(ts, i+1)
}

// where turns a modifier into the containers it names.
func (m modifier) where() []Where {
	switch m.prep {
	case "in", "on", "at", "within", "inside", "under", "from", "below", "above", "near", "beside", "across", "along", "over":
	default:
		return nil
	}
	if m.prep == "from" && m.np.kind != "dropdown" && m.np.kind != "menu" && m.np.kind != "sidebar" && m.np.kind != "section" && m.np.kind != "dialog" {
		return nil
	}
	owner, words := possessor(m.np.words)
	np := m.np
	np.words = words
	w := Where{Kind: np.kind, Place: np.place}
	if len(np.labels) > 0 {
		w.Label = m.np.labels[len(m.np.labels)-1]
	} else if containerWord(np) != "" {
		w.Kind = containerWord(np)
		w.Label = strings.Join(withoutLast(np.words, w.Kind), " ")
		if before := strings.ToLower(w.Label); w.Kind == "column" && (before == "menu" || before == "navigation" || before == "nav" || before == "sidebar") {
			// "the left menu column": a menu laid out as a column is the menu, not a table's
			// column named "menu".
			w.Kind, w.Label = before, ""
		}
	}
	var in []Where
	if owner.Kind != "" {
		in = append(in, owner)
	}
	if w.Kind != "" || w.Label != "" || w.Place != "" {
		in = append(in, w)
	}
	return in
}

// possessor reads a container that owns the place a phrase names — "this Developer Portal's
// upper-right-hand corner", "the dialog's footer" — and returns it with the words after it.
func possessor(words []string) (Where, []string) {
	for i, w := range words {
		stem := strings.ToLower(w)
		for _, suffix := range []string{"'s", "’s", "'", "’"} {
			stem = strings.TrimSuffix(stem, suffix)
		}
		if stem == strings.ToLower(w) {
			continue
		}
		if kind := singular(stem); containerKinds[kind] {
			return Where{Kind: kind, Label: strings.Join(words[:i], " ")}, words[i+1:]
		}
		return Where{}, words
	}
	return Where{}, words
}

// containerWord is the container noun a phrase ends with, if any ("navigation pane").
func containerWord(p phrase) string {
	if p.kind != "" {
		return p.kind
	}
	if len(p.words) == 0 {
		return ""
	}
	last := strings.ToLower(p.words[len(p.words)-1])
	if containerKinds[last] || containerKinds[singular(last)] {
		return singular(last)
	}
	return ""
}

func withoutLast(words []string, w string) []string {
	if len(words) > 0 && strings.EqualFold(singular(words[len(words)-1]), w) {
		return words[:len(words)-1]
	}
	return words
}

// readWhere reads a container piece before the clause it places: "In the **Actions** column
// on the right", "On the _Admin_ sidebar", "Under **Bucket Key**", "In the upper-right corner
// of any page".
func readWhere(ts []token, prep token) []Where {
	objToks, mods := splitModifiers(ts, cPress)
	m := modifier{prep: prep.lower, np: readPhrase(objToks)}
	if prep.is("next") {
		return nil
	}
	if prep.is("for") {
		// "For **Bucket name**, enter …": the field the clause fills.
		if len(m.np.labels) > 0 {
			return []Where{{Label: m.np.labels[len(m.np.labels)-1], Kind: "field"}}
		}
		return nil
	}
	m.prep = "in"
	out := m.where()
	if len(out) == 0 && len(m.np.labels) > 0 {
		out = []Where{{Label: m.np.labels[len(m.np.labels)-1]}}
	}
	for _, mod := range mods {
		out = append(out, mod.where()...)
	}
	return out
}

// acts turns the clause into acts according to how its verb reads.
func (c clause) acts() []Act {
	o := c.obj
	switch c.class {
	case cSignIn:
		return []Act{{Verb: SignIn, Target: Target{Words: o.text(), Path: o.labels}}}
	case cGo:
		return []Act{c.goTo()}
	case cOpen:
		if readersBrowser(o) {
			// "Open your web browser and go to …": it is open already.
			return []Act{{Verb: Nothing, Why: "the reader's own browser"}}
		}
		if o.url != "" || o.kind == "page" || o.kind == "" && len(o.labels) == 0 && surfaceNamed(o) != "" {
			return []Act{c.goTo()}
		}
		return c.press(Click)
	case cPress:
		if k, ok := pressedKeys(o.raw); ok && (c.verb == "press" || c.verb == "hit") {
			return []Act{{Verb: Press, Value: k, In: c.where}}
		}
		if c.verb == "follow" && followsText(o) {
			return []Act{{Verb: Nothing, Why: whyFollow + describe(o)}}
		}
		return c.press(Click)
	case cEnter:
		return c.enter()
	case cSet:
		return c.set()
	case cCheck, cUncheck:
		if c.looksInto() {
			return []Act{{Verb: Nothing, Why: "left to the reader: " + strings.TrimSpace(c.verb+" "+describe(o))}}
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
		return []Act{{Verb: Copy, Target: c.listTarget(), In: c.where}}
	case cUpload:
		if c.dragsNoFile() {
			return []Act{{Verb: Nothing, Why: "left to the reader: " + strings.TrimSpace(c.verb+" "+describe(c.obj))}}
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
		t.Subject = t.Subject || len(t.Path) == 0
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
	case cRun:
		if len(o.labels) > 0 && o.kind != "" || o.kind == "button" {
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
	if len(c.obj.labels) > 0 {
		return []Act{{Verb: Enter, Target: Target{Path: c.obj.labels[len(c.obj.labels)-1:], Kind: c.obj.kind}, Hint: "as the doc describes", In: c.where}}
	}
	return []Act{{Verb: Nothing, Why: "left to the reader: use " + c.obj.text()}}
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

// target is the clause's object as a target.
func (c clause) target() Target {
	if len(c.obj.labels) == 0 {
		for _, m := range c.mods {
			// "Enable the SMTP server via the `Enabled` checkbox": the control is the means.
			if (m.prep == "via" || m.prep == "using") && len(m.np.labels) > 0 && m.np.kind != "" {
				return targetOf(m.np)
			}
			// "Check the box next to **I understand**": a check box is named by the words
			// beside it.
			if namesBox(c.obj, m) {
				t := targetOf(m.np)
				t.Kind = "checkbox"
				return t
			}
		}
	}
	return targetOf(c.obj)
}

// namesBox reports the words beside a check box that name it: "the box next to **I
// understand**".
func namesBox(o phrase, m modifier) bool {
	return (m.prep == "next to" || m.prep == "beside") && len(m.np.labels) > 0 && onlyABox(o)
}

// onlyABox reports an object that is a check box and nothing more: "the box", "the checkbox",
// "the toggle".
func onlyABox(o phrase) bool {
	if len(o.labels) > 0 || o.icon != "" || o.subject {
		return false
	}
	if o.kind == "checkbox" {
		return len(o.words) == 0
	}
	return o.kind == "" && len(o.words) == 1 && (o.words[0] == "box" || controlKinds[singular(strings.ToLower(o.words[0]))] == "checkbox")
}

func targetOf(o phrase) Target {
	t := Target{Kind: o.kind, Icon: o.icon, Subject: o.subject}
	switch {
	case len(o.labels) > 1 && o.any:
		t.Any = o.labels
	case len(o.labels) > 0 && o.path:
		t.Path = o.labels
	case len(o.labels) > 0:
		// "**A**, **B** and **C**" without "or": a list; the last named is the one to act on
		// for a click, every one for a copy or a check (see listTarget).
		t.Path = o.labels[len(o.labels)-1:]
		if len(o.labels) > 1 {
			t.Any = o.labels[:len(o.labels)-1]
		}
	case o.value != "" && o.icon == "" && namedControl(o) != "":
		// "the checkbox labelled **Read-only**": a control is named by its label.
		t.Path, t.Kind = []string{o.value}, namedControl(o)
	case o.icon == "" && !o.subject:
		t.Words = o.text()
	}
	if t.Subject && len(t.Path) == 0 {
		t.Words = ""
	}
	return t
}

// namedControl is the kind of control a phrase names with no label of its own ("the
// checkbox", "a button"), or "".
func namedControl(o phrase) string {
	k := o.kind
	if k == "" && len(o.words) == 1 {
		k = controlKinds[singular(strings.ToLower(o.words[0]))]
	}
	switch k {
	case "checkbox", "button", "link", "tab", "option", "menu":
		return k
	}
	return ""
}

// listTarget is every label or comma-separated item of the object: "Copy your **Client ID**
// and **Client Secret**", "Copy your client ID and client secret".
func (c clause) listTarget() Target {
	t := Target{Kind: c.obj.kind}
	if len(c.obj.labels) > 0 {
		t.Path = c.obj.labels
		return t
	}
	for _, item := range splitList(joinWords(c.obj.raw)) {
		t.Any = append(t.Any, item)
	}
	return t
}

// whereShown are words after a name that say where it shows.
var whereShown = wordSet(`displayed shown listed visible generated highlighted above below`)

func splitList(s string) []string {
	var out []string
	s = strings.NewReplacer(" and ", ",", " or ", ",", ", and", ",", ", or", ",").Replace(s)
	for _, item := range strings.Split(s, ",") {
		f := strings.Fields(item)
		for len(f) > 0 && determiners[strings.ToLower(f[0])] {
			f = f[1:]
		}
		for i := 1; i < len(f); i++ {
			if whereShown[strings.ToLower(f[i])] {
				f = f[:i] // "the token displayed at the top": where it shows is not its name
				break
			}
		}
		if len(f) > 0 {
			out = append(out, strings.Trim(strings.Join(f, " "), "."))
		}
	}
	return out
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

// press reads Click, Select and Choose: a check box is ticked, an option picked from a
// dropdown or for a group, a page visited, anything else clicked.
func (c clause) press(v Verb) []Act {
	t := c.target()
	if unnamedMany(c.obj) {
		// "Click the tabs below the form to browse …": no one control to press; which ones is
		// the reader's choice.
		return []Act{{Verb: Nothing, Why: "left to the reader: " + strings.TrimSpace(c.verb+" "+describe(c.obj))}}
	}
	if len(c.obj.labels) == 0 && c.obj.icon == "" && describedChoice(c.obj) {
		// "select at least the minimal scopes your app will require": options the reader
		// picks by judgement, in the section the doc names.
		return []Act{{Verb: Choose, Target: Target{Kind: c.obj.kind}, Hint: describe(c.obj), In: c.where}}
	}
	for _, m := range c.mods {
		if (m.prep == "next to" || m.prep == "beside" || m.prep == "for") && m.np.subject {
			t.Subject = true // "the check box next to the user"
		}
	}
	switch {
	case t.Kind == "checkbox":
		return []Act{{Verb: Check, Target: t, In: c.where}}
	case t.Kind == "page" && len(t.Path) > 0:
		return []Act{{Verb: Go, Target: t, In: c.where}}
	}
	for _, m := range c.mods {
		if m.prep == "for" && len(m.np.labels) > 0 {
			// "Select **read-only** for **Products**": an option of a group.
			return []Act{{Verb: Choose, Target: t, In: append(c.where, Where{Label: m.np.labels[0], Kind: "group"})}}
		}
		if m.prep == "from" && (m.np.kind == "dropdown" || m.np.kind == "menu" || containerWord(m.np) == "list") {
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

// followsText reports an object that is the doc's own text, not a control: "follow these
// steps", "follow the instructions below".
// whyFollow starts the reason a step that points at instructions has nothing to perform.
const whyFollow = "instructions to follow: "

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
	for _, w := range []string{" at least ", " minimal ", " minimum ", " one or more ", " appropriate ", " desired ", " relevant ", " needed ", " necessary ", " one of ", " any of ", " the following ", " as needed ", " you need ", " you want "} {
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

// field finds the field a clause fills: "in the **Name** field", "into the **Username** box",
// a container named before the clause ("In **Control Label**, enter …").
func (c clause) field() (Target, bool) {
	for _, m := range c.mods {
		if (m.prep == "in" || m.prep == "into" || m.prep == "on" || m.prep == "for" || m.prep == "under") && len(m.np.labels) > 0 {
			return Target{Path: m.np.labels[len(m.np.labels)-1:], Kind: "field"}, true
		}
		if m.prep == "as" && len(m.np.labels) > 0 && !literalMark(m.np) {
			// "Enter `https://…` as the **Payload URL**": a control's label after "as" is the
			// field; a value spelled as code after it is what to type.
			return Target{Path: m.np.labels[len(m.np.labels)-1:], Kind: "field"}, true
		}
		if (m.prep == "in" || m.prep == "into") && m.np.kind == "field" && len(m.np.words) > 0 {
			return Target{Words: m.np.text(), Kind: "field"}, true
		}
	}
	for i := len(c.where) - 1; i >= 0; i-- {
		w := c.where[i]
		if w.Label != "" && (w.Kind == "field" || w.Kind == "") {
			return Target{Path: []string{w.Label}, Kind: "field"}, true
		}
	}
	return Target{}, false
}

// unnamedField reports a field named only by its kind among the containers: "In the search
// box, type **Slack**".
func unnamedField(where []Where) bool {
	return slices.ContainsFunc(where, func(w Where) bool { return w.Kind == "field" && w.Label == "" })
}

// enter reads Enter, Type, Specify, Paste: a value the doc spells or describes, into a field
// it names or the page offers.
func (c clause) enter() []Act {
	o := c.obj
	a := Act{Verb: Enter, In: c.where}
	if ownCredentials(o) {
		// "Enter your username and password": the reader signs in.
		return []Act{{Verb: SignIn}}
	}
	field, hasField := c.field()
	if ownPassword(o) && !hasField {
		// "Enter your password to enable administrative access": the product asks again. A
		// doc that names the field ("In the **Password** field, enter your password") fills it.
		return []Act{{Verb: Reauthenticate, In: c.where}}
	}
	if o.url != "" && len(o.labels) == 0 && (!hasField || addressBar(field.Words)) {
		// "Enter https://localhost:9090 in the address bar": the reader goes there.
		a := c.goTo()
		a.In = nil
		return []Act{a}
	}
	if o.kind == "page" && !hasField && len(o.labels) > 0 && !slices.ContainsFunc(o.raw, func(t token) bool { return t.kind == word && modPreps[t.lower] }) {
		// "Enter the **Queue Management** page": the reader goes there. ("Enter a **Meta
		// Title** for the page" names the page only as where the field is.)
		return []Act{c.goTo()}
	}
	if k := containerWord(o); !hasField && len(o.labels) == 0 && len(o.words) <= 2 && (k == "form" || k == "section" || k == "dialog" || k == "page") {
		// "Fill in the form:": its fields are the steps or the table that follow.
		return []Act{{Verb: Nothing, Why: "the fields that follow: " + describe(o)}}
	}
	switch {
	case hasField:
		a.Target = field
		if lit, ok := literal(o); ok {
			a.Value = lit
		} else {
			a.Hint = describe(o)
		}
	case len(o.labels) > 0 && (literalMark(o) || unnamedField(c.where)):
		// "Enter `groups`", "In the search box, type **Slack**": the value, into the field
		// the page offers.
		a.Value = o.labels[0]
		a.Target = Target{Kind: "field"}
	case len(o.labels) > 0:
		// "Enter a **Username**", "Enter the **Name** of the integration".
		a.Target = Target{Path: o.labels[len(o.labels)-1:], Kind: "field"}
		a.Hint = describe(o)
		if len(o.labels) > 1 {
			var acts []Act
			for _, l := range o.labels {
				acts = append(acts, Act{Verb: Enter, Target: Target{Path: []string{l}, Kind: "field"}, Hint: describe(o), In: c.where})
			}
			return acts
		}
	default:
		// "Enter a name for your token": the field is found on the page by what it asks for.
		words := fieldWords(o)
		if parts := fieldList(o); len(parts) > 1 {
			// "Enter the user's name and email address and a unique username": one field each.
			var acts []Act
			for _, w := range parts {
				acts = append(acts, Act{Verb: Enter, Target: Target{Words: w, Kind: "field"}, Hint: describe(o), In: c.where})
			}
			return acts
		}
		a.Target = Target{Words: words, Kind: "field"}
		a.Hint = describe(o)
	}
	for _, m := range c.mods {
		if m.prep == "as" || m.prep == "with" {
			if lit, ok := literal(m.np); ok {
				a.Value = lit
			}
		}
		if m.prep == "to" && person(m.np) {
			// "Provide the user name … to the app developer": handing it over, not typing it.
			return []Act{{Verb: Nothing, Why: "not checked here: someone else (" + describe(m.np) + ")"}}
		}
	}
	if o.value != "" {
		a.Value = o.value
	}
	return []Act{a}
}

// set reads "Set **Coupon** to `No Coupon`", "Change the **Provisioning Mode** from "Manual"
// to **Automatic**", "Update the **Description**".
func (c clause) set() []Act {
	o := c.obj
	for i, m := range c.mods {
		// "Switch **Enable SSO** to on", "Set **Public** to off": a switch, not a field. (A
		// value marked as a label, "to **Enabled**", is an option to choose.)
		if m.prep == "to" && m.np.empty() && i+1 < len(c.mods) && c.mods[i+1].prep == "on" && c.mods[i+1].np.empty() {
			return []Act{{Verb: Check, Target: c.target(), In: c.where}}
		}
		if v, ok := onOff[strings.ToLower(m.np.text())]; ok && m.prep == "to" && len(m.np.labels) == 0 {
			return []Act{{Verb: v, Target: c.target(), In: c.where}}
		}
		if m.prep == "to" && (len(m.np.labels) > 0 || len(m.np.words) > 0) {
			val := m.np.text()
			if len(m.np.labels) > 0 {
				val = m.np.labels[0]
			}
			t := Target{Path: lastOf(o.labels), Words: fieldWords(o), Kind: "field"}
			if len(t.Path) > 0 {
				t.Words = ""
			}
			return []Act{{Verb: Enter, Target: t, Value: val, In: c.where}}
		}
	}
	if len(o.labels) > 0 || o.kind == "field" {
		return c.enter()
	}
	if f, ok := c.field(); ok {
		return []Act{{Verb: Enter, Target: f, Hint: describe(o), In: c.where}}
	}
	return []Act{{Verb: Nothing, Why: "left to the reader: " + c.verb + " " + describe(o)}}
}

// onOff are the states a switch is set to.
var onOff = map[string]Verb{"on": Check, "off": Uncheck, "enabled": Check, "disabled": Uncheck,
	"active": Check, "inactive": Uncheck, "yes": Check, "no": Uncheck}

// give reads "Give the account a name", "Give your token a descriptive name".
func (c clause) give() []Act {
	raw := c.obj.raw
	for i, t := range raw {
		if i > 0 && t.is("a", "an") {
			rest := readPhrase(raw[i+1:])
			return []Act{{Verb: Enter, Target: Target{Words: fieldWords(rest), Kind: "field"}, Hint: describe(rest), In: c.where}}
		}
	}
	return []Act{{Verb: Nothing, Why: "left to the reader: give " + describe(c.obj)}}
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

// looksInto reports "check" with nothing to tick — "Check your router for security events",
// "Check whether the pod can reach …": no label, no control, no box beside a label.
func (c clause) looksInto() bool {
	o := c.obj
	if c.verb != "check" || len(o.labels) > 0 || o.kind != "" || o.icon != "" || o.subject || namesControl(o) {
		return false
	}
	return !slices.ContainsFunc(c.mods, func(m modifier) bool {
		return len(m.np.labels) > 0 && (m.prep == "next to" || m.prep == "beside" || m.prep == "for")
	})
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
	return []Act{{Verb: Nothing, Why: "left to the reader: " + strings.TrimSpace(c.verb+" "+describe(o))}}
}

// literal is a value the doc spells out: a code span or a quotation.
func literal(p phrase) (string, bool) {
	if len(p.labels) > 0 && literalMark(p) {
		return p.labels[0], true
	}
	return "", false
}

// literalMark reports whether a phrase's first label is marked as a value (code or quotes)
// rather than as a control (bold, italics).
func literalMark(p phrase) bool {
	for _, t := range p.raw {
		if t.kind == label {
			return t.mark == markCode || t.mark == markQuoted
		}
	}
	return false
}

// describe is the phrase as the doc wrote it, for hints: "a name for your token".
func describe(p phrase) string { return strings.TrimSpace(joinWords(p.raw)) }

// fieldWords are the words of a described value that name its field: "a name for your
// token" → "name", "an endpoint URL" → "endpoint URL".
func fieldWords(p phrase) string {
	var out []string
	for _, t := range p.raw {
		if t.kind == word && fieldWordsEnd[t.lower] {
			break
		}
		if t.kind == label {
			out = append(out, t.text)
			continue
		}
		if t.kind == word && !determiners[t.lower] && !descriptive[t.lower] && !(len(out) == 0 && t.is("and")) {
			// ("a memorable and concise label": the "and" joined two words dropped.)
			out = append(out, strings.Trim(t.text, "."))
		}
	}
	return strings.Join(out, " ")
}

// fieldWordsEnd end the words that name a field: "a name for your token", "the email you use".
var fieldWordsEnd = wordSet(`for of to that which you as in on`)

// fieldList splits the words of several fields asked for at once — "name and email
// address", "the staff member's first name, last name, and email address" — when each part
// ends in what forms call a field; "a memorable and concise label" is one field described
// twice.
func fieldList(o phrase) []string {
	var parts [][]string
	cur := []string{}
	for _, t := range o.raw {
		if t.kind == word && fieldWordsEnd[t.lower] || t.isPunct("(") {
			break
		}
		switch {
		case t.isPunct(",") || t.is("and"):
			if len(cur) > 0 {
				parts = append(parts, cur)
			}
			cur = []string{}
		case t.kind != word || determiners[t.lower] || descriptive[t.lower]:
		case strings.HasSuffix(t.lower, "'s"):
			cur = cur[:0] // "the staff member's first name": the owner, not the field
		default:
			cur = append(cur, strings.Trim(t.text, "."))
		}
	}
	if len(cur) > 0 {
		parts = append(parts, cur)
	}
	if len(parts) < 2 {
		return nil
	}
	out := make([]string, 0, len(parts))
	for _, p := range parts {
		if !fieldNouns[strings.ToLower(p[len(p)-1])] {
			return nil
		}
		out = append(out, strings.Join(p, " "))
	}
	return out
}

// fieldNouns are what forms label their fields with.
var fieldNouns = wordSet(`name username email address password description title url phone number key
	value role comment message domain company organization label tags tag surname`)

// descriptive adjectives say how to choose a value, not which field takes it.
var descriptive = wordSet(`descriptive unique meaningful short long memorable valid suitable
	friendly human-readable optional brief clear good strong secure random custom concise proper`)

func lastOf(ss []string) []string {
	if len(ss) == 0 {
		return nil
	}
	return ss[len(ss)-1:]
}

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

// ownPassword reports a phrase that names the reader's own current password alone ("your
// password", "your account password"): a product asking again who the reader is. A new one
// ("your new password") is a field to fill.
func ownPassword(o phrase) bool {
	w := yourWords(o)
	if len(w) == 0 || slices.Contains(w, "new") || slices.Contains(w, "again") {
		return false
	}
	return w[0] == "password" || len(w) > 1 && (w[0] == "current" || w[0] == "account") && w[1] == "password"
}

// ownCredentials reports a phrase that names the reader's own user name and password ("your
// username and password", "your email and password"): what signing in asks for. A username and
// password the reader makes up ("a username and password" for a new user) are fields to fill.
func ownCredentials(o phrase) bool {
	w := yourWords(o)
	if !slices.Contains(w, "password") {
		return false
	}
	for i, x := range w {
		switch {
		case x == "username" || x == "email" || x == "e-mail" || x == "login",
			x == "user" && i+1 < len(w) && (w[i+1] == "name" || w[i+1] == "id"):
			return true
		}
	}
	return false
}

// yourWords are the lower-case words after "your" of a phrase that names something of the
// reader's own in unmarked words ("your username and password"); nil for any other phrase.
func yourWords(o phrase) []string {
	f := strings.FieldsFunc(strings.ToLower(joinWords(o.raw)), func(r rune) bool { return r == ' ' || r == '.' || r == ',' })
	if len(o.labels) > 0 || len(f) < 2 || f[0] != "your" {
		return nil
	}
	return f[1:]
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
