package understand

import (
	"regexp"
	"slices"
	"strings"
)

// Read returns what one sentence of a procedure asks of its reader.
func Read(sentence string) Meaning {
	if m, ok := tooLong(sentence); ok {
		return m
	}
	m := Meaning{Role: Note}
	if v := variantClass.FindStringSubmatch(strings.TrimSpace(sentence)); v != nil {
		m.edition, sentence = v[1], strings.TrimSpace(sentence)[len(v[0]):]
	}
	buf := tokenBuffers.Get().(*[]token)
	all := tokenizeInto((*buf)[:0], sentence)
	defer func() {
		clear(all) // let go of the sentence's strings
		*buf = all[:0]
		tokenBuffers.Put(buf)
	}()
	toks := all
	if n := docStep.FindStringSubmatch(strings.TrimSpace(sentence)); n != nil {
		// "Go on to step 5", "Skip to step 3": a place in the doc, not on the page.
		return Meaning{Role: Action, Acts: []Act{{Verb: Nothing, Why: "the doc's own step " + n[1] + ": read on there"}}}
	}
	if rest, ok := delegated(sentence); ok {
		// "Have the user click **Submit**": another person does it, in their own session.
		if d := Read(rest); d.Step() {
			d.Surface = someoneElse
			return d
		}
	}
	if why := include(sentence); why != "" {
		m.Role, m.Why = Action, why
		return m
	}
	if acts, ok := tableRow(toks); ok {
		m.Role, m.Acts = Action, acts
		return m
	}
	toks = narrated(m.stripStarts(toks))
	if len(toks) == 0 || example(toks) || asideMarked(toks) {
		return Meaning{Role: Note}
	}
	if len(toks) == 2 && toks[0].kind == label && toks[1].isPunct(".", "!") {
		// "**Save**.": a step that is only the control to press. (A label listed without a
		// full stop, "**VAT Standard**", is an option's name.)
		m.Role, m.Acts = Action, []Act{{Verb: Click, Target: targetOf(readPhrase(toks[:1]))}}
		return m
	}
	if labelLike(toks) {
		return Meaning{Role: Note} // "Enable for Customer Login": the name of an option, listed
	}
	toks = boldAct(toks)
	toks = colonAfterVerb(toks)
	if stripped := m.stripTitle(toks); len(stripped) != len(toks) {
		if referenceTitle(toks) {
			return Meaning{Role: Note} // "More information: [Create a flow](…)": another page's title
		}
		toks = stripped
	} else if definition(toks) {
		return Meaning{Role: Note}
	}
	toks = withoutFigurePointer(toks)
	if n := len(toks); n > 2 && (toks[n-1].text == "-" || toks[n-1].text == "–" || toks[n-1].text == "—") && toks[n-2].kind == word {
		// "Fill in the required info -": a dash where a lead-in's colon goes.
		toks = append(toks[:len(toks)-1:len(toks)-1], token{kind: punct, text: ":", lower: ":"})
	}
	if endsInTheFollowing(toks) {
		// "… create those new roles with the following values" and the list right under it:
		// a lead-in whose writer left out the colon, or wrote a full stop for it.
		if lastIs(toks, ".") {
			toks = toks[:len(toks)-1]
		}
		toks = append(toks[:len(toks):len(toks)], token{kind: punct, text: ":", lower: ":"})
	}
	if lastIs(toks, ":") {
		m.LeadIn = true
		toks = toks[:len(toks)-1]
		m.Options = offersChoices(toks)
		m.Requires = requirements(toks)
		m.Means = len(toks) > 1 && toks[len(toks)-1].is("by")
		if fill, optional := youMayFill(toks); fill != nil {
			toks, m.Optional = fill, optional
		}
	}
	if m.LeadIn && (settingsToBe(toks) || settingsTitle(toks)) {
		// "When using Gmail, your final settings should be:": the fields to fill are the items
		// below, each with its value.
		return Meaning{Role: Action, LeadIn: true, Fields: true,
			Acts: []Act{{Verb: Nothing, Why: "the fields that follow: " + strings.TrimSpace(joinWords(toks))}}}
	}
	if m.LeadIn && namesPicks(toks) {
		// "The individual events to select are:": the boxes to tick are the items below.
		return Meaning{Role: Action, LeadIn: true, Picks: true,
			Acts: []Act{{Verb: Nothing, Why: whyPicks + strings.TrimSpace(joinWords(toks))}}}
	}
	var where []Where
	mailbox := false // a container that is the reader's mailbox, not a page
	imperatives, outcomes := 0, 0
	asksFields := false // a verb of filling or defining: what follows a lead-in are fields
	kept := false       // a clause before the last keeps a copy on the reader's computer
	pieces := split(toks)
	for i, p := range pieces {
		p = lookInFor(byDoing(doneBy(p)))
		switch {
		case len(p) == 0:
		case p[0].in(conditionWords) && !isVerbAt(p, 0), forWhich(p):
			m.condition(p)
		case len(p) == 1 && p[0].kind == word && (prepositions[p[0].lower] || determiners[p[0].lower]):
			// A preposition left alone: what it named renders elsewhere ("On {{product}}, …").
		case m.LeadIn && i == len(pieces)-1 && stepsAhead(p):
			// "To delete a user account:", "To add a user, do the following:": a purpose
			// the steps under it reach.
			m.Acts = append(m.Acts, Act{Verb: Nothing, Why: whyFollow + "the steps below"})
			imperatives++
		case p[0].is("to") && isVerbAt(p, 1) && i < len(pieces)-1:
			// A purpose ("To save your change, click …") says why, not what.
		case len(p) > 1 && p[0].is("note", "notice", "remember") && p[1].is("that"):
			// "Note that deleting the team deletes its dashboards": a fact to bear in mind,
			// not something to note down.
		case p[0].is("see", "refer") || isVerbAt(p, 0) && reference(p):
			return Meaning{Role: Note} // "Read more about …", "Read the [guide](…)": elsewhere in the docs
		case isVerbAt(p, 0):
			if e, n := verbAt(p, 0); (e.class == cEnter || e.class == cVague) && namesFields(p[n:]) || e.class == cInvoke && withTheFollowing(p[n:]) || e.class == cSet && theFollowing(p[n:]) ||
				m.LeadIn && n == len(p) && i == len(pieces)-1 && (e.class == cEnter || e.class == cVague || e.class == cSet) {
				// "Fill in:", "Set:": a verb of filling with nothing after it but its colon
				asksFields = true
				// "the required fields", "the form": each item is a field, a bare name too.
				m.FieldsNamed = m.FieldsNamed || slices.ContainsFunc(p[n:], func(t token) bool { return t.is("field", "fields", "form") })
			}
			acts, surface := readClause(p, where)
			if a, ok := seesThat(p); ok && len(acts) == 1 && acts[0].Verb == See && len(acts[0].Target.Path) == 0 && !acts[0].Target.Subject {
				// "Verify that the user now appears in the **Members** list": what to see is
				// a clause of its own, read as an outcome is.
				a.In = append(append([]Where{}, where...), a.In...)
				acts = []Act{a}
			}
			if mailbox && surface.Kind == Product {
				surface = recipientsMail
			}
			if m.LeadIn && purposesOnly(pieces[i+1:]) && picksFollowing(p) && surface.Web() && m.Surface.Kind == Product {
				// "Add the following **Delegated** permissions:": the items below are what to
				// pick; the lead-in picks nothing itself.
				m.Picks = true
				_, n := verbAt(p, 0)
				acts = []Act{{Verb: Nothing, Why: whyPicks + strings.TrimSpace(joinWords(p[n:])), In: where}}
			}
			if !surface.Web() && len(m.Acts) > 0 && m.Surface.Kind == Product {
				// "Copy the **API Path** field's contents and save it to a file": the first
				// act is the product's; saving the file happens on the reader's computer.
				acts = []Act{{Verb: Nothing, Why: "not checked here: " + surface.String()}}
			} else if surface == yourComputer && i < len(pieces)-1 {
				// "Store your recovery codes somewhere safe and click **Finish**": the step
				// goes on in the product; only the keeping happens elsewhere.
				acts = []Act{{Verb: Nothing, Why: "not checked here: " + surface.String()}}
				kept = true
			} else if surface.Kind != Product && m.Surface.Kind == Product {
				m.Surface = surface
			}
			m.Acts = append(m.Acts, acts...)
			imperatives += len(acts)
			where = nil
		case isContainer(p):
			where = append(where, readWhere(p[1:], p[0])...)
			if inMailbox(p) {
				mailbox = true // "From the invitation email, follow the link …"
			}
		default:
			if a, ok := readOutcome(p); ok {
				if a.Verb == Nothing && a.Why == mailSent.Why && m.Surface.Kind == Product {
					m.Surface = recipientsMail
				}
				m.Acts = append(m.Acts, a)
				outcomes++
				continue
			}
			if a, ok := readPrecondition(p); ok {
				m.Role = Precondition
				m.Acts = append(m.Acts, a)
				continue
			}
			if len(m.Acts) == 0 {
				// Not an instruction: a fact, an option's description, a prerequisite, a
				// cross-reference ("For more information, see …").
				return m.unread(p)
			}
		}
	}
	if len(m.Acts) == 0 && !m.LeadIn && len(pieces) == 1 && len(where) == 1 && where[0].Label != "" && (where[0].Kind == "tab" || where[0].Kind == "page") {
		// "On the **Members** tab.": a step that is only a place takes the reader there.
		m.Acts = []Act{{Verb: Go, Target: Target{Path: []string{where[0].Label}, Kind: where[0].Kind}}}
	}
	m.Acts = submittedBySignIn(m.Acts)
	if kept && m.Surface.Kind == Product && !slices.ContainsFunc(m.Acts, func(a Act) bool { return a.Verb != Nothing }) {
		m.Surface = yourComputer // nothing of the product's after all
	}
	m.settle(imperatives, outcomes)
	m.Fields = m.LeadIn && asksFields && m.Role == Action
	if m.Fields {
		m.Acts = fieldsFollow(m.Acts)
	}
	m.FieldsNamed = m.Fields && m.FieldsNamed
	m.Steps = m.LeadIn && len(m.Acts) == 1 && m.Acts[0].Verb == Nothing && strings.HasPrefix(m.Acts[0].Why, whyFollow) &&
		strings.Contains(m.Acts[0].Why, "steps")
	if m.edition != "" && m.Role != Note {
		m.Surface = Surface{Kind: Variant, Name: m.edition + " content"}
	}
	return m
}

// submittedBySignIn drops the click that submits a sign-in form from the acts after a sign-in
// ("Enter your username and password and click **Log In**", "Enter your current password and
// click **Confirm**"): signing in submits it.
func submittedBySignIn(acts []Act) []Act {
	signedIn := false
	return slices.DeleteFunc(acts, func(a Act) bool {
		submit := signedIn && a.Verb == Click && len(a.Target.Path) == 1 && signInLabel(a.Target.Path[0])
		signedIn = signedIn || a.Verb == SignIn || a.Verb == Reauthenticate
		return submit
	})
}

// signInLabel reports a label that submits a sign-in form: "Log In", "Sign in", "Submit",
// "Confirm".
func signInLabel(l string) bool {
	switch strings.NewReplacer(" ", "", "-", "").Replace(strings.ToLower(l)) {
	case "login", "signin", "logon", "signon", "submit", "continue", "next", "ok", "confirm", "authenticate", "verify":
		return true
	}
	return false
}

// stepsAhead reports a lead-in that names only the purpose of the steps under it ("To delete
// a user account") or tells the reader to do them ("To add a user, do the following").
func stepsAhead(p []token) bool {
	if doTheFollowing(p) {
		return true
	}
	if !p[0].is("to") || !isVerbAt(p, 1) {
		return false
	}
	comma := slices.IndexFunc(p, func(t token) bool { return t.isPunct(",") })
	return comma < 0 || doTheFollowing(p[comma+1:])
}

// requirements reports a lead-in that says what something other than the reader must be or
// do: "Your handler must:", "Passwords should contain:", "The endpoint needs to".
func requirements(ts []token) bool {
	for i, t := range ts {
		if t.kind != word || !(t.is("must", "should") || t.is("needs", "has") && i+1 < len(ts) && ts[i+1].is("to")) {
			continue
		}
		// The lead-in ends at the requirement ("must:", "should contain:", "needs to have:"); a
		// modal further back is a clause of its own ("If a user needs to recover …, there are …").
		// A person who must ("the API Owner should:") is given steps, as the reader is.
		return i > 0 && len(ts)-i <= 3 && definite(ts[:i]) && !slices.ContainsFunc(ts[:i], func(t token) bool { return t.is("you", "we", "i") || t.is(people...) })
	}
	return false
}

// settingsTitle reports a lead-in that only names a group of settings ("General Settings:",
// "Connection details:"): no verb, its last word a kind of settings; the items are its fields.
func settingsTitle(ts []token) bool {
	n := len(ts)
	if n == 0 || n > 4 || !ts[n-1].is("settings", "details", "configuration") {
		return false
	}
	return !slices.ContainsFunc(ts, func(t token) bool { return t.kind != word || verbsByFirst[t.lower] != nil })
}

// settingsToBe reports a lead-in that says what settings must hold ("your final settings
// should be", "the values must be"): a list of fields and their values follows.
func settingsToBe(ts []token) bool {
	n := len(ts)
	if n < 3 || !ts[n-1].is("be") || !ts[n-2].is("should", "must") {
		return false
	}
	return slices.ContainsFunc(ts[:n-2], func(t token) bool {
		return t.is("settings", "values", "configuration", "fields", "parameters")
	})
}

// people are who a doc may tell to do something besides the reader.
var people = []string{"owner", "owners", "admin", "admins", "administrator", "administrators", "user", "users",
	"member", "members", "manager", "managers", "operator", "operators", "developer", "developers",
	"maintainer", "maintainers", "reviewer", "reviewers", "approver", "approvers", "consumer", "consumers"}

// youMayFill reads a lead-in that tells the reader of fields to fill — "You can update the
// following information:", "Optionally, you can set the following properties:", "When creating
// a local user, you must specify at least the following:" — as the instruction it is,
// returning it without "you can" or "you must" (a condition before it kept) and whether "can"
// made it optional; nil for any other lead-in.
func youMayFill(ts []token) ([]token, bool) {
	at := 0
	if i := slices.IndexFunc(ts, func(t token) bool { return t.is("you", "you'll") }); i > 0 && ts[i-1].isPunct(",") && (ts[0].in(conditionWords) || prepositions[ts[0].lower]) {
		at = i // "When creating a **local user**, you must …", "On the settings screen, you'll have to …"
	}
	if len(ts)-at < 3 || !ts[at].is("you", "you'll") {
		return nil, false
	}
	rest, optional := ts[at+1:], ts[at+1].is("can", "may")
	switch {
	case optional, rest[0].is("must", "should"):
		rest = rest[1:]
	case len(rest) > 2 && rest[0].is("need", "have") && rest[1].is("to"):
		rest = rest[2:]
	case len(rest) > 3 && rest[0].is("will") && rest[1].is("need", "have") && rest[2].is("to"):
		rest = rest[3:] // "you will have to fill in these settings"
	default:
		return nil, false
	}
	if len(rest) > 0 && rest[0].is("also", "now", "optionally", "first") {
		rest = rest[1:]
	}
	e, n := verbAt(rest, 0)
	if n == 0 || !(e.class == cEnter || e.class == cVague || e.class == cSet) {
		return nil, false
	}
	obj := rest[n:]
	if len(obj) > 2 && obj[0].is("at") && obj[1].is("least") {
		obj = obj[2:] // "specify at least the following"
	}
	if !theFollowing(obj) {
		return nil, false
	}
	return append(append(ts[:at:at], rest[:n]...), obj...), optional
}

// theFollowing reports an object that is "the following" things — "the following fields",
// "the following:", "these settings" — not "**Layout** to one of the following".
func theFollowing(obj []token) bool {
	return len(obj) > 1 && (obj[0].is("the") && obj[1].is("following") || obj[0].is("these") && obj[1].kind == word)
}

// doTheFollowing reports "do the following", "complete the following steps", "do one of the
// following": a lead-in's announcement that the list under it is what to do.
func doTheFollowing(p []token) bool {
	if len(p) == 0 || !p[0].is("do", "complete", "perform") {
		return false
	}
	rest := p[1:]
	switch {
	case len(rest) > 2 && rest[0].is("one", "each", "any", "all") && rest[1].is("of"):
		rest = rest[2:] // "do one of the following": two ways, the first taken
	case len(rest) > 0 && rest[0].is("all"):
		rest = rest[1:]
	}
	if len(rest) < 2 || !rest[0].is("the") || !rest[1].is("following") {
		return false
	}
	rest = rest[2:]
	if len(rest) == 0 {
		// "Complete the following:" and "Complete the following meta data:" ask for fields.
		return !p[0].is("complete")
	}
	// What the steps reach or where they happen may follow: "… steps to get to the above
	// URL", "… steps on the **Identity Provider** side".
	return rest[0].is("steps") && (len(rest) == 1 || rest[1].is("to", "on", "in", "for"))
}

// tableRow reads a row of a table of fields to fill, "**Name** | a name for the token": the
// field, then its value — spelled as code or quotes, else described for the reader to choose.
func tableRow(ts []token) ([]Act, bool) {
	if !slices.ContainsFunc(ts, func(t token) bool { return t.isPunct("|") }) {
		return nil, false // no row: most sentences, not worth copying their tokens into cells
	}
	var cells [][]token
	cur := []token{}
	for _, t := range ts {
		if t.isPunct("|") {
			cells = append(cells, cur)
			cur = []token{}
			continue
		}
		cur = append(cur, t)
	}
	cells = append(cells, cur)
	if len(cells) < 2 || len(cells[0]) == 0 || len(cells[0]) > 6 || len(cells[1]) == 0 {
		return nil, false
	}
	if pairs := keyValues(cells[1:]); pairs != nil {
		// "`+ Add new claim` | **Name:** email | **Source:** Attribute": press the first, then
		// fill each field with its value.
		first := readPhrase(cells[0])
		acts := []Act{{Verb: Click, Target: targetOf(first)}}
		return append(acts, pairs...), true
	}
	field := strings.TrimSuffix(strings.TrimSpace(joinWords(cells[0])), ":")
	if cells[0][0].kind == label && len(cells[0]) == 1 {
		field = cells[0][0].text
	}
	return []Act{fill(field, cells[1])}, true
}

// keyValues reads cells written "**Field:** value", or nil when one is not.
func keyValues(cells [][]token) []Act {
	var acts []Act
	for _, c := range cells {
		if len(c) < 3 || c[0].kind != label || !c[1].isPunct(":") {
			return nil
		}
		acts = append(acts, fill(c[0].text, c[2:]))
	}
	return acts
}

// fill enters value into the field: spelled as code or quotes, else described.
func fill(field string, value []token) Act {
	a := Act{Verb: Enter, Target: Target{Path: []string{field}, Kind: "field"}}
	p := readPhrase(value)
	if lit, ok := literal(p); ok && len(value) == 1 {
		a.Value = lit
	} else if len(value) <= 3 && len(p.labels) == 0 {
		a.Value = strings.TrimSpace(joinWords(value)) // "email", "All groups": the value itself
	} else {
		a.Hint = describe(p)
	}
	return a
}

// variantClass is a leading edition marker, "{:.ee-only}" (kramdown): the step belongs to one
// edition of the product.
var variantClass = regexp.MustCompile(`^\{:\s*\.([\w-]+-only)\s*\}`)

// titleCase reports whether every word is capitalised: "Start Time", "Access Token".
func titleCase(ts []token) bool {
	for _, t := range ts {
		if t.kind != word || !capitalised(t.text) {
			return false
		}
	}
	return len(ts) > 0
}

// labelLike reports an item that is a UI label rather than an instruction: a few words in
// Title Case, with no closing punctuation, whose verb (if it is one) takes no object or is no
// verb of clicking or going ("Enable for Customer Login", "Add to Cart", "Display Product
// Prices" listed under a step).
func labelLike(ts []token) bool {
	if len(ts) < 2 || len(ts) > 6 || ts[len(ts)-1].kind == punct {
		return false
	}
	for _, t := range ts {
		if t.kind != word || len(t.text) > 3 && !capitalised(t.text) {
			return false
		}
	}
	e, n := verbAt(ts, 0)
	if n == 0 {
		return false
	}
	objectless := n < len(ts) && prepositions[ts[n].lower]
	strong := e.class == cPress || e.class == cGo || e.class == cEnter || e.class == cSignIn
	return objectless || !strong
}

// example reports a sentence that gives an example: "For example, …", "E.g. …".
func example(ts []token) bool {
	return ts[0].is("e.g", "e.g.", "i.e", "i.e.", "eg") || len(ts) > 1 && ts[0].is("for") && ts[1].is("example", "instance")
}

// definition reports an item that defines a term or an option: "**Weekly**: Run …",
// "**RBAC Integration**: The resolved group IDs …", "`id` - the token's id", or says what a
// part of the page is for: "**Session** shows the active sessions established by the user."
// or a kind of thing: "Type `messaging` - `kafka`".
func definition(ts []token) bool {
	if len(ts) > 2 && ts[0].kind == label && ts[1].is(describingVerbs...) {
		return true
	}
	if len(ts) > 2 && ts[0].is("type", "kind") && ts[1].kind == label && (ts[2].isPunct("-", ":") || ts[2].is("has", "is", "are", "supports", "means", "includes")) {
		return true // "Type `fileset` has no provider": a kind of thing, not typing
	}
	for i, t := range ts {
		if t.isPunct(":", "-") {
			if i == 0 || i >= 8 || i == len(ts)-1 || isVerbAt(ts, i+1) {
				return false
			}
			// "**Weekly**: …", "Trigger: the trigger way of …": a term and what it means; not
			// "Select Permissions: `api`, `read_user`", an act and the labels it acts on.
			if ts[0].is("select", "check", "choose", "enable", "tick", "pick") && i > 1 && onlyLabels(ts[i+1:]) {
				return false
			}
			return ts[0].kind == label || i <= 3 && capitalised(ts[0].text) && (!isVerbAt(ts, 0) || i == 1 || titleCase(ts[:i]))
		}
		if t.kind == punct && !t.isPunct("(", ")") {
			return false
		}
	}
	return false
}

// colonAfterVerb drops the colon between a verb of typing and the value it types: "Under
// **Tenant URL** enter: `https://…`".
func colonAfterVerb(ts []token) []token {
	for i := 2; i+1 < len(ts); i++ { // a place before the verb: "Type: `Bearer`" is a term
		if !ts[i].isPunct(":") || ts[i+1].kind != label || ts[i-1].kind != word {
			continue
		}
		if e, n := verbAt(ts, i-1); n == 1 && e.class == cEnter {
			return slices.Delete(slices.Clone(ts), i, i+1)
		}
		return ts
	}
	return ts
}

// referenceTitle reports a sentence whose title points elsewhere: "More information:", "See
// also:", "Learn more:", "Related:".
func referenceTitle(ts []token) bool {
	end := slices.IndexFunc(ts, func(t token) bool { return t.isPunct(":", "-") })
	if end <= 0 {
		return false
	}
	words := strings.ToLower(joinWords(ts[:end]))
	for _, w := range []string{"more information", "see also", "learn more", "related", "reference", "for details", "read more"} {
		if strings.HasPrefix(strings.TrimSpace(words), w) {
			return true
		}
	}
	return false
}

// onlyLabels reports a run of labels joined by commas, "and" or "or", and its full stop.
func onlyLabels(ts []token) bool {
	labels := 0
	for _, t := range ts {
		switch {
		case t.kind == label:
			labels++
		case t.isPunct(",", "."), t.is("and", "or"):
		default:
			return false
		}
	}
	return labels > 0
}

// stressedStep is the instruction after a marker that stresses it ("**Important:** Check
// "Include all branches"."), as a procedure's own item asks it; "Do not …" stays an aside.
func stressedStep(item string) (string, bool) {
	toks := tokenize(item)
	if len(toks) < 2 || !asideMarked(toks) {
		return "", false
	}
	if w := strings.TrimRight(toks[0].lower, ": "); w != "important" && w != "warning" && w != "caution" {
		return "", false
	}
	rest := toks[1:]
	if rest[0].isPunct(":") {
		rest = rest[1:]
	}
	if len(rest) == 0 || !isVerbAt(rest, 0) || rest[0].is("do", "don't", "never", "avoid") {
		return "", false
	}
	_, after, _ := strings.Cut(item, rest[0].text)
	return rest[0].text + after, true
}

// asideMarked reports a sentence a bold marker sets aside: "**Important** Making changes …
// does not apply them at once", "**Note:** …" — a note however it is worded.
func asideMarked(ts []token) bool {
	if len(ts) < 2 || ts[0].kind != label || ts[0].mark != markBold {
		return false
	}
	return noteWords[strings.TrimRight(ts[0].lower, ": ")] && ts[0].lower != "example"
}

// settle decides the role once every clause is read: an outcome when the sentence only
// describes what the page shows or only asks to check it, a precondition when it only signs
// in, an action otherwise.
func (m *Meaning) settle(imperatives, outcomes int) {
	if len(m.Acts) == 0 || m.Role == Precondition {
		return
	}
	m.Role = Action
	sees := 0
	for _, a := range m.Acts {
		if a.Verb == See {
			sees++
		}
	}
	switch {
	case imperatives == 0 && outcomes > 0 && (conditional(m.Condition) || !m.LeadIn && !slices.ContainsFunc(m.Acts, seesSomething)):
		// "If the policy ran before, its executions are listed": a state the doc allows for,
		// not one to check; "The change takes effect immediately": nothing named to see.
		m.Role, m.Acts, m.Optional = Note, nil, false
	case imperatives == 0 && outcomes > 0, sees == len(m.Acts):
		m.Role = Outcome
	case len(m.Acts) == 1 && m.Acts[0].Verb == SignIn:
		m.Role = Precondition
	}
}

// seesSomething reports an act that is no outcome, or one that names what to see or where.
func seesSomething(a Act) bool {
	t := a.Target
	return a.Verb != See || len(t.Path) > 0 || len(t.Any) > 0 || t.Words != "" || t.Icon != "" || t.Kind != "" || t.Subject || len(a.In) > 0 || a.Value != ""
}

// unread decides what a sentence with no reading is: an instruction docdrift cannot read
// when it starts like one, else a note.
func (m Meaning) unread(p []token) Meaning {
	if len(p) > 0 && p[0].kind == word && (otherVerbs[p[0].lower] || imperativeShape(p)) {
		m.Role = Action
		m.Why = "docdrift has no action for the verb " + quote(p[0].text)
	}
	return m
}

// imperativeShape reports a sentence shaped like an instruction with a verb docdrift does not
// know: a capitalised word that is no article, pronoun or adverb, followed by an article, a
// preposition or a label ("Wave at the screen.", "Rotate the **API key**.").
func imperativeShape(p []token) bool {
	if len(p) < 3 || p[0].kind != word || !capitalised(p[0].text) || notVerbs[p[0].lower] ||
		strings.HasSuffix(p[0].lower, "s") && !strings.HasSuffix(p[0].lower, "ss") || strings.HasSuffix(p[0].lower, "ing") ||
		pastParticiple(p[0].lower) {
		return false
	}
	next := p[1]
	return next.kind == label || next.kind == word && (determiners[next.lower] && !next.is("one", "new", "all", "each", "both", "following") || next.is("at", "on", "to", "in", "into", "with", "from", "for", "up", "out", "down", "off", "over"))
}

// pastParticiple reports a word that reads as one ("Applied", "Used"), which opens a
// description, not an instruction; "Proceed" and "Embed" are verbs.
func pastParticiple(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") && !strings.HasSuffix(w, "bed")
}

// notVerbs are words a sentence starts with that are no verb of an instruction.
var notVerbs = wordSet(`the a an this that these those it its there here they we you your our
	their he she his her i my be is are was were will would can could should may might must
	only all any each every other another such some most many much more less few both either
	neither no not none
	if when once after before while as since because although though unless until so then
	for with without by from in on at to of into onto about above below under over between
	through during also just even still already yet very often usually always never sometimes
	note tip important warning caution example e.g i.e etc and or but nor see refer read learn
	up down out off due otherwise one first ready`)

// stripStarts drops words that only pace a procedure ("Then", "Next,") and notes the
// markers of an optional step ("(Optional)", "Optionally,").
func (m *Meaning) stripStarts(ts []token) []token {
	for len(ts) > 0 {
		switch {
		case ts[0].isPunct(",", "-", ":"):
			ts = ts[1:]
		case len(ts) > 2 && ts[0].isPunct("(") && ts[2].isPunct(")") && (optionalStarts[ts[1].lower] || ts[1].lower == "recommended"):
			m.Optional = m.Optional || optionalStarts[ts[1].lower]
			ts = ts[3:]
		case ts[0].isPunct("(") && asideBefore(ts) > 0:
			// "(Optional, available on 1.18+) Select …", "(Admins only) Click …": an aside
			// before the step.
			m.Optional = m.Optional || len(ts) > 1 && optionalStarts[strings.TrimSuffix(ts[1].lower, ",")]
			ts = ts[asideBefore(ts):]
		case ts[0].kind == label && optionalStarts[strings.Trim(ts[0].lower, `(): []\`)]:
			// "**Optional:**", "*(optional)* Select …", "*[Optional]* Enter …"
			m.Optional = true
			ts = ts[1:]
		case ts[0].kind == word && optionalStarts[strings.TrimSuffix(ts[0].lower, ":")]:
			m.Optional = true
			ts = ts[1:]
		case ts[0].is("alternatively", "alternately") && len(ts) > 1 && ts[1].isPunct(","):
			// "Alternatively, click **Profiles**": another way to the step's end, done when the
			// page offers it (a reader who took the first way has nothing more to do).
			m.Optional, m.Condition = true, "alternatively"
			ts = ts[1:]
		case ts[0].kind == word && softStarts[strings.TrimSuffix(ts[0].lower, ":")] && len(ts) > 1 && (isVerbAt(ts, 1) || ts[1].isPunct(",") || ts[1].in(prepositions) || ts[1].is("let's", "let’s", "let")):
			ts = ts[1:]
		case len(ts) > 1 && ts[0].is("and", "or") && isVerbAt(ts, 1):
			ts = ts[1:]
		case len(ts) > 1 && ts[0].is("let's", "let’s") && isVerbAt(ts, 1):
			ts = ts[1:] // "Let's add a new route": a walk-through's step, as its "we" is
		case len(ts) > 2 && ts[0].is("let") && ts[1].is("us") && isVerbAt(ts, 2):
			ts = ts[2:]
		case len(ts) > 2 && ts[0].is("back") && ts[1].is("in", "on", "at"):
			ts = ts[1:] // "Back in Railway, open the project": where the reader returns to
		default:
			return ts
		}
	}
	return ts
}

// offersChoices reports a lead-in, its colon gone, whose items are what the reader may do or
// pick rather than steps to take in turn: "From the Users page, you can:", "Choose your email
// provider:", "Select one of the following:".
func offersChoices(ts []token) bool {
	n := len(ts)
	if n >= 2 && ts[n-2].is("you") && ts[n-1].is("can", "may") {
		return true
	}
	if e, k := verbAt(ts, 0); k > 0 && (e.class == cPress || e.class == cSet) && k < n {
		rest := ts[k:]
		return rest[0].is("your") && len(rest) <= 3 || len(rest) >= 3 && rest[0].is("one") && rest[1].is("of")
	}
	return false
}

// asideBefore is where the step after a leading parenthesis begins, 0 when the parenthesis is
// not closed soon or no verb follows it.
func asideBefore(ts []token) int {
	for i := 1; i < len(ts) && i < 16; i++ {
		if ts[i].isPunct(")") {
			if isVerbAt(ts, i+1) {
				return i + 1
			}
			return 0
		}
	}
	return 0
}

// stripTitle drops a step's title when an instruction follows it: "**Authorize the
// integration** - Go to …". A title that is a field's name ("`Sign-in redirect URLs`: Add
// `https://…`") becomes the field the instruction fills.
func (m *Meaning) stripTitle(ts []token) []token {
	end := -1
	for i, t := range ts {
		if t.isPunct(":", "-") {
			end = i
			break
		}
		if t.kind == punct && !t.isPunct("(", ")") {
			return ts
		}
		if i > 8 {
			return ts
		}
	}
	if end <= 0 || end == len(ts)-1 || !isVerbAt(ts, end+1) {
		return ts
	}
	head, rest := ts[:end], ts[end+1:]
	if head[0].kind == label && len(head) == 1 && !isVerbText(head[0].lower) {
		// The title names a field: the instruction after it happens there.
		return append([]token{{kind: word, text: "In", lower: "in"}, head[0], {kind: punct, text: ",", lower: ","}}, rest...)
	}
	return rest
}

// docStep is a sentence that sends the reader to another step of the doc.
var docStep = regexp.MustCompile(`^(?i)(?:then,? )?(?:go|continue|skip|proceed|jump|move|return|go on|move on|go back|skip ahead)(?: on| back| ahead)? to step (\d+[a-z]?)\b`)

// someoneElse is where an act another person does happens: docdrift drives only its own
// session.
var someoneElse = Surface{Kind: Device, Name: "another person's session"}

// delegation opens an instruction the reader passes on: "Have the user …", "Ask your members
// to …", "Instruct the new user to …".
var delegation = regexp.MustCompile(`^(?i)(?:have|ask|instruct|tell|get) (?:the|your|each|a|an) (?:new |invited |test )?(?:user|member|person|invitee|employee|recipient)s? (?:to )?`)

// delegated is what a sentence opening with delegation asks the other person to do.
func delegated(sentence string) (string, bool) {
	m := delegation.FindString(strings.TrimSpace(sentence))
	if m == "" {
		return "", false
	}
	return strings.TrimSpace(sentence)[len(m):], true
}

// boldAct unwraps an instruction whose act the writer set in bold — "**Click "Create Step"**
// in the wizard settings", "**Write your content** using Markdown", "**Save the step**" — so
// the bold words read as the instruction they are, not as a label to look for. A control's
// name stays a label, pressed when it names what it does to the object after it ("**Save**
// the changes"): one word, Title Case ("**Create a New
// Library**", "**Display Name** (_optional_): …"), or defined or described by what follows it.
func boldAct(ts []token) []token {
	if len(ts) == 0 || ts[0].kind != label || ts[0].mark != markBold {
		return ts
	}
	inner := tokenize(ts[0].text)
	if len(inner) > 2 && inner[0].in(conditionWords) && len(ts) > 2 && ts[1].isPunct(",") && isVerbAt(ts, 2) {
		// "**If you are deploying from a template**, click …": the condition set in bold.
		return append(inner, ts[1:]...)
	}
	if len(inner) == 1 && isVerbAt(inner, 0) && !notVerbs[inner[0].lower] && len(ts) > 2 && ts[1].is("the", "your", "this", "these", "all", "any") {
		// "**Save** the changes.": the control that does it, named by its verb.
		return append([]token{{kind: word, text: "Click", lower: "click"}}, ts...)
	}
	// "**Click CREATE**": no control is called "Click …", whatever case the rest is in.
	pressed := len(inner) > 1 && inner[0].is("click", "press", "tap", "navigate", "go")
	if len(inner) < 2 || !isVerbAt(inner, 0) || notVerbs[inner[0].lower] || !pressed && !instructionWords(inner[1:]) {
		return ts
	}
	if len(ts) > 1 && ts[1].kind == word && (ts[1].is(describingVerbs...) || showVerbs[ts[1].lower] || appearVerbs[ts[1].lower]) {
		return ts
	}
	if len(ts) > 1 && ts[1].isPunct("-") {
		return ts // "**Delete expired markers** – S3 deletes them": an option, then what it does
	}
	if len(ts) > 1 && ts[1].isPunct(":") && isVerbAt(ts, 2) {
		return ts // "**Access permissions:** Select one …": a field's name, then what to do there
	}
	if len(ts) > 1 && ts[1].isPunct(":", "(") {
		// "**Select the server type**: `plex`, `jellyfin`…", "**Name your bundle** (e.g.,
		// "VIP")": the instruction, then what it takes; the aside is not read as more of it.
		return inner
	}
	return append(inner, ts[1:]...)
}

// instructionWords reports the rest of a bold phrase that reads as an instruction's object,
// not as more of a control's name: a quoted label ("Click "Create Step"") or a word in lower
// case that is not a small word ("your content", "the step").
func instructionWords(ts []token) bool {
	for _, t := range ts {
		if t.kind == label || t.kind == word && !determiners[t.lower] && !prepositions[t.lower] && t.text == t.lower && !t.is("and", "or") {
			return true
		}
	}
	return false
}

// condition reads "If prompted", "if required", "When complete": circumstances under which a
// reader does the step.
func (m *Meaning) condition(p []token) {
	text := strings.ToLower(joinWords(p))
	m.Condition = text
	// Whole words: "where the new user is listed" says where, not "if you use …".
	words := " " + strings.Join(strings.FieldsFunc(text, func(r rune) bool { return r == ' ' || r == ',' || r == '.' || r == ';' || r == ':' }), " ") + " "
	for _, w := range optionalConditions {
		if strings.Contains(words, " "+w+" ") {
			m.Optional = true
			return
		}
	}
}

// optionalConditions are the words of a condition that leaves the step to the reader: "when
// prompted", "if required", "if you want to …", "if you use SSO".
var optionalConditions = []string{"prompt", "prompted", "prompts", "required", "needed", "necessary", "applicable",
	"want", "wants", "wish", "prefer", "like", "available", "appears", "shown", "desired", "choose", "chose",
	"chosen", "selected", "using", "use", "uses", "used", "have", "haven't", "don't", "do not", "enabled",
	"if any"}

// include reports an include or template reference whose text lives in another file:
// `{% data reusables.user-settings.access_settings %}`, `<>{shared['user-login'].text}</>`.
func include(s string) string {
	t := strings.TrimSpace(s)
	for _, open := range []string{"{%", "{{", "<>{", "{shared", "{props"} {
		if strings.HasPrefix(t, open) {
			return "an include whose text is in another file (" + strings.TrimRight(t, ".") + "): resolve it with [includes] in docdrift.toml"
		}
	}
	return ""
}

func lastIs(ts []token, p string) bool { return len(ts) > 0 && ts[len(ts)-1].isPunct(p) }

// split cuts a sentence into clauses: at commas and semicolons, and at "and", "or" and "then"
// when a verb follows. A piece that starts no clause ("**B**, or **C**") stays with the one
// before it.
func split(ts []token) [][]token {
	var pieces []piece
	// A piece is a run of ts between separators, sliced without copying; its capacity ends
	// with it, so the merge below copies rather than writes over the next piece.
	start, conj, or, then := 0, false, false, false
	flush := func(end int) {
		if end > start {
			pieces = append(pieces, piece{toks: ts[start:end:end], joined: conj, or: or, afterThen: then})
			then = false
		}
		start = end + 1 // past the separator
		conj = end < len(ts) && ts[end].is("and", "or", "&")
		or = end < len(ts) && ts[end].is("or")
		then = then || end < len(ts) && ts[end].is("then")
	}
	for i := 0; i < len(ts); i++ {
		t := ts[i]
		switch {
		case t.isPunct(",", ";"),
			t.isPunct(".", "!") && i < len(ts)-1,
			// "which you can then send": "then" after a modal is an adverb, not the next step.
			t.is("then") && i > 0 && !ts[i-1].is(modals...),
			t.is("and", "or", "&") && i > 0 && i > start && !purposeAlternative(ts, i) && !verbSpans(ts, i) && (isVerbAt(ts, i+1) || i+1 < len(ts) && ts[i+1].is("then") && isVerbAt(ts, i+2)):
			flush(i)
		case i > start+1 && (ts[start].in(conditionWords) || ts[start].is("in", "on", "from", "under")) && t.is(pressVerbs...) && !ts[i-1].is(notImperative...):
			// "After scanning the code click **Close**", "When prompted select **OK**", "In
			// OPNsense navigate to …": the condition or the place ends where the step begins,
			// comma or not.
			flush(i)
			start = i // the verb opens the next piece: it was no separator
		}
	}
	flush(len(ts))
	pieces = splitLeads(pieces)
	// Merge pieces that start nothing of their own into the one before.
	var out [][]token
	dropping := false // the pieces of an alternative way, after "or"
	for _, pc := range pieces {
		p, q := pc.toks, pc.toks
		for len(q) > 0 && q[0].is("and", "or", "then") {
			q = q[1:]
		}
		q = withoutReminder(q)
		starts := len(q) > 0 && (isVerbAt(q, 0) || q[0].in(conditionWords) || q[0].is("to") && isVerbAt(q, 1) || isContainer(q) || startsOutcome(q) || doTheFollowing(q))
		// A clause after a condition or a purpose that starts with a word is a main clause of
		// its own ("When this option is checked, the attribute must be set, …"); labels and
		// conjunctions continue a list ("If you chose **A**, **B**, or **C**, …"), and so does
		// a verb joined to it without a comma ("Once you leave or refresh the page, …").
		afterPrefix := len(out) > 0 && len(out[len(out)-1]) > 0 && (out[len(out)-1][0].in(conditionWords) || out[len(out)-1][0].is("to"))
		continues := afterPrefix && (len(p) > 0 && p[0].is("and", "or") && len(q) > 0 && q[0].kind == label || pc.joined)
		// A relative clause ("…, which you can then send to the user, …") qualifies the
		// piece before it and asks nothing of its own.
		relative := len(out) > 0 && len(q) > 0 && q[0].is("which", "who", "whom", "whose")
		if !starts && pc.afterThen && len(q) > 0 && len(out) > 0 && isVerbAt(out[len(out)-1], 0) {
			// "Click **Actions**, then **Delete**": the second control is pressed too, after
			// the first — a menu and its item, not a choice between them; "Enter the name,
			// then **Create**" presses what follows the field. (After a condition, "then"
			// starts its main clause: "If you want …, then you must …".)
			out = append(out, append(pressingVerb(out[len(out)-1]), q...))
			continue
		}
		// "…, or specify a custom lifetime" is cut at the comma: its "or" still makes it a way.
		if (pc.or || len(p) > 0 && p[0].is("or")) && len(q) > 0 && isVerbAt(q, 0) && len(out) > 0 && isVerbAt(out[len(out)-1], 0) {
			prev := out[len(out)-1]
			if _, n := verbAt(prev, 0); n == len(prev) {
				// "Check or uncheck the **Enable** checkbox": two verbs share the object;
				// the first is the step.
				_, m := verbAt(q, 0)
				out[len(out)-1] = append(append([]token{}, prev...), q[m:]...)
			}
			// "Select an expiration or specify a custom lifetime": another way to the same
			// end; a reader takes the first, and what goes with the other goes with it.
			dropping = true
			continue
		}
		if dropping && !starts {
			continue
		}
		dropping = false
		if len(out) > 0 && len(q) > 1 && q[0].is("you", "it", "this", "they", "we", "there") && declarative(q) && isVerbAt(out[len(out)-1], 0) {
			// "Make a note of the token; you won't be able to see it again": a statement
			// after the step, not more of its object.
			continue
		}
		if len(out) > 0 && (!starts || continues || relative) && !(afterPrefix && declarative(p) && !continues && !relative) {
			prev := out[len(out)-1]
			out[len(out)-1] = append(append(prev, token{kind: punct, text: ",", lower: ","}), p...)
			continue
		}
		out = append(out, q)
	}
	return out
}

// withoutFigurePointer drops a closing pointer at a picture — ", as shown in the following
// figure:", "(see the screenshot below)." — which leads into nothing the reader does: the
// sentence is the step before it, not a lead-in.
func withoutFigurePointer(ts []token) []token {
	end := len(ts)
	if end > 0 && ts[end-1].isPunct(":", ".") {
		end--
	}
	if end == 0 || !ts[end-1].is("figure", "screenshot", "image", "picture", "below") {
		return ts
	}
	for k := end - 1; k > 0; k-- {
		if ts[k].is("as") && k+1 < end && ts[k+1].is("shown", "seen", "illustrated") {
			cut := k
			if ts[cut-1].isPunct(",") {
				cut--
			}
			return append(ts[:cut:cut], token{kind: punct, text: ".", lower: "."})
		}
		if ts[k].isPunct(",", ";") {
			break
		}
	}
	return ts
}

// endsInTheFollowing reports a sentence that ends, unpunctuated or with a full stop, in "the
// following" or "these" and what it names ("… with the following values", "Grant access in
// the following categories.", "fill in these settings."): nothing can follow it but a list.
func endsInTheFollowing(ts []token) bool {
	n := len(ts)
	if n > 0 && ts[n-1].isPunct(".") {
		n--
	}
	for k := n - 1; k >= 0 && k >= n-3; k-- {
		if ts[k].kind != word {
			return false
		}
		if k > 0 && ts[k].is("following") && ts[k-1].is("the") || ts[k].is("these") && k > 0 {
			return k < n-1 // "the following values", not a bare "the following"
		}
	}
	return false
}

// withTheFollowing reports an object made "with the following values" (settings, details,
// properties…): "Create a client with the following settings:" asks for fields too.
func withTheFollowing(obj []token) bool {
	for k := 0; k+3 < len(obj); k++ {
		if obj[k].is("with", "using") && obj[k+1].is("the") && obj[k+2].is("following") {
			return namesFields(obj[k+2:]) && !obj[k+3].is("steps")
		}
	}
	return false
}

// seesThat reads "Verify that the user now appears in the **Members** list", "Confirm that
// the badge shows **Enabled**": a check whose object is a clause, which reads as the outcome
// it states.
func seesThat(p []token) (Act, bool) {
	e, n := verbAt(p, 0)
	if n == 0 || e.class != cSee || n >= len(p) {
		return Act{}, false
	}
	rest := p[n:]
	switch {
	case p[n-1].is("that"): // "check that", "confirm that"
	case rest[0].is("that"):
		rest = rest[1:]
	default:
		return Act{}, false // "Review the changes": a thing to look at, not a clause
	}
	a, ok := readOutcome(rest)
	// Only an outcome that names what to find is worth more than the words.
	return a, ok && (a.Target.Subject || len(a.Target.Path) > 0)
}

// picksFollowing reports a clause that asks to pick "the following" things — "Add the
// following permissions", "Select the following scopes", "Enable the following options",
// "Check these boxes", "Configure the given scopes" — whose items are then each a box to
// tick. Fields to fill are Fields' ("Enter the following details"), and "Select one of the
// following" offers a choice (Options).
func picksFollowing(p []token) bool {
	e, n := verbAt(p, 0)
	if n == 0 {
		return false
	}
	rest := p[n:]
	if p[0].is("subscribe") && len(rest) > 0 && rest[0].is("to") {
		rest = rest[1:] // "Subscribe to these events:": the events are boxes
	}
	obj, ok := listedObject(rest)
	if !ok && len(rest) == 1 && rest[0].is(pickNouns...) && e.class == cCheck {
		obj, ok = rest, true // "Enable events:"
	}
	switch {
	case !ok, len(obj) > 0 && obj[0].is("steps", "instructions"):
		return false
	case p[0].is("subscribe") && len(obj) > 0 && obj[0].is(pickNouns...):
	case p[0].is("check", "verify") && len(obj) == 0:
		return false // "Check the following:" over causes to look into, not boxes
	case e.class == cCheck || e.class == cPress || e.class == cInvoke && p[0].is("add", "grant", "assign"):
	case (e.class == cVague || e.class == cSet) && len(obj) > 0 && obj[0].is(pickNouns...):
		// "Configure the given scopes:": a vague verb picks when what it lists is boxes.
	default:
		return false
	}
	return !placesItems(obj)
}

// placesItems reports the rest of a listed object that says where the items go ("the
// following dex.config to the data section": an edit, not boxes to tick). "for the bot" says
// whose they are, and "to add permissions" why.
func placesItems(obj []token) bool {
	for i, t := range obj {
		if t.is("to") && isVerbAt(obj, i+1) {
			return false // the rest is the purpose
		}
		if placeWord(t) {
			return true
		}
	}
	return false
}

// placeWord is a preposition that can say where items go: any but "for" (whose they are).
func placeWord(t token) bool { return t.kind == word && modPreps[t.lower] && !t.is("for") }

// namesPicks reports a lead-in (its colon cut) that names the boxes to tick below it as
// a subject: "The events to select are", "Scopes to enable are".
func namesPicks(ts []token) bool {
	if holdsPicks(ts) {
		return true
	}
	n := len(ts)
	if n < 4 || !ts[n-1].is("are") {
		return false
	}
	e, k := verbAt(ts, n-2)
	if k != 1 || !ts[n-3].is("to") || !(e.class == cCheck || e.class == cPress || e.class == cInvoke && ts[n-2].is("add", "grant", "assign")) {
		return false
	}
	return slices.ContainsFunc(ts[:n-3], func(t token) bool { return t.is(pickNouns...) })
}

// holdsPicks reports a lead-in that asks for something to hold the boxes listed below:
// "make sure that it has the following permissions for a singular store", "Ensure the token
// has these scopes". ("Create a role with the following permissions:" acts before its list.)
func holdsPicks(ts []token) bool {
	for k, t := range ts {
		if !t.is("has", "have") {
			continue
		}
		if obj, ok := listedObject(ts[k+1:]); ok && len(obj) > 0 && obj[0].is(pickNouns...) {
			// "the following options to choose from" offers a choice: no purpose here.
			return !slices.ContainsFunc(obj[1:], placeWord)
		}
	}
	return false
}

// purposesOnly reports pieces that each only say why ("to add the permissions to the
// token"), or none: what a lead-in's last act lists is then the list below.
func purposesOnly(pieces [][]token) bool {
	for _, p := range pieces {
		if len(p) < 2 || !p[0].is("to") || !isVerbAt(p, 1) {
			return false
		}
	}
	return true
}

// listedObject is what follows a verb's object that points at the list below ("the
// following", "the given", "the listed", "these", "the toggles for"), and whether it does;
// "one of the following" is a choice.
func listedObject(obj []token) ([]token, bool) {
	switch {
	case len(obj) > 1 && obj[0].is("the") && obj[1].is("following", "given", "listed"):
		return obj[2:], true
	case len(obj) > 1 && obj[0].is("these") && obj[1].kind == word:
		return obj[1:], true
	case len(obj) > 1 && obj[0].is("the") && obj[1].is(pickNouns...) && (len(obj) == 2 || len(obj) == 3 && obj[2].is("for", "below")):
		// "Enable the toggles for:": the boxes are the items below.
		return obj[1:], true
	}
	return nil, false
}

// whyPicks starts the reason a lead-in over boxes to tick has nothing to perform itself.
const whyPicks = "the items that follow: "

// pickNouns name things a reader ticks rather than fills.
var pickNouns = []string{"scopes", "permissions", "events", "boxes", "checkboxes", "options", "roles", "privileges", "triggers", "toggles", "switches"}

// fieldsFollow reads a lead-in's "Fill in the following fields:": its fields are the items
// under it, so typing into a field called "fields" is no act of its own.
func fieldsFollow(acts []Act) []Act {
	for i, a := range acts {
		what := a.Hint
		if what == "" {
			what = a.Target.Words
		}
		// "the following fields" names a field's kind ("fields"); "Fill in the following:" no
		// field at all, only its hint.
		named := a.Target.Words
		if named == "" {
			named = a.Hint
		}
		// "In **General Settings**, fill in the following values:" names where the fields
		// are, not a field: the place reads as the field only for want of one.
		placeAsField := len(a.Target.Path) == 1 && a.Hint != "" && slices.ContainsFunc(a.In, func(w Where) bool { return w.Label == a.Target.Path[0] })
		if a.Verb == Enter && (len(a.Target.Path) == 0 || placeAsField) && a.Value == "" && !strings.Contains(a.Target.Words, " ") && (named == "" || namesFields(tokenize(named))) {
			if what == "" {
				what = "the items below" // "Fill in:"
			}
			acts[i] = Act{Verb: Nothing, Why: "the fields that follow: " + what, In: a.In}
		}
	}
	return acts
}

// piece is a run of a sentence's tokens between separators, with how it was cut from the one
// before: joined at "and" or "or" (or: at "or") rather than a comma, or after a "then".
type piece struct {
	toks                  []token
	joined, or, afterThen bool
}

// verbSpans reports a verb of the lexicon that runs through the conjunction at ts[i]: "drag
// and drop" is one act, not two.
func verbSpans(ts []token, i int) bool {
	_, n := verbAt(ts, i-1)
	return n > 1
}

// pressingVerb is the verb a later "then **B**" with no verb of its own is done with: the
// clause's own when it presses, opens or goes to something ("Click", "Go to"), else "click".
func pressingVerb(p []token) []token {
	if e, n := verbAt(p, 0); e.class == cPress || e.class == cOpen || e.class == cGo {
		return append([]token{}, p[:n]...)
	}
	return []token{{text: "click", lower: "click", kind: word}}
}

// purposeAlternative reports "to enable or disable …" at the conjunction ts[i]: the verbs of
// one purpose, not a second step.
func purposeAlternative(ts []token, i int) bool {
	if i < 2 || !ts[i-2].is("to") || !isVerbAt(ts, i-1) {
		return false
	}
	if i >= 3 && ts[i-3].is("want", "like", "wish", "need") && ts[i].is("and") {
		return false // "the group you want to push and select it": what is wanted, then a step
	}
	if ts[i].is("or") {
		return true
	}
	// "to delete and clear the index" is one purpose; "the method you would like to enable
	// and click **Continue**" goes on to a control of its own.
	for _, t := range ts[i+1:] {
		if t.kind == label {
			return false
		}
		if t.kind == punct {
			break
		}
	}
	return true
}

// reference reports a pointer to more reading rather than a step: "Read more about …".
func reference(p []token) bool {
	return p[0].is("read", "review") && len(p) > 1 && p[1].is("more", "about", "through")
}

// forWhich reports a lead that picks which items a step applies to: "For those that you don't
// recognize, …", "For each group you wish to add, …".
func forWhich(p []token) bool {
	return len(p) > 2 && p[0].is("for") && p[1].is("those", "each", "any", "all", "every")
}

// conditional reports a condition that may not hold ("if …", "unless …"), as opposed to a
// moment that will come ("when registration finishes", "after saving").
func conditional(c string) bool {
	return strings.HasPrefix(c, "if ") || strings.HasPrefix(c, "unless ") || strings.HasPrefix(c, "whether ")
}

// declarative reports whether a piece is a statement with a verb of its own: "the attribute
// must be set", "we recommend …", "you can either upload …".
func declarative(p []token) bool {
	if len(p) < 3 || p[0].kind != word {
		return false
	}
	for _, t := range p {
		if t.is("is", "are", "was", "were", "will", "must", "can", "should", "may", "might", "has", "have", "you", "we", "they", "it's") {
			return true
		}
	}
	return false
}

// splitLeads separates a container or condition written without its comma from the clause
// after it: "Under `Add App` select `Add custom SAML app`", "When prompted provide …".
func splitLeads(pieces []piece) []piece {
	var out []piece
	for _, pc := range pieces {
		p := pc.toks
		if len(p) > 2 && p[0].kind == word && (prepositions[p[0].lower] && !p[0].is("to", "of", "by", "with") || p[0].is("when", "once", "after", "if")) && !isVerbAt(p, 0) {
			for k := 2; k < len(p); k++ {
				// "In the form that opens pick …": a container's relative clause ends there too.
				if isVerbAt(p, k) && (p[k-1].kind == label || containerKinds[p[k-1].lower] || p[k-1].is("prompted", "done", "finished", "complete", "ready") ||
					k > 2 && p[k-2].is("that", "which") && p[k-1].is("opens", "appears", "displays", "loads", "shows")) {
					head := pc
					head.toks = p[:k]
					out = append(out, head, piece{toks: p[k:]})
					p = nil
					break
				}
			}
		}
		if p != nil {
			out = append(out, pc)
		}
	}
	return out
}

// isVerbAt reports whether a lexicon verb starts at ts[i].
func isVerbAt(ts []token, i int) bool {
	_, n := verbAt(ts, i)
	return n > 0
}

// verbAt finds the longest lexicon verb starting at ts[i] and how many tokens it spans.
func verbAt(ts []token, i int) (entry, int) {
	if i >= len(ts) || ts[i].kind != word {
		return entry{}, 0
	}
	for _, e := range verbsByFirst[ts[i].lower] {
		if i+len(e.words) > len(ts) {
			continue
		}
		ok := true
		for j, w := range e.words {
			t := ts[i+j]
			if t.kind != word || t.lower != w {
				ok = false
				break
			}
		}
		if ok {
			return e, len(e.words)
		}
	}
	return entry{}, 0
}

func isVerbText(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 {
		return false
	}
	return isVerbAt(tokenize(s), 0)
}

// isContainer reports whether a piece is a container or place phrase: "In the **Actions**
// column on the right", "On the left sidebar", "Under **Bucket Key**", "For **Bucket name**".
func isContainer(p []token) bool {
	if len(p) < 2 || p[0].kind != word {
		return false
	}
	if p[0].is("next") && len(p) > 2 && p[1].is("to") {
		return true
	}
	if !prepositions[p[0].lower] || p[0].is("of", "by") || p[0].is("with") && p[1].kind != label {
		return false
	}
	for i, t := range p {
		// "For this example you can remove …": a statement, not a place; "to the right of the
		// key you want to delete" names one.
		if t.is("we", "they", "you'll", "you're") || t.is("you") && i+1 < len(p) && !p[i+1].is("want", "wish", "need", "would", "'d", "like", "created", "just", "selected", "added", "chose", "choose") {
			return false
		}
	}
	for _, t := range p[1:] {
		if t.kind == word && isVerbText(t.lower) && !containerKinds[t.lower] && !placeWords[t.lower] && !determiners[t.lower] && !controlNoun(t.lower) {
			// "For each line item in the order, modify …" still is a container; a verb in it is
			// a noun there. Only a clause that reads "In order to …" is not.
			if t.lower == "order" {
				return false
			}
		}
	}
	return true
}

func capitalised(s string) bool {
	return s != "" && strings.ToUpper(s[:1]) == s[:1] && strings.ToLower(s[:1]) != s[:1]
}

func controlNoun(w string) bool { _, ok := controlKinds[w]; return ok }

func quote(s string) string { return "“" + s + "”" }
