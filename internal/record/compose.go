package record

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"
)

// Step is one numbered step of the procedure record writes.
type Step struct {
	Text  string // the sentence(s), Markdown
	Event int    // the last event the step holds: its screenshot is the one taken after it
}

// Product is what record knows of the product that decides what it may write.
type Product struct {
	Known    []string         // values never to write: the owner's password
	Patterns []*regexp.Regexp // shapes of secret text, from the product's profile
	// NameFields are the fields that name the item a procedure creates (its profile's
	// subjects' name fields): a run types a fresh name there, so the value typed is an example.
	NameFields []string
}

// Compose turns the writer's acts into numbered steps: consecutive clicks through menus become
// one breadcrumb, a dropdown opened and an option picked one choice, repeated entries in a
// field the last one, and a step after which a dialog opened or the page's address changed
// gets the outcome "This will display the **X** dialog." or "… the **X** page." (end is the
// page after the last act) unless X is text the writer typed (the new item's own page). Acts it cannot
// put into words — a control with no name — are listed in skipped instead.
func Compose(events []Event, end Place, p Product) (steps []Step, skipped []string) {
	evs, index := mergeFills(events)
	for i := 0; i < len(evs); {
		j, text, why := phrase(evs, i, p)
		if why != "" {
			skipped = append(skipped, why)
			i = j + 1
			continue
		}
		next := end
		if j+1 < len(evs) {
			next = evs[j+1].Place
		}
		text += outcome(evs[:j+1], next)
		steps = append(steps, Step{Text: text, Event: index[j]})
		i = j + 1
	}
	return steps, skipped
}

// outcome is what the last of evs made the page show, when a reader would be told: a dialog
// it opened, else the page it moved to, by their names — unless that is text the writer typed.
func outcome(evs []Event, next Place) string {
	before := evs[len(evs)-1].Place
	switch {
	case next.Dialog != "" && next.Dialog != before.Dialog && !typed(evs, next.Dialog):
		return " This will display the " + bold(next.Dialog) + " dialog."
	case moved(before.URL, next.URL) && next.Heading != "" && !typed(evs, next.Heading):
		return " This will display the " + bold(next.Heading) + " page."
	}
	return ""
}

// typed reports whether a heading shows text the writer typed: the page of the item just
// made, named as the writer named it, which a run names afresh — no outcome a run could see.
func typed(evs []Event, heading string) bool {
	for _, e := range evs {
		if e.Kind == "fill" && e.Value != "" && strings.EqualFold(oneLine(e.Value), oneLine(heading)) {
			return true
		}
	}
	return false
}

// mergeFills keeps the last of consecutive entries in one field, and drops an entry that
// repeats the field's last value (a field reports its text when typed and again when it loses
// focus, which may come after the next act began), with each kept event's index in events.
func mergeFills(events []Event) ([]Event, []int) {
	var out []Event
	var index []int
	last := map[string]string{}
	for i, e := range events {
		if e.Kind == "fill" {
			if v, ok := last[e.Name]; ok && v == e.Value && !e.Secret {
				continue
			}
			last[e.Name] = e.Value
		}
		if n := len(out); n > 0 && e.Kind == "fill" && out[n-1].Kind == "fill" && out[n-1].Name == e.Name {
			out[n-1], index[n-1] = e, i
			continue
		}
		out, index = append(out, e), append(index, i)
	}
	return out, index
}

// phrase words the step that begins at evs[i], returning the index of its last event; why
// says why an act could not be worded.
func phrase(evs []Event, i int, p Product) (last int, text, why string) {
	e := evs[i]
	if strings.TrimSpace(e.Name) == "" {
		return i, "", fmt.Sprintf("a %s with no name a reader could call it by, on %s (%s)", roleWord(e.Role), pageName(e.Place), e.Kind)
	}
	switch e.Kind {
	case "check":
		if e.Checked {
			return i, "Select the " + bold(e.Name) + " check box.", ""
		}
		return i, "Clear the " + bold(e.Name) + " check box.", ""
	case "choose":
		switch {
		case e.Option != "":
			return i, dropdown(e.Name, e.Option), ""
		case e.Group != "":
			return i, "Select " + bold(e.Name) + " for " + bold(e.Group) + ".", ""
		}
		return i, "Select the " + bold(e.Name) + " option.", ""
	case "fill":
		if strings.TrimSpace(e.Value) == "" && !e.Secret {
			// No sentence docdrift performs empties a field yet ("Clear the **X** field." is
			// read as a check box's): the writer words it.
			return i, "", fmt.Sprintf("the %s field emptied, on %s", e.Name, pageName(e.Place))
		}
		return i, fill(e, p), ""
	}
	// A click: an option of a list, a dropdown opened to pick one, or a path through menus.
	if e.Role == "option" {
		if e.List != "" {
			return i, dropdown(e.List, e.Name), ""
		}
		return i, "Select the " + bold(e.Name) + " option.", ""
	}
	if e.Role == "combobox" && i+1 < len(evs) && evs[i+1].Kind == "click" && evs[i+1].Role == "option" && evs[i+1].Name != "" {
		return i + 1, dropdown(e.Name, evs[i+1].Name), ""
	}
	path := []string{bold(e.Name)}
	j := i
	for j+1 < len(evs) && evs[j].Opens && evs[j+1].Kind == "click" && evs[j+1].Role != "option" &&
		evs[j+1].Name != "" && !moved(evs[j].URL, evs[j+1].URL) {
		j++
		path = append(path, bold(evs[j].Name))
	}
	return j, "Select " + strings.Join(path, " > ") + ".", ""
}

// labelText is a label as a doc names it: one line, without the ":" or required-field "*" a
// form puts after it (a run forgives both).
func labelText(label string) string { return strings.TrimRight(oneLine(label), ":* ") }

func dropdown(name, option string) string {
	return "In the " + bold(name) + " dropdown, select " + bold(option) + "."
}

// fill words a text entry; a secret or generated value is never written.
func fill(e Event, p Product) string {
	field := "In the " + bold(e.Name) + " field, "
	v := strings.Join(strings.Fields(e.Value), " ") // one line: a code span cannot hold more
	switch {
	case e.Secret:
		return field + "enter your password."
	case p.secret(e.Value):
		return field + "enter your secret."
	case generated(v):
		return field + "enter the generated value."
	case p.namesItem(e.Name):
		// A run types a fresh name of its own there, so what the writer typed is an example.
		return field + "enter a name (for example, " + code(v) + ")."
	}
	return field + "enter " + code(v) + "."
}

func (p Product) secret(v string) bool {
	if strings.TrimSpace(v) == "" {
		return false
	}
	for _, k := range p.Known {
		if k != "" && strings.Contains(v, k) {
			return true
		}
	}
	for _, re := range p.Patterns {
		if re.MatchString(v) {
			return true
		}
	}
	return false
}

func (p Product) namesItem(field string) bool {
	for _, f := range p.NameFields {
		if strings.EqualFold(strings.TrimSpace(f), labelText(field)) {
			return true
		}
	}
	return false
}

// generated tells a value a product made — a key, a token, an id — from one a person types:
// long, without spaces, mixing letters and digits in a token's alphabet, and no address.
var tokenish = regexp.MustCompile(`^[A-Za-z0-9_\-+/=.:~]{20,}$`)

func generated(v string) bool {
	return tokenish.MatchString(v) && strings.ContainsAny(v, "0123456789") &&
		strings.IndexFunc(v, func(r rune) bool { return r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' }) >= 0 &&
		!strings.Contains(v, "://")
}

// moved reports whether the page's address changed, a fragment-only change included (single
// page apps route by it).
func moved(from, to string) bool {
	return strings.TrimSuffix(from, "/") != strings.TrimSuffix(to, "/")
}

func pageName(pl Place) string {
	if pl.Heading != "" {
		return "the " + pl.Heading + " page"
	}
	if u, err := url.Parse(pl.URL); err == nil && u.Path != "" {
		return u.Path
	}
	return "the page"
}

func roleWord(role string) string {
	switch role {
	case "":
		return "control"
	case "menuitem":
		return "menu item"
	case "textbox":
		return "field"
	case "combobox":
		return "dropdown"
	case "checkbox":
		return "check box"
	}
	return role
}
