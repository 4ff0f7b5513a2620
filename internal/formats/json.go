package formats

import (
	"encoding/json"
	"io"

	"github.com/docdrift/docdrift/docsparse"
)

func init() {
	register(Format{
		Name:     "json",
		Help:     "an array of findings {path, pos {line, col}, severity, rule, message}",
		Findings: writeJSON,
	})
}

// writeJSON writes an array (empty, never null) of findings with docsparse.Finding's field
// names.
func writeJSON(w io.Writer, findings docsparse.Findings) error {
	if findings == nil {
		findings = docsparse.Findings{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false) // messages quote markup such as <strike>; keep it readable
	return enc.Encode(findings)
}
