package understand

import "slices"

// foundWords say where something is, not that it appears: "is available from", "can be
// located in". ("is shown under" is an outcome: the page shows it there.)
var foundWords = wordSet(`available located found accessible reachable`)

// foundPrepositions open the place something is found in.
var foundPrepositions = wordSet(`from in under on via through within at`)

// pointingBack are subjects that name what the sentence before did: "This is available from
// …" says where the control the step just named is.
var pointingBack = wordSet(`this it these they that those it's that's`)

// readWhereFound reads a sentence that says where something is found rather than telling the
// reader to go there — "This is available from **Filters** > **Tags** on the **Workflows**
// page", "The group's ID can be located in **Azure AD > Groups**", "You can find it under
// **Settings** > **General**" — as going there. Only a way a reader can follow counts: a path
// of two labels or more, or a page, tab or menu named by its label; "available in the same
// Region" or "on **Business** plans" says nothing of the UI's layout. back is true when the
// subject points at what the sentence before named ("this", "it"): the way to it, which a
// reader takes before what that sentence asks (featuregen writes it first).
func readWhereFound(ts []token) (m Meaning, back bool, ok bool) {
	subject, rest, ok := foundSubject(ts)
	if !ok || len(rest) < 2 || !rest[0].in(foundPrepositions) {
		return Meaning{}, false, false
	}
	way := append([]token{{kind: word, text: "go", lower: "go"}, {kind: word, text: "to", lower: "to"}}, rest[1:]...)
	m = Read(sentenceOf([][]token{way}))
	if m.Role != Action || !m.Understood() || len(m.Acts) != 1 || m.Acts[0].Verb != Go || m.Condition != "" {
		return Meaning{}, false, false
	}
	if t := m.Acts[0].Target; len(t.Path) < 2 && !(len(t.Path) == 1 && slices.Contains([]string{"page", "tab", "menu"}, t.Kind)) {
		return Meaning{}, false, false
	}
	return m, len(subject) > 0 && subject[0].in(pointingBack), true
}

// foundSubject splits "SUBJECT is (also) available|located|found …", "SUBJECT can (also) be
// found …" and "You can find SUBJECT in …" into the subject and what follows the found word.
// The subject is a few plain words: one that names labels ("**Client ID** is found under …")
// lists values to take, not a way to go.
func foundSubject(ts []token) (subject, rest []token, ok bool) {
	const most = 6
	if len(ts) > 0 && ts[0].isPunct("(") {
		ts = ts[1:] // "(In the Pro UI, this form is located under …)": an aside of its own
	}
	if comma := slices.IndexFunc(ts, func(t token) bool { return t.isPunct(",") }); comma > 0 && comma <= most && ts[0].is("in", "on", "for", "from") {
		ts = ts[comma+1:] // "In the Pro UI, this form is …": where, before what is found
	}
	for i := 0; i < len(ts) && i <= most+1; i++ {
		t := ts[i]
		if t.kind != word {
			return nil, nil, false
		}
		end, j := i, i // the subject is ts[:end]; the found word is at j, past the verb
		switch {
		case t.is("it's", "that's") && i == 0:
			// "It's available under …": the subject and its verb in one word.
			end, j = 1, 1
		case t.is("is", "are") && i > 0:
			j++
		case t.is("can", "may") && i > 0 && j+1 < len(ts) && ts[j+1].is("be"):
			j += 2
		case t.is("can", "will", "'ll") && i == 1 && ts[0].is("you"):
			// "You can find it under …": what is found follows the verb.
			k := j + 1
			if k < len(ts) && ts[k].is("also") {
				k++
			}
			if k >= len(ts) || !ts[k].is("find") {
				return nil, nil, false
			}
			n := slices.IndexFunc(ts[k+1:], func(t token) bool { return t.in(foundPrepositions) })
			if n <= 0 || n > most || slices.ContainsFunc(ts[k+1:k+1+n], func(t token) bool { return t.kind != word }) {
				return nil, nil, false
			}
			return ts[k+1 : k+1+n], ts[k+1+n:], true
		default:
			continue
		}
		if end > most {
			return nil, nil, false
		}
		if j < len(ts) && ts[j].is("also") {
			j++
		}
		if j >= len(ts) || !ts[j].in(foundWords) {
			return nil, nil, false
		}
		return ts[:end], ts[j+1:], true
	}
	return nil, nil, false
}
