package understand

import (
	"cmp"
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// What a sentence starts with before its instruction: a condition, an aside, a title, a
// pointer to another step, a delegation to someone else.

// stripStarts drops words that only pace a procedure ("Then", "Next,") and notes the
// markers of an optional step ("(Optional)", "Optionally,").
func (m *Meaning) stripStarts(ts []token) []token {
	for len(ts) > 0 {
		switch {
		case ts[0].isPunct(",", "-", ":"):
			ts = ts[1:]
		case len(ts) > 2 && ts[0].isPunct("(") && ts[2].isPunct(")") && (optionalStarts[ts[1].lower] || ts[1].lower == "recommended"):
			m.Optional = m.Optional || optionalStarts[ts[1].lower]
			ts = ts[3:]
		case ts[0].isPunct("(") && asideBefore(ts) > 0:
			// "(Optional, available on 1.18+) Select …", "(Admins only) Click …": an aside
			// before the step.
			m.Optional = m.Optional || len(ts) > 1 && optionalStarts[strings.TrimSuffix(ts[1].lower, ",")]
			ts = ts[asideBefore(ts):]
		case ts[0].kind == label && optionalStarts[strings.Trim(ts[0].lower, `(): []\`)]:
			// "**Optional:**", "*(optional)* Select …", "*[Optional]* Enter …"
			m.Optional = true
			ts = ts[1:]
		case ts[0].kind == word && optionalStarts[strings.TrimSuffix(ts[0].lower, ":")]:
			m.Optional = true
			ts = ts[1:]
		case ts[0].is("alternatively", "alternately") && len(ts) > 1 && ts[1].isPunct(","):
			// "Alternatively, click **Profiles**": another way to the step's end, done when the
			// page offers it (a reader who took the first way has nothing more to do).
			m.Optional, m.Condition = true, "alternatively"
			ts = ts[1:]
		case ts[0].kind == word && softStarts[strings.TrimSuffix(ts[0].lower, ":")] && len(ts) > 1 && (isVerbAt(ts, 1) || ts[1].isPunct(",") || ts[1].in(prepositions) || ts[1].is("let's", "let’s", "let")) &&
			!(len(ts) > 2 && ts[2].isPunct(":")):
			// ("First name: `Ada`" is a field's name, not "First, name …".)
			ts = ts[1:]
		case len(ts) > 1 && ts[0].is("and", "or") && isVerbAt(ts, 1):
			ts = ts[1:]
		case len(ts) > 1 && ts[0].is("let's", "let’s") && isVerbAt(ts, 1):
			ts = ts[1:] // "Let's add a new route": a walk-through's step, as its "we" is
		case len(ts) > 2 && ts[0].is("let") && ts[1].is("us") && isVerbAt(ts, 2):
			ts = ts[2:]
		case requiredToDo(ts) > 0:
			ts = ts[requiredToDo(ts):] // "It's only required to enter an address line and choose a country"
		case len(ts) > 2 && ts[0].is("back") && ts[1].is("in", "on", "at"):
			ts = ts[1:] // "Back in Railway, open the project": where the reader returns to
		case len(ts) > 2 && ts[0].is("right", "just", "directly", "immediately") && ts[1].is("above", "below", "under", "beside", "next", "after", "before"):
			ts = ts[1:] // "Right above the list, select …": how near, then the place
		default:
			return ts
		}
	}
	return ts
}

// requiredToDo is where the instruction begins after "It is required to", "It's only
// necessary to", "It is mandatory to": what the form needs, told as a fact, is what the
// reader does. 0 when ts does not start so.
func requiredToDo(ts []token) int {
	i := 0
	switch {
	case len(ts) > 1 && ts[0].is("it") && ts[1].is("is"):
		i = 2
	case len(ts) > 0 && ts[0].is("it's", "it’s"):
		i = 1
	default:
		return 0
	}
	if i < len(ts) && ts[i].is("only", "also") {
		i++
	}
	if i+1 < len(ts) && ts[i].is("required", "necessary", "mandatory") && ts[i+1].is("to") && isVerbAt(ts, i+2) {
		return i + 2
	}
	return 0
}

// offersChoices reports a lead-in, its colon gone, whose items are what the reader may do or
// pick rather than steps to take in turn: "From the Users page, you can:", "Choose your email
// provider:", "Select one of the following:".
func offersChoices(ts []token) bool {
	n := len(ts)
	if n >= 2 && ts[n-2].is("you") && ts[n-1].is("can", "may") {
		return true
	}
	if n >= 3 && (ts[n-2].is("possible") || ts[n-3].is("are") && ts[n-2].is("able")) && ts[n-1].is("to") {
		return true // "From the Media Library, it is possible to:", "… you are able to:"
	}
	if e, k := verbAt(ts, 0); k > 0 && (e.class == cPress || e.class == cSet) && k < n {
		rest := ts[k:]
		return rest[0].is("your") && len(rest) <= 3 || len(rest) >= 3 && rest[0].is("one") && rest[1].is("of")
	}
	return false
}

// asideBefore is where the step after a leading parenthesis begins, 0 when the parenthesis is
// not closed soon or no verb follows it.
func asideBefore(ts []token) int {
	for i := 1; i < len(ts) && i < 16; i++ {
		if ts[i].isPunct(")") {
			if isVerbAt(ts, i+1) {
				return i + 1
			}
			return 0
		}
	}
	return 0
}

// stripTitle drops a step's title when an instruction follows it: "**Authorize the
// integration** - Go to …". A title that is a field's name ("`Sign-in redirect URLs`: Add
// `https://…`") becomes the field the instruction fills.
func (m *Meaning) stripTitle(ts []token) []token {
	if len(ts) > 2 && ts[0].kind == label && ts[0].mark == markBold && strings.Contains(ts[0].text, " ") && isVerbText(ts[0].lower) && opensStep(ts[1:]) {
		// "**Access Profile Settings** Open the … tab.": the step's title in bold, its
		// instruction right after it with no stop between.
		return ts[1:]
	}
	end := -1
	for i, t := range ts {
		if t.isPunct(":", "-") {
			end = i
			break
		}
		if t.kind == punct && !t.isPunct("(", ")") {
			return ts
		}
		if i > 8 {
			return ts
		}
	}
	if end <= 0 || end == len(ts)-1 || !isVerbAt(ts, end+1) && !(ts[0].kind == label && opensStep(ts[end+1:])) {
		return ts
	}
	head, rest := ts[:end], ts[end+1:]
	if head[0].kind == label && len(head) == 1 && (!isVerbText(head[0].lower) || fieldNouns[head[0].lower] && !rest[0].is(head[0].lower)) {
		// The title names a field ("**Name**: Enter …" too, a verb forms name fields by, but
		// not "**Name**: Name for your mount."): the instruction after it happens there.
		return append([]token{{kind: word, text: "In", lower: "in"}, head[0], {kind: punct, text: ",", lower: ","}}, rest...)
	}
	return rest
}

// opensStep reports words that open an instruction in a sentence of their own: a verb, or a
// condition or a place before one ("Once the test passes, save …", "In your repository, go
// to …"), capitalised as a sentence starts.
func opensStep(ts []token) bool {
	if len(ts) == 0 || ts[0].kind != word || !capitalised(ts[0].text) {
		return false
	}
	if isVerbAt(ts, 0) {
		return true
	}
	if !ts[0].in(conditionWords) && !ts[0].in(prepositions) {
		return false
	}
	comma := slices.IndexFunc(ts, func(t token) bool { return t.isPunct(",") })
	return comma > 0 && isVerbAt(ts, comma+1)
}

// placeLine reads a line that names where a feature lives as a path of menus, "**Path to
// configure the feature:** *Settings > Global Settings > Webhooks*", "Navigation: Setup and
// Maintenance > Manage Users": going there. Only a title that says it is a path or a place
// counts, and only a path of two labels or more after it, or one marked label after a title
// that says "path".
func placeLine(ts []token) (Act, bool) {
	end := slices.IndexFunc(ts, func(t token) bool { return t.isPunct(":") })
	if end <= 0 || end > 8 || end == len(ts)-1 {
		return Act{}, false
	}
	// "Path to configure the feature", "Menu path", "Navigation": a place word first or last,
	// in a title too short to ask anything ("Enter the secret path in the format:"); one that
	// opens "Path to …" or "Path for …" says what the path is for at any length ("Path to
	// configure the admin panel").
	title := strings.Fields(strings.ToLower(joinWords(ts[:end])))
	if len(title) == 0 || !placeTitles[title[0]] && !placeTitles[title[len(title)-1]] ||
		len(title) > 5 && !(placeTitles[title[0]] && (title[1] == "to" || title[1] == "for")) {
		return Act{}, false
	}
	// An icon before the path is where it starts: "**Path:** <gear icon> *Plugin > Roles*" is the
	// gear, then the path (the run passes over the icon when it pictures the path's first part).
	icon := ""
	if end+1 < len(ts) && ts[end+1].kind == label && ts[end+1].mark == markImage {
		icon = iconName(ts[end+1].text)
	}
	rest := slices.DeleteFunc(slices.Clone(ts[end+1:]), func(t token) bool { return t.kind == label && t.mark == markImage })
	if slices.ContainsFunc(rest, func(t token) bool { return t.kind == label && t.mark == markCode }) {
		return Act{}, false // "Repository path: `docs/tutorial`": a file's or an address's path
	}
	if n := len(rest); n > 0 && rest[n-1].isPunct(".") {
		rest = rest[:n-1]
	}
	if slices.Contains(title, "path") || slices.Contains(title, "navigation") {
		// "**Path to use the feature:** _Content Manager_", "… <Icon /> Media Library": a path of
		// one place, marked or written as a name.
		if len(rest) == 1 && rest[0].kind == label && len(splitPath(rest[0].text)) == 1 {
			return Act{Verb: Go, Target: Target{Path: []string{rest[0].text}, Icon: icon}}, true
		}
		if t, ok := namedPlace(rest); ok {
			t.Icon = icon
			return Act{Verb: Go, Target: t}, true
		}
	}
	p := readPhrase(rest)
	parts := len(p.labels)
	if p.icon != "" {
		parts++ // "Account name or initials > Profile": the account's own control, then a label
	}
	if !p.path || parts < 2 || len(p.labels) == 0 || len(p.words) > 0 || p.any {
		return Act{}, false
	}
	t := targetOf(p)
	t.Icon = cmp.Or(icon, p.icon)
	return Act{Verb: Go, Target: t}, true
}

// bareWay reads a step that is only a way through menus, "Settings → API Keys",
// "**Admin settings > Access control > API access**", as going there: two places or more, each
// a short name that begins in capitals or is marked, the first no verb ("Navigate to Settings
// > Tools" says more), and nothing else said — no value in code, no question, no sentence
// after an arrow ("**No steps?** → User goes directly to the join page" is no way).
func bareWay(ts []token) (Act, bool) {
	if n := len(ts); n > 0 && ts[n-1].isPunct(".") {
		ts = ts[:n-1]
	}
	if len(ts) == 0 || isVerbAt(ts, 0) || ts[0].in(prepositions) {
		return Act{}, false
	}
	var path []string
	part := []token{}
	end := func() bool {
		switch {
		case len(part) == 0 || len(part) > 5:
			return false
		case len(part) == 1 && part[0].kind == label:
			for _, name := range splitPath(part[0].text) {
				if len(strings.Fields(name)) > 5 || !capitalised(name) || strings.ContainsAny(name, ":()?") {
					return false // "**Option 2: Using Workload Identity (Dex > v2.34.0)**"
				}
				path = append(path, name)
			}
		case len(part) == 1 && strings.HasSuffix(part[0].lower, "ed"):
			return false // "Pull Request -> Merged": an event and its state, no place
		case !slices.ContainsFunc(part, func(t token) bool { return t.kind != word }) && capitalised(part[0].text):
			path = append(path, joinWords(part))
		default:
			return false
		}
		part = part[:0]
		return true
	}
	for _, t := range ts {
		switch {
		case t.isPunct(">"):
			if !end() {
				return Act{}, false
			}
		case t.kind == label && (t.mark == markCode || t.mark == markImage), t.kind == punct && !t.isPunct("&"):
			return Act{}, false
		default:
			part = append(part, t)
		}
	}
	if !end() || len(path) < 2 {
		return Act{}, false
	}
	return Act{Verb: Go, Target: Target{Path: path}}, true
}

// placeName reads the rest of a path line written as a plain name, "Media Library": a few
// words, all capitalised, as a menu item is — prose after the colon ("the file's location")
// is no place.
func placeName(rest []token) (string, bool) {
	if len(rest) == 0 || len(rest) > 4 || !titleCase(rest) {
		return "", false
	}
	return joinWords(rest), true
}

// namedPlace reads a place written as a name in capitals, "Media Library", or as that name
// and which of its views in plain words after a comma, "Content Manager, list view of your
// content type"; the edit view of an item is the item's own page, opened from there
// ("…, edit view of your content type").
func namedPlace(rest []token) (Target, bool) {
	if name, ok := placeName(rest); ok {
		return Target{Path: []string{name}}, true
	}
	if c := slices.IndexFunc(rest, func(t token) bool { return t.isPunct(",") }); c > 0 && plainWords(rest[c+1:]) {
		if name, ok := placeName(rest[:c]); ok {
			return Target{Path: []string{name}, Subject: viewOf(rest[c+1:]) == ItemPage}, true
		}
	}
	return Target{}, false
}

// iconPlace reads a sentence that is only a place drawn by its icon and named in capitals,
// "In the <feather icon> Content Manager:", as the way there (see namedPlace).
func iconPlace(pieces [][]token) (Act, bool) {
	if len(pieces) != 1 || len(pieces[0]) < 3 || !pieces[0][0].is("in", "on", "from") {
		return Act{}, false
	}
	p := pieces[0][1:]
	if p[0].is("the") {
		p = p[1:]
	}
	if len(p) < 2 || p[0].kind != label || p[0].mark != markImage {
		return Act{}, false
	}
	rest := p[1:]
	if n := len(rest); n > 0 && rest[n-1].isPunct(":", ".") {
		rest = rest[:n-1]
	}
	t, ok := namedPlace(rest)
	t.Icon = iconName(p[0].text)
	return Act{Verb: Go, Target: t}, ok
}

// plainWords reports words in lower case and nothing else: a description, not a name.
func plainWords(ts []token) bool {
	return len(ts) > 0 && !slices.ContainsFunc(ts, func(t token) bool { return t.kind != word || t.text != t.lower })
}

// Places reports a line that names where a feature lives as a path of menus (see placeLine),
// or says what a page of marked names shows (see pageShows): the procedures under its
// heading begin there.
func Places(line string) bool {
	_, ok := PlaceOf(line)
	return ok
}

// PlaceOf reads a line Places reports as going where it says.
func PlaceOf(line string) (Meaning, bool) {
	act, ok := placeOrShows(line)
	if !ok {
		return Meaning{}, false
	}
	return Meaning{Role: Action, Acts: []Act{act}}, true
}

func placeOrShows(line string) (Act, bool) {
	if i := strings.Index(line, " shows "); i > 0 && i < 200 {
		if act, ok := pageShows(tokenize(inlineTag.ReplaceAllString(line, ""))); ok {
			return act, true
		}
	}
	// Most paragraphs have no place word before a colon near their start: not worth reading.
	colon := strings.IndexByte(line, ':')
	if colon < 0 || colon > 200 || !slices.ContainsFunc(strings.FieldsFunc(strings.ToLower(line[:colon]), notLetter), func(w string) bool { return placeTitles[w] }) {
		return Act{}, false
	}
	return placeLine(tokenize(inlineTag.ReplaceAllString(line, "")))
}

// pageShows reads a line that opens by naming a page and what it shows, "The **Settings** >
// **Users** page shows all users, including ones with pending invitations.": the page is where
// the items it shows are acted on. The page is named only by marked names, between arrows.
func pageShows(ts []token) (Act, bool) {
	if len(ts) > 0 && ts[0].is("the") {
		ts = ts[1:]
	}
	at := slices.IndexFunc(ts, func(t token) bool { return t.is("page", "screen") })
	if at < 1 || at+1 >= len(ts) || !ts[at+1].is("shows") {
		return Act{}, false
	}
	for _, t := range ts[:at] {
		if t.kind != label && !t.isPunct(">", "→") {
			return Act{}, false
		}
	}
	p := readPhrase(ts[:at])
	if len(p.labels) == 0 || len(p.words) > 0 || p.any {
		return Act{}, false
	}
	return Act{Verb: Go, Target: targetOf(p)}, true
}

// inlineTag is an HTML or MDX tag written inline, `<Icon name="gear-six" />`: no words of the
// line, and its ">" is no step of a path.
var inlineTag = regexp.MustCompile(`</?[A-Za-z][^<>]*>`)

func notLetter(r rune) bool { return !unicode.IsLetter(r) }

// placeTitles are the words of a title that introduces where something is in the product.
var placeTitles = map[string]bool{"path": true, "navigation": true, "location": true, "breadcrumb": true, "breadcrumbs": true}

// docStep is a sentence that sends the reader to another step of the doc.
var docStep = regexp.MustCompile(`^(?i)(?:then,? )?(?:go|continue|skip|proceed|jump|move|return|go on|move on|go back|skip ahead)(?: on| back| ahead)? to step (\d+[a-z]?)\b`)

// someoneElse is where an act another person does happens: docdrift drives only its own
// session.
var someoneElse = Surface{Kind: Device, Name: "another person's session"}

// delegation opens an instruction the reader passes on: "Have the user …", "Ask your members
// to …", "Instruct the new user to …".
var delegation = regexp.MustCompile(`^(?i)(?:have|ask|instruct|tell|get) (?:the|your|each|a|an) (?:new |invited |test )?(?:user|member|person|invitee|employee|recipient)s? (?:to )?`)

// delegated is what a sentence opening with delegation asks the other person to do.
func delegated(sentence string) (string, bool) {
	m := delegation.FindString(strings.TrimSpace(sentence))
	if m == "" {
		return "", false
	}
	return strings.TrimSpace(sentence)[len(m):], true
}

// boldAct unwraps an instruction whose act the writer set in bold — "**Click "Create Step"**
// in the wizard settings", "**Write your content** using Markdown", "**Save the step**" — so
// the bold words read as the instruction they are, not as a label to look for. A control's
// name stays a label, pressed when it names what it does to the object after it ("**Save**
// the changes"): one word, Title Case ("**Create a New
// Library**", "**Display Name** (_optional_): …"), or defined or described by what follows it.
func boldAct(ts []token) []token {
	if len(ts) == 0 || ts[0].kind != label || ts[0].mark != markBold {
		return ts
	}
	inner := tokenize(ts[0].text)
	if len(inner) > 2 && inner[0].in(conditionWords) && len(ts) > 2 && ts[1].isPunct(",") && isVerbAt(ts, 2) {
		// "**If you are deploying from a template**, click …": the condition set in bold.
		return append(inner, ts[1:]...)
	}
	if len(inner) == 1 && isVerbAt(inner, 0) && !notVerbs[inner[0].lower] && len(ts) > 2 && ts[1].is("the", "your", "this", "these", "all", "any") {
		// "**Save** the changes.": the control that does it, named by its verb.
		return append([]token{{kind: word, text: "Click", lower: "click"}}, ts...)
	}
	whole := len(ts) == 1 || len(ts) == 2 && ts[1].isPunct(".", "!")
	if whole && len(inner) > 2 && inner[len(inner)-1].isPunct(".", "!") {
		// "**From the left panel, select OAuth Server-to-Server.**": a sentence set in bold
		// (its stop inside), read as written.
		return inner
	}
	// "**Click CREATE**": no control is called "Click …", whatever case the rest is in; nor,
	// alone in its sentence, "**Select Acrobat Sign Embed API SDK**".
	pressed := len(inner) > 1 && inner[0].is("click", "press", "tap", "navigate", "go") ||
		whole && len(inner) > 3 && inner[0].is("select", "choose", "open")
	if len(inner) < 2 || !isVerbAt(inner, 0) || notVerbs[inner[0].lower] || !pressed && !instructionWords(inner[1:]) {
		return ts
	}
	if len(ts) > 1 && ts[1].kind == word && (ts[1].is(describingVerbs...) || showVerbs[ts[1].lower] || appearVerbs[ts[1].lower]) {
		return ts
	}
	if len(ts) > 1 && ts[1].isPunct("-") {
		if pressed {
			return inner // "**Click "Test Connection"** – this tries the server": the press, then what it does
		}
		return ts // "**Delete expired markers** – S3 deletes them": an option, then what it does
	}
	if len(ts) > 1 && ts[1].isPunct(":") && isVerbAt(ts, 2) {
		return ts // "**Access permissions:** Select one …": a field's name, then what to do there
	}
	if len(ts) > 1 && ts[1].isPunct(":", "(") {
		// "**Select the server type**: `plex`, `jellyfin`…", "**Name your bundle** (e.g.,
		// "VIP")": the instruction, then what it takes; the aside is not read as more of it.
		return inner
	}
	return append(inner, ts[1:]...)
}

// TitleActs reports a step's title, set in bold over the paragraphs or sub-steps that go with
// it, that is itself an act no title names: "**Click CREATE**" over what the click shows is
// the click, where "**Create your project**" over the steps that do it is a title.
func TitleActs(title string) bool {
	ts := tokenize(strings.TrimSpace(title))
	if len(ts) == 0 || ts[0].kind != label || ts[0].mark != markBold {
		return false
	}
	inner := tokenize(ts[0].text)
	return len(inner) > 1 && inner[0].is("click", "press", "tap")
}

// instructionWords reports the rest of a bold phrase that reads as an instruction's object,
// not as more of a control's name: a quoted label ("Click "Create Step"") or a word in lower
// case that is not a small word ("your content", "the step").
func instructionWords(ts []token) bool {
	for _, t := range ts {
		if t.kind == label || t.kind == word && !determiners[t.lower] && !prepositions[t.lower] && t.text == t.lower && !t.is("and", "or") {
			return true
		}
	}
	return false
}

// condition reads "If prompted", "if required", "When complete": circumstances under which a
// reader does the step.
func (m *Meaning) condition(p []token) {
	text := strings.ToLower(joinWords(p))
	if succeeded.MatchString(strings.TrimRight(text, " ,.")) {
		// "If successful, **Loaded** appears in the **Status** column": the run's own steps
		// succeeded or failed already; what follows is what success shows, to check.
		return
	}
	m.Condition = text
	m.Optional = m.Optional || hasConditionWord(text, optionalConditions)
}

// hasConditionWord reports a condition holding one of words as a whole word: "where the new
// user is listed" says where, not "if you use …".
func hasConditionWord(cond string, words []string) bool {
	padded := " " + strings.Join(strings.FieldsFunc(strings.ToLower(cond), func(r rune) bool { return r == ' ' || r == ',' || r == '.' || r == ';' || r == ':' }), " ") + " "
	return slices.ContainsFunc(words, func(w string) bool { return strings.Contains(padded, " "+w+" ") })
}

// succeeded matches a condition that only says the steps before worked: "if successful",
// "if the import was successful", "if validation succeeds", "if all goes well".
var succeeded = regexp.MustCompile(`^(if|when|once) (successful(ly)?|valid|all goes well|everything (goes|went|is) (well|ok|okay|fine|right)|there (are|were) no errors( in the form)?|` +
	`((it|this|that|the [\w -]{1,40}?|[\w-]+) (is|was|has been|were|are) (successful|a success|valid|successfully [\w-]+ed|[\w-]+ed successfully)|(it|this|that|the [\w -]{1,40}?|[\w-]+) succeed(s|ed)?))$`)

// optionalConditions are the words of a condition that leaves the step to the reader: "when
// prompted", "if required", "if you want to …", "if you use SSO".
var optionalConditions = []string{"prompt", "prompted", "prompts", "required", "needed", "necessary", "applicable",
	"want", "wants", "wish", "prefer", "like", "available", "appears", "shown", "desired", "choose", "chose",
	"chosen", "selected", "using", "use", "uses", "used", "have", "has", "haven't", "don't", "do not", "enabled",
	"if any"}

// ChoiceCondition reports a condition that is the reader's to choose, not the page's to
// offer: a wish ("if you want …", "if you don't want to allow discounts") or what the item
// is to be ("if the product has variants"). "If prompted" is the page's.
func ChoiceCondition(cond string) bool {
	return hasConditionWord(cond, []string{"want", "wants", "wish", "prefer", "like", "desired", "has", "have"})
}

// include reports an include or template reference whose text lives in another file:
// `{% data reusables.user-settings.access_settings %}`, `<>{shared['user-login'].text}</>`.
func include(s string) string {
	t := strings.TrimSpace(s)
	for _, open := range []string{"{%", "{{", "<>{", "{shared", "{props"} {
		if strings.HasPrefix(t, open) {
			return "an include whose text is in another file (" + strings.TrimRight(t, ".") + "): resolve it with [includes] in docdrift.toml"
		}
	}
	return ""
}
