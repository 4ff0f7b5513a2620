package locate

import (
	"slices"
	"strings"
)

// Role is what an element is to a reader: a link, a button, a text box...
type Role string

// The roles docs name. Option buttons of a button group count as both Button and Radio; a
// visible label standing in for a hidden radio or check box counts as that control.
const (
	Link     Role = "link"
	Button   Role = "button"
	MenuItem Role = "menuitem"
	Tab      Role = "tab"
	Checkbox Role = "checkbox"
	Radio    Role = "radio"
	Textbox  Role = "textbox"
	Combobox Role = "combobox" // a select or a custom dropdown
	Option   Role = "option"
	Heading  Role = "heading"
	Dialog   Role = "dialog"
	Group    Role = "group" // a fieldset or button group: "for Products, select read-only"
	Row      Role = "row"
	Cell     Role = "cell"
	Status   Role = "status" // a message a live region announces: a toast, "Saved", an alert
	// Drawn asks also for what a page only draws as clickable — text or a picture under a
	// pointer cursor, with no role (a span a script listens to) — found as a button. Each
	// search with it looks at every element, so it is asked for once a search found nothing.
	Drawn Role = "drawn"
)

// Clickable is what docs mean by "click X" or "select X" without saying what X is.
var Clickable = []Role{Link, Button, MenuItem, Tab}

var roleWords = map[Role]string{
	MenuItem: "menu item", Checkbox: "check box", Radio: "option", Textbox: "field",
	Combobox: "dropdown", Cell: "cell", Status: "message",
}

// String is the role as a docs writer says it.
func (r Role) String() string {
	if w, ok := roleWords[r]; ok {
		return w
	}
	return string(r)
}

// RolePhrase joins roles for a message: "link or button", "link, button or tab".
func RolePhrase(roles []Role) string {
	words := make([]string, 0, len(roles))
	for _, r := range roles {
		// (Drawn is a way of looking, not a kind of control; a radio and an option are both
		// an "option" to a reader, said once.)
		if w := r.String(); r != Drawn && !slices.Contains(words, w) {
			words = append(words, w)
		}
	}
	switch len(words) {
	case 0:
		return "element"
	case 1:
		return words[0]
	}
	return strings.Join(words[:len(words)-1], ", ") + " or " + words[len(words)-1]
}

func hasRole(have []Role, want []Role) bool {
	for _, h := range have {
		for _, w := range want {
			if h == w {
				return true
			}
		}
	}
	return false
}

// onlyRoles reports whether every role of have is one of allowed.
func onlyRoles(have []Role, allowed ...Role) bool {
	for _, h := range have {
		if !slices.Contains(allowed, h) {
			return false
		}
	}
	return true
}
