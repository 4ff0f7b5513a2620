package steps

import (
	"regexp"
	"strings"
)

// labelRx matches one UI label as writers mark it in a step: **bold**, `code`, "quoted",
// “curly quoted”, _italic_ or *italic*, and breadcrumbs of bold parts (**A** > **B**).
const labelRx = `(\*\*[^*]+?\*\*(?:\s*(?:>|›|→|=>)\s*\*\*[^*]+?\*\*)*|` +
	"`[^`]+`" + `|"[^"]+"|“[^”]+”|_[^_]+_|\*[^*\s][^*]*\*)`

var (
	boldRx        = regexp.MustCompile(`\*\*[^*]+?\*\*`)
	listSep       = regexp.MustCompile(`\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+`)
	breadcrumbSep = regexp.MustCompile(`\s*(?:>|›|→|=>)\s*`)
	markupTrim    = strings.NewReplacer("**", "", "`", "", "“", "", "”", "")
)

// LabelPath turns a label as written into the path of UI labels it names: "**API Accounts**"
// is ["API Accounts"]; "**Advanced Settings** > **API Accounts**" and
// "**Advanced Settings > API Accounts**" are both ["Advanced Settings", "API Accounts"].
func LabelPath(markup string) []string {
	var parts []string
	for _, p := range breadcrumbSep.Split(markup, -1) {
		p = strings.TrimSpace(markupTrim.Replace(p))
		p = strings.Trim(p, `_*`)
		if len(p) > 1 && p[0] == '"' && p[len(p)-1] == '"' {
			p = p[1 : len(p)-1] // a quoted label, not a label with quotes in it (Revoke "{name}")
		}
		p = strings.Join(strings.Fields(p), " ")
		if p != "" {
			parts = append(parts, p)
		}
	}
	return parts
}

// LabelText is the label a reader looks for: the last part of a breadcrumb.
func LabelText(markup string) string {
	p := LabelPath(markup)
	if len(p) == 0 {
		return ""
	}
	return p[len(p)-1]
}
