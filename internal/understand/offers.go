package understand

import "slices"

// Offers reports a lead-in that names, by a verb of its own, what the list under it lets the
// reader do: "You can change the role of a team member at any time:", "To improve security,
// you can require all members to enable 2FA:". Such a list may be the steps that do it; whether
// it is, its items say. A lead-in that offers nothing by name ("From there, you can:") or
// introduces options ("You can use the following settings:") lists choices, not steps.
func Offers(lead string) bool {
	ts := tokenize(lead)
	if !lastIs(ts, ":") {
		return false
	}
	for i := 0; i+2 < len(ts); i++ {
		// "You can …" or "To improve security, you can …" — not "Members you can invite". A
		// condition or purpose may lose its comma: "When using Hanko Cloud you can obtain …".
		if !ts[i].is("you") || !ts[i+1].is("can", "may") || i > 0 && !ts[i-1].isPunct(",") && !ts[0].in(conditionWords) && !ts[0].is("to") {
			continue
		}
		j := i + 2
		if ts[j].is("also", "now") {
			j++
		}
		if j >= len(ts) || ts[j].kind != word || determiners[ts[j].lower] {
			return false // "From there, you can:"
		}
		for _, t := range ts[j:] {
			if t.is("following", "options", "settings", "either") || t.is("these") && slices.ContainsFunc(ts[j:], func(u token) bool { return u.is("options", "values", "variables", "fields", "parameters") }) {
				return false
			}
		}
		return true
	}
	return false
}

// PlaceOnly reports a lead-in that only says where what follows happens: "In the dialog:",
// "On the **Members** page:". It asks nothing and offers nothing, so whether the list under it
// is steps, its items say.
func PlaceOnly(lead string) bool {
	ts := tokenize(lead)
	return lastIs(ts, ":") && placeOnly(ts[:len(ts)-1])
}

// placeOnly is PlaceOnly of a lead-in's words before its colon: a place, stating nothing.
func placeOnly(ts []token) bool {
	if len(ts) == 0 || offersChoices(ts) {
		return false // "From the Media Library, it is possible to:": what may be done there
	}
	if slices.ContainsFunc(ts, func(t token) bool { return t.is("is", "are", "has", "have", "needs", "need") }) {
		return false // "In the mapping modal the Username needs to be edited …": a statement
	}
	pieces := split(ts)
	if len(pieces) != 1 || !isContainer(pieces[0]) || pieces[0][0].is("for") {
		return false // "For example:" is no place
	}
	if slices.ContainsFunc(pieces[0], func(t token) bool { return t.is(modals...) }) {
		return false // "From the table, administrators can also:": what they can do there
	}
	for i := 0; i+1 < len(pieces[0]); i++ {
		if pieces[0][i].is("this") && pieces[0][i+1].is("section", "guide", "tutorial", "article", "page", "doc", "document", "topic") {
			return false // "In this section:": the doc, not the product
		}
	}
	return true
}
