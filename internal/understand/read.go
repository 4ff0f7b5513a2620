package understand

import (
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
	if c, ok := readListedChoice(sentence); ok {
		return c
	}
	if acts, ok := tableRow(toks); ok {
		m.Role, m.Acts = Action, acts
		// "Connect with SSO | (optional) Click **TRUE** …": the row's own marker.
		if bar := slices.IndexFunc(toks, func(t token) bool { return t.isPunct("|") }); bar+3 < len(toks) && toks[bar+1].isPunct("(") && toks[bar+2].is("optional") {
			m.Optional = true
		}
		return m
	}
	toks = narrated(m.stripStarts(toks))
	if len(toks) == 0 || example(toks) || asideMarked(toks) {
		return Meaning{Role: Note}
	}
	if len(toks) == 2 && toks[0].kind == label && toks[1].isPunct(".", "!") && len(boldAct(toks)) == 2 {
		// "**Save**.": a step that is only the control to press. (A label listed without a
		// full stop, "**VAT Standard**", is an option's name; "**Click Save**." is read as
		// the instruction it is.)
		m.Role, m.Acts = Action, []Act{{Verb: Click, Target: targetOf(readPhrase(toks[:1]))}}
		return m
	}
	if labelLike(toks) {
		return Meaning{Role: Note} // "Enable for Customer Login": the name of an option, listed
	}
	if act, ok := placeLine(toks); ok {
		m.Role, m.Acts = Action, []Act{act}
		return m
	}
	if act, ok := bareWay(toks); ok {
		m.Role, m.Acts = Action, []Act{act}
		return m
	}
	if found, back, ok := readWhereFound(toks); ok {
		found.Reach = back
		return found
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
		if pieces := split(toks); len(pieces) > 0 {
			last := pieces[len(pieces)-1]
			m.Either = eitherOf(last)
			m.Ways = m.Either || choosesAWay(last)
		}
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
			Acts: []Act{{Verb: Nothing, Why: whyFields + strings.TrimSpace(joinWords(toks))}}}
	}
	if m.LeadIn && namesPicks(toks) {
		// "The individual events to select are:": the boxes to tick are the items below.
		return Meaning{Role: Action, LeadIn: true, Picks: true,
			Acts: []Act{{Verb: Nothing, Why: whyPicks + strings.TrimSpace(joinWords(toks))}}}
	}
	if _, icon := iconPlace([][]token{toks}); m.LeadIn && !icon && placeOnly(toks) && toks[0].is("in", "on", "at", "from", "under", "within", "inside") {
		// "In the popup window:", "On the **Specify details** page:": where the steps under it
		// happen; the lead-in itself asks nothing.
		return Meaning{Role: Action, LeadIn: true,
			Acts: []Act{{Verb: Nothing, Why: "where the steps below happen: " + strings.TrimSpace(joinWords(toks))}}}
	}
	var where []Where
	var item *Target // the procedure's item a place before the clause names
	mailbox := false // a container that is the reader's mailbox, not a page
	imperatives, outcomes := 0, 0
	asksFields := false // a verb of filling or defining: what follows a lead-in are fields
	kept := false       // a clause before the last keeps a copy on the reader's computer
	first, other := splitWays(toks)
	pieces := reordered(first)
	for i, p := range pieces {
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
		case p[0].is("to") && i < len(pieces)-1 && toLearn(p, pieces[i+1]):
			return Meaning{Role: Note} // "To learn more, go to [Sell Products](…)": more reading
		case p[0].is("to") && isVerbAt(p, 1) && i < len(pieces)-1:
			// A purpose ("To save your change, click …") says why, not what.
		case len(p) > 1 && p[0].is("note", "notice", "remember") && p[1].is("that"):
			// "Note that deleting the team deletes its dashboards": a fact to bear in mind,
			// not something to note down.
		case p[0].is("see", "refer") || reference(p):
			return Meaning{Role: Note} // "Read more about …", "Read the [guide](…)": elsewhere in the docs
		case isVerbAt(p, 0):
			if e, n := verbAt(p, 0); (e.class == cEnter || e.class == cVague) && namesFields(p[n:]) || e.class == cInvoke && withTheFollowing(p[n:]) || e.class == cSet && theFollowing(p[n:]) ||
				m.LeadIn && n == len(p) && i == len(pieces)-1 && (e.class == cEnter || e.class == cVague || e.class == cSet || p[0].is("select", "choose")) {
				// "Fill in:", "Set:", "… and then select:": a verb of filling or choosing with
				// nothing after it but its colon
				asksFields = true
				// "the required fields", "the form": each item is a field, a bare name too.
				m.FieldsNamed = m.FieldsNamed || slices.ContainsFunc(p[n:], func(t token) bool { return t.is("field", "fields", "form") })
			}
			acts, surface := readClause(p, where)
			if item != nil {
				for j := range acts {
					if acts[j].Verb != Nothing && !acts[j].Target.Subject {
						acts[j].Target.Subject, acts[j].Target.Item = true, item.Item
					}
				}
				item = nil
			}
			if n := len(m.Acts); n > 0 && m.Acts[n-1].Target.Subject && itsOwn(p) {
				// "Hover the folder to be edited and click its edit button": the item's own
				// control, in its row. One named in words ("its Settings tab") is looked for
				// by them.
				for j, a := range acts {
					if a.Verb != Nothing && len(a.Target.Path) == 0 && (a.Target.Icon != "" || a.Target.Words == "") {
						acts[j].Target.Subject = true
					}
				}
			}
			if a, ok := seesThat(p); ok && len(acts) == 1 && acts[0].Verb == See && len(acts[0].Target.Path) == 0 && !acts[0].Target.Subject {
				// "Verify that the user now appears in the **Members** list": what to see is
				// a clause of its own, read as an outcome is.
				a.In = append(append([]Where{}, where...), a.In...)
				acts = []Act{a}
			}
			if mailbox && surface.Kind == Product {
				surface = recipientsMail
			}
			if m.LeadIn && listLeftTo(pieces[i+1:]) && picksFollowing(p) && surface.Web() && m.Surface.Kind == Product {
				// "Add the following **Delegated** permissions:": the items below are what to
				// pick; the lead-in picks nothing itself.
				m.Picks = true
				_, n := verbAt(p, 0)
				acts = []Act{{Verb: Nothing, Why: whyPicks + strings.TrimSpace(joinWords(p[n:])), In: where}}
			}
			if !surface.Web() && len(m.Acts) > 0 && m.Surface.Kind == Product {
				// "Copy the **API Path** field's contents and save it to a file": the first
				// act is the product's; saving the file happens on the reader's computer.
				acts = []Act{elsewhere(surface)}
			} else if surface == yourComputer && i < len(pieces)-1 {
				// "Store your recovery codes somewhere safe and click **Finish**": the step
				// goes on in the product; only the keeping happens elsewhere.
				acts = []Act{elsewhere(surface)}
				kept = true
			} else if surface.Kind != Product && m.Surface.Kind == Product {
				m.Surface = surface
			}
			m.Acts = append(m.Acts, acts...)
			imperatives += len(acts)
			where = nil
		case isContainer(p):
			if p[0].is("on", "in", "for") {
				// "On the execution you want to retry, select **Retry execution**": in the
				// item's own row.
				if it := itemPlace(p[1:]); it != nil {
					item = it
					continue
				}
			}
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
	if last := len(m.Acts) - 1; last >= 0 && m.Acts[last].Verb != Nothing {
		// "Click the gear button, on the right side of the interface": a side of the page
		// after the act still says where it happens. Only a side: "…, for example `x`" is
		// no place, and "… and then on **Apps**" a click of its own.
		for _, w := range where {
			if w.Place != "" && w.Kind == "" && w.Label == "" {
				m.Acts[last].In = append(m.Acts[last].In, w)
			}
		}
	}
	if a, ok := iconPlace(pieces); ok && len(m.Acts) == 0 && m.LeadIn {
		// "In the <feather icon> Content Manager:" over the ways to begin there: the reader
		// goes to that entry of the menu first.
		m.Acts = []Act{a}
		imperatives++
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
		m.Acts = fieldsFollow(m.Acts, followsInstructions.MatchString(sentence))
	}
	m.FieldsNamed = m.Fields && m.FieldsNamed
	m.Steps = m.LeadIn && len(m.Acts) == 1 && m.Acts[0].Verb == Nothing && strings.HasPrefix(m.Acts[0].Why, whyFollow) &&
		strings.Contains(m.Acts[0].Why, "steps")
	if m.edition != "" && m.Role != Note {
		m.Surface = Surface{Kind: Variant, Name: m.edition + " content"}
	}
	if len(other) > 0 && m.Role == Action && m.Understood() && !m.LeadIn && slices.ContainsFunc(m.Acts, func(a Act) bool { return a.Verb != Nothing }) {
		// "Select an existing tag, or enter a new tag name": the other way, read as a
		// sentence of its own, for a page that does not offer the first. (Nothing to do, the
		// first way, never fails: "Either accept the default or enter another **URL Key**".)
		// An other way left to the reader ("or edit an existing board") is nothing a run can
		// do: taking it would pass a step whose first way drifted.
		if o := Read(sentenceOf(other)); o.Role == Action && o.Understood() && o.Surface == m.Surface && o.Condition == "" &&
			!slices.ContainsFunc(o.Acts, func(a Act) bool { return a.Verb == Nothing }) {
			m.Otherwise = o.Acts
		}
	}
	return m
}

// submittedBySignIn drops the click that submits a sign-in form from the acts after a sign-in
// ("Enter your username and password and click **Log In**", "Enter your current password and
// click **Confirm**"), and a second sign-in naming nothing: signing in submits it.
func submittedBySignIn(acts []Act) []Act {
	signedIn := false
	return slices.DeleteFunc(acts, func(a Act) bool {
		// "Enter your credentials and log in": one sign-in, said twice.
		submit := signedIn && (SubmitsSignIn(a) || a.Verb == SignIn && a.Target.Empty())
		signedIn = signedIn || a.Verb == SignIn || a.Verb == Reauthenticate
		return submit
	})
}

// SubmitsSignIn reports an act that presses what submits a sign-in form ("Click **Login**"):
// after the reader signed in, signing in pressed it already.
func SubmitsSignIn(a Act) bool {
	return a.Verb == Click && len(a.Target.Path) == 1 && signInLabel(a.Target.Path[0])
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
		if s := surfaceOfWords(p); !s.Web() {
			// "Unzip the file locally.": whatever the verb, a step no web page shows.
			m.Acts, m.Surface = []Act{elsewhere(s)}, s
			return m
		}
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
	if next.kind == label {
		// "Task "nightly-deploys" runs …", "Role `Admin` with the following …": a thing and its
		// name, the subject of what follows, not a verb and its object.
		return len(p) < 3 || p[2].kind != word || !p[2].is("with", "is", "has", "was") && !thirdPerson(p[2].lower)
	}
	return next.kind == word && (determiners[next.lower] && !next.is("one", "new", "all", "each", "both", "following") || next.is("at", "on", "to", "in", "into", "with", "from", "for", "up", "out", "down", "off", "over"))
}

// thirdPerson reports a word shaped as a verb after its subject ("runs", "shows") or a plural
// noun ("permissions"): no object's first word.
func thirdPerson(w string) bool {
	return len(w) > 2 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
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
	up down out off due otherwise one first ready later`)

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

func capitalised(s string) bool {
	return s != "" && strings.ToUpper(s[:1]) == s[:1] && strings.ToLower(s[:1]) != s[:1]
}

func controlNoun(w string) bool { _, ok := controlKinds[w]; return ok }

func quote(s string) string { return "“" + s + "”" }

// itsOwn reports a clause whose object belongs to what the clause before it acted on: "click
// its edit button", "open their settings".
func itsOwn(p []token) bool {
	_, n := verbAt(p, 0)
	if n < len(p) && p[n].is("on", "over") {
		n++
	}
	return n < len(p) && p[n].is("its", "their")
}
