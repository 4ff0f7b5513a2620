package fixes

import (
	"strings"
	"unicode"
)

// markdownText writes a label from the target's page as Markdown text: the page is not the
// docs' author, so every character that Markdown or HTML would read as markup is
// backslash-escaped (CommonMark lets any ASCII punctuation be), and line breaks and other
// control characters become spaces so a label can never start a new line of the doc.
func markdownText(label string) string {
	var b strings.Builder
	space := false
	for _, r := range label {
		if unicode.IsSpace(r) || unicode.IsControl(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		if strings.ContainsRune("\\`*_{}[]<>&|~!#", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
