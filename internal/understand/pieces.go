package understand

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Splitting a sentence into the pieces that each ask for one thing, and finding the verb
// that starts each.

func lastIs(ts []token, p string) bool { return len(ts) > 0 && ts[len(ts)-1].isPunct(p) }

// split cuts a sentence into clauses: at commas and semicolons, and at "and", "or" and "then"
// when a verb follows. A piece that starts no clause ("**B**, or **C**") stays with the one
// before it.
func split(ts []token) [][]token {
	pieces, _ := splitWays(ts)
	return pieces
}

// splitWays is split that also returns the clauses of the first other way the sentence offers
// to the same end ("Select an existing tag, or enter a new tag name"), with the steps both
// ways go on with: a reader takes the first, and the other when the page does not offer it.
func splitWays(ts []token) (first, other [][]token) {
	var pieces []piece
	// A piece is a run of ts between separators, sliced without copying; its capacity ends
	// with it, so the merge below copies rather than writes over the next piece.
	start, conj, or, then, bare := 0, false, false, false, false
	flush := func(end int) {
		if end > start {
			pieces = append(pieces, piece{toks: ts[start:end:end], joined: conj, or: or, afterThen: then, bareThen: bare})
			then, bare = false, false
		}
		start = end + 1 // past the separator
		conj = end < len(ts) && ts[end].is("and", "or", "&")
		or = end < len(ts) && ts[end].is("or")
		then = then || end < len(ts) && ts[end].is("then")
		bare = bare || end < len(ts) && ts[end].is("then") && end > 0 && ts[end-1].kind != punct && !ts[end-1].is("and")
	}
	for i := 0; i < len(ts); i++ {
		t := ts[i]
		switch {
		case t.isPunct(",", ";"),
			t.isPunct(".", "!") && i < len(ts)-1,
			// "which you can then send": "then" after a modal is an adverb, not the next step.
			t.is("then") && i > 0 && !ts[i-1].is(modals...),
			t.is("and", "or", "&") && i > 0 && i > start && !purposeAlternative(ts, i) && !verbSpans(ts, i) && !ampersandName(ts, i) && (isVerbAt(ts, i+1) || i+1 < len(ts) && ts[i+1].is("then") && isVerbAt(ts, i+2)):
			flush(i)
		case i > start+1 && (ts[start].in(conditionWords) || ts[start].is("in", "on", "from", "under", "for")) && t.is(pressVerbs...) && !ts[i-1].is(notImperative...):
			// "After scanning the code click **Close**", "When prompted select **OK**", "In
			// OPNsense navigate to …", "For this tutorial choose the JSONL format": the
			// condition, the place or the purpose ends where the step begins, comma or not.
			flush(i)
			start = i // the verb opens the next piece: it was no separator
		case t.is("either") && i == start && i > 0 && isVerbAt(ts, i+1):
			// "Once you're done, either press R or click "Remove"": the first of two ways
			// begins at its verb, as "Either press …" at a sentence's start does.
			start = i + 1
		}
	}
	flush(len(ts))
	pieces = splitLeads(pieces)
	// Merge pieces that start nothing of their own into the one before.
	var out [][]token
	dropping := false // the pieces of an alternative way, after "or"
	ways := 0         // the other ways met so far; only the first is kept
	rejoin := 0       // where in out the steps both ways go on with begin
	for _, pc := range pieces {
		p, q := pc.toks, pc.toks
		for len(q) > 0 && q[0].is("and", "or", "then") {
			q = q[1:]
		}
		q = withoutReminder(q)
		if len(p) == 1 && p[0].is("and") {
			// "Rename the group, and then click **Apply**": the "and" between the comma and the
			// "then" joins the steps; it is no word of the first one's object.
			continue
		}
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
			ways++
			if _, n := verbAt(prev, 0); n == len(prev) {
				// "Check or uncheck the **Enable** checkbox": two verbs share the object;
				// the first is the step, and the second no way of its own.
				_, m := verbAt(q, 0)
				out[len(out)-1] = append(append([]token{}, prev...), q[m:]...)
				ways++
			}
			// "Select an expiration or specify a custom lifetime": another way to the same
			// end; a reader takes the first, and what goes with the other goes with it.
			if ways == 1 {
				other, rejoin = append(other, q), len(out)
			}
			dropping = true
			continue
		}
		// "…, or select the rows by ticking their boxes then click **Delete**": what follows a
		// "then" or an "and" with no comma before it is more of the other way ("…, or select
		// multiple tokens and click **Delete Selected Tokens**"; "…, then click **Save**"
		// after the choice is done either way).
		if dropping && (!starts || pc.bareThen || pc.joined && !p[0].is("or")) {
			if ways == 1 {
				other = append(other, p)
			}
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
	if len(other) > 0 {
		// "…, or specify a custom lifetime, then click **Create**": Create either way.
		other = append(other, out[rejoin:]...)
	}
	return out, other
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

// piece is a run of a sentence's tokens between separators, with how it was cut from the one
// before: joined at "and" or "or" (or: at "or") rather than a comma, or after a "then" (bare:
// one with no comma before it).
type piece struct {
	toks                            []token
	joined, or, afterThen, bareThen bool
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
	return []token{plainWord("click")}
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

// reference reports a pointer to more reading rather than a step: "Read more about …",
// "Check out the section on …", and "see …" after what it is for ("For details, see quotas,
// name requirements, and limits": the pieces after it are what the page covers).
func reference(p []token) bool {
	if len(p) > 1 && (p[0].is("read", "review") && p[1].is("more", "about", "through") || p[0].is("check") && p[1].is("out")) {
		return true
	}
	comma := slices.IndexFunc(p, func(t token) bool { return t.isPunct(",") })
	return p[0].is("for") && comma > 0 && comma+1 < len(p) && p[comma+1].is("see", "refer")
}

// toLearn reports a purpose of learning ("To learn more", "To find out how …"): the step
// after it points to more reading when it goes to, reads or sees something ("To learn more,
// go to [Sell Products](…)").
func toLearn(purpose, next []token) bool {
	learns := len(purpose) > 1 && (purpose[1].is("learn", "understand") || purpose[1].is("find", "read") && len(purpose) > 2 && purpose[2].is("out", "more", "about"))
	return learns && len(next) > 0 && next[0].is("see", "read", "refer", "visit", "go", "check", "watch", "consult")
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
				// "From the list view of …": a container's name, not a verb.
				noun := containerKinds[p[k].lower] && (k+1 == len(p) || p[k+1].is("of"))
				if isVerbAt(p, k) && !noun && (p[k-1].kind == label || containerKinds[p[k-1].lower] || p[k-1].is("prompted", "done", "finished", "complete", "ready") ||
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
	if i >= len(ts) || ts[i].kind != word || shouted(ts, i) {
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
			if n := i + len(e.words); n < len(ts) && ts[n].in(auxiliaries) && (i == 0 || ts[i-1].kind == punct) {
				// "Access can optionally be limited", "If rejected, access will not be
				// granted": a noun, the clause's subject ("The events to select are:" keeps it).
				return entry{}, 0
			}
			return e, len(e.words)
		}
	}
	return entry{}, 0
}

// shouted reports a word in capitals in a sentence that is not in capitals, past where a
// clause may open: a value or a name as the product spells it ("Method: GET", "click SAVE"),
// not a verb ("SSH into the device", "Open a terminal and SSH into it" open with one).
func shouted(ts []token, i int) bool {
	t := ts[i].text
	if i == 0 || ts[i-1].is("and", "then", "or") || ts[i-1].isPunct(",", ";") || len(t) < 2 || strings.ToUpper(t) != t || strings.ToLower(t) == t {
		return false
	}
	return slices.ContainsFunc(ts, func(o token) bool { return o.kind == word && strings.ToUpper(o.text) != o.text })
}

// auxiliaries follow a sentence's subject, never an imperative verb.
var auxiliaries = wordSet(`can cannot can't will won't is isn't are aren't was were must should may might would could has`)

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
	for i, t := range p[1:] {
		if i > 0 && p[i].is("that", "which") && t.is("opens", "appears", "displays", "loads", "shows") {
			continue // "In the Confirmation dialog that opens": which one, not an act
		}
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

// ampersandName reports an "&" inside a name written in capitals, "Draft & Publish", "Users &
// Permissions": no one joins two instructions with it.
func ampersandName(ts []token, i int) bool {
	capital := func(t token) bool {
		r, _ := utf8.DecodeRuneInString(t.text)
		return t.kind == word && unicode.IsUpper(r)
	}
	return ts[i].is("&") && i+1 < len(ts) && capital(ts[i-1]) && capital(ts[i+1])
}
