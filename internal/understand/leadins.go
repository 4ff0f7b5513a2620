package understand

import (
	"regexp"
	"slices"
	"strings"
)

// Lead-ins: a sentence that introduces the list under it ("Fill in the following fields:",
// "Select the events to send:", "You may fill in:") and what it says the items are.

// stepsAhead reports a lead-in that names only the purpose of the steps under it ("To delete
// a user account") or tells the reader to do them ("To add a user, do the following").
func stepsAhead(p []token) bool {
	if doTheFollowing(p) || doneByStepsBelow(p) || choosesAWay(p) {
		return true
	}
	if !p[0].is("to") || !isVerbAt(p, 1) {
		return false
	}
	comma := slices.IndexFunc(p, func(t token) bool { return t.isPunct(",") })
	return comma < 0 || doTheFollowing(p[comma+1:])
}

// choosesAWay reports a lead-in that asks the reader to pick one of the ways listed under it:
// "Choose whether you want to upload the asset from your computer or from an URL", "Decide
// how to sign in", "Do one of the following".
func choosesAWay(p []token) bool {
	if len(p) > 2 && p[0].is("choose", "decide", "select", "pick") && p[1].is("whether", "how", "between") {
		return true
	}
	return len(p) > 3 && p[0].is("do", "perform", "complete") && p[1].is("one", "either") && p[2].is("of")
}

// eitherOf reports a lead-in that offers its items as alternatives in a word: "you should
// either:", "To prevent this, either:". "To enable either:" is a purpose whose "either" is
// one of two things named before, over the steps that enable it.
func eitherOf(p []token) bool {
	n := len(p)
	if n == 0 || !p[n-1].is("either") {
		return false
	}
	return n == 1 || p[n-2].isPunct(",") || p[n-2].is("should", "can", "could", "may", "might", "must", "will", "would")
}

// doneByStepsBelow reports an instruction whose means are the steps under it: "Configure the
// role's *Permissions* by:" ends in "by", and the sub-steps ("Clicking …", "Ticking …") say how.
// What a list is sorted or filtered by ("Use **Order by** to sort users by:") is criteria.
func doneByStepsBelow(p []token) bool {
	n := len(p)
	for n > 0 && p[n-1].kind == punct {
		n--
	}
	return n > 1 && p[n-1].is("by") && isVerbAt(p, 0) &&
		!slices.ContainsFunc(p[:n-1], func(t token) bool { return t.is("sort", "order", "filter", "group", "search", "arrange", "rank") })
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

// listLeftTo reports the clauses after a lead-in's pick when they leave the list to it:
// purposes ("to add the permissions to the token") and acts of their own ("and click
// **Create**", done once the items are picked) — none pointing at a list again ("and these
// roles") or asking for it bare ("and then select:").
func listLeftTo(pieces [][]token) bool {
	for _, p := range pieces {
		if len(p) > 1 && p[0].is("to") && isVerbAt(p, 1) {
			continue
		}
		if _, n := verbAt(p, 0); n == 0 || n == len(p) || slices.ContainsFunc(p, func(t token) bool { return t.is("following", "these", "below") }) {
			return false
		}
	}
	return true
}

// listedObject is what follows a verb's object that points at the list below ("the
// following", "the given", "the listed", "these", "the toggles for"), and whether it does;
// "one of the following" is a choice.
func listedObject(obj []token) ([]token, bool) {
	if len(obj) > 2 && obj[0].is("at") && obj[1].is("least", "most") {
		obj = obj[2:] // "Select at least the following updates:": how many, then the list
	}
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

// followsInstructions matches a lead-in that fills in by the instructions after it: "Fill in
// the *Role details*, following the instructions from the table below:" names the table's
// group of fields, not a field.
var followsInstructions = regexp.MustCompile(`(?i)\b(?:following|according to|as described in|as shown in|using) the (?:instructions|table|steps) (?:(?:from|in) the table )?(?:below|that follows)\b`)

// namesFollowing reports a phrase that points at what follows ("the following options").
func namesFollowing(phrase string) bool {
	return slices.ContainsFunc(tokenize(phrase), func(t token) bool { return t.is("following") })
}

// fieldsFollow reads a lead-in's "Fill in the following fields:": its fields are the items
// under it, so typing into a field called "fields" is no act of its own; nor is typing into
// the group a lead-in names when it fills in by the instructions below (byInstructions).
func fieldsFollow(acts []Act, byInstructions bool) []Act {
	for i, a := range acts {
		what := a.Hint
		if what == "" {
			what = a.Target.Words
		}
		// "the following fields" names a field's kind ("fields"); "Fill in the following:" no
		// field at all, only its hint.
		named := a.Target.Words
		if named == "" || namesFollowing(a.Hint) && singular(named) != named {
			// "the following options": the items that follow, whatever they are called; "the
			// following value" is one, the code below.
			named = a.Hint
		}
		// "In **General Settings**, fill in the following values:" names where the fields
		// are, not a field: the place reads as the field only for want of one.
		placeAsField := len(a.Target.Path) == 1 && a.Hint != "" && (byInstructions || slices.ContainsFunc(a.In, func(w Where) bool { return w.Label == a.Target.Path[0] }))
		chooses := a.Verb == Click && a.Target.Empty() && i == len(acts)-1 // "… and then select:"
		if _, left, ok := a.leftWith(); ok && namesFields(tokenize(left)) {
			// "Complete the following fields", "Make the following entries": what is left to
			// the reader is the items below.
			_, obj, _ := strings.Cut(left, " ")
			acts[i] = Act{Verb: Nothing, Why: whyFields + obj, In: a.In}
			continue
		}
		if chooses || a.Verb == Enter && (len(a.Target.Path) == 0 || placeAsField) && a.Value == "" && (!strings.Contains(a.Target.Words, " ") || namesFields(tokenize(a.Target.Words))) && (named == "" || namesFields(tokenize(named))) {
			if what == "" {
				what = "the items below" // "Fill in:"
			}
			acts[i] = Act{Verb: Nothing, Why: whyFields + what, In: a.In}
		}
	}
	return acts
}
