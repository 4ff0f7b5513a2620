package understand

import (
	"slices"
	"strings"
)

// Word order a writer uses that the reader's grammar does not: the act named after "by" and a
// place between a verb and its particle, each rewritten (in a new slice) into the order the
// clause reader knows; and the verbs that begin a step after a condition with no comma, which
// split cuts there.

// reordered is the pieces in the order the clause reader knows (doneBy, byDoing, lookInFor),
// a piece whose means holds several acts cut into them ("… by selecting the ellipsis and
// choosing **Team settings**").
func reordered(pieces [][]token) [][]token {
	out := make([][]token, 0, len(pieces))
	for _, p := range pieces {
		r, rewritten := byDoing(doneBy(p))
		if rewritten {
			out = append(out, split(r)...)
			continue
		}
		out = append(out, enterInField(lookInFor(r)))
	}
	return out
}

// byDoing reads "Confirm by clicking OK", "Confirm revoking the key by clicking **Revoke**":
// a confirmation, or a verb with nothing of its own, done by pressing or filling something —
// the act is the gerund after "by", said as a plain verb; a download is of what it presses.
// The means is the act too where it names the control and the verb before it does not:
// "Select the policy by checking the box at the front of its row" ticks the box (pressing
// the policy's name would open its page), "Save your changes by clicking **Save**" presses
// **Save**. "by following the pattern" is a manner, not an act. It reports whether it
// rewrote p.
func byDoing(p []token) ([]token, bool) {
	e, n := verbAt(p, 0)
	if n == 0 {
		return p, false
	}
	for k := n; k+1 < len(p); k++ {
		if !p[k].is("by") {
			continue
		}
		base, ok := byGerunds[p[k+1].lower]
		if !ok {
			return p, false
		}
		means := p[k+2:]
		for len(means) > 0 && means[0].is("again") { // "by clicking again on the **Publish** button"
			means = means[1:]
		}
		if len(means) > 0 && means[0].is("or", "and") {
			return p, false // "by selecting or clearing check boxes": which, the reader decides
		}
		means = plainVerbs(means)
		ticks := e.class == cPress && (base == "check" || base == "tick")
		switch {
		case k > n && e.class == cDownload:
			// "Download the report by clicking **Export**": what the gerund presses is what
			// downloads it.
			return append(append([]token{}, p[:n]...), means...), true
		case ticks && k > n:
			// "Select the transactions you want to import by checking the box on the left
			// side": the box is the item's, beside what the verb named.
			return slices.Concat([]token{plainWord(base)}, withoutEnd(means), []token{plainWord("next"), plainWord("to")}, p[n:k]), true
		case k == n, e.class == cConfirm,
			!hasLabel(p[n:k]) && hasLabel(means) && e.class != cEnter && e.class != cSet:
		default:
			return p, false
		}
		return append([]token{plainWord(base)}, means...), true
	}
	return p, false
}

// plainVerbs says the gerunds of a means after the first as plain verbs, so that each is an
// act of its own: "by selecting the ellipsis and choosing **Team settings**".
func plainVerbs(ts []token) []token {
	var out []token
	for i, t := range ts {
		if base, ok := byGerunds[t.lower]; ok && t.kind == word && i > 0 && (ts[i-1].is("and", "then") || ts[i-1].isPunct(",")) {
			if out == nil {
				out = slices.Clone(ts)
			}
			out[i] = plainWord(base)
		}
	}
	if out == nil {
		return ts
	}
	return out
}

// withoutEnd is ts without a sentence's closing punctuation.
func withoutEnd(ts []token) []token {
	for len(ts) > 0 && ts[len(ts)-1].isPunct(".", "!") {
		ts = ts[:len(ts)-1]
	}
	return ts
}

// plainWord is a word the reader's grammar puts in a clause it rewrites, lower case.
func plainWord(w string) token { return token{text: w, lower: w, kind: word} }

// hasLabel reports tokens holding a label the writer marked.
func hasLabel(ts []token) bool {
	return slices.ContainsFunc(ts, func(t token) bool { return t.kind == label })
}

// doneBy reads a clause in the passive that names what to press only as the means —
// "Individual messages can be deleted by clicking the `Delete` button" — as the press it asks
// for. A clause with a verb of its own first keeps it (byDoing decides those); one that opens
// with the means ("By checking this box, the token will bypass 2FA") describes what it does.
func doneBy(p []token) []token {
	if isVerbAt(p, 0) {
		return p
	}
	for k := 2; k+2 < len(p); k++ {
		base, ok := byGerunds[p[k+1].lower]
		if !ok || !p[k].is("by", "via") || !passive(p[k-1]) || !p[k-2].is("be", "is", "are", "been") {
			continue
		}
		return append([]token{plainWord(base)}, p[k+2:]...)
	}
	return p
}

// passive reports a past participle ("deleted", "shown", "written") where "can be … by" has
// one before its means: the regular ones pastParticiple knows, and the -en and -wn forms.
func passive(t token) bool {
	return t.kind == word && (pastParticiple(t.lower) || strings.HasSuffix(t.lower, "en") || strings.HasSuffix(t.lower, "wn"))
}

// narrated reads a step told as what someone does — "The administrator enters the `Queue
// Management` page and clicks the "Create Queue" button" — as the instruction it is: the
// actor dropped, each act's verb in its plain form. Only acts on the page count: "The user
// sees a warning" stays a statement.
func narrated(ts []token) []token {
	if len(ts) < 3 || !ts[0].is("the", "an", "a") || !actors[ts[1].lower] {
		return ts
	}
	if _, ok := plainForm(ts[2]); !ok {
		return ts
	}
	out := make([]token, 0, len(ts)-2)
	for i := 2; i < len(ts); i++ {
		t := ts[i]
		if i == 2 || ts[i-1].is("and", "then") || ts[i-1].isPunct(",") {
			if base, ok := plainForm(t); ok {
				t.text, t.lower = base, base
			}
		}
		out = append(out, t)
	}
	return out
}

// plainForm is the plain form of a verb said of someone ("clicks", "goes"), when it is a verb
// that acts on the page.
func plainForm(t token) (string, bool) {
	if t.kind != word || !strings.HasSuffix(t.lower, "s") {
		return "", false
	}
	for _, base := range []string{t.lower[:len(t.lower)-1], strings.TrimSuffix(t.lower, "es")} {
		for _, e := range verbsByFirst[base] {
			switch e.class {
			case cSee, cFind, cNothing, cVague, cUse, cRun, cWait:
				return "", false
			}
			return base, true
		}
	}
	return "", false
}

// actors are who a narrated step is about.
var actors = wordSet(`administrator admin user operator owner maintainer manager developer`)

// withoutReminder reads "Remember to save your recovery codes", "Be sure to click **Save**",
// "Don't forget to …", "just type …" as the step they stress.
func withoutReminder(p []token) []token {
	if len(p) > 1 && p[0].is("just", "simply") && isVerbAt(p, 1) {
		return p[1:] // "…, just type the source of the money …"
	}
	for _, r := range reminders {
		if len(p) > len(r) && slices.EqualFunc(p[:len(r)], r, func(t token, w string) bool { return t.is(w) }) && isVerbAt(p, len(r)) {
			return p[len(r):]
		}
	}
	return p
}

// enterInField reads "Enter in the Value field a unique identifier for the reason" as "Enter
// a unique identifier for the reason in the Value field": the field named first, then what to
// type into it.
func enterInField(p []token) []token {
	if len(p) < 5 || !p[0].is("enter", "type") || !p[1].is("in", "into") {
		return p
	}
	for k := 2; k < len(p)-1 && k < 8; k++ {
		if !p[k].is("field", "box", "textbox", "input") {
			continue
		}
		value, end := p[k+1:], []token(nil)
		for len(value) > 0 && value[len(value)-1].kind == punct {
			value, end = value[:len(value)-1], append([]token{value[len(value)-1]}, end...)
		}
		if len(value) == 0 || value[0].kind != word || value[0].in(prepositions) || value[0].is("to", "and", "or") {
			return p // "Type in its search box to filter monitors": a purpose, not a value
		}
		out := append(append([]token{p[0]}, value...), p[1:k+1]...)
		return append(out, end...)
	}
	return p
}

// reminders are the words a writer puts before a step to stress it.
var reminders = [][]string{{"remember", "to"}, {"be", "sure", "to"}, {"make", "sure", "to"}, {"make", "sure", "you"},
	{"make", "sure", "that", "you"}, {"be", "sure", "you"}, {"be", "sure", "that", "you"}, {"ensure", "you"},
	{"ensure", "that", "you"}, {"don't", "forget", "to"}, {"do", "not", "forget", "to"}, {"always"}}

// lookInFor reads "Look in your inbox for an email from Sentry" as "look for an email from
// Sentry in your inbox": the place splits the verb "look for".
func lookInFor(p []token) []token {
	if len(p) < 4 || !p[0].is("look") || !p[1].is("in", "on", "under", "through") {
		return p
	}
	for k := 2; k < len(p); k++ {
		if p[k].is("for") {
			out := append([]token{p[0]}, p[k:]...)
			return append(out, p[1:k]...)
		}
	}
	return p
}

// pressVerbs begin a step after a condition written without a comma; notImperative are the
// words that make such a verb part of the condition ("After you click", "If you need to select").
var (
	pressVerbs    = []string{"click", "select", "press", "tap", "choose", "fill", "expand", "enter", "navigate"}
	notImperative = append([]string{"to", "you", "we", "they", "i", "user", "users", "who", "and", "or", "not", "don't", "cannot", "can't", "then",
		"the", "a", "an", "this", "that", "is", "are"}, modals...)
)

// byGerunds are the acts "by …ing" names, as plain verbs.
var byGerunds = map[string]string{"clicking": "click", "selecting": "select", "choosing": "choose",
	"pressing": "press", "tapping": "tap", "hitting": "hit", "checking": "check", "ticking": "tick",
	"entering": "enter", "typing": "type", "filling": "fill", "picking": "pick", "toggling": "toggle"}
