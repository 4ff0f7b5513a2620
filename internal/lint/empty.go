package lint

import (
	"strings"

	"github.com/docdrift/docdrift/docsparse"
)

// checkEmptyProcedures reports numbered lists that give a reader nothing to do: a list whose
// steps are all blank, or single blank steps ("3." and nothing after it) in an otherwise real
// procedure.
func checkEmptyProcedures(in *Input) []docsparse.Finding {
	var out []docsparse.Finding
	for _, p := range in.Doc.Procedures {
		var blank []docsparse.Step
		for _, s := range p.Steps {
			if strings.TrimSpace(s.Text) == "" && len(s.SubSteps) == 0 {
				blank = append(blank, s)
			}
		}
		switch {
		case len(blank) == len(p.Steps):
			out = append(out, finding(p.Pos, docsparse.Warning, "procedure %s has no step text", procName(p)))
		default:
			for _, s := range blank {
				out = append(out, finding(markerPos(in, s), docsparse.Warning, "step %d has no text", s.Number))
			}
		}
	}
	return out
}

// checkEmptyHeadings reports headings with no text: they show as blank lines in the rendered
// page and give the procedures below them no name.
func checkEmptyHeadings(in *Input) []docsparse.Finding {
	var out []docsparse.Finding
	for _, s := range in.Doc.Sections {
		if strings.TrimSpace(s.Title) == "" {
			out = append(out, finding(s.Pos, docsparse.Warning, "heading has no text"))
		}
	}
	return out
}

// checkNoProcedures notes a doc with no numbered procedure: valid, but nothing in it can drift
// from the product, which usually means the wrong file was named.
func checkNoProcedures(in *Input) []docsparse.Finding {
	if len(in.Doc.Procedures) > 0 {
		return nil
	}
	for _, f := range in.Doc.Findings {
		if f.Rule == "input" { // the parser refused the doc: it says why, and nothing was read
			return nil
		}
	}
	return []docsparse.Finding{finding(docsparse.Pos{}, docsparse.Info, "no numbered procedures, nothing to run")}
}
