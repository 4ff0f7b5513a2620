package lint

import (
	"fmt"

	"github.com/docdrift/docdrift/docsparse"
)

// checkDrafts notes each struck-out procedure: the writer marked it as not yet true, so the
// runner skips it, and a writer should know it is not being checked.
func checkDrafts(in *Input) []docsparse.Finding {
	var out []docsparse.Finding
	for _, p := range in.Doc.Procedures {
		if p.Struck {
			out = append(out, finding(p.Pos, docsparse.Info,
				"procedure %s is struck out; the runner will skip it", procName(p)))
		}
	}
	return out
}

// procName is how messages name a procedure: by its heading, or by its line when untitled.
func procName(p docsparse.Procedure) string {
	if p.Heading.Title != "" {
		return `"` + p.Heading.Title + `"`
	}
	return fmt.Sprintf("at line %d", p.Pos.Line)
}
