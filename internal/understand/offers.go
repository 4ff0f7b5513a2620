package understand

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
		// "You can …" or "To improve security, you can …" — not "Members you can invite".
		if !ts[i].is("you") || !ts[i+1].is("can", "may") || i > 0 && !ts[i-1].isPunct(",") {
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
			if t.is("following", "these", "options", "settings", "either") {
				return false
			}
		}
		return true
	}
	return false
}
