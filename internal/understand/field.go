package understand

import (
	"regexp"
	"slices"
	"strings"
)

// ReadField reads an item listed under a lead-in that asks for fields (Meaning.Fields): the
// field the item names and what to put there. Writers list fields as their label and a
// description — "**Username**: This value must be unique across all users.", "**Name** of the
// group", "The **Parent** group" — and a yes-or-no one by what it decides: "**Active**
// (_optional_): Whether the user account is active." is a check box. An item that is an
// instruction of its own is read as one ("Select **Roles** to apply to this group"); one that
// names no label, or several without one first, is a note ("Any custom attributes").
func ReadField(item string) Meaning { return readField(item, Read(item)) }

// readField is ReadField given the item's reading on its own, r.
func readField(item string, r Meaning) Meaning {
	if f, ok := MarkedField(item); ok && !r.Step() {
		return f // "Bind DN (optional)": named and marked, and nothing more
	}
	var m Meaning
	toks := m.stripStarts(tokenize(item))
	if r.Step() && !describedField(toks) {
		return r
	}
	at, labels := -1, 0
	for i, t := range toks {
		if t.kind == label && !optionalStarts[t.lower] && !requiredMarks[t.lower] {
			labels++
			if at < 0 {
				at = i
			}
		}
	}
	if at < 0 {
		return unmarkedField(toks)
	}
	if at > 1 && labels == 1 && toks[at-1].isPunct(":") {
		// "Platform URL: `https://…`": a field named in plain words, its value spelled as code.
		return unmarkedField(toks)
	}
	for i := range at {
		if isVerbAt(toks, i) {
			return r // "If one exists, you can click **Create Department** …": a sentence about the label, no field
		}
	}
	if at > 0 && labels > 1 {
		return Meaning{Role: Note}
	}
	field := toks[at].text
	rest := m.stripFieldMarks(append(append([]token{}, toks[:at]...), toks[at+1:]...))
	if len(rest) == 0 && toks[at].mark == markBold && labels == 1 {
		// "**Full Name**" under "Fill in the user's details:": a control's name, set in bold as
		// labels are; a value is set as code.
		return Meaning{Role: Action, Acts: []Act{{Verb: Enter, Target: Target{Path: []string{field}, Kind: "field"}, Hint: "as the doc describes"}}}
	}
	if len(rest) == 0 || rest[0].isPunct("(") {
		return Meaning{Role: Note} // "`1 column`", "`Page -- Full Width` (Requires Page Builder)": a value to pick, listed
	}
	if word, ok := markOnly(rest); ok {
		// "**Expiration date:** Optional.": a field to fill as the doc describes, optional or not.
		m.Optional = m.Optional || optionalStarts[word]
		m.Role, m.Acts = Action, []Act{{Verb: Enter, Target: Target{Path: []string{field}, Kind: "field"}, Hint: "as the doc describes"}}
		return m
	}
	// The rest describes the field; only a value spelled as code or quotes is typed as is.
	act := Act{Verb: Enter, Target: Target{Path: []string{field}, Kind: "field"}}
	if p := readPhrase(rest); len(rest) == 1 && rest[0].kind == label {
		act.Value, _ = literal(p)
	} else {
		act.Hint = describe(p)
	}
	if yesOrNo(rest) {
		act = Act{Verb: Check, Target: Target{Path: []string{field}}}
	}
	m.Role, m.Acts = Action, []Act{act}
	return m
}

// unmarkedField reads "Key: admin", "Display Name: Administrator": a field named in plain
// words before a colon, and what to put there — a word or two typed as is, more words a
// description. Anything else ("Any custom attributes", "Note: …") is a note.
func unmarkedField(toks []token) Meaning {
	colon := slices.IndexFunc(toks, func(t token) bool { return t.isPunct(":", "-", "–", "—") })
	if colon < 1 || colon > 3 || colon == len(toks)-1 || noteWords[toks[0].lower] {
		return Meaning{Role: Note}
	}
	for i, t := range toks[:colon] {
		if t.kind != word && !(i > 0 && t.isPunct(".")) { // "Org. name"
			return Meaning{Role: Note}
		}
	}
	if first := toks[0].text; strings.ToUpper(first[:1]) != first[:1] {
		return Meaning{Role: Note}
	}
	act := Act{Verb: Enter, Target: Target{Words: joinWords(toks[:colon]), Kind: "field"}}
	rest := toks[colon+1:]
	if lastIs(rest, ".") {
		rest = rest[:len(rest)-1]
	}
	if yesOrNo(rest) {
		// "Enabled: Is the feed active or not": a box to tick.
		return Meaning{Role: Action, Acts: []Act{{Verb: Check, Target: Target{Words: act.Target.Words}}}}
	}
	if len(rest) <= 2 {
		act.Value = joinWords(rest)
	} else {
		act.Hint = joinWords(rest)
	}
	return Meaning{Role: Action, Acts: []Act{act}}
}

// requiredMarks say a field must be filled: "**Name** (required): …".
var requiredMarks = wordSet(`required mandatory`)

// noteWords start an aside, not a field: "Note: …".
var noteWords = wordSet(`note tip warning important caution example info`)

// ReadNamedField reads an item under a lead-in that calls its items fields (Meaning.
// FieldsNamed) that is only a name, unmarked: "Template name", "Display Name,", "Locale
// visibility" — the field of that label, to fill as the doc describes, though its first word
// may be a verb. Markup, a full stop, more than six words or a verb and its object ("Select
// a role") make it an item ReadField reads.
func ReadNamedField(item string) Meaning { return readNamedField(item, Read(item)) }

// readNamedField is ReadNamedField given the item's reading on its own, r.
func readNamedField(item string, r Meaning) Meaning {
	name := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(item), ","))
	hint := "as the doc describes"
	if m := exampleAfter.FindStringSubmatchIndex(name); m != nil {
		// "Template Name (Example: `Employee Contract`)": the name, then what to put there.
		name, hint = strings.TrimSpace(name[:m[0]]), strings.Trim(name[m[2]:m[3]], "` ")
	}
	words := strings.Fields(name)
	if len(words) == 0 || len(words) > 6 || strings.ContainsAny(name, ".:;!?*_`[]()\"'") || noteWords[strings.ToLower(words[0])] ||
		len(words) > 1 && determiners[strings.ToLower(words[1])] {
		return readField(item, r)
	}
	// Unmarked, the name is the writer's words for the label, found as a reader would.
	return Meaning{Role: Action, Acts: []Act{{Verb: Enter, Target: Target{Words: name, Kind: "field"}, Hint: hint}}}
}

// exampleAfter is an example a writer puts after a field's name: "(Example: `Employee`)",
// "(e.g. `Sales`)".
var exampleAfter = regexp.MustCompile(`\s*\((?i:example:|for example,?|e\.g\.,?)\s*([^()]*)\)$`)

// describedField reports an item that is a field's name, a colon or dash, and words that name
// no other label: "`From Name` - Display name for the sender" and "Name: Name to identify the
// feed" describe the field, though their words start with a verb.
func describedField(ts []token) bool {
	name := fieldNameEnd(ts)
	return name > 0 && !slices.ContainsFunc(ts[name+1:], func(t token) bool { return t.kind == label })
}

// fieldNameEnd is where the name that opens a field's description ends, at its colon or
// dash, with more after it; -1 when the item opens with no such name. The name is a label, or
// a word or three, capitalised, before a colon ("Name: Name to identify the feed").
func fieldNameEnd(ts []token) int {
	name := 1
	if len(ts) > 0 && ts[0].kind != label {
		name = slices.IndexFunc(ts, func(t token) bool { return t.kind != word })
		if name < 1 || name > 3 || noteWords[ts[0].lower] || !capitalised(ts[0].text) || !ts[name].isPunct(":") {
			return -1
		}
	}
	if len(ts) < name+2 || !ts[name].isPunct(":", "-") {
		return -1
	}
	return name
}

// namesFields reports the object of a lead-in that announces a list of fields: "the
// following", "the required fields", "these details" — not an item to work on ("Configure
// your token:"), whose sub-steps may ask anything.
func namesFields(obj []token) bool {
	for _, t := range obj {
		if t.is("following", "field", "fields", "details", "information", "info", "values", "form", "properties", "parameters", "attributes", "data", "entries") {
			return true
		}
		if t.text == "settings" {
			return true // "Complete the integration settings"; "via Settings → Kernel" is a page
		}
	}
	return false
}

// stripFieldMarks drops what separates a field's label from its description — a colon, an
// "(optional)" that makes the field optional — leaving the description.
func (m *Meaning) stripFieldMarks(ts []token) []token {
	for len(ts) > 0 {
		switch {
		case ts[0].isPunct(":", "-"):
			ts = ts[1:]
		case len(ts) > 2 && ts[0].isPunct("(") && ts[2].isPunct(")") && (optionalStarts[ts[1].lower] || requiredMarks[ts[1].lower]):
			// "(optional)", and "(**_required_**)", which says no more than a field to fill.
			m.Optional = m.Optional || optionalStarts[ts[1].lower]
			ts = ts[3:]
		default:
			return ts
		}
	}
	return ts
}

// markOnly reads a field's description that is only a required or optional mark: "Optional.",
// "Required".
func markOnly(rest []token) (string, bool) {
	if lastIs(rest, ".") {
		rest = rest[:len(rest)-1]
	}
	if len(rest) != 1 || !requiredMarks[rest[0].lower] && !optionalStarts[rest[0].lower] {
		return "", false
	}
	return rest[0].lower, true
}

// OnlyMarksField reports an item's first sentence that names a field and only marks it
// required or optional ("**Expiration date:** Optional."): when the item's next sentence asks
// for something ("Select **30 days** …"), that is what to do in the field.
func OnlyMarksField(sentence string) bool {
	var m Meaning
	ts := m.stripStarts(tokenize(sentence))
	if len(ts) < 3 || ts[0].kind != label || !ts[1].isPunct(":", "-") {
		return false
	}
	_, ok := markOnly(ts[2:])
	return ok
}

// MarkedField reads an item that names a field and marks it required or optional — "Host
// **(required)**", "**Comment**(_optional_): the comment of the metalake.", "Bind DN
// (optional)" — as that field, to fill as the doc describes: forms are documented this way
// whatever list they sit in. The name is the label as written, a few words at most; anything
// after the mark but a colon or a dash and a description makes it no such item.
func MarkedField(item string) (Meaning, bool) {
	ts := tokenize(item)
	at, optional, n := -1, false, 0
	for i := range ts {
		if word, ok := requirednessAt(ts, i); ok {
			at, optional, n = i, word == "optional", 1
			if ts[i].isPunct("(") {
				n = 3
			}
			break
		}
	}
	name := ts[:max(at, 0)]
	if len(name) > 1 && isColon(name[len(name)-1]) {
		name = name[:len(name)-1] // "Project Name: (Required) …", "`Alert Email`：`Required`"
	}
	if at < 1 || len(name) == 0 || len(name) > 6 {
		return Meaning{}, false
	}
	if len(name) > 1 && !slices.ContainsFunc(name, func(t token) bool { return t.kind == word }) ||
		slices.ContainsFunc(name, func(t token) bool { return t.kind == punct }) || noteWords[name[0].lower] {
		return Meaning{}, false
	}
	rest := ts[at+n:]
	switch {
	case len(rest) > 0 && rest[0].isPunct(":", "-", ",", "."):
		rest = rest[1:]
	case len(rest) > 0 && isColon(ts[at-1]):
		// "Project Name: (Required) Project name, cannot be repeated": the description follows
		// the mark at once.
	case len(rest) > 0:
		return Meaning{}, false
	}
	label := strings.TrimSpace(joinWords(name))
	if len(name) == 1 {
		label = name[0].text
	}
	act := Act{Verb: Enter, Target: Target{Path: []string{label}, Kind: "field"}, Hint: "as the doc describes"}
	if len(rest) > 0 {
		act.Hint = describe(readPhrase(rest))
		if yesOrNo(rest) {
			act = Act{Verb: Check, Target: Target{Path: []string{label}}}
		}
	}
	return Meaning{Role: Action, Acts: []Act{act}, Optional: optional}, true
}

// requirednessAt reads a required or optional mark at ts[i]: "(optional)", "(**_required_**)",
// "**(required)**", and after a colon "`optional`".
func requirednessAt(ts []token, i int) (string, bool) {
	mark := func(t token) (string, bool) {
		w := strings.Trim(t.lower, "()*_ ")
		return w, requiredMarks[w] || optionalStarts[w]
	}
	switch {
	case i+2 < len(ts) && ts[i].isPunct("(") && ts[i+2].isPunct(")"):
		return mark(ts[i+1])
	case ts[i].kind == label && (strings.HasPrefix(strings.Trim(ts[i].lower, "*_ "), "(") || i > 0 && isColon(ts[i-1])):
		return mark(ts[i])
	}
	return "", false
}

// isColon reports a colon, ASCII or full-width ("：", as docs translated from Chinese write it).
func isColon(t token) bool { return t.isPunct(":") || t.text == "：" }

// yesOrNo reports a field's description that asks yes or no, which makes the field a box to
// tick: "Whether the account is active", "Is the feed active or not", "Should the feed data be
// cached", "If checked, the event is published", "check it when …".
func yesOrNo(desc []token) bool {
	switch {
	case len(desc) == 0:
		return false
	case desc[0].is("whether"):
		return true
	case len(desc) > 1 && desc[0].is("is", "are", "should", "does", "do", "will", "can") && (desc[1].in(determiners) || desc[1].is("it", "users")):
		return true
	case len(desc) > 1 && desc[0].is("check", "tick", "enable") && desc[1].is("it", "this", "when", "if", "to"):
		return true // "check it when the service should be visible"
	case desc[0].is("if", "when"):
		rest := desc[1:]
		for len(rest) > 0 && rest[0].is("this", "it", "is", "not", "box", "the", "option") {
			rest = rest[1:]
		}
		return len(rest) > 0 && rest[0].is("checked", "ticked", "selected", "enabled", "set", "on")
	}
	return false
}
