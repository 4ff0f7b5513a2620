package understand

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Modifiers: the prepositional phrases after a clause's object that say where ("in the
// **Action** column") and to what ("to `Yes`").

// modifier is a prepositional phrase after a clause's object: "in the **Action** column",
// "at the page's lower right-hand corner", "next to the user", "to `Yes`".
type modifier struct {
	prep string
	np   phrase
}

// clauseEnd are words after which the rest of a clause only explains: "Select **Save** if
// you're creating …", "… so that you can …", "(as explained here)".
var clauseEnd = wordSet(`if so because since which that unless when whenever e.g. e.g i.e.
	i.e where whereas while until before after once`)

// modPreps start a modifier after the object.
var modPreps = wordSet(`in on at from under within inside into onto next beside below above
	near to for as with using via through across along over by beneath among`)

// splitModifiers separates a clause's object from the modifiers after it, and drops what
// only explains ("if …", "(…)").
func splitModifiers(ts []token, cls class) ([]token, []modifier) {
	ts = dropAsides(ts)
	if i := slices.IndexFunc(ts, func(t token) bool { return t.is("that", "which") }); i > 0 && i+1 < len(ts) && ts[i+1].is("you") && !prepositions[ts[i-1].lower] {
		// "the variable that you want to delete" is "the variable you want to delete": the
		// reader's item, not the end of the clause ("the purpose for which you will use it"
		// still ends where it ends).
		ts = slices.Delete(slices.Clone(ts), i, i+1)
	}
	if i := slices.IndexFunc(ts, func(t token) bool { return t.is("below", "above") }); i > 0 && adjectival(ts, i) {
		ts = slices.Delete(slices.Clone(ts), i, i+1) // "the below message": the message (the first such word only)
	}
	for i, t := range ts {
		if t.kind == word && clauseEnd[t.lower] && i > 0 {
			ts = ts[:i]
			break
		}
		if t.is("for") && i+1 < len(ts) && ts[i+1].is("example", "instance") || t.is("such") && i+1 < len(ts) && ts[i+1].is("as") {
			ts = ts[:i]
			for len(ts) > 0 && ts[len(ts)-1].isPunct(",") {
				ts = ts[:len(ts)-1] // "a descriptive name, such as …"
			}
			break
		}
	}
	start := -1
	for i, t := range ts {
		if i == 0 || t.kind != word || !modPreps[t.lower] {
			continue
		}
		if keepsObject(ts, i, cls) {
			continue
		}
		start = i
		break
	}
	if start < 0 {
		return ts, nil
	}
	return ts[:start], modifiers(ts[start:])
}

// examples are the labels a writer gives in parentheses as examples after a clause's object:
// "(e.g. Application, Content-Manager, Email etc.)", "(for example, **Read** or **Write**)".
// An item is a label, or up to four words starting with a capital, with no digits (a date is
// no label) and no markup; nil when fewer than two are given.
func examples(ts []token) []string {
	start := -1
	for i := 1; i < len(ts) && start < 0; i++ {
		if !ts[i-1].isPunct("(") {
			continue
		}
		switch t := ts[i]; {
		case t.is("e.g.", "e.g", "eg"):
			start = i + 1
		case t.is("for") && i+1 < len(ts) && ts[i+1].is("example", "instance"), t.is("such") && i+1 < len(ts) && ts[i+1].is("as"):
			start = i + 2
		}
	}
	if start < 0 {
		return nil
	}
	var items []string
	var cur []string
	flush := func() {
		if item := strings.Join(cur, " "); len(cur) > 0 && len(cur) <= 4 && exampleLabel(item) {
			items = append(items, item)
		}
		cur = nil
	}
	for _, t := range ts[start:] {
		switch {
		case t.isPunct(")"):
			flush()
			return atLeastTwo(items)
		case t.isPunct(","), t.is("or", "and"):
			flush()
		case t.is("etc", "etc."):
		case t.kind == label:
			flush()
			if !strings.ContainsAny(t.text, "()[]*`") {
				items = append(items, t.text)
			}
		default:
			cur = append(cur, strings.TrimSuffix(t.text, "."))
		}
	}
	return nil // no closing parenthesis: not an aside
}

// exampleLabel reports an example that can be a label: capitalised, no digits, no markup.
func exampleLabel(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) && !strings.ContainsAny(s, "0123456789()[]*`_")
}

func atLeastTwo(items []string) []string {
	if len(items) < 2 {
		return nil
	}
	return items
}

// dropAsides drops parenthetical asides, which never hold the instruction. Most clauses
// have none and are returned as they are, capped so an append cannot write into ts.
func dropAsides(ts []token) []token {
	if !slices.ContainsFunc(ts, func(t token) bool { return t.isPunct("(", ")") }) {
		return ts[:len(ts):len(ts)]
	}
	clean := make([]token, 0, len(ts))
	depth := 0
	for _, t := range ts {
		switch {
		case t.isPunct("("):
			depth++
		case t.isPunct(")"):
			if depth > 0 {
				depth--
			}
		case depth == 0:
			clean = append(clean, t)
		}
	}
	return clean
}

// modifiers reads a run of prepositional phrases: "under **Settings** in the left sidebar".
func modifiers(ts []token) []modifier {
	var mods []modifier
	for i := 0; i < len(ts); {
		prep := ts[i].lower
		j := i + 1
		if prep == "next" && j < len(ts) && ts[j].is("to") {
			prep, j = "next to", j+1
		}
		if prep == "among" {
			prep = "from" // "choose your locale among the **Locales** list": one of its options
		}
		k := j
		for k < len(ts) && !(ts[k].kind == word && modPreps[ts[k].lower] && !keepsModifier(ts, k)) {
			k++
		}
		mods = append(mods, modifier{prep: prep, np: readPhrase(firstPlace(ts[j:k]))})
		i = k
	}
	return mods
}

// firstPlace is the first of the places a modifier offers as alternatives: "the **Overview**
// page or a specific **project**" is the Overview page, as a reader takes the first way. Only a
// place with its own noun before the "or" is cut: "the **Read** or **Write** column" is one.
func firstPlace(np []token) []token {
	for i := 1; i+1 < len(np); i++ {
		if np[i].is("or") && np[i-1].kind == word && !np[i-1].is("either") && slices.ContainsFunc(np[:i], func(t token) bool { return t.kind == label }) &&
			(np[i+1].kind == label || np[i+1].is("a", "an", "the", "your", "any")) {
			return np[:i]
		}
	}
	return np
}

// keepsObject reports whether a preposition at ts[i] belongs to the object itself: "a name
// for your token", "the name of the user", "the files or folders to upload".
func keepsObject(ts []token, i int, cls class) bool {
	t := ts[i]
	switch {
	case t.is("of"):
		return true
	case t.is("for") && (cls == cEnter || cls == cGive || cls == cVague || cls == cCopy):
		return !(i+1 < len(ts) && ts[i+1].kind == label)
	case t.is("to") && i+1 < len(ts) && isVerbAt(ts, i+1):
		// "the token you want to delete", "the files to upload"; but "Click the name of the
		// user to display the details page": a purpose with its own object, what the click does.
		return cls != cPress || i > 0 && ts[i-1].is("want", "wish", "need", "like") || !purposeObject(ts[i+1:])
	case t.is("by") && cls == cWait:
		return true
	case t.is("to") && i+2 < len(ts) && ts[i+1].is("be") && actedOn[ts[i+2].lower] && cls != cEnter:
		// "Hover the folder to be edited", "Select the user to be deleted": which item, as
		// "the folder you want to edit" is; "Click the button to be redirected" is a purpose.
		return true
	}
	return false
}

// actedOn are what a procedure does to its own item, as a passive: "the folder to be edited".
var actedOn = wordSet(`edited deleted removed moved renamed revoked regenerated updated changed modified cropped archived restored duplicated disabled enabled`)

// purposeObject reports a verb followed by an object of its own: "display the details page".
func purposeObject(ts []token) bool {
	_, n := verbAt(ts, 0)
	return n < len(ts) && !ts[n].isPunct(".", ",", ";", ":", ")")
}

// adjectival reports "below" or "above" after an article, which says which thing rather
// than where: "the below message" is the message, shown below.
func adjectival(ts []token, i int) bool {
	return i > 0 && ts[i].is("below", "above") && ts[i-1].is("the", "a", "an")
}

// keepsModifier reports whether a preposition inside a modifier belongs to it: "at the
// lower right-hand corner of the page", "in the upper right corner of any page".
func keepsModifier(ts []token, i int) bool {
	// "the asset to be moved" is which asset, as "the token you want to delete" is.
	return ts[i].is("of") || ts[i].is("to") && i+1 < len(ts) && (isVerbAt(ts, i+1) || ts[i+1].is("be"))
}

// where turns a modifier into the containers it names.
func (m modifier) where() []Where {
	switch m.prep {
	case "in", "on", "at", "within", "inside", "under", "from", "below", "above", "near", "beside", "across", "along", "over":
	default:
		return nil
	}
	if m.prep == "from" && m.np.kind != "dropdown" && m.np.kind != "menu" && m.np.kind != "sidebar" && m.np.kind != "section" && m.np.kind != "dialog" {
		return nil
	}
	if m.np.kind == "field" && len(m.np.labels) == 0 && len(m.np.words) > 0 && eachOwn(m.np.words) {
		return nil // "in their respective fields": each value's own, which the object names
	}
	if outer, inner, ok := partOf(m.np.raw); ok {
		// "in the first section of the category page", "in the **Details** section of the
		// Users page": the page, then the section in it.
		return append(modifier{m.prep, readPhrase(outer)}.where(), modifier{m.prep, readPhrase(inner)}.where()...)
	}
	owner, words := possessor(m.np.words)
	if m.np.kind == "row" {
		// What owns a row is its item ("the tax region's row", in a guide whose items are
		// tax regions), not a part of the page; "the end of" it is where in it.
		owner, words = Where{}, m.np.words
		if len(words) > 0 && rowEnds[strings.ToLower(words[0])] && slices.ContainsFunc(m.np.raw, func(t token) bool { return t.is("of") }) {
			words = words[1:]
		}
	}
	np := m.np
	np.words = words
	w := Where{Kind: np.kind, Place: np.place}
	if len(np.labels) > 0 {
		w.Label = m.np.labels[len(m.np.labels)-1]
	} else if containerWord(np) != "" {
		w.Kind = containerWord(np)
		w.Label = strings.Join(withoutLast(np.words, w.Kind), " ")
		if before := strings.ToLower(w.Label); w.Kind == "column" && (before == "menu" || before == "navigation" || before == "nav" || before == "sidebar") {
			// "the left menu column": a menu laid out as a column is the menu, not a table's
			// column named "menu".
			w.Kind, w.Label = before, ""
		}
	}
	if beside := m.prep == "above" || m.prep == "below" || m.prep == "beside" || m.prep == "near"; w.Kind == "dropdown" && (beside || m.prep == "on" && namesList(m.np.raw)) || w.Kind == "list" && beside {
		// "On the **Workflows** list", "the **Delete** button above the Folders list": the
		// page listing them; one chooses *in* a drop-down, not above or beside it.
		w.Kind = "page"
	}
	if v := viewOf(m.np.raw); v != "" {
		w = Where{Kind: v} // "In the edit view of your content-type": the item's own page
		if itemAlone(m.np.raw) {
			// "In your workflow": the item named alone, which a run with no item of that
			// kind takes to be the page at hand.
			w.Label = joinWords(m.np.raw[1:])
		}
	}
	var in []Where
	if owner.Kind != "" {
		in = append(in, owner)
	}
	if w.Kind != "" || w.Label != "" || w.Place != "" {
		in = append(in, w)
	}
	if itemsRow(m.np.raw) && !slices.ContainsFunc(in, func(w Where) bool { return w.Kind == "row" }) {
		in = append(in, Where{Kind: "row"})
	}
	return in
}

// partOf splits a place named as a part of another — "the first section of the category
// page" — into the other (outer) and the part (inner); ok is false for any other place,
// "the lower right-hand corner of the page" among them (a corner is where, not a part).
func partOf(ts []token) (outer, inner []token, ok bool) {
	i := slices.IndexFunc(ts, func(t token) bool { return t.is("of") })
	if i < 1 || i == len(ts)-1 {
		return nil, nil, false
	}
	in, out := readPhrase(ts[:i]), readPhrase(ts[i+1:])
	if in.place != "" || !parts[containerWord(in)] || !wholes[containerWord(out)] {
		return nil, nil, false
	}
	return ts[i+1:], ts[:i], true
}

// parts and wholes are the containers a page is divided into, and those divided.
var (
	parts  = wordSet(`section column panel pane card tile block area table list header footer toolbar`)
	wholes = wordSet(`page screen view form dialog modal window drawer tab`)
)

// itemsRow reports a place in one item's line of a list, "on the right side of the role's
// record", "in the user's row", "of the entries' record", "at the front of its row": the row
// of the item the procedure acts on, whichever a list shows first.
func itemsRow(ts []token) bool {
	for i := 0; i+1 < len(ts); i++ {
		w := ts[i].lower
		owner := strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’") || w == "its" || w == "their"
		if ts[i].kind == word && owner && ts[i+1].is("record", "row", "entry", "line", "records", "rows", "entries") &&
			!slices.ContainsFunc(ts[:i], func(t token) bool { return t.is("your", "my", "our") }) {
			return true
		}
	}
	return false
}

// viewOf reads the view of the reader's item a phrase names — "edit view of your content
// type", "the details page of your user", "the list view of your collection type", or the
// item alone: "In your workflow, select **+ Add tag**", "In your API token, …" happen on the
// item's own page — or "".
func viewOf(ts []token) string {
	if itemAlone(ts) {
		return ItemPage
	}
	for i := 0; i+1 < len(ts); i++ {
		if !ts[i+1].is("view", "page", "screen") || !slices.ContainsFunc(ts[i+2:], func(t token) bool { return t.is("your") }) {
			continue
		}
		switch {
		case ts[i].is("edit", "details", "detail"):
			return ItemPage
		case ts[i].is("list"):
			return ItemList
		}
	}
	return ""
}

// itemAlone reports the reader's item named by its kind alone, a word or two before it at
// most: "your workflow", "your API token", not "your tokens" or "your **Settings** page".
func itemAlone(ts []token) bool {
	n := len(ts)
	if n < 2 || n > 4 || !ts[0].is("your") || !subjectNouns[ts[n-1].lower] || strings.HasSuffix(ts[n-1].lower, "s") {
		return false
	}
	return !slices.ContainsFunc(ts[1:], func(t token) bool { return t.kind != word || t.is("page", "view", "screen", "settings") })
}

// rowEnds are where in a row a control is: "at the end of the customer's row".
var rowEnds = wordSet(`end start beginning`)

// possessor reads a container that owns the place a phrase names — "this Developer Portal's
// upper-right-hand corner", "the dialog's footer" — and returns it with the words after it.
func possessor(words []string) (Where, []string) {
	for i, w := range words {
		stem := strings.ToLower(w)
		for _, suffix := range []string{"'s", "’s", "'", "’"} {
			stem = strings.TrimSuffix(stem, suffix)
		}
		if stem == strings.ToLower(w) {
			continue
		}
		if kind := singular(stem); containerKinds[kind] {
			return Where{Kind: kind, Label: strings.Join(words[:i], " ")}, words[i+1:]
		}
		return Where{}, words
	}
	return Where{}, words
}

// containerWord is the container noun a phrase ends with, if any ("navigation pane").
func containerWord(p phrase) string {
	if p.kind != "" {
		return p.kind
	}
	if len(p.words) == 0 {
		return ""
	}
	last := strings.ToLower(p.words[len(p.words)-1])
	if containerKinds[last] || containerKinds[singular(last)] {
		return singular(last)
	}
	return ""
}

func withoutLast(words []string, w string) []string {
	if len(words) > 0 && strings.EqualFold(singular(words[len(words)-1]), w) {
		return words[:len(words)-1]
	}
	return words
}

// namesList reports a place whose name ends in "list", before any punctuation: "the
// **Workflows** list".
func namesList(ts []token) bool {
	for i, t := range ts {
		if t.kind == punct {
			return false
		}
		if t.is("list") {
			return i == len(ts)-1 || ts[i+1].kind == punct
		}
	}
	return false
}

// readWhere reads a container piece before the clause it places: "In the **Actions** column
// on the right", "On the _Admin_ sidebar", "Under **Bucket Key**", "In the upper-right corner
// of any page".
func readWhere(ts []token, prep token) []Where {
	objToks, mods := splitModifiers(ts, cPress)
	m := modifier{prep: prep.lower, np: readPhrase(objToks)}
	if prep.is("next") {
		return nil
	}
	if prep.is("for") {
		// "For **Bucket name**, enter …": the field the clause fills.
		if len(m.np.labels) > 0 {
			return []Where{{Label: m.np.labels[len(m.np.labels)-1], Kind: "field"}}
		}
		return nil
	}
	if !(prep.is("on") && namesList(objToks)) && !prep.is("above", "below", "beside", "near") {
		// (but "On the **Workflows** list" is a page, where "in" a list is a drop-down, and
		// "Above the list" is beside it)
		m.prep = "in"
	}
	out := m.where()
	if len(out) == 0 && len(m.np.labels) > 0 {
		out = []Where{{Label: m.np.labels[len(m.np.labels)-1]}}
	}
	for _, mod := range mods {
		out = append(out, mod.where()...)
	}
	return out
}
