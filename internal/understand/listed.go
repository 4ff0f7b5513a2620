package understand

import (
	"cmp"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// Listing is how a lead-in lists the items under it, which decides how each item's first
// sentence reads: "**Username**: must be unique" is a field to fill under "Fill in the
// required fields:" and a note on its own. Explain and a run read an item the same way
// because both ask ReadListed.
type Listing string

const (
	Alone          Listing = ""            // read as a sentence of its own
	FieldList      Listing = "field"       // "Fill in the required fields:": each item a field to fill
	NamedFieldList Listing = "named field" // "Complete the following fields:": a bare name is a field too
	OfferList      Listing = "option"      // "From the Users page, you can:": what may be done or picked
	PickList       Listing = "pick"        // "Add the following permissions:": each item a box to tick
	OwnItem        Listing = "item"        // a procedure's own item: "3. You can edit the name." asks it
	RequireList    Listing = "requirement" // "Your handler must:": each item a requirement, no step
	MeansList      Listing = "means"       // "You can customize it by:": each item a way, "Clicking **Edit**"
	BeforeCode     Listing = "before code" // "Start the container:" over a code block: done with the code, not on a page
	FirstWay       Listing = "way"         // "Choose whether …:": the first of the ways listed, taken
	OtherWay       Listing = "other way"   // the ways after it: left, as the reader took the first
	PlacedBy       Listing = "place"       // a line over the procedures saying where they begin (PlaceOf): going there
	// UnderOptional is a sub-step of an optional step ("Optionally upload images" over "Click
	// the three-dots in the image's row"): as optional as the step it belongs to.
	UnderOptional Listing = "under optional"
)

// Lists is the listing a lead-in makes of the items under it; Alone for any other sentence.
func (m Meaning) Lists() Listing {
	switch {
	case m.Ways:
		return FirstWay
	case m.FieldsNamed:
		return NamedFieldList
	case m.Fields:
		return FieldList
	case m.Options:
		return OfferList
	case m.Picks:
		return PickList
	case m.Requires:
		return RequireList
	case m.Means:
		return MeansList
	}
	return Alone
}

// ListsItems reports a lead-in whose list holds fields to fill or boxes to tick ("Fill in the
// following fields:", "Add the following permissions:"): steps though they name no verb.
func (m Meaning) ListsItems() bool {
	switch m.Lists() {
	case FieldList, NamedFieldList, PickList:
		return true
	}
	return false
}

// ActsAfterItems reports a lead-in that goes on past the items it lists: "Fill in the
// following fields and then click **Next**:" clicks once the fields are filled, so its acts
// come after the items. One that acts first ("Click **Add** and fill in the following:")
// does not; nor one that acts both before and after them.
func (m Meaning) ActsAfterItems() bool {
	if !m.ListsItems() {
		return false
	}
	k := 0
	for k < len(m.Acts) && m.Acts[k].Verb == Nothing {
		k++
	}
	return k > 0 && k < len(m.Acts)
}

// ReadLeadOver reads a sentence with a list right under it as that list's lead-in: as Read,
// or, when the writer left out the colon ("3. Complete the integration settings" over the
// settings), as the lead-in it would be with one if that lists fields or boxes to tick. A
// sentence ended by a full stop ("Enter information about your LDAP server.") asks for
// itself, and what is listed under it describes, unless it ends in "the following.".
func ReadLeadOver(sentence string) Meaning {
	m := Read(sentence)
	s := strings.TrimSpace(sentence)
	if cut, ok := strings.CutSuffix(s, " the following."); ok && !m.LeadIn {
		// "Open the attributes and set the following.": the list is what follows, whatever
		// the stop says.
		return Read(cut + " the following:")
	}
	if m.LeadIn || s == "" || strings.ContainsRune(":.!?", rune(s[len(s)-1])) {
		return m
	}
	if l := Read(sentence + ":"); l.ListsItems() {
		return l
	}
	return m
}

// ReadLeadOverItems reads a sentence with a list right under it, given the first sentence of
// each item: as ReadLeadOver, or as the lead-in of a form's fields when it ends in a colon,
// asks to fill in, configure or provide something it names in plain words ("Fill in the
// configuration:", "Configure the webhook:") and most of its items name a field and describe
// it ("**URL**: Your endpoint URL"). The items are the fields, whatever the writer called the
// whole; there is no field named "configuration" to type into. Under any step that acts (not
// one that copies or looks), items that give fields their very values (givesValues) are fields
// too, after the step's own acts. items is asked only for a step over a list.
func ReadLeadOverItems(sentence string, items func() []string) Meaning {
	m := ReadLeadOver(sentence)
	if !m.ListsItems() && m.Role == Action && !slices.ContainsFunc(m.Acts, takesNothingIn) && givesValues(items()) {
		// "Let's add a new route with some parameters" over "- Path: `/products/:id`",
		// "- Label: `My first route`": whatever the step says, the items give fields their
		// values, after its own acts.
		m.Fields, m.LeadIn = true, true
		return m
	}
	if !m.ListsItems() && opensForm(m, sentence) && strings.HasSuffix(strings.TrimSpace(sentence), ":") && describesFields(items()) {
		// "Click **Default Models** at the top-right corner to set one for each job:" over
		// "- **Embedding Model**: indexes …": the control opens the form whose fields the
		// items describe, after the click.
		m.Fields, m.LeadIn = true, true
		return m
	}
	if m.ListsItems() || !m.LeadIn || m.Role != Action || len(m.Acts) != 1 || !strings.HasSuffix(strings.TrimSpace(sentence), ":") {
		return m
	}
	a := m.Acts[0]
	what := ""
	if a.Verb == Enter && len(a.Target.Path) == 0 && a.Value == "" {
		what = cmp.Or(a.Hint, a.Target.Words)
	} else if verb, left, ok := a.leftWith(); ok && definingVerbs[verb] {
		// "Configure the webhook:", "Define the role:" — not "Decide where it appears:" or
		// "Make a POST request with:", whose items are choices or parameters.
		what = left
	}
	if what == "" || !describesFields(items()) {
		return m
	}
	m.Fields = true
	m.Acts = []Act{{Verb: Nothing, Why: whyFields + what, In: a.In}}
	return m
}

// opensForm reports a step, read as m, whose last act presses a named control to fill in
// what it opens: "Click **Default Models** to set one for each job:", not "Click **Save**:".
func opensForm(m Meaning, sentence string) bool {
	if m.Role != Action || !m.ClicksLabel() || m.Acts[len(m.Acts)-1].Verb != Click {
		return false
	}
	ts := tokenize(sentence)
	for i := 0; i+1 < len(ts); i++ {
		if ts[i].is("to") && ts[i+1].kind == word && definingVerbs[ts[i+1].lower] {
			return true
		}
	}
	return false
}

// takesNothingIn reports an act that reads values off the page rather than typing them:
// items under "Copy the following values:" are what is shown.
func takesNothingIn(a Act) bool { return a.Verb == Copy || a.Verb == See }

// givesValues reports items of which two or more, and two in three, name a field and give
// the very value to type, in code or quotes: "Path: `/products/:id`", "**Label**: "Home"".
func givesValues(items []string) bool {
	n := 0
	for _, item := range items {
		ts := tokenize(item)
		if name := fieldNameEnd(ts); name > 0 && ts[name].isPunct(":") && ts[name+1].kind == label &&
			(ts[name+1].mark == markCode || ts[name+1].mark == markQuoted) {
			n++
		}
	}
	return n >= 2 && n*3 >= len(items)*2
}

// definingVerbs ask, among the verbs whose object is the reader's to settle, to fill in what
// the object holds.
var definingVerbs = wordSet(`complete configure define customize set specify fill edit update`)

// describesFields reports items of which two or more, and two in three, name a field and
// describe it: "**URL**: Your endpoint URL (see format below)", "Name: Name to identify the
// feed", "**Memo** (optional): A longer description".
func describesFields(items []string) bool {
	n := 0
	for _, item := range items {
		var m Meaning
		if _, marked := MarkedField(item); marked || namedThenDescribed(m.stripStarts(tokenize(item))) {
			n++
		}
	}
	return n >= 2 && n*3 >= len(items)*2
}

// namedThenDescribed reports an item that opens with a field's name (fieldNameEnd), then
// words: what describedField asks, but an example or a link in the description ("(e.g.,
// `us-east-1`)") does not make it something else.
func namedThenDescribed(ts []token) bool {
	name := fieldNameEnd(ts)
	return name > 0 && ts[name+1].kind == word
}

// HeadingLead is the lead-in a heading makes for the list right under it when it asks, in
// the imperative, for the fields or boxes listed ("### Fill out the form", "## Select the
// scopes"); a heading that names a section ("### Email Settings") or a task ("## Create a
// token") lists nothing: the zero Meaning.
func HeadingLead(title string) Meaning {
	if Read(title).Role != Action {
		return Meaning{}
	}
	if m := ReadLeadOver(title); m.ListsItems() {
		return m
	}
	return Meaning{}
}

// ReadListed reads an item's first sentence as its lead-in lists it. A field list makes an
// item that is no instruction of its own a field to fill; a list of what a page offers makes an
// item that only describes what shows, or only names a choice, a note.
func ReadListed(item string, l Listing) Meaning {
	if l == PlacedBy {
		if p, ok := PlaceOf(item); ok {
			return p // "The **Users** page shows all users": no step where it is read alone
		}
	}
	m := Read(item)
	switch l {
	case UnderOptional:
		m.Optional = m.Optional || m.Step()
	case FieldList, NamedFieldList:
		read := readField
		if l == NamedFieldList {
			read = readNamedField // "complete the following fields:" then "- Template name"
		}
		// A note may name a field ("**Username**: must be unique"), and so may what reads as
		// a step ("`From Name` - Display name for the sender"). The item is read once.
		if f := read(item, m); f.Step() {
			return f
		}
	case OfferList:
		if m.Role == Outcome || len(strings.Fields(item)) == 1 {
			return Meaning{Role: Note}
		}
	case PickList:
		if name, ok := pickedName(item); ok {
			return Meaning{Role: Action, Acts: []Act{{Verb: Check, Target: Target{Path: []string{name}}}}}
		}
		if path, ok := pickedPath(item); ok {
			// "Pull Request -> Merged": the box under its group.
			return Meaning{Role: Action, Acts: []Act{{Verb: Check, Target: Target{Path: path}}}}
		}
	case OtherWay:
		if m.Step() {
			// Another way to what the first did: a reader who took the first has nothing
			// more to do ("To disable POP3, …" after "To enable POP3, …" is no next step).
			m.Optional, m.Condition = true, AnotherWay
		}
	case RequireList:
		return Meaning{Role: Note}
	case BeforeCode:
		if codeLead(m) {
			m.Surface = codeBelow
		}
		return m
	case MeansList:
		// "Adding widgets via the **Add** button": the way is the act, its -ing form the verb.
		if act, ok := gerundVerb(item); ok && !m.Step() {
			if own := Read(act); own.Step() {
				return own
			}
		}
	case OwnItem:
		if f, ok := MarkedField(item); ok && !m.Step() {
			return f // "Host **(required)**": a field of the form the procedure fills
		}
		// A step of its own that only says what the reader may do ("You can click **Remove**
		// to detach the policy"), or tells what "we" do in a walk-through ("Then we click
		// **Save**"), asks for it; the same words after a step's act are an aside.
		if rest, optional, ok := ownAct(item); ok && !m.Step() {
			if own := Read(rest); own.Step() && (!optional || namedOrLeft(own.Acts)) {
				own.Optional = optional
				return own
			}
		}
		if step, ok := stressedStep(item); ok && !m.Step() {
			if own := Read(step); own.Step() {
				return own // a procedure's own "**Important:** Check …" is the step, stressed
			}
		}
		if act, ok := gerundAct(item); ok && !m.Step() {
			// "Choosing the target resource.", under "You can create a Link by:": a step
			// told as what doing it involves.
			if own := Read(act); own.Step() {
				return own
			}
		}
	}
	return m
}

// AnotherWay is the condition of a way listed after the first under a lead-in of ways: never
// performed, as the reader took the first.
const AnotherWay = "another way"

// namedOrLeft reports acts that each name what they act on, or leave it to the reader: an
// offer in unmarked words ("You can add `localhost` … as needed") is too loose to look for.
func namedOrLeft(acts []Act) bool {
	for _, a := range acts {
		if a.Verb != Nothing && len(a.Target.Labels()) == 0 && a.Target.Icon == "" {
			return false
		}
	}
	return len(acts) > 0
}

// ownOpening opens an item that offers what it names ("You can", "You may now"), asks it
// ("You should", "You need to") or narrates it ("We first", "Then we", "We can"), after when
// or where it happens ("In the **Prefix** field, you can enter …"), or said to be optional
// ("Optionally, you can set …").
var ownOpening = regexp.MustCompile(`^(?i)((?:after|once|when|in|on|from|under|within) [^,]{1,80}, )?(?:(then|next|now|first|finally|optionally),? )?(you|we) (?:(can|may|should|must|need to|have to|will need to|will have to) )?(?:now |then |first |next |simply |optionally )?`)

// ownAct is what an item opening with ownOpening asks, and whether it is only offered; not
// "You can also …" (an aside), "You can not …" or "You can only …" (a limit), nor "you"
// without "can" or "may" (an outcome: "You see the list").
func ownAct(item string) (rest string, optional, ok bool) {
	m := ownOpening.FindStringSubmatch(item)
	if m == nil {
		return "", false, false
	}
	modal, we := m[4] != "", strings.EqualFold(m[3], "we")
	offered := strings.EqualFold(m[4], "can") || strings.EqualFold(m[4], "may")
	if !modal && !we {
		return "", false, false
	}
	rest = item[len(m[0]):]
	first, _, _ := strings.Cut(strings.ToLower(rest), " ")
	switch first {
	case "also", "not", "only", "still", "no", "be", "will", "would", "should", "need", "recommend", "suggest":
		return "", false, false
	}
	// "After a file is selected, you can proceed by clicking **Next**": the act, when.
	return m[1] + rest, offered, true
}

// gerundAct turns an item that is a whole sentence opening with a verb's -ing form and its
// object into the instruction it describes ("Copying the generated link." → "Copy the
// generated link."); a title without a full stop ("Managing users") is no such sentence.
func gerundAct(item string) (string, bool) {
	_, rest, _ := strings.Cut(strings.TrimSpace(item), " ")
	if !strings.HasSuffix(strings.TrimSpace(rest), ".") {
		return "", false
	}
	// What it acts on follows at once ("Choosing the target resource", "Setting an
	// expiration").
	if object, _, _ := strings.Cut(rest, " "); !determiners[strings.ToLower(object)] {
		return "", false
	}
	return gerundVerb(item)
}

// gerundVerb turns an item that opens with a verb's -ing form into the instruction it
// describes ("Selecting \"Edit Dashboard\"" → "Select \"Edit Dashboard\""), when the item has
// no verb of its own: "Giving an app credentials is a risk" is a fact, "Starting August
// 2026, …" a date.
func gerundVerb(item string) (string, bool) {
	first, rest, ok := strings.Cut(strings.TrimSpace(item), " ")
	if !ok || slices.ContainsFunc(strings.Fields(strings.ToLower(rest)), func(w string) bool {
		return w == "is" || w == "are" || w == "was" || w == "were" || w == "will"
	}) {
		return "", false
	}
	verb, ok := verbOfGerund(first)
	if !ok {
		return "", false
	}
	return verb + " " + rest, true
}

// verbOfGerund is the verb whose -ing form word is, as written: "Selecting" → "Select",
// "Creating" → "Create", "Setting" → "Set".
func verbOfGerund(word string) (string, bool) {
	if !strings.HasSuffix(strings.ToLower(word), "ing") || len(word) < 5 {
		return "", false
	}
	stem := word[:len(word)-3]
	candidates := []string{stem, stem + "e"}
	if n := len(stem); n > 2 && stem[n-1] == stem[n-2] {
		candidates = append(candidates, stem[:n-1]) // "Setting" → "Set"
	}
	for _, c := range candidates {
		if isVerbText(c) {
			return c, true
		}
	}
	return "", false
}

// pickedName is the name an item under a PickList lead-in gives, marked as a label and
// followed by nothing or by what it is for: "`openid`", "`User.Read.All` — read user profiles".
func pickedName(item string) (string, bool) {
	ts := tokenize(item)
	if len(ts) == 0 || ts[0].kind != label {
		return "", false
	}
	if len(ts) > 1 && !ts[1].isPunct("-", ":", "(", ".", ",") {
		return "", false
	}
	return ts[0].text, true
}

// pickedPath is the path an item under a PickList lead-in gives in plain words, a group
// and the box in it: "Repository -> Push", "Pull Request › Comment created".
func pickedPath(item string) ([]string, bool) {
	parts := pathArrow.Split(strings.TrimSpace(item), -1)
	if len(parts) < 2 {
		return nil, false
	}
	for _, p := range parts {
		if n := len(strings.Fields(p)); n == 0 || n > 4 || strings.ContainsAny(p, ".:;!?`*") {
			return nil, false
		}
	}
	return parts, true
}

var pathArrow = regexp.MustCompile(`\s*(?:->|→|›|»)\s*`)

// codeBelow is where a sentence that leads into a code block happens: with the code, in a
// terminal or a file, not on one of the product's pages.
var codeBelow = Surface{Kind: Code, Name: "the code block below"}

// codeLead reports a sentence that, over a code block, asks for what the code does rather than
// for something on a page: "Start the container:", "Apply the resources to your cluster:".
// One that names a control ("Paste the following into the **Description** field:") or asks
// to type, copy or upload with no value of its own (the code is then the value) acts on the
// page; "change the location of the image cache to `cacheDir` as shown below:" gives its value
// and shows the code it goes in.
func codeLead(m Meaning) bool {
	if !m.Step() || !m.Surface.Web() {
		return false
	}
	for _, a := range m.Acts {
		switch {
		case (a.Verb == Enter || a.Verb == Copy || a.Verb == Upload) && a.Value == "":
			return false // the code is what to type: "Enter the following value:"
		case a.Verb != Nothing && len(a.Target.Path) > 0 || a.Target.Icon != "":
			return false // a label the writer marked: the product's own control
		}
	}
	return true
}

// HeadingMakes reports a task heading that makes something: "Creating a new transfer token",
// "Add a webhook", "Generate an access key", "Inviting users".
func HeadingMakes(title string) bool { return makingVerbs[headingVerb(title)] }

// makingVerbs are the verbs of a task that leaves a new item behind.
var makingVerbs = wordSet(`create add generate invite register make issue new provision`)

// HeadingRemoves reports a task heading that removes its item: "Deleting a role", "Revoke an
// API account", "Removing users" — or takes it out of another ("Remove Customer from Groups";
// see RemovesItself).
func HeadingRemoves(title string) bool { return removingVerbs[headingVerb(title)] }

// RemovesItself reports a removal heading after which its item is gone from the product, not
// only from another item, where it stays: "Remove an SSH key from your account", not "Remove
// Customer from Groups" or "Remove Products from a Category".
func RemovesItself(title string) bool {
	return HeadingRemoves(title) && !takesOutOfAnother(title)
}

// MakesItself reports a making heading after which its item is there on its own, not only
// in another item: "Create a Customer", "Add a webhook to the list", "Create a token to access
// the API", not "Add Customer to Groups" or "Add Products to a Collection", which put items
// the product has into another.
func MakesItself(title string) bool {
	return HeadingMakes(title) && otherItem(title, "to") == ""
}

// takesOutOfAnother reports a heading whose "from" names another item rather than the
// reader's own place or a page: "… from Groups", "… from a Category", not "… from your
// account" or "… from the list".
func takesOutOfAnother(title string) bool { return otherItem(title, "from") != "" }

// otherItem is the item a heading's preposition names after its object, when it names another
// item rather than the reader's own place, a page, or — for "to" — a purpose: "Groups" of "…
// to Groups", "Category" of "… from a Category"; "" for "… from your account", "… to the
// list" or "… to access the API".
func otherItem(title, preposition string) string {
	ts := taskTokens(title)
	i := slices.IndexFunc(ts, func(t token) bool { return t.is(preposition) })
	if i < 2 {
		return ""
	}
	for j, t := range ts[i+1:] {
		switch {
		case t.is("your", "my", "our"):
			return ""
		case j == 0 && isVerbAt(ts, i+1):
			return "" // "to access the API": what the item is for
		case !determiners[t.lower]:
			// "… from the list", "… from the Tokens page": where, not another item.
			if pagePlaces[singular(t.lower)] || slices.ContainsFunc(ts[i+1:], func(u token) bool { return pagePlaces[u.lower] }) {
				return ""
			}
			var obj []string
			for _, u := range ts[i+1+j:] {
				if u.kind == punct || u.in(prepositions) || u.is("and", "or", "to") {
					break
				}
				obj = append(obj, u.text)
			}
			return itemOfPage(obj)
		}
	}
	return ""
}

// DeletesOwnItem reports a procedure, by its heading and first step, that deletes the item it
// acts on — the one whose page its first step goes to, else the one its heading names:
// "Delete Sales Channel" (1. "Go to the sales channel's details page") does; "Remove Products
// from Sales Channel", begun on the same page, takes another kind from the channel, and
// "Revoke Publishable API Key" may leave the key listed, revoked.
func DeletesOwnItem(heading, firstStep string) bool {
	deleted := HeadingObject(heading)
	return HeadingDeletes(heading) && RemovesItself(heading) && itemSingular(strings.ToLower(deleted)) == itemSingular(strings.ToLower(ItemActedOn(heading, firstStep)))
}

// ItemActedOn is the item a procedure acts on, by its heading and first step: the one whose
// page the first step goes to ("Add Products to Sales Channel: 1. Go to the sales channel's
// details page"), else the one its heading puts others into ("Adding tokens to a team"), else
// the one its heading names.
func ItemActedOn(heading, firstStep string) string {
	if owner := PageOwner(firstStep); owner != "" {
		return owner
	}
	if HeadingMakes(heading) {
		// "Adding tokens to a team" puts tokens the product has into a team: the team.
		if into := otherItem(heading, "to"); into != "" {
			return into
		}
	}
	return HeadingObject(heading)
}

// HeadingDeletes reports a removal heading after which its item is not there at all: not
// "Revoke Publishable API Key", which may leave the key listed, revoked.
func HeadingDeletes(title string) bool {
	return HeadingRemoves(title) && headingVerb(title) != "revoke"
}

// pagePlaces are the parts of a product's pages an item is shown in.
var pagePlaces = wordSet(`list page table dashboard screen view menu section tab sidebar panel grid`)

// removingVerbs are the verbs of a task that leaves its item gone.
var removingVerbs = wordSet(`delete remove revoke destroy uninstall drop purge erase discard`)

// HeadingVerb is the verb a task heading opens with, as an imperative: "delete" for
// "Deleting a user"; "" for a heading that names no task.
func HeadingVerb(title string) string { return headingVerb(title) }

// headingVerb is the verb a task heading opens with, as an imperative, lower-cased: "create"
// for "Creating a new token" and "Create a token"; "" for a heading that opens otherwise.
func headingVerb(title string) string {
	ts := taskTokens(title)
	if len(ts) == 0 || ts[0].kind != word {
		return ""
	}
	if v, ok := verbOfGerund(ts[0].lower); ok {
		return v
	}
	return ts[0].lower
}

// Kind is a heading's object as one kind for singular and plural, lower-cased: "API tokens"
// and "API token" are "api token", "Currencies" and "Currency" "currency".
func Kind(object string) string {
	words := strings.Fields(strings.ToLower(object))
	if len(words) == 0 {
		return ""
	}
	words[len(words)-1] = itemSingular(words[len(words)-1])
	return strings.Join(words, " ")
}

// ItemNoun is the kind of item a phrase names when it ends in a noun items are called by, in
// the singular: "API tokens" → "token", "a user" → "user"; "" for any other phrase ("App
// Access", "workflow settings").
func ItemNoun(phrase string) string {
	words := strings.Fields(strings.ToLower(phrase))
	if len(words) == 0 || !subjectNouns[words[len(words)-1]] {
		return ""
	}
	return itemSingular(words[len(words)-1])
}

// CallsItem reports whether item, the noun a step calls the procedure's item by (Target.Item),
// is a name for items of kind: "key" for "API key", "accounts" for "administrator account".
func CallsItem(kind, item string) bool {
	words := strings.Fields(strings.ToLower(kind))
	return len(words) > 0 && itemSingular(words[len(words)-1]) == itemSingular(strings.ToLower(item))
}

// numbering is how a heading or a step may number the task it names: "1.", "2)", "Step 3:",
// "Part 2 -" (a dash after a space: "2-factor" is no number).
var numbering = regexp.MustCompile(`^\s*(?:(?i:step|part)\s+)?(\d+)(?:\s*[.):]|\s+[-–—])\s*`)

// PartNumber is the number a heading gives the part of a task it names ("2. Create Service
// Zone", "Step 2: Details", "Part 2 - Review"); 0 when it numbers none.
func PartNumber(title string) int {
	m := numbering.FindStringSubmatch(title)
	if m == nil || strings.TrimSpace(title[len(m[0]):]) == "" {
		return 0
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// OptionalPart reports a heading that marks its part of a task optional ("4. Inventory Kits
// Step (Optional)", "Step 3 - Optional: Add a logo"): a reader may stop before it.
func OptionalPart(title string) bool { return optionalMark.MatchString(title) }

var optionalMark = regexp.MustCompile(`(?i)\boptional\b`)

// taskTokens are the tokens of a task's title past its numbering ("1. Create Application
// Password in WordPress") and a "How to" that asks it ("How to create a service account").
func taskTokens(title string) []token {
	return tokenize(howTo.ReplaceAllString(numbering.ReplaceAllString(title, ""), ""))
}

// howTo opens a heading that names its task as a question: "How to Delete a Project".
var howTo = regexp.MustCompile(`^(?i:how\s+to)\s+`)

// HeadingObject is what a task heading acts on, "Deleting a role" → "role", "Creating a new
// administrator account" → "administrator account", "Delete a user" → "user": the words after
// its verb (a gerund, or an imperative the lexicon knows), past its numbering ("1. Create …"),
// articles and "new", "existing" or "old", up to a preposition. "" for a heading that names no task ("Settings", "Usage")
// or no object ("Filter by tag").
func HeadingObject(title string) string {
	ts := taskTokens(title)
	if len(ts) < 2 || ts[0].kind != word {
		return ""
	}
	if _, ok := verbOfGerund(ts[0].text); !ok && !isVerbAt(ts, 0) {
		return ""
	}
	var obj []string
	for i := 1; i < len(ts); i++ {
		t := ts[i]
		if len(obj) == 0 && moreVerbs(ts, i) {
			continue // "Creating, deleting, and managing group accounts": one object for all
		}
		switch {
		case t.kind == punct || t.in(prepositions) || t.is("and", "or", "to"):
			return itemOfPage(obj)
		case len(obj) == 0 && (determiners[t.lower] || t.is("new", "existing", "old")):
		default:
			obj = append(obj, t.text)
		}
	}
	return itemOfPage(obj)
}

// HeadingOwner is the item a task heading's object belongs to, named after "for" or "of":
// "Currency" of "Edit Tax-Inclusive Setting for Currency", "location" of "Configure the
// shipping options of a location". "" when the heading names none, or the reader's own ("for
// your account": the one signed in, no item to make).
func HeadingOwner(title string) string {
	object := HeadingObject(title)
	if object == "" {
		return ""
	}
	ts := taskTokens(title)
	for i := 1; i < len(ts); i++ {
		if !ts[i].is("for", "of") {
			continue
		}
		var obj []string
		for _, t := range ts[i+1:] {
			if t.is("your", "my", "our") {
				return ""
			}
			if t.kind == punct || t.in(prepositions) || t.is("and", "or", "to") {
				break
			}
			if len(obj) > 0 || !determiners[t.lower] {
				obj = append(obj, t.text)
			}
		}
		return itemOfPage(obj)
	}
	return ""
}

// moreVerbs reports ts[i] as part of a list of verbs a heading opens with: the comma, "and" or
// "or" before another verb, or that verb ("deleting", "edit").
func moreVerbs(ts []token, i int) bool {
	joins := func(t token) bool { return t.is("and", "or") || t.kind == punct && t.text == "," }
	isVerb := func(j int) bool {
		_, gerund := verbOfGerund(ts[j].text)
		return ts[j].kind == word && (gerund || isVerbAt(ts, j))
	}
	if joins(ts[i]) {
		for j := i + 1; j < len(ts); j++ {
			if !joins(ts[j]) {
				return isVerb(j)
			}
		}
		return false
	}
	return joins(ts[i-1]) && isVerb(i)
}

// StepsMake reports a procedure whose heading names a kind of item without making one
// ("Managing user accounts") and one of whose steps presses a control that makes one ("click
// on the **Create new account** button", "Click **Add user**"): the procedure makes that
// kind as surely as one headed "Creating a user account".
func StepsMake(heading string, steps []string) bool {
	kind := HeadingObject(heading)
	if kind == "" {
		return false
	}
	for _, st := range steps {
		for _, a := range Read(st).Acts {
			if a.Verb != Click {
				continue
			}
			words := strings.Fields(a.Target.Label())
			if len(words) < 2 || !makingVerbs[strings.ToLower(words[0])] {
				continue
			}
			if CallsItem(kind, words[len(words)-1]) {
				return true
			}
		}
	}
	return false
}

// itemOfPage is the item an object's words name when they name its page: "Secret API Key" of
// "Secret API Key Details" ("View Secret API Key Details", "Edit Sales Channel Details").
func itemOfPage(obj []string) string {
	if n := len(obj); n > 1 && strings.EqualFold(obj[n-1], "details") {
		obj = obj[:n-1]
		// ("View Product Collection's Details": the item is the collection.)
		obj[n-2] = strings.TrimSuffix(strings.TrimSuffix(obj[n-2], "'s"), "’s")
	}
	return strings.Join(obj, " ")
}
