package understand

import (
	"regexp"
	"slices"
	"strings"
)

// Shapes that ask nothing however they are worded: titles, labels, examples, definitions,
// a reference's title, an aside marked as one.

// variantClass is a leading edition marker, "{:.ee-only}" (kramdown): the step belongs to one
// edition of the product.
var variantClass = regexp.MustCompile(`^\{:\s*\.([\w-]+-only)\s*\}`)

// titleCase reports whether every word is capitalised: "Start Time", "Access Token".
func titleCase(ts []token) bool {
	for _, t := range ts {
		if t.kind != word || !capitalised(t.text) {
			return false
		}
	}
	return len(ts) > 0
}

// labelLike reports an item that is a UI label rather than an instruction: a few words in
// Title Case, with no closing punctuation, whose verb (if it is one) takes no object or is no
// verb of clicking, going or copying ("Enable for Customer Login", "Add to Cart", "Display Product
// Prices" listed under a step).
func labelLike(ts []token) bool {
	if len(ts) < 2 || len(ts) > 6 || ts[len(ts)-1].kind == punct {
		return false
	}
	for _, t := range ts {
		if t.kind != word || !capitalised(t.text) && !titleSmallWords[t.lower] {
			return false // "Create a new Application Password": "new" is no word Title Case leaves small
		}
	}
	e, n := verbAt(ts, 0)
	if n == 0 || n < len(ts) && ts[n].is("the", "your", "this") {
		return false // "Copy the Token", "Open the Project Insights": an instruction, its nouns capitalised
	}
	objectless := n < len(ts) && prepositions[ts[n].lower]
	strong := e.class == cPress || e.class == cGo || e.class == cEnter || e.class == cSignIn || e.class == cCopy
	return objectless || !strong
}

// titleSmallWords are the words Title Case leaves in lower case: articles, conjunctions and
// short prepositions and particles ("Add to Cart", "Sign up", "Enable for Customer Login").
var titleSmallWords = wordSet(`a an the and or but nor for of to in on at by as up out off via per`)

// example reports a sentence that gives an example: "For example, …", "E.g. …".
func example(ts []token) bool {
	return ts[0].is("e.g", "e.g.", "i.e", "i.e.", "eg") || len(ts) > 1 && ts[0].is("for") && ts[1].is("example", "instance")
}

// definition reports an item that defines a term or an option: "**Weekly**: Run …",
// "**RBAC Integration**: The resolved group IDs …", "`id` - the token's id", or says what a
// part of the page is for: "**Session** shows the active sessions established by the user."
// or a kind of thing: "Type `messaging` - `kafka`".
func definition(ts []token) bool {
	if len(ts) > 2 && ts[0].kind == label && ts[1].is(describingVerbs...) {
		return true
	}
	if len(ts) > 2 && ts[0].is("type", "kind") && ts[1].kind == label && (ts[2].isPunct("-", ":") || ts[2].is("has", "is", "are", "supports", "means", "includes")) {
		return true // "Type `fileset` has no provider": a kind of thing, not typing
	}
	for i, t := range ts {
		if t.isPunct(":", "-") {
			if i == 0 || i >= 8 || i == len(ts)-1 || isVerbAt(ts, i+1) {
				return false
			}
			// "**Weekly**: …", "Trigger: the trigger way of …": a term and what it means; not
			// "Select Permissions: `api`, `read_user`", an act and the labels it acts on.
			if ts[0].is("select", "check", "choose", "enable", "tick", "pick") && i > 1 && onlyLabels(ts[i+1:]) {
				return false
			}
			return ts[0].kind == label || i <= 3 && capitalised(ts[0].text) && (!isVerbAt(ts, 0) || i == 1 || titleCase(ts[:i]))
		}
		if t.kind == punct && !t.isPunct("(", ")") {
			return false
		}
	}
	return false
}

// colonAfterVerb drops the colon between a verb of typing and the value it types: "Under
// **Tenant URL** enter: `https://…`".
func colonAfterVerb(ts []token) []token {
	for i := 2; i+1 < len(ts); i++ { // a place before the verb: "Type: `Bearer`" is a term
		if !ts[i].isPunct(":") || ts[i+1].kind != label || ts[i-1].kind != word {
			continue
		}
		if e, n := verbAt(ts, i-1); n == 1 && e.class == cEnter {
			return slices.Delete(slices.Clone(ts), i, i+1)
		}
		return ts
	}
	return ts
}

// referenceTitle reports a sentence whose title points elsewhere: "More information:", "See
// also:", "Learn more:", "Related:".
func referenceTitle(ts []token) bool {
	end := slices.IndexFunc(ts, func(t token) bool { return t.isPunct(":", "-") })
	if end <= 0 {
		return false
	}
	words := strings.ToLower(joinWords(ts[:end]))
	for _, w := range []string{"more information", "see also", "learn more", "related", "reference", "for details", "read more"} {
		if strings.HasPrefix(strings.TrimSpace(words), w) {
			return true
		}
	}
	return false
}

// onlyLabels reports a run of labels joined by commas, "and" or "or", and its full stop.
func onlyLabels(ts []token) bool {
	labels := 0
	for _, t := range ts {
		switch {
		case t.kind == label:
			labels++
		case t.isPunct(",", "."), t.is("and", "or"):
		default:
			return false
		}
	}
	return labels > 0
}

// stressedStep is the instruction after a marker that stresses it ("**Important:** Check
// "Include all branches"."), as a procedure's own item asks it; "Do not …" stays an aside.
func stressedStep(item string) (string, bool) {
	toks := tokenize(item)
	if len(toks) < 2 || !asideMarked(toks) {
		return "", false
	}
	if w := strings.TrimRight(toks[0].lower, ": "); w != "important" && w != "warning" && w != "caution" {
		return "", false
	}
	rest := toks[1:]
	if rest[0].isPunct(":") {
		rest = rest[1:]
	}
	if len(rest) == 0 || !isVerbAt(rest, 0) || rest[0].is("do", "don't", "never", "avoid") {
		return "", false
	}
	_, after, _ := strings.Cut(item, rest[0].text)
	return rest[0].text + after, true
}

// asideMarked reports a sentence a bold marker sets aside: "**Important** Making changes …
// does not apply them at once", "**Note:** …" — a note however it is worded.
func asideMarked(ts []token) bool {
	if len(ts) < 2 || ts[0].kind != label || ts[0].mark != markBold {
		return false
	}
	return noteWords[strings.TrimRight(ts[0].lower, ": ")] && ts[0].lower != "example"
}

// refersToTable matches a sentence that sends the reader to a table for reference: "You can
// refer to the table below for more information", "See the table below for each permission".
var refersToTable = regexp.MustCompile(`(?i)\b(?:refer to|see|consult|check)\b[^.]*\btables? (?:below|that follows|underneath)`)

// RefersToTable reports a sentence that says the table after it is for reference: its rows
// are what the product offers, not fields to fill.
func RefersToTable(sentence string) bool { return refersToTable.MatchString(sentence) }
