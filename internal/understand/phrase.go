package understand

import (
	"slices"
	"strings"
	"unicode"
)

// phrase is a noun phrase of a clause — its object or a modifier's — read into what a reader
// would look for: the labels the writer marked, unmarked words, the kind of control, an icon,
// a place on the page, or the procedure's own subject.
type phrase struct {
	labels []string // marked labels, in order
	path   bool     // labels joined by ">": a path to follow
	any    bool     // labels joined by "or": alternatives
	words  []string // unmarked words that are not determiners, kinds or places, in order
	kind   string   // the control kind named: button, field, checkbox, …
	icon   string   // words describing a picture: "trash can" in "the trash can icon"
	// iconWord is the doc's word for a control it also draws: "delete" in "the delete button
	// <x>", where icon is the picture.
	iconWord string
	drawn    bool    // icon is a picture the doc shows, not words
	place    string  // "upper right", "left"
	subject  bool    // the procedure's own item: "the user", "the token you want to delete"
	value    string  // a value named in the phrase: "called `groups`", "named **Nightly**"
	url      string  // a web address the phrase names
	within   []Where // where the phrase says its labels are: "… category of the permissions table"
	raw      []token
}

// insideTitleCaseName reports the word at i, capitalized, between a capitalized word of the
// phrase's name and a capitalized word or a kind after it: part of the name, not its kind.
func insideTitleCaseName(ts []token, i int, words []string) bool {
	if len(words) == 0 || i+1 >= len(ts) || !capitalised(ts[i].text) || !capitalised(words[len(words)-1]) {
		return false
	}
	next := ts[i+1]
	return next.kind == word && (capitalised(next.text) || controlNoun(singular(next.lower)))
}

func (p phrase) empty() bool {
	return len(p.labels) == 0 && len(p.words) == 0 && p.icon == "" && !p.subject && p.url == ""
}

func (p phrase) text() string { return strings.Join(p.words, " ") }

// list reports labels listed with "and" or commas — "**Read**, **Write** and **Admin**" —
// each one to act on. Labels joined by "or" or offered "from" are a choice, "**A**/**B**" is
// either, and a path is followed.
func (p phrase) list() bool {
	if len(p.labels) < 2 || p.any || p.path || len(p.raw) > 0 && p.raw[0].is("from") {
		return false
	}
	seen := 0
	for _, t := range p.raw {
		switch {
		case t.kind == label:
			seen++
		case seen > 0 && seen < len(p.labels) && (t.is("and", "&") || t.isPunct(",")):
			return true
		}
	}
	return false
}

// kindInMarks reports a marked label that is only a kind of control, in lower case as prose
// is: "**button**", "`icon`".
func kindInMarks(text string) bool {
	switch text {
	case "button", "icon", "link", "tab", "menu":
		return true
	}
	return false
}

// pictureInMarks reports a marked label that only describes a control's picture and says it
// is an icon: "Select the **three dots icon**" names no control "three dots icon".
func pictureInMarks(text string) bool {
	words := strings.Fields(strings.ToLower(text))
	return len(words) > 1 && words[len(words)-1] == "icon" && iconish(words[:len(words)-1])
}

// unmarkPictures reads the writer's marked picture descriptions as words (pictureInMarks),
// except in a path ("**three dot icon** > **Roll**"), which starts at the control so named.
func unmarkPictures(ts []token) []token {
	i := slices.IndexFunc(ts, func(t token) bool { return t.kind == label && t.mark != markImage && pictureInMarks(t.text) })
	if i < 0 || slices.ContainsFunc(ts, func(t token) bool { return t.isPunct(">", "→", "›") }) {
		return ts
	}
	out := append(slices.Clip(ts[:i]), tokenize(ts[i].text)...)
	return append(out, unmarkPictures(ts[i+1:])...)
}

// readPhrase reads a noun phrase.
func readPhrase(ts []token) phrase {
	ts = unmarkPictures(ts)
	if p, ok := unmarkedChoice(ts); ok {
		return p
	}
	p := phrase{raw: ts}
	var pending []string // unmarked words since the last label or kind, for an icon
	within := false      // "the **A** tab of the **B**": A is inside B
	for i := 0; i < len(ts); i++ {
		t := ts[i]
		if t.kind == label && t.mark != markImage && kindInMarks(t.text) {
			// "Select the ![create icon] **button**": the writer bolded the kind, not a name.
			t = token{kind: word, text: t.text, lower: t.text}
		}
		switch {
		case t.kind == label:
			if t.mark == markImage {
				p.draw(iconName(t.text))
				continue
			}
			if parts := splitPath(t.text); len(parts) > 1 {
				p.labels = append(p.labels, parts...)
				p.path = true
				continue
			}
			p.labels = append(p.labels, t.text)
		case t.isPunct(">"):
			if len(p.labels) > 0 || len(p.words) > 0 {
				p.path = true
			}
			if next, k := unmarkedPart(ts, i+1); len(p.labels) > 0 && len(p.words) == 0 && next != "" {
				// "**Organization Settings** >> Audit Log": the path goes on unmarked.
				p.labels = append(p.labels, next)
				i = k - 1
				continue
			}
			if len(p.labels) == 0 && len(p.words) > 0 {
				// An unmarked path, "Developer Portal > My Apps": each part is a label, its
				// "and" kept ("Setup and Maintenance > Manage Users").
				if ownAccount(p.words) && p.icon == "" {
					p.icon = AccountIcon // clicked to open the menu the path goes on in
				} else {
					p.labels = append(p.labels, strings.Join(withAnd(p.words, ts[:i]), " "))
				}
				p.words = nil
				p.path = true
				p.unmarkedPath(ts[i+1:])
				return p
			}
		case t.is("or") && len(p.labels) > 0:
			p.any = true
		case howMany(ts, i):
			// "one or more smart hosts": how many, not a name
		case t.kind == punct:
		case t.is("called", "named", "titled", "labeled", "labelled") && i+1 < len(ts):
			p.value = strings.Trim(ts[i+1].text, `.`)
			i++
		case t.is("it", "them") && len(p.words) == 0 && len(p.labels) == 0:
			p.subject = true
		case t.is("control") && i+1 < len(ts) && ts[i+1].is("panel"):
			// "the control panel" is a place docs name, not a kind of control.
			p.words = append(p.words, t.text, ts[i+1].text)
			i++
		case t.is("of"):
			// "the lower right-hand corner of the popup box": the place and its container.
			// "the **General** option of the **Team Settings**": a place inside another,
			// reached through it.
			within = len(p.labels) == 1 && i > 0 && ts[i-1].is("option", "tab", "section", "page", "menu", "area", "panel", "category")
		case t.kind == word && (t.is("popup", "pop-up", "dialog", "message") && i+1 < len(ts) && ts[i+1].is("box", "window")):
			p.kind = "dialog"
			i++
		case t.kind == word && t.is("search") && i+1 < len(ts) && ts[i+1].is("box", "bar", "field") && len(p.labels) == 0 && len(p.words) == 0:
			// "the search box", "the search bar at the top": the page's search field, which
			// the run finds by its kind (SearchBox); "the LLM provider search box" is named.
			p.words, p.kind = append(p.words, SearchBox), "field"
			i++
		case t.kind == word && (t.is("check", "text", "list", "radio", "drop", "menu", "combo", "search") && i+1 < len(ts) && ts[i+1].is("box", "boxes", "button", "buttons", "down", "item", "field")):
			p.kind = compoundKind(t.lower, ts[i+1].lower)
			i++
		case t.kind == word && t.is("settings") && len(p.labels) == 0 && len(p.words) > 0 && i+1 < len(ts) && ts[i+1].kind == word && controlKinds[singular(ts[i+1].lower)] != "":
			// "the Advanced settings tab": settings named by the kind after them.
			p.words = append(p.words, t.text)
			pending = append(pending, t.lower)
		case t.kind == word && len(p.labels) == 0 && len(p.words) == 0 && i+1 < len(ts) && kindPair(t.lower, ts[i+1].lower) != "":
			// "the drop-down list", "the dropdown menu", "the toggle switch": one kind said
			// twice names no control.
			p.kind = kindPair(t.lower, ts[i+1].lower)
			i++
		case t.kind == word && controlNoun(singular(t.lower)) && len(p.labels) == 0 && insideTitleCaseName(ts, i, p.words):
			// "the Shipping Option Type field", "the Fulfillment Option field": a kind's word
			// inside a name written in Title Case, the kind after it.
			p.words = append(p.words, t.text)
			pending = append(pending, t.lower)
		case t.kind == word && controlNoun(singular(t.lower)) && (len(p.labels) > 0 || len(p.words) > 0 || p.icon != "" || len(pending) > 0 || t.is("icon")):
			k := controlKinds[singular(t.lower)]
			if k == "icon" || (k == "button" && len(p.labels) == 0 && (iconish(pending) || p.icon != "" && len(pending) > 0 && len(pending) <= 2)) {
				if len(p.labels) == 0 {
					p.named(strings.Join(pending, " "))
					p.words = withoutTail(p.words, len(pending))
				}
				if k == "icon" {
					k = "button"
				}
			}
			if k != "" && !(k == "menu" && p.kind == "dropdown") { // "the drop-down menu" is a dropdown
				p.kind = k
			}
			pending = nil
		case t.kind == word && t.is("hand", "side") && p.place != "" && i > 0 && placeWords[ts[i-1].lower]:
			// "the bottom left hand corner", "the right side of the page": the place, written
			// in two words.
		case t.kind == word && placeWords[t.lower] || t.kind == word && strings.HasSuffix(t.lower, "-hand"):
			p.place = strings.TrimSpace(p.place + " " + strings.TrimSuffix(t.lower, "-hand"))
		case t.kind == word && (strings.HasPrefix(t.lower, "http://") || strings.HasPrefix(t.lower, "https://")):
			p.url = strings.TrimRight(t.text, ".)")
		case t.is("&") && len(p.words) > 0 && ampersandName(ts, i):
			p.words = append(p.words, t.text) // "the Draft & Publish option"
		case t.kind == word && determiners[t.lower], t.kind == word && t.lower == "and" || t.lower == "&":
		case t.kind == word && (len(p.words) > 0 || len(p.labels) > 0 || p.kind != "" && t.is("related", "associated", "corresponding")) && whereShown[t.lower]:
			// "the new token displayed at the top": where it shows, not part of its name.
		case t.kind == word && (t.lower == "page's" || t.lower == "screen's" || t.lower == "window's" || t.lower == "corner"):
		default:
			w := strings.Trim(t.text, ".")
			if w == "" {
				continue
			}
			p.words = append(p.words, w)
			pending = append(pending, strings.ToLower(w))
		}
	}
	if within && len(p.labels) == 2 && !p.path && !p.any {
		p.labels[0], p.labels[1] = p.labels[1], p.labels[0]
		p.path = true
	}
	if len(p.labels) == 0 && p.icon == "" && p.kind == "" && onlyAPicture(p.words) {
		// "Click the three dots next to your user icon": the picture is the control.
		p.named(strings.ToLower(strings.Join(p.words, " ")))
		p.kind, p.words = "button", nil
	}
	p.subject = p.subject || subjectPhrase(p) || itemsControl(p)
	if !p.subject && picksAmong(strings.ToLower(joinWords(p.raw))) {
		// "the entity you want to use": the words that name it end where the wish begins.
		if i := slices.IndexFunc(p.words, func(w string) bool {
			w = strings.ToLower(w)
			return w == "you" || strings.HasPrefix(w, "you'") || strings.HasPrefix(w, "you’")
		}); i > 0 {
			p.words = p.words[:i]
		}
	}
	return p
}

// pictures are the words that can only describe a control's picture, never name a thing on a
// page; pictureShape the words that say which way it is drawn.
var (
	pictures     = wordSet(`dots three-dot three-dots ellipsis kebab meatball hamburger gear cog cogwheel pencil trash trash-can wastebasket chevron caret funnel`)
	pictureShape = wordSet(`three vertical horizontal can small little`)
)

// onlyAPicture reports words that describe a picture and nothing else: "the three dots", "the
// gear", "the trash can".
func onlyAPicture(words []string) bool {
	seen := false
	for _, w := range words {
		w = strings.ToLower(w)
		switch {
		case pictures[w]:
			seen = true
		case pictureShape[w]:
		default:
			return false
		}
	}
	return seen
}

// kindPair is the kind two control nouns in a row say together ("drop-down list",
// "dropdown menu", "toggle switch"), or "" when they say different things.
func kindPair(first, second string) string {
	a, b := controlKinds[singular(first)], controlKinds[singular(second)]
	if a == "menu" {
		a = "dropdown"
	}
	if b == "menu" {
		b = "dropdown"
	}
	if a == "" || a != b || a == "section" || a == "page" || a == "dialog" {
		return ""
	}
	return a
}

// itemsControl reports an unnamed control of one item: "the API token's edit button", "the
// user's trash icon" — which item is the procedure's own, whatever a list shows first.
func itemsControl(p phrase) bool {
	switch {
	case len(p.labels) > 0:
		return false
	case p.icon == "" && p.kind != "button" && p.kind != "link" && p.kind != "checkbox":
		return false // "the app registration's Overview pane" is a place, not a control
	}
	for _, t := range p.raw {
		if t.kind == word && (strings.HasSuffix(t.lower, "'s") || strings.HasSuffix(t.lower, "’s")) {
			return true
		}
	}
	return false
}

// unmarkedPath reads the remaining parts of a path written without markup. A kind in lower
// case after the last part is what it is, not a word of its name: "Customers → Customer
// Groups page" ends at the page "Customer Groups" ("Home Page" is a name).
func (p *phrase) unmarkedPath(ts []token) {
	var cur []token
	for _, t := range ts {
		if t.isPunct(">") {
			if len(cur) > 0 {
				p.labels = append(p.labels, joinTexts(cur))
			}
			cur = nil
			continue
		}
		if t.kind == punct {
			continue
		}
		cur = append(cur, t)
	}
	if n := len(cur); n > 1 && cur[n-1].kind == word && cur[n-1].text == cur[n-1].lower && controlKinds[singular(strings.Trim(cur[n-1].lower, "."))] != "" {
		p.kind = controlKinds[singular(strings.Trim(cur[n-1].lower, "."))]
		cur = cur[:n-1]
	}
	if len(cur) > 0 {
		p.labels = append(p.labels, joinTexts(cur))
	}
}

// joinTexts is the words of a part of a path, as written, without a stop.
func joinTexts(ts []token) string {
	words := make([]string, len(ts))
	for i, t := range ts {
		words[i] = strings.Trim(t.text, ".")
	}
	return strings.Join(words, " ")
}

// howMany reports ts[i] as the "or" or the "more" of "one or more" (or "one or several"):
// how many of a thing, never a word of its name.
func howMany(ts []token, i int) bool {
	switch {
	case ts[i].is("or"):
		return i > 0 && ts[i-1].is("one") && i+1 < len(ts) && ts[i+1].is("more", "several")
	case ts[i].is("more", "several"):
		return i > 1 && ts[i-2].is("one") && ts[i-1].is("or")
	}
	return false
}

// unmarkedPart is the part of a path written without marks from ts[i] on, past any more ">",
// and where it ends: a few words in Title Case ("Audit Log"), up to the next mark, label or
// the end. "" when what follows is no such part.
func unmarkedPart(ts []token, i int) (string, int) {
	for i < len(ts) && ts[i].isPunct(">") {
		i++
	}
	k := i
	for k < len(ts) && ts[k].kind == word && k-i < 4 {
		k++
	}
	if k == i || k < len(ts) && (ts[k].kind == word || ts[k].kind == label) {
		return "", i
	}
	var words []string
	for _, t := range ts[i:k] {
		if !unicode.IsUpper([]rune(t.text)[0]) && !t.is("and", "&", "of") {
			return "", i // "→ Invite code is stored": a sentence goes on, not a path
		}
		words = append(words, strings.Trim(t.text, "."))
	}
	return strings.Join(words, " "), k
}

// withAnd is words, the unmarked first part of a path, with the "and" or "&" that stood
// between two of them in ts, the tokens they were read from.
func withAnd(words []string, ts []token) []string {
	out := make([]string, 0, len(words)+1)
	next := 0
	for _, t := range ts {
		switch {
		case next < len(words) && t.kind == word && strings.Trim(t.text, ".") == words[next]:
			out = append(out, words[next])
			next++
		case t.is("and", "&") && next > 0 && next < len(words):
			out = append(out, t.text)
		}
	}
	if next < len(words) {
		return words
	}
	return out
}

// splitPath splits a label holding a path ("Settings > API Tokens").
func splitPath(s string) []string {
	var out []string
	// "Security Center->Queue Management": an arrow written without spaces is a path too.
	for _, part := range strings.Split(strings.ReplaceAll(normalise.Replace(s), "->", ">"), ">") {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}

// iconName turns an icon's alt text into the picture it shows: "Expansion selector" stays,
// "help icon" is "help".
func iconName(alt string) string {
	alt = strings.TrimSpace(alt)
	l := strings.ToLower(alt)
	for _, suffix := range []string{" icon", " button", " image"} {
		if strings.HasSuffix(l, suffix) {
			return alt[:len(alt)-len(suffix)]
		}
	}
	return alt
}

func compoundKind(a, b string) string {
	switch a + " " + b {
	case "check box", "check boxes":
		return "checkbox"
	case "radio button", "radio buttons":
		return "option"
	case "drop down", "list box", "combo box":
		return "dropdown"
	case "menu item":
		return "menu item"
	}
	return "field"
}

// draw records the picture a doc shows for the control; a word said for it before
// ("the delete button <x>") stays its word.
func (p *phrase) draw(picture string) {
	switch {
	case p.icon != "" && !p.drawn && p.icon != picture && p.iconWord == "":
		p.iconWord = p.icon
	case p.icon == "" && p.kind == "button" && len(p.labels) == 0 && len(p.words) > 0 && len(p.words) <= 2:
		p.iconWord = p.text() // "the reorder button <dots-six>"
	}
	p.icon, p.drawn = picture, true
}

// named records the doc's word for an icon's control ("the settings button"); after its
// picture ("<gear> settings button") the picture stays the icon.
func (p *phrase) named(word string) {
	switch {
	case word == "":
	case p.icon == "":
		p.icon = word
	case p.icon != word:
		p.iconWord = word
	}
}

// iconish reports whether words describe a picture ("trash can", "gears", "three dot").
func iconish(words []string) bool {
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		if iconWords[w] {
			return true
		}
	}
	return false
}

func withoutTail(words []string, n int) []string {
	if n > len(words) {
		return nil
	}
	return words[:len(words)-n]
}

// singular folds a plain English plural of a word the lexicon may hold ("buttons", "boxes")
// to its singular. ("entries" stays: "the time entries" are no entry of a list to click.)
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "ches"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}

// itemSingular folds the plural of a noun items are called by to its singular, "currencies"
// and "policies" too: one kind for "Add Currencies" and "the currency".
func itemSingular(w string) string {
	if strings.HasSuffix(w, "ies") && len(w) > 4 && !iesSingulars[w] {
		return w[:len(w)-3] + "y"
	}
	return singular(w)
}

// iesSingulars end in "ies" with no "y" before: "cookies" is not one "cooky".
var iesSingulars = wordSet(`cookies movies series species zombies selfies`)

// subjectPhrase reports whether a phrase names the procedure's own item: "the user", "the
// token you want to delete", "the account you just created".
func subjectPhrase(p phrase) bool {
	if len(p.labels) > 0 || len(p.words) == 0 {
		return false
	}
	raw := strings.ToLower(joinWords(p.raw))
	if picksAmong(raw) {
		return false
	}
	for _, rel := range []string{" you want ", " you wish ", " you'd like ", " you would like ", " you need ", " you just ", " you created", " that you ", " to delete", " to remove", " to edit", " to revoke", " to regenerate", " to view", " to update", " to move", " to rename", " to be ", " you selected"} {
		if strings.Contains(raw+" ", rel) {
			return true
		}
	}
	if _, rest, ok := strings.Cut(youAre.Replace(raw), " you are "); ok && strings.HasSuffix(strings.TrimRight(strings.SplitN(rest, " ", 2)[0], ".,;:"), "ing") {
		return true // "the robot account you are updating": the one the reader works on
	}
	if p.oneItemNoun() {
		w := strings.ToLower(p.words[0])
		if p.kind == "page" || p.kind == "tab" {
			return false // "Go to the Products page", "the Users tab": where items are listed
		}
		// "Select the credential" is the item; "Select credential.", "Go to Credentials"
		// name a control, as a label written without marks does ("Select users to add"
		// still picks items).
		if w == "it" || w == "one" || slices.ContainsFunc(p.raw, func(t token) bool { return determiners[t.lower] }) {
			return true
		}
		return strings.HasSuffix(w, "s") && p.words[0] == w
	}
	return itemsName(p)
}

var youAre = strings.NewReplacer(" you're ", " you are ", " you’re ", " you are ")

// picksAmong reports a phrase that names what the reader picks among things offered, by what
// they will do with it — "the app or service you wish to connect to", "the role you want to
// assign" — or as any of those there already: "an existing tag". The item is one of those offered to relate to the procedure's own ("Create a
// credential"), not that item: "the token you want to delete" is.
func picksAmong(raw string) bool {
	if strings.HasPrefix(raw, "one or more ") || strings.HasPrefix(raw, "one or several ") {
		return true // "Select one or more projects": whichever the reader picks
	}
	if (strings.HasPrefix(raw, "an existing ") || strings.HasPrefix(raw, "any existing ")) && ItemNoun(raw) == "" {
		// "Select an existing tag": one of those already there, whichever. An item of a kind
		// a procedure acts on ("an existing product") may be the procedure's own.
		return true
	}
	for _, wish := range []string{" you want to ", " you wish to ", " you'd like to ", " you would like to ", " you need to "} {
		_, rest, ok := strings.Cut(raw+" ", wish)
		if !ok {
			continue
		}
		verb, _, _ := strings.Cut(rest, " ")
		return relatingVerbs[strings.TrimRight(verb, ".,;:!?")]
	}
	// "Check the countries to add to the service zone": the ones the reader adds, as "you
	// want to add" says; a thing in the singular ("the box to add it") is one control.
	if rest, ok := strings.CutPrefix(raw, "the "); ok {
		if before, after, ok := strings.Cut(rest, " to "); ok && !strings.Contains(before, " ") && singular(before) != before {
			verb, _, _ := strings.Cut(after, " ")
			return relatingVerbs[strings.TrimRight(verb, ".,;:!?")]
		}
	}
	return false
}

// relatingVerbs relate an item the reader picks to the one the procedure makes or changes.
var relatingVerbs = wordSet(`connect use add assign grant give install import link integrate include attach apply associate invite subscribe join map filter sort group`)

// oneItemNoun reports a phrase of one word, a noun items are called by: "user", "tokens".
func (p phrase) oneItemNoun() bool {
	return len(p.words) == 1 && subjectNouns[strings.ToLower(p.words[0])]
}

// itemsName reports a phrase that names an item by its name, as a list shows it: "the name
// of the user", "the token's name", "the username" — not "your username", the reader's own.
func itemsName(p phrase) bool {
	var ws []string
	for _, w := range p.words {
		ws = append(ws, strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(w), "'s"), "’s"))
	}
	for _, t := range p.raw {
		if t.is("your", "my", "our", "a", "an", "new", "its", "their") {
			return false
		}
	}
	switch {
	case len(ws) == 1:
		return ws[0] == "username"
	case len(ws) == 2 && ws[0] == "name":
		return subjectNouns[ws[1]]
	case len(ws) == 2 && ws[1] == "name":
		return subjectNouns[ws[0]]
	}
	return false
}

// unmarkedChoice reads "the Plugins or Settings category of the permissions table", "the Users
// or Groups tab": two names written in capitals without marks, joined by "or", before the
// noun for what they are, are labels to choose between — the first taken where the page shows
// it. Read word by word, "Settings" was a kind of container and "Plugins" alone a described
// label, which the main menu's Plugins link answered.
func unmarkedChoice(ts []token) (phrase, bool) {
	i := 0
	if i < len(ts) && ts[i].is("the") {
		i++
	}
	name := func(i int) (string, int) {
		j := i
		for j < len(ts) && j-i < 3 && ts[j].kind == word && !ts[j].is("or") && !isChoiceNoun(ts[j]) &&
			(j == i && capitalised(ts[j].text) || j > i && !prepositions[ts[j].lower]) {
			j++
		}
		return joinWords(ts[i:j]), j
	}
	first, j := name(i)
	if first == "" || j >= len(ts) || !ts[j].is("or") {
		return phrase{}, false
	}
	second, k := name(j + 1)
	if second == "" || k >= len(ts) || !isChoiceNoun(ts[k]) {
		return phrase{}, false
	}
	p := phrase{labels: []string{first, second}, any: true, kind: choiceNouns[ts[k].lower], raw: ts}
	if k+2 < len(ts) && ts[k+1].is("of") {
		// "… of the permissions table": where the two are, which a page without it lacks.
		p.within = modifier{prep: "in", np: readPhrase(ts[k+2:])}.where()
	}
	return p, true
}

// choiceNouns name what an unmarked choice's names are (see unmarkedChoice), each with the
// kind of control it makes them ("" for any).
var choiceNouns = map[string]string{"category": "", "tab": "tab", "section": "section", "group": "", "panel": "section"}

func isChoiceNoun(t token) bool { _, ok := choiceNouns[t.lower]; return t.kind == word && ok }
