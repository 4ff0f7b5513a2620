package understand

import (
	"regexp"
	"strings"
)

// inDocLink is a Markdown link to a heading of the same doc: "[revoking it](#revoke-a-key)".
var inDocLink = regexp.MustCompile(`\[[^\]]+\]\(#([^)\s]+)\)`)

// DoneFirst is the anchor of the task a procedure's lead-in says must be done before it, linked
// to where the doc gives it: "You can only delete a secret API key after [revoking
// it](#revoke-secret-api-key)", "You must first [disable the webhook](#disable)", "Before you
// can delete it, [archive the project](#archive)". "" when no sentence of markup says so —
// a link for more on something ("see [Roles](#roles)") is not a task to do first.
func DoneFirst(markup string) string {
	for _, sentence := range sentenceEnd.Split(markup, -1) {
		m := inDocLink.FindStringSubmatch(sentence)
		if m == nil {
			continue
		}
		before := strings.ToLower(sentence[:strings.Index(sentence, m[0])])
		switch {
		case strings.Contains(before, "only") && strings.Contains(before, " after"),
			strings.HasPrefix(before, "first"), strings.HasPrefix(before, "before you"),
			firstAsAdverb.MatchString(before):
			return m[1]
		}
	}
	return ""
}

// firstAsAdverb is "first" saying when, not which: "You must first", "you need to first",
// "make sure you first" — not "the first [example](#…)".
var firstAsAdverb = regexp.MustCompile(`\b(must|need to|needs to|have to|has to|should|you) first\b`)

// sentenceEnd splits markup into sentences at a full stop, question or exclamation mark
// followed by a space.
var sentenceEnd = regexp.MustCompile(`[.!?]\s+`)
