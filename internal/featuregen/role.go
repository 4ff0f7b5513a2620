package featuregen

import (
	"regexp"
	"strings"
)

// role is what a sentence of a doc step asks of the reader.
type role int

const (
	roleNote         role = iota // explanation: kept as a comment, not run
	roleAction                   // something to do: When
	roleOutcome                  // something to see: Then
	rolePrecondition             // a state to be in before starting: Given
)

// imperatives are the verbs procedures start their actions with, counted from the corpus
// (Select, Click, Choose, Enter, Expand, Go to, Open, Navigate to, Set, Copy, …).
var imperatives = wordSet(`
	accept activate add adjust allow apply assign associate attach browse call cancel change check
	choose clear click close collapse complete configure confirm copy create deactivate define
	delete deselect disable dismiss do double-click download drag drop edit enable enter expand
	fill filter find follow generate go grant hover input insert keep leave locate log make mark
	move name navigate open paste pick press provide refresh reload remove rename repeat replace
	restart return review revoke right-click run save scroll search select set sign specify start
	stop submit switch tap toggle turn type uncheck unselect update upload use verify view wait
	write`)

// leads are the words a sentence may start with before the comma that precedes its verb:
// "In the **Name** field, enter …", "From the **Type** dropdown, select …", "To save, click …".
var leads = wordSet(`after at before for from if in inside on once to under when where while within`)

// softStarts are dropped before looking for the verb: "(Optional) Enable …", "Then select …".
var softStarts = regexp.MustCompile(`(?i)^(?:\(optional\)|optional:|optionally,?|then,?|next,?|now,?|finally,?|first,?|also,?|again,?)\s+`)

var (
	outcomeRE = regexp.MustCompile(`(?i)^(?:` +
		`this (?:will )?(?:display|open|reopen|close|show|bring|take|return|redirect|navigate|launch|load|reload|refresh|download|create|generate|reveal)s?\b` +
		`|you (?:should|will|'ll|can now) (?:now )?(?:see|be (?:taken|redirected|returned|shown))\b` +
		`|you are (?:taken|redirected|returned)\b` +
		`|(?:the|a|an|your) .*\b(?:opens|appears|appear|displays|(?:is|are) (?:now )?(?:displayed|shown|visible|listed|created|saved|added|deleted|removed|updated|generated|downloaded|enabled|disabled)|(?:will|should) (?:now )?(?:(?:also )?(?:open|appear|display|download)|be (?:displayed|shown|visible|listed|created|saved|added|deleted|removed|updated|generated|downloaded))|downloads)\b` +
		`|.*\b(?:(?:is|are) (?:now )?(?:displayed|shown)|opens|appears)\.?$` +
		`|.*\bwill (?:also )?(?:display|show|open|download)\b` +
		`)`)
	preconditionRE = regexp.MustCompile(`(?i)^(?:log ?(?:in|into|on)\b|sign ?(?:in|into|on)\b|make sure\b|ensure\b|you must (?:be|have)\b|you need to (?:be|have)\b|be sure\b)`)
)

// classify decides a sentence's role. A sentence that starts with a verb is an action even
// when it ends with "… that appears"; the first sentence of a doc step is always run (an action
// unless it reads as an outcome), so every doc step yields a Gherkin step; later sentences that
// are neither action nor outcome are notes.
func classify(sentence string, first bool) role {
	plain := plainWords(sentence)
	switch {
	case preconditionRE.MatchString(softStarts.ReplaceAllString(plain, "")):
		return rolePrecondition
	case isAction(sentence):
		return roleAction
	case outcomeRE.MatchString(plain):
		return roleOutcome
	case first:
		return roleAction
	default:
		return roleNote
	}
}

// isAction reports whether a sentence tells the reader to do something: it starts with an
// imperative verb, or with a leading phrase whose comma is followed by one. A word in
// **bold**, `code` or _italics_ is a UI label, never the verb: in "When **Create**,
// **Delete** or **Pull** is selected, …" nothing is asked of the reader.
func isAction(sentence string) bool {
	s := softStarts.ReplaceAllString(sentence, "")
	if strings.HasPrefix(s, "(") || exampleRE.MatchString(s) {
		return false // an aside or an example
	}
	if imperatives[firstWord(s)] {
		return true
	}
	if !leads[firstWord(s)] {
		return false
	}
	for rest := s; ; {
		i := strings.IndexByte(rest, ',')
		if i < 0 {
			return false
		}
		rest = strings.TrimSpace(rest[i+1:])
		if imperatives[firstWord(softStarts.ReplaceAllString(rest, ""))] {
			return true
		}
	}
}

var exampleRE = regexp.MustCompile(`(?i)^(?:for example|for instance|e\.g\.|i\.e\.)`)

// plainWords drops the emphasis and code markers a writer put around labels, so patterns
// match the words alone.
func plainWords(s string) string {
	return strings.NewReplacer("**", "", "__", "", "`", "").Replace(s)
}

func firstWord(s string) string {
	end := strings.IndexFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '.' || r == ':' })
	if end < 0 {
		end = len(s)
	}
	return strings.ToLower(s[:end])
}

func wordSet(words string) map[string]bool {
	set := make(map[string]bool)
	for _, w := range strings.Fields(words) {
		set[w] = true
	}
	return set
}
