package understand

import (
	"slices"
	"strings"
)

// Table rows and key-value lines read as fields to fill: "| **Name** | a name for the token |".

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
	if a, ok := cellInstruction(field, cells[1]); ok {
		return []Act{a}, true
	}
	return []Act{fill(field, cells[1])}, true
}

// cellInstruction reads a value cell that tells the reader what to do with the field, where
// a fill would read the instruction as the value to type: "(optional) Click **TRUE** or
// **FALSE** to connect …" clicks one of the labels, in the field's group; "(mandatory) Choose
// from the drop-down list the role to attribute …" and "Click the drop-down list to choose
// the default role …" pick any option of the field's dropdown.
// A cell that says to write in the field ("Write the name of the token.") is left to fill.
func cellInstruction(field string, value []token) (Act, bool) {
	v := value
	if len(v) > 2 && v[0].isPunct("(") && v[1].is("optional", "mandatory", "required") && v[2].isPunct(")") {
		v = v[3:]
	}
	if len(v) < 2 || v[0].kind != word {
		return Act{}, false
	}
	end := slices.IndexFunc(v, func(t token) bool { return t.is("to", "so", "if", "when") || t.isPunct(".", ":") })
	if end < 0 {
		end = len(v)
	}
	var labels []string
	for _, t := range v[1:end] {
		if t.kind == label {
			labels = append(labels, t.text)
		}
	}
	switch {
	case v[0].is("click", "tick", "check", "toggle") && len(labels) > 0:
		a := Act{Verb: Click, In: []Where{{Label: field, Kind: "group"}}}
		if len(labels) > 1 {
			a.Target.Any = labels
		} else {
			a.Target.Path = labels
		}
		return a, true
	case choosesIn(v, end) && len(labels) == 0 && slices.ContainsFunc(v[1:end], func(t token) bool { return t.is("drop-down", "dropdown", "list", "menu") }):
		return Act{Verb: Choose, Target: Target{Words: field}, In: []Where{{Label: field, Kind: "dropdown"}}}, true
	}
	return Act{}, false
}

// choosesIn reports a cell that asks for a choice from the list its first words name:
// "Choose from the drop-down list …", or "Click the drop-down list to choose …".
func choosesIn(v []token, end int) bool {
	if v[0].is("choose", "select", "pick") {
		return true
	}
	return v[0].is("click", "open") && end+1 < len(v) && v[end].is("to") && v[end+1].is("choose", "select", "pick")
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
