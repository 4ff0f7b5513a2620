package understand

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
)

// Values: which field a clause fills and with what ("Enter `admin` in the **Name** field",
// "Set **Expiry** to 30 days", "Give it a descriptive name").

// field finds the field a clause fills: "in the **Name** field", "into the **Username** box",
// a container named before the clause ("In **Control Label**, enter …").
func (c clause) field() (Target, bool) {
	for _, m := range c.mods {
		if (m.prep == "in" || m.prep == "into" || m.prep == "on" || m.prep == "for" || m.prep == "under") && len(m.np.labels) > 0 {
			return Target{Path: m.np.labels[len(m.np.labels)-1:], Kind: "field"}, true
		}
		if m.prep == "as" && len(m.np.labels) > 0 && !literalMark(m.np) {
			// "Enter `https://…` as the **Payload URL**": a control's label after "as" is the
			// field; a value spelled as code after it is what to type.
			return Target{Path: m.np.labels[len(m.np.labels)-1:], Kind: "field"}, true
		}
		if (m.prep == "in" || m.prep == "into") && m.np.kind == "field" && len(m.np.words) > 0 && !eachOwn(m.np.words) {
			return Target{Words: m.np.text(), Kind: "field"}, true
		}
	}
	for i := len(c.where) - 1; i >= 0; i-- {
		w := c.where[i]
		if w.Label == SearchBox && w.Kind == "field" {
			return Target{Words: SearchBox, Kind: "field"}, true // "In the search box, type …"
		}
		if w.Label != "" && (w.Kind == "field" || w.Kind == "") {
			return Target{Path: []string{w.Label}, Kind: "field"}, true
		}
	}
	return Target{}, false
}

// eachOwn reports the words of fields that are each value's own, named by the object: "the
// campaign's name and identifier in their respective fields".
func eachOwn(words []string) bool {
	return !slices.ContainsFunc(words, func(w string) bool { return !fieldsOwn[strings.ToLower(w)] })
}

// fieldsOwn are the words that make fields each value's own.
var fieldsOwn = wordSet(`respective corresponding appropriate relevant own matching`)

// SearchBox is the words of the field a search is typed into: the page's search box, which
// the run finds by its kind rather than by a name.
const SearchBox = "search"

// forTitled is the field a value is typed for when the doc names it in Title Case without
// marks, at the end of the object: "Enter "Universities" for the Name." — "" otherwise ("for
// your token" says what the value is for, not where it goes).
func forTitled(o phrase) string {
	raw := o.raw
	if lastIs(raw, ".") {
		raw = raw[:len(raw)-1]
	}
	k := slices.IndexFunc(raw, func(t token) bool { return t.is("for") })
	if k < 0 {
		return ""
	}
	name := raw[k+1:]
	if len(name) > 0 && name[0].is("the") {
		name = name[1:]
	}
	if len(name) == 0 || len(name) > 4 || slices.ContainsFunc(name, func(t token) bool {
		return t.kind != word || !unicode.IsUpper([]rune(t.text)[0])
	}) {
		return ""
	}
	return joinWords(name)
}

// unnamedField reports a field named only by its kind among the containers: "In the search
// box, type **Slack**".
func unnamedField(where []Where) bool {
	return slices.ContainsFunc(where, func(w Where) bool { return w.Kind == "field" && w.Label == "" })
}

// enter reads Enter, Type, Specify, Paste: a value the doc spells or describes, into a field
// it names or the page offers.
func (c clause) enter() []Act {
	o := c.obj
	a := Act{Verb: Enter, In: c.where}
	if ownCredentials(o) {
		// "Enter your username and password": the reader signs in.
		return []Act{{Verb: SignIn}}
	}
	field, hasField := c.field()
	if strings.HasPrefix(c.verb, "search") && !hasField && o.value == "" {
		// "Search for **Slack**", "Search for SCIM 2.0": what to type into the page's search
		// box, not a field of that name.
		a := Act{Verb: Enter, Target: Target{Words: SearchBox, Kind: "field"}, In: c.where}
		switch {
		case len(o.labels) > 0:
			a.Value = firstLabel(o)
		case len(o.raw) > 0 && o.raw[0].kind == word && !determiners[o.raw[0].lower] && unicode.IsUpper([]rune(o.raw[0].text)[0]):
			a.Value = strings.TrimRight(joinWords(o.raw), ".") // a name as the page shows it: "SCIM 2.0"
		default:
			a.Hint = describe(o)
		}
		return []Act{a}
	}
	if (c.verb == "name" || c.verb == "label") && !hasField && o.value == "" && (len(o.labels) == 0 || literalMark(o)) {
		// "Name the application, for example "example-app"", "Name the role `Editors`": the
		// field takes the thing's name, not the thing.
		a := Act{Verb: Enter, Target: Target{Words: c.verb, Kind: "field"}, In: c.where}
		if lit, ok := literal(o); ok {
			a.Value = lit
		} else if what := strings.TrimRight(describe(o), "."); what == "" || len(o.raw) > 0 && o.raw[0].is("of", "for") {
			a.Hint = strings.TrimSpace("a " + c.verb + " " + what) // "**Name**: Name of the department."
		} else {
			a.Hint = "a " + c.verb + " for " + what
		}
		return []Act{a}
	}
	if ownPassword(o) && !hasField {
		// "Enter your password to enable administrative access": the product asks again. A
		// doc that names the field ("In the **Password** field, enter your password") fills it.
		return []Act{{Verb: Reauthenticate, In: c.where}}
	}
	if o.url != "" && len(o.labels) == 0 && (!hasField || addressBar(field.Words)) {
		// "Enter https://localhost:9090 in the address bar": the reader goes there.
		a := c.goTo()
		a.In = nil
		return []Act{a}
	}
	if o.kind == "page" && !hasField && len(o.labels) > 0 && !slices.ContainsFunc(o.raw, func(t token) bool { return t.kind == word && modPreps[t.lower] }) {
		// "Enter the **Queue Management** page": the reader goes there. ("Enter a **Meta
		// Title** for the page" names the page only as where the field is.)
		return []Act{c.goTo()}
	}
	if k := containerWord(o); !hasField && len(o.labels) == 0 && len(o.words) <= 2 && (k == "form" || k == "section" || k == "dialog" || k == "page") {
		// "Fill in the form:": its fields are the steps or the table that follow.
		return []Act{{Verb: Nothing, Why: whyFields + describe(o)}}
	}
	switch {
	case hasField:
		a.Target = field
		if lit, ok := literal(o); ok {
			a.Value = lit
		} else if field.Words == SearchBox && len(o.labels) > 0 {
			a.Value = firstLabel(o) // "In the search box, type **Slack**": what to look for
		} else {
			a.Hint = describe(o)
		}
	case len(o.labels) > 0 && (literalMark(o) || unnamedField(c.where)):
		// "Enter `groups`", "In the search box, type **Slack**": the value, into the field
		// the page offers — or the one the words before it name ("Enter application name:
		// `md2wp`").
		a.Value = o.labels[0]
		if literalMark(o) {
			a.Value = firstLabel(o)
		}
		a.Target = Target{Kind: "field"}
		if !unnamedField(c.where) {
			a.Target.Words = cmp.Or(wordsBeforeLabel(o), forTitled(o))
		}
	case len(o.labels) > 0:
		// "Enter a **Username**", "Enter the **Name** of the integration".
		a.Target = Target{Path: o.labels[len(o.labels)-1:], Kind: "field"}
		a.Hint = describe(o)
		if len(o.labels) > 1 {
			var acts []Act
			for _, l := range o.labels {
				acts = append(acts, Act{Verb: Enter, Target: Target{Path: []string{l}, Kind: "field"}, Hint: describe(o), In: c.where})
			}
			return acts
		}
	default:
		// "Enter a name for your token": the field is found on the page by what it asks for.
		words := fieldWords(o)
		if parts := includedFields(o); len(parts) > 1 {
			// "the address details including name, address line, city, and country": each
			// detail named is a field, filled where the form has it.
			var acts []Act
			for _, w := range parts {
				acts = append(acts, Act{Verb: Enter, Target: Target{Words: w, Kind: "field"}, In: c.where, Offered: true})
			}
			return acts
		}
		if parts, optionalFrom := fieldList(o); len(parts) > 1 {
			// "Enter the user's name and email address and a unique username": one field each;
			// "…, and optionally their phone number": the reader may leave those after it.
			var acts []Act
			for i, w := range parts {
				acts = append(acts, Act{Verb: Enter, Target: Target{Words: w, Kind: "field"}, Hint: describe(o), In: c.where, Optional: i >= optionalFrom})
			}
			return acts
		}
		a.Target = Target{Words: words, Kind: "field"}
		a.Hint = describe(o)
		if own, byAddress := itemsOwnName(o); own && (!byAddress || slices.ContainsFunc(c.where, func(w Where) bool { return controlKinds[w.Kind] == "dialog" })) {
			// "Confirm deleting the sales channel by entering the sales channel's name": the
			// name the item already has, which the page asks to be typed again.
			a.Hint = ItemsName
		}
	}
	for _, m := range c.mods {
		if m.prep == "as" || m.prep == "with" {
			if lit, ok := literal(m.np); ok {
				a.Value = lit
			}
		}
		if m.prep == "to" && person(m.np) && !describesValue(o) {
			// "Provide the user name … to the app developer": handing it over, not typing it.
			return []Act{{Verb: Nothing, Why: whyElsewhere + "someone else (" + describe(m.np) + ")"}}
		}
	}
	if o.value != "" {
		a.Value = o.value
	}
	return []Act{a}
}

// describesValue reports an object that says what the value is with a clause of its own, which
// a "to" after it belongs to: "what is shown to customers", "a label that is shown to users",
// "a name shown to customers".
func describesValue(o phrase) bool {
	if n := len(o.raw); n > 1 && o.raw[n-1].kind == word && (strings.HasSuffix(o.raw[n-1].lower, "ed") || participles[o.raw[n-1].lower]) {
		return true
	}
	return slices.ContainsFunc(o.raw, func(t token) bool { return t.is("what", "that", "which") })
}

// itemsOwnName reports a phrase naming an item's own name by its owner: "the sales channel's
// name", "their name", "its name" — not the reader's ("your name"), nor a name to give ("a
// name for the token"). byAddress is "the customer's email", which is the item's own only
// where a dialog asks for it back: in a form, "the new user's email" is one to give.
func itemsOwnName(o phrase) (own, byAddress bool) {
	words := slices.DeleteFunc(slices.Clone(o.raw), func(t token) bool { return t.kind != word })
	if k := slices.IndexFunc(words, func(t token) bool { return t.is("to", "in", "into", "and") }); k > 0 {
		words = words[:k] // "the repository's name to confirm"
	}
	n := len(words)
	if n > 2 && words[n-1].is("address") && words[n-2].is("email", "e-mail") {
		n-- // "the customer's email address": the address it is known by, as its name is
	}
	if n < 2 || !words[n-1].is("name", "email", "e-mail") {
		return false, false
	}
	owner := strings.ReplaceAll(words[n-2].lower, "’", "'")
	if !words[n-1].is("name") {
		return strings.HasSuffix(owner, "'s") && !slices.ContainsFunc(words, func(t token) bool { return t.is("your", "my", "our", "new") }), true
	}
	return owner == "their" || owner == "its" || strings.HasSuffix(owner, "'s") && !words[0].is("your", "my", "our"), false
}

// set reads "Set **Coupon** to `No Coupon`", "Change the **Provisioning Mode** from "Manual"
// to **Automatic**", "Update the **Description**".
func (c clause) set() []Act {
	o := c.obj
	for i, m := range c.mods {
		// "Switch **Enable SSO** to on", "Set **Public** to off": a switch, not a field. (A
		// value marked as a label, "to **Enabled**", is an option to choose.)
		if m.prep == "to" && m.np.empty() && i+1 < len(c.mods) && c.mods[i+1].prep == "on" && c.mods[i+1].np.empty() {
			return []Act{{Verb: Check, Target: c.target(), In: c.where}}
		}
		if v, ok := onOff[strings.ToLower(m.np.text())]; ok && m.prep == "to" && len(m.np.labels) == 0 {
			return []Act{{Verb: v, Target: c.target(), In: c.where}}
		}
		if m.prep == "to" && (len(m.np.labels) > 0 || len(m.np.words) > 0) {
			t := Target{Path: lastOf(o.labels), Words: fieldWords(o), Kind: "field"}
			if len(t.Path) > 0 {
				t.Words = ""
			}
			if len(m.np.labels) == 0 && len(m.np.raw) > 0 && m.np.raw[0].in(determiners) {
				// "Set **Secret** to the exact value from Kaneo", "… to the value you
				// copied": what the value is, not the value.
				hint := joinWords(m.np.raw)
				for _, later := range c.mods[i+1:] {
					hint += " " + later.prep + " " + joinWords(later.np.raw)
				}
				return []Act{{Verb: Enter, Target: t, Hint: strings.TrimRight(hint, ".;"), In: c.where}}
			}
			val := m.np.text()
			if v, ok := literal(m.np); ok {
				val = v
			} else if len(m.np.labels) > 0 {
				val = m.np.labels[0]
			}
			return []Act{{Verb: Enter, Target: t, Value: val, In: c.where}}
		}
	}
	if len(o.labels) > 0 || o.kind == "field" {
		return c.enter()
	}
	if f, ok := c.field(); ok {
		return []Act{{Verb: Enter, Target: f, Hint: describe(o), In: c.where}}
	}
	return leftToReader(c.verb, describe(o))
}

// onOff are the states a switch is set to.
var onOff = map[string]Verb{"on": Check, "off": Uncheck, "enabled": Check, "disabled": Uncheck,
	"active": Check, "inactive": Uncheck, "yes": Check, "no": Uncheck}

// give reads "Give the account a name", "Give your token a descriptive name".
func (c clause) give() []Act {
	raw := c.obj.raw
	for i, t := range raw {
		if i > 0 && t.is("a", "an") {
			rest := readPhrase(raw[i+1:])
			return []Act{{Verb: Enter, Target: Target{Words: fieldWords(rest), Kind: "field"}, Hint: describe(rest), In: c.where}}
		}
	}
	return leftToReader("give", describe(c.obj))
}

// literal is a value the doc spells out: a code span or a quotation.
func literal(p phrase) (string, bool) {
	if len(p.labels) > 0 && literalMark(p) {
		return firstLabel(p), true
	}
	return "", false
}

// firstLabel is a phrase's first label as written: a value is typed whole, never split as a
// path is ("`<GOALERT_PUBLIC_URL>/api/v2/twilio/message`", "`a>b`").
func firstLabel(p phrase) string {
	for _, t := range p.raw {
		if parts := splitPath(t.text); t.kind == label && len(parts) > 1 && parts[0] == p.labels[0] {
			return t.text
		}
	}
	return p.labels[0]
}

// literalMark reports whether a phrase's first label is marked as a value (code or quotes)
// rather than as a control (bold, italics).
func literalMark(p phrase) bool {
	for _, t := range p.raw {
		if t.kind == label {
			return t.mark == markCode || t.mark == markQuoted
		}
	}
	return false
}

// fieldWords are the words of a described value that name its field: "a name for your
// token" → "name", "an endpoint URL" → "endpoint URL".
func fieldWords(p phrase) string {
	var out []string
	for i, t := range p.raw {
		if t.kind == word && (fieldWordsEnd[t.lower] || len(out) > 0 && participles[t.lower]) {
			break // ("a name shown to customers": what the value is, after the field's words)
		}
		if howMany(p.raw, i) {
			continue // "one or more smart hosts"
		}
		if t.kind == label {
			out = append(out, t.text)
			continue
		}
		if t.kind == word && !determiners[t.lower] && !descriptive[t.lower] && !(len(out) == 0 && t.is("and")) {
			// ("a memorable and concise label": the "and" joined two words dropped.)
			out = append(out, strings.Trim(t.text, "."))
		}
	}
	return strings.Join(out, " ")
}

// wordsBeforeLabel is the field a phrase names in the shape "field: value" — "application
// name" in "application name: `md2wp`", "user" in "user: \"jdoe\"" — as fieldWords reads it:
// a few words right before the value, the last of them a form's field noun (or a colon
// between them); "" for any other shape ("name it something like \"X\"", "`groups`").
func wordsBeforeLabel(p phrase) string {
	k := slices.IndexFunc(p.raw, func(t token) bool { return t.kind == label })
	if k < 1 {
		return ""
	}
	words := p.raw[:k]
	colon := words[len(words)-1].isPunct(":")
	if colon {
		words = words[:len(words)-1]
	}
	if len(words) == 0 || len(words) > 4 || slices.ContainsFunc(words, func(t token) bool { return t.kind != word || t.is("and", "or") }) ||
		!colon && !fieldNouns[words[len(words)-1].lower] {
		return ""
	}
	return fieldWords(phrase{raw: words})
}

// fieldWordsEnd end the words that name a field: "a name for your token", "the email you use".
var fieldWordsEnd = wordSet(`for of to that which you as in on`)

// participles are past participles that describe a value rather than name its field: "a
// name shown to customers".
var participles = wordSet(`shown seen given known written hidden sent displayed used`)

// fieldList splits the words of several fields asked for at once — "name and email
// address", "the staff member's first name, last name, and email address" — when each part
// ends in what forms call a field; "a memorable and concise label" is one field described
// twice.
func fieldList(o phrase) (parts []string, optionalFrom int) {
	type part struct {
		words    []string
		optional bool // after "optionally"
		andNext  bool // joined to the next by "and" or "or", not a comma
	}
	var ps []part
	cur, optional := part{}, false
	end := func(and bool) {
		if len(cur.words) > 0 {
			cur.optional, cur.andNext = optional, and
			ps = append(ps, cur)
		}
		cur = part{}
	}
	for _, t := range o.raw {
		if t.kind == word && fieldWordsEnd[t.lower] || t.isPunct("(") {
			break
		}
		switch {
		case t.isPunct(","):
			end(false)
		case t.is("and", "or"):
			end(true)
		case t.is("optionally", "optional"):
			end(false)
			optional = true
		case t.kind != word || determiners[t.lower] || descriptive[t.lower]:
		case strings.HasSuffix(t.lower, "'s"):
			cur.words = cur.words[:0] // "the staff member's first name": the owner, not the field
		default:
			cur.words = append(cur.words, strings.Trim(t.text, "."))
		}
	}
	end(false)
	if len(ps) < 2 {
		return nil, 0
	}
	optionalFrom = len(ps)
	for i, p := range ps {
		last := p.words[len(p.words)-1]
		if !fieldNouns[strings.ToLower(last)] && len(p.words) == 1 && p.andNext && i+1 < len(ps) {
			// "first and last name": the noun after the "and" is each one's.
			next := ps[i+1].words
			if noun := next[len(next)-1]; fieldNouns[strings.ToLower(noun)] && len(next) > 1 {
				p.words, last = append(p.words, noun), noun
			}
		}
		if !fieldNouns[strings.ToLower(last)] {
			return nil, 0
		}
		if p.optional && optionalFrom == len(ps) {
			optionalFrom = i
		}
		parts = append(parts, strings.Join(p.words, " "))
	}
	return parts, optionalFrom
}

// includedFields are the details a phrase lists after "including": "name",
// "address line" and "postal code" of "the address details including name, address line, and
// postal code"; nil for fewer than two, or for a list of anything but short names.
func includedFields(o phrase) []string {
	k := slices.IndexFunc(o.raw, func(t token) bool { return t.is("including") })
	if k < 1 {
		return nil
	}
	var parts []string
	var cur []string
	end := func() bool {
		if len(cur) > 3 {
			return false
		}
		if len(cur) > 0 {
			parts = append(parts, strings.Join(cur, " "))
		}
		cur = nil
		return true
	}
	for _, t := range o.raw[k+1:] {
		switch {
		case t.isPunct(",") || t.is("and", "or"):
			if !end() {
				return nil
			}
		case t.isPunct("."):
		case t.kind != word:
			return nil // a label, a value: not a list of the form's details
		case determiners[t.lower]:
		default:
			cur = append(cur, t.text)
		}
	}
	if !end() || len(parts) < 2 {
		return nil
	}
	return parts
}

// fieldNouns are what forms label their fields with.
var fieldNouns = wordSet(`name username email address password description title url phone number key
	value role comment message domain company organization label tags tag surname date scope
	identifier handle slug alias code rate price amount quantity`)

// descriptive adjectives say how to choose a value, not which field takes it.
var descriptive = wordSet(`descriptive unique meaningful short long memorable valid suitable
	friendly human-readable optional brief clear good strong secure random custom concise proper`)

func lastOf(ss []string) []string {
	if len(ss) == 0 {
		return nil
	}
	return ss[len(ss)-1:]
}

// AsksOwn reports an act whose description asks for the reader's own value ("Write your
// first name in the textbox."): a field that shows one already holds it. A new one ("Write
// your new password") is not the one there.
func AsksOwn(a Act) bool {
	w := strings.FieldsFunc(strings.ToLower(a.Hint), notLetter)
	return slices.Contains(w, "your") && !slices.Contains(w, "new")
}

// ValueAsked is the kind of value an act that types into field asks for when the doc gives
// none, by the field's name or what the doc says to put there: "email" for "Shipper email" or
// "Indicate the email address of the shipper", "url" for "Redirection url" or "Indicate the
// URL of the page", "password" for a label that names one ("Current password", "Password
// (again)" — not "Reset password page"), "number" for an amount ("Tax rate", "Price"); "" for
// any other, a name.
func ValueAsked(field string, a Act) string {
	name := strings.FieldsFunc(strings.ToLower(field), notLetter)
	hint := strings.FieldsFunc(strings.ToLower(a.Hint), func(r rune) bool { return notLetter(r) && r != '-' })
	last := ""
	if len(name) > 0 {
		last = name[len(name)-1]
	}
	switch {
	case last == "email" || slices.ContainsFunc(hint, func(w string) bool { return w == "email" || w == "e-mail" }) && slices.Contains(hint, "address"):
		return "email"
	case last == "url" || last == "uri" || slices.Contains(hint, "url") || slices.Contains(hint, "uri"):
		return "url"
	case slices.Contains(name, "password") && slices.Contains([]string{"password", "confirmation", "again", "repeat", "repeated", "twice"}, last):
		return "password"
	case amountWords[last]:
		// "Tax rate" in a text box that formats what it is given: a name typed there turns
		// into a number no one meant.
		return "number"
	}
	return ""
}

// amountWords end the names of fields that take a number.
var amountWords = wordSet(`rate price amount quantity percentage percent cost`)

// ownPassword reports a phrase that names the reader's own current password alone ("your
// password", "your account password"): a product asking again who the reader is. A new one
// ("your new password") is a field to fill.
func ownPassword(o phrase) bool {
	w := yourWords(o)
	if len(w) == 0 || slices.Contains(w, "new") || slices.Contains(w, "again") {
		return false
	}
	return w[0] == "password" || len(w) > 1 && (w[0] == "current" || w[0] == "account") && w[1] == "password"
}

// ownCredentials reports a phrase that names the reader's own user name and password ("your
// username and password", "your email and password", "your credentials"): what signing in
// asks for. A username and
// password the reader makes up ("a username and password" for a new user) are fields to fill.
func ownCredentials(o phrase) bool {
	w := yourWords(o)
	if i := slices.Index(w, "to"); i > 0 {
		w = w[:i] // "your credentials to log in": what for is said after
	}
	switch strings.Join(w, " ") {
	case "credentials", "login credentials", "log-in credentials", "sign-in credentials", "account credentials",
		"login details", "log-in details", "sign-in details", "login information", "login info":
		return true // "Enter your credentials to log in"
	}
	if !slices.Contains(w, "password") {
		return false
	}
	for i, x := range w {
		switch {
		case x == "username" || x == "email" || x == "e-mail" || x == "login",
			x == "user" && i+1 < len(w) && (w[i+1] == "name" || w[i+1] == "id"):
			return true
		}
	}
	return false
}

// yourWords are the lower-case words after "your" of a phrase that names something of the
// reader's own in unmarked words ("your username and password"); nil for any other phrase.
func yourWords(o phrase) []string {
	f := strings.FieldsFunc(strings.ToLower(joinWords(o.raw)), func(r rune) bool { return r == ' ' || r == '.' || r == ',' })
	if len(o.labels) > 0 || len(f) < 2 || f[0] != "your" {
		return nil
	}
	return f[1:]
}
