package understand

import (
	"slices"
	"strings"
	"unicode"
)

// Outcome forms. A doc says what a reader should now see in many ways: "This will display the
// **X** page", "The **X** dialog opens", "You will be routed to …", "… should appear", "You
// should see …", "A .txt file … will download". They share one shape — something, then a verb
// of showing or appearing — read here from three word lists rather than one pattern per form.
var (
	// showVerbs follow what causes the showing: "This will display X", "Saving shows X".
	showVerbs = wordSet(`display displays displayed show shows showed open opens opened bring
		brings reveal reveals revealed launch launches load loads reload reopen reopens take takes took return returns
		redirect redirects route routes navigate navigates refresh refreshes reload reloads
		prompt prompts pop pops`)

	// appearVerbs follow what is shown: "The **X** dialog opens", "X is displayed".
	appearVerbs = wordSet(`appear appears appeared open opens opened display displays
		displayed show shows shown pop pops load loads loaded expand expands expanded close
		closes closed disappear disappears disappeared update updates updated change changes
		changed refresh refreshes refreshed download downloads downloaded start starts
		complete completes completed finish finishes finished succeed succeeds succeeded turn
		turns become becomes render renders rendered shift shifts shifted switch switches switched`)

	// stateWords follow "is", "are", "will be", "should be": the state a thing is now in.
	stateWords = wordSet(`displayed shown visible listed created saved added deleted removed
		updated generated downloaded enabled disabled revoked regenerated opened closed
		selected highlighted active inactive applied published sent complete
		completed successful done ready disabled greyed grayed expanded collapsed checked
		unchecked populated filled empty gone hidden replaced renamed invited assigned
		configured connected installed uninstalled registered activated deactivated
		archived restored reset copied stored redirected taken returned routed logged
		signed authenticated verified confirmed approved rejected cancelled canceled
		scheduled running finished started stopped inserted imported attached moved
		duplicated linked`)

	// recipientsMail is where "An email invitation is sent to the user" arrives, and
	// mailSent the outcome that says so: nothing to check on the product's page.
	recipientsMail = Surface{Kind: Device, Name: "the recipient's email"}
	mailWords      = []string{" email ", " e-mail ", " invitation ", " mail "} // what arrives there
	mailSent       = elsewhere(recipientsMail)

	// generalWords make a sentence of showing a statement about the product in general.
	generalWords = wordSet(`always never even since whenever cannot can't`)

	// movesTo are the verbs of a page that moves the reader on: "The page redirects to X".
	movesTo = wordSet(`redirect redirects returns navigates`)

	// becomes are the appearVerbs after which "to" names what shows now: "X changes to Y".
	becomes = wordSet(`change changes changed turn turns become becomes shift shifts shifted switch switches switched`)

	// seeVerbs follow "you": "You will see X", "you are taken to X".
	seeVerbs = wordSet(`see receive get find notice land arrive return`)
	// givenWords follow "you will be": "You will be given an overview", "you are prompted".
	givenWords = wordSet(`given shown presented prompted asked sent notified offered`)
)

// startsOutcome reports whether a piece reads as an outcome, for joining clauses.
func startsOutcome(p []token) bool {
	_, ok := readOutcome(p)
	return ok
}

// readOutcome reads an outcome sentence into a See act (or Download, for a file that
// arrives).
func readOutcome(p []token) (Act, bool) {
	if len(p) == 0 {
		return Act{}, false
	}
	lw := lowerWords(p)
	if len(p) > 40 {
		return Act{}, false
	}
	if len(lw) > 1 && (lw[0] == "here" || lw[0] == "there") && (lw[1] == "you" || lw[1] == "you'll") {
		p, lw = p[1:], lw[1:] // "Here you'll find your **API Key**": what the page shows
	}
	// "You will see X", "You should be taken to X", "You are redirected to X".
	if lw[0] == "you" || lw[0] == "you'll" {
		if k := ableToSee(lw); k > 0 {
			return arrived(p[k:]), true // "you can see the user in the list": what is there now
		}
		for i := 1; i < len(lw) && i < 5; i++ {
			w := lw[i]
			if hedged(lw[:i+1]) {
				return Act{}, false // "You may see …", "you can find …": not a promise
			}
			switch {
			case (w == "receive" || w == "get") && containsAny(" "+strings.Join(lw[i+1:], " ")+" ", mailWords):
				// "You will receive an email with a verification link": in a mailbox, not on the page.
				return mailSent, true
			case seeVerbs[w] || seeVerbs[strings.TrimSuffix(w, "s")]:
				return arrived(p[i+1:]), true
			case (w == "be" || w == "are" || w == "get" || w == "were") && i+1 < len(lw) && (stateWords[lw[i+1]] || givenWords[lw[i+1]]):
				// "You are redirected to the login page": where, not "to".
				rest := p[i+2:]
				for len(rest) > 0 && rest[0].is("to", "back", "into", "onto") {
					rest = rest[1:]
				}
				return seeAct(rest), true
			}
			if !auxiliary[w] && w != "only" { // "You will only see the policies assigned to …"
				break
			}
		}
		return Act{}, false
	}
	if general(lw) {
		// "The active profile is also shown in the status bar", "Entries appear only when
		// …", "Keys stay here even after …": how the product behaves, not what this step shows.
		return Act{}, false
	}
	// Find the verb of showing or appearing after the subject.
	for i := 1; i < len(p) && i < 24; i++ {
		t := p[i]
		if t.kind != word {
			continue
		}
		w := t.lower
		if hedged(verbGroup(lw, i)) || containsWord(lw, "default") {
			return Act{}, false // "more criteria may be visible", "can take several seconds"
		}
		switch {
		case (w == "is" || w == "are" || w == "be" || w == "becomes" || w == "now") && i+1 < len(lw) && stateWords[next(lw, i+1)]:
			subj := readPhrase(subjectOf(p[:i]))
			if subj.empty() && subj.kind == "" || !definite(p[:i]) {
				return Act{}, false // "Matching groups are added": a fact about a kind of thing
			}
			s := next(lw, i+1)
			if s == "sent" && containsAny(" "+strings.Join(lw[:i], " ")+" ", mailWords) {
				// "An email invitation is sent to the user": it arrives in a mailbox, not on the page.
				return mailSent, true
			}
			a := Act{Verb: See, Target: targetOf(subj)}
			if s == "deleted" || s == "removed" || s == "gone" || s == "hidden" || s == "revoked" {
				a.Why = "gone"
			}
			if s == "downloaded" {
				a.Verb, a.Value = Download, fileType(p[:i])
			}
			return a, true
		case movesTo[w] && subjectBefore(p[:i]) && len(dropLead(p[i+1:], "back", "you", "us")) > 1 && dropLead(p[i+1:], "back", "you", "us")[0].is("to"):
			// "The page will automatically redirect back to the **Teams** page", "… should
			// redirect us to the detail view": where the reader lands.
			return seeAct(dropLead(p[i+1:], "back", "you", "us", "to")), true
		case (w == "is" || w == "are" || w == "be") && i+1 < len(lw) && lw[i+1] != "also" && modPreps[next(lw, i+1)] && definite(p[:i]) && len(placesAfter(dropLead(p[i+1:], "now"))) > 0:
			// "Our New Contact should be in the table": the thing, seen where it now is.
			return Act{Verb: See, Target: targetOf(readPhrase(subjectOf(p[:i]))), In: placesAfter(dropLead(p[i+1:], "now"))}, true
		case appearVerbs[w] && strings.HasSuffix(w, "ed") && !(i > 0 && (p[i-1].is("is", "are", "be", "been", "was", "were", "gets", "get") ||
			p[i-1].is("have", "has") && t.is("appeared", "opened", "displayed", "loaded", "expanded", "rendered"))):
			// "the downloaded certificate": a participle describing a noun, not an outcome
			// (but "A new tab should have appeared called **Provisioning**" shows it now).
		case appearVerbs[w] && p[i-1].is("that", "which") && p[0].kind == word && prepositions[p[0].lower]:
			// "In the Confirmation dialog that opens, you can choose to:": which dialog, the
			// place of what follows.
		case (appearVerbs[w] || w == "toggles" || w == "switches") && subjectBefore(p[:i]) && (!causative(p[:i]) || !showVerbs[w] || intransitive(p[i+1:])) && !(showVerbs[w] && agentShows(p[:i], w, p[i+1:])):
			subj := readPhrase(subjectOf(p[:i]))
			toLabel := i+2 < len(p) && p[i+1].is("to", "into") && p[i+2].kind == label
			if !appearVerbs[w] && !toLabel {
				continue // "The switches control …": a noun
			}
			if (becomes[w] || !appearVerbs[w]) && toLabel {
				// "**Enable 2FA** toggles to **Disable 2FA**": what shows now is the new label.
				subj = readPhrase(p[i+2 : i+3])
			}
			if i+2 < len(p) && (p[i+1].isPunct(":") || p[i+1].is("called", "named", "titled")) && p[i+2].kind == label && len(subj.labels) == 0 {
				// "A confirmation message appears: **User invited**": what it says; "A new tab
				// should appear called **Provisioning**": what it is called.
				kind := subj.kind
				subj = readPhrase(p[i+2 : i+3])
				subj.kind = kind
			}
			a := Act{Verb: See, Target: targetOf(subj), In: placesAfter(p[i+1:])}
			if strings.HasPrefix(w, "download") {
				a.Verb, a.Value = Download, fileType(p[:i])
			}
			if strings.HasPrefix(w, "disappear") || strings.HasPrefix(w, "close") || noLonger(lw[:i]) {
				a.Why = "gone" // "… disappears", "the webhook no longer appears in the list"
			}
			return a, true
		case showVerbs[w] && (causative(p[:i]) || agentShows(p[:i], w, p[i+1:])):
			rest := p[i+1:]
			if showsWhat[w] {
				rest = dropLead(rest, "you", "us") // "GitHub shows you the new token"
			}
			if w == "take" || w == "takes" || w == "took" || w == "bring" || w == "brings" || w == "return" || w == "returns" || w == "redirect" || w == "redirects" || w == "route" || w == "routes" || w == "navigate" || w == "navigates" {
				rest = dropLead(rest, "you", "us", "back", "to", "up", "over")
			}
			a := seeAct(rest)
			if containsWord(lw, "containing") || containsWord(lw, "with") {
				a = dialogWithFields(p, a)
			}
			return a, true
		case w == "will" || w == "should" || w == "can" || w == "now" || w == "also" || w == "then" || w == "immediately" || w == "automatically":
		case auxiliary[w]:
		}
		if t.is("if", "when", "so", "because", "but", "to") {
			break
		}
	}
	return Act{}, false
}

// ableToSee is where what a reader is now able to see begins, after "you can see", "you can
// now see", "you should now be able to see", "you will be able to see"; 0 for none. "You can
// find …" says where to look, not what shows now.
func ableToSee(lw []string) int {
	// The words after "you" but "now" and "also", with where each is.
	var words []string
	var at []int
	if lw[0] == "you'll" {
		words, at = append(words, "will"), append(at, 0)
	}
	for i := 1; i < len(lw) && len(words) < 6; i++ {
		if lw[i] != "now" && lw[i] != "also" {
			words, at = append(words, lw[i]), append(at, i)
		}
	}
	said := strings.Join(words, " ") + " "
	for _, able := range []string{"can see ", "should be able to see ", "will be able to see "} {
		if !strings.HasPrefix(said, able) {
			continue
		}
		k := at[strings.Count(able, " ")-1] + 1
		for j := k; j+1 < len(lw); j++ {
			if (lw[j] == "after" || lw[j] == "once" || lw[j] == "when") && lw[j+1] == "you" {
				return 0 // "… in the **Playground** after you run the flow": not now
			}
		}
		if k < len(lw) {
			return k
		}
	}
	return 0
}

// general reports a sentence about how the product behaves whenever, not what one step
// shows: "always", "even after", "since", "only when …", "Only the fields you change …"
// (but "The control displays only the top **Size** values" shows them).
func general(lw []string) bool {
	onlyIf := func(i int) bool {
		return i < len(lw) && (lw[i] == "when" || lw[i] == "if" || lw[i] == "after" || lw[i] == "once")
	}
	for i, w := range lw {
		// "… only when …"; "… that's only shown if you enable …": when it shows, not that it does.
		// ("only shown once, so be sure to copy it": once as in one time.)
		if generalWords[w] || w == "only" && (i == 0 || onlyIf(i+1) || i+2 < len(lw) && shownWords[lw[i+1]] && lw[i+2] != "once" && onlyIf(i+2)) {
			return true
		}
	}
	return false
}

// shownWords say that something shows: "only shown if", "only available when".
var shownWords = wordSet(`shown visible displayed available appears appear enabled listed offered`)

// hedged reports an outcome the doc does not promise: "more criteria may be visible", "the
// report can take several seconds", "it might be in the **Popular fields** list" — or one
// someone still has to bring about: "the requester must create a new change request".
// verbGroup is the verb at i with the auxiliaries just before it: "may be visible" → [may be
// visible]; a modal inside the subject ("Packages that can be unpublished will be deleted")
// is not part of it.
func verbGroup(lw []string, i int) []string {
	j := i
	for j > 0 && (auxiliary[lw[j-1]] || lw[j-1] == "not" || lw[j-1] == "only") {
		j--
	}
	return lw[j : i+1]
}

func hedged(lw []string) bool {
	for _, w := range lw {
		switch w {
		case "may", "might", "can", "could", "must", "usually", "typically", "sometimes", "often", "cannot", "can't", "recommend":
			return true
		}
	}
	return false
}

// definite reports whether a subject names a particular thing a reader can look for: a label
// the doc marked, or a phrase with an article or a possessive ("The **X** page", "A new token",
// "Your new token").
func definite(ts []token) bool {
	for i, t := range ts {
		if t.kind == label || t.is("the", "a", "an", "your", "this", "that", "these", "those", "its", "their", "our", "each", "every", "new") {
			return true
		}
		if i > 0 && t.kind == word && t.text != "I" && unicode.IsUpper([]rune(t.text)[0]) {
			return true // "Now Template Card is inserted": a thing the product names, capitalized
		}
	}
	return false
}

// fileType is the kind of file a subject names: "A .txt file" → ".txt", "a CSV file" → ".csv".
func fileType(ts []token) string {
	for i, t := range ts {
		if t.kind != word {
			continue
		}
		if strings.HasPrefix(t.text, ".") && len(t.text) > 1 {
			return strings.ToLower(t.text)
		}
		if i+1 < len(ts) && ts[i+1].is("file", "files") && len(t.text) <= 5 && !determiners[t.lower] {
			return "." + t.lower
		}
	}
	return ""
}

// subjectOf drops the auxiliaries before a verb from its subject: "The page will" → "The page".
func subjectOf(ts []token) []token {
	if noLonger(lowerWords(ts)) {
		ts = ts[:len(ts)-2]
	}
	for len(ts) > 0 && ts[len(ts)-1].kind == word && auxiliary[ts[len(ts)-1].lower] {
		ts = ts[:len(ts)-1]
	}
	for len(ts) > 1 && ts[0].is("now", "then") {
		ts = ts[1:] // "Now Template Card is inserted"
	}
	return ts
}

// noLonger reports words that end in "no longer": what follows is gone.
func noLonger(lw []string) bool {
	n := len(lw)
	return n >= 2 && lw[n-2] == "no" && lw[n-1] == "longer"
}

// intransitive reports whether what follows a verb of showing is no object: "The page opens.",
// "The dialog appears at the top", "… displays in the list".
func intransitive(rest []token) bool {
	return len(rest) == 0 || rest[0].kind == punct || rest[0].kind == word && (modPreps[rest[0].lower] || rest[0].is("automatically", "immediately", "again", "now", "below", "above", "up", "successfully"))
}

var auxiliary = wordSet(`will should would can could may might must now then also immediately
	automatically shortly soon be are is were was get gets have has`)

func next(lw []string, i int) string {
	for i < len(lw) && (lw[i] == "now" || lw[i] == "also" || lw[i] == "then" || lw[i] == "be" || lw[i] == "successfully" || lw[i] == "automatically") {
		i++
	}
	if i < len(lw) {
		return lw[i]
	}
	return ""
}

// causative reports whether the words before a verb of showing are what causes it: "This",
// "Doing so", "Saving the account", "The system", "A successful save".
func causative(ts []token) bool {
	if len(ts) == 0 {
		return false
	}
	if describesControl(ts) {
		return false
	}
	first := ts[0].lower
	switch first {
	case "this", "that", "it", "doing", "which", "clicking", "selecting", "saving", "choosing", "submitting", "the", "a", "an", "your", "successfully", "once":
		return true
	}
	return strings.HasSuffix(first, "ing")
}

// describesControl reports a subject that is a control, whose verb of showing says what it
// does, not what just happened: "This option takes you to …".
func describesControl(ts []token) bool {
	return len(ts) > 1 && ts[0].is("this", "that", "the") && ts[1].is("option", "setting", "field", "feature", "button", "link", "tab", "column", "menu", "page", "toggle")
}

// agentShows reports a subject that shows the reader something rather than appearing itself:
// "n8n opens your **Personal settings** page", "GitHub displays the new token" — a verb of
// showing with its object after it, whoever the subject.
func agentShows(subj []token, verb string, rest []token) bool {
	if len(rest) == 0 || !showsWhat[verb] || !subjectBefore(subj) || describesControl(subj) || subj[0].kind == label {
		// "**Add Member** opens a dialog": a control's name, said of what it does.
		return false
	}
	if rest = dropLead(rest, "you", "us"); len(rest) == 0 { // "GitHub shows you the new token"
		return false
	}
	return rest[0].kind == label || rest[0].is("the", "a", "an", "your", "its", "their", "all")
}

// showsWhat are the verbs of showing whose object is what the reader now sees, whoever shows
// it ("returns an error", "takes you to" say something else).
var showsWhat = wordSet(`display displays show shows open opens reveal reveals`)

// subjectBefore reports whether the words before an appearing verb are a thing that can
// appear, not an instruction: "The **X** dialog", "A confirmation message", "Your new token".
func subjectBefore(ts []token) bool {
	if len(ts) == 0 || isVerbAt(ts, 0) && !ts[0].is("display", "list", "open") {
		return false
	}
	for _, t := range ts {
		if t.is("you", "we", "i") {
			return false
		}
	}
	return true
}

// arrived reads what a reader is told they will see, which may be a file arriving: "a private
// key in PEM format downloaded to your computer".
func arrived(ts []token) Act {
	for i, t := range ts {
		if t.is("downloaded") && i > 0 {
			return Act{Verb: Download, Target: targetOf(readPhrase(ts[:i])), Value: fileType(ts[:i])}
		}
	}
	return seeAct(ts)
}

// placesAfter reads where something appears: "appears under **Personal access tokens**".
func placesAfter(rest []token) []Where {
	if len(rest) == 0 || rest[0].kind != word || !modPreps[rest[0].lower] {
		return nil
	}
	var in []Where
	for _, m := range modifiers(rest) {
		in = append(in, m.where()...)
	}
	return in
}

// seeAct reads what is to be seen and where: "a list of your groups under **SCIM Groups**".
func seeAct(ts []token) Act {
	obj, mods := splitModifiers(ts, cSee)
	a := Act{Verb: See, Target: targetOf(readPhrase(obj))}
	for _, m := range mods {
		a.In = append(a.In, m.where()...)
	}
	return a
}

// dialogWithFields reads "… will display the pop-up shown below, containing …: your **Client
// ID**, **Client Secret**, and **Access Token**": a dialog that must show each field.
func dialogWithFields(p []token, a Act) Act {
	colon := -1
	for i, t := range p {
		if t.isPunct(":", "-") {
			colon = i
		}
	}
	if colon < 0 {
		for i, t := range p {
			if t.is("containing", "with") {
				colon = i
			}
		}
	}
	if colon < 0 {
		return a
	}
	fields := readPhrase(p[colon+1:])
	a.Target.Kind = "dialog"
	if len(fields.labels) > 0 {
		a.Target.Path, a.Target.Any = nil, fields.labels
	} else {
		a.Target.Words, a.Target.Any = "", splitList(joinWords(p[colon+1:]))
	}
	return a
}

// readPrecondition reads a state the procedure needs first: "You must be signed in", "an API
// account exists", "a legacy API account named "X" exists".
func readPrecondition(p []token) (Act, bool) {
	lw := lowerWords(p)
	if n := len(lw); n >= 2 && (lw[n-1] == "exists" || lw[n-1] == "exist") {
		subj := readPhrase(p[:len(p)-1])
		return Act{Verb: Exists, Target: Target{Words: subj.text(), Path: subj.labels}, Value: subj.value}, true
	}
	if len(lw) >= 3 && lw[0] == "there" && (lw[1] == "is" || lw[1] == "are") {
		// "There is a legacy API account": one item the procedure acts on. "There are two
		// kinds of tokens", "There is a **Delete** button next to each token", "… that can be
		// used" state facts about the product.
		subj := readPhrase(p[2:])
		if !p[2].is("a", "an", "one", "already") || subj.kind != "" || namesControl(subj) || slices.ContainsFunc(p, func(t token) bool { return t.is(modals...) }) {
			return Act{}, false
		}
		return Act{Verb: Exists, Target: Target{Words: subj.text(), Path: subj.labels}, Value: subj.value}, true
	}
	joined := " " + strings.Join(lw, " ") + " "
	for _, s := range []string{" logged in ", " signed in ", " logged into ", " signed into "} {
		if strings.Contains(joined, s) && (lw[0] == "you" || lw[0] == "make" || lw[0] == "ensure" || lw[0] == "be") {
			return Act{Verb: SignIn}, true
		}
	}
	return Act{}, false
}

func lowerWords(ts []token) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.lower
	}
	return out
}

func containsWord(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}

func dropLead(ts []token, words ...string) []token {
	for len(ts) > 0 && ts[0].is(words...) {
		ts = ts[1:]
	}
	return ts
}

// otherVerbs start instructions docdrift has no act for: a sentence starting with one is an
// instruction it cannot read, not a note.
var otherVerbs = wordSet(`swipe pin unpin star unstar tag untag bookmark favorite favourite
	crop resize rotate zoom reorder regroup merge split rename`)
