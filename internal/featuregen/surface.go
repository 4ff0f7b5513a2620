package featuregen

import (
	"regexp"
	"strings"

	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/understand"
)

// DocSurface names the web UI a doc's procedures happen in, as the doc names it: the first
// one a step of its procedures names (a sign-in, an address, a console, an admin sidebar),
// else one its prose names ("in the BigCommerce control panel", "using the AWS Management
// Console"); "" when it names none. A run compares it with the names of its targets.
func DocSurface(doc *docsparse.Document, src []byte) string {
	for _, s := range Explain(doc) {
		if s.Step && s.Meaning.Surface.Kind == understand.OtherUI && s.Meaning.Surface.Name != "" {
			return s.Meaning.Surface.Name
		}
	}
	if m := proseSurface.FindSubmatch(src); m != nil {
		return strings.Join(strings.Fields(string(m[1])), " ")
	}
	return ""
}

// proseSurface finds a named web UI in running text: a proper name, then a word that makes
// it a UI ("console", "dashboard", "control panel", "admin", "portal", …).
var proseSurface = regexp.MustCompile(`\b(?:in|on|from|into|using|with|open|via|to)\s+(?:the\s+|your\s+)?` +
	`((?:[A-Z][\w+-]*(?:\.\w+)*\s+){1,4}(?:[Cc]onsole|[Dd]ashboards?|[Pp]ortal|[Aa]dmin(?:\s+[Cc]ent(?:er|re)|\s+[Pp]anel)?|` +
	`[Cc]ontrol\s+[Pp]anel|UI|[Ii]nterface|[Ww]ebsite|[Ww]eb\s+[Aa]pp|Home|Hub|Studio))\b`)
