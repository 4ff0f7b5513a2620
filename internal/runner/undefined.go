package runner

import (
	"fmt"

	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/featuregen"
	"github.com/docdrift/docdrift/internal/lint"
	"github.com/docdrift/docdrift/internal/understand"
)

// NotUnderstoodRule is the lint rule "a sentence asks for something docdrift cannot read": a
// run performs its procedure up to that step and reports it "not understood". It is a warning:
// the rest of the docs still run (docdrift run --strict refuses to start instead).
func NotUnderstoodRule() lint.Rule {
	return lint.Rule{
		Name:  "not-understood",
		Doc:   "a step whose sentence docdrift cannot read (docdrift explain says why)",
		Check: func(in *lint.Input) []docsparse.Finding { return notUnderstood(in.Doc) },
	}
}

func notUnderstood(doc *docsparse.Document) []docsparse.Finding {
	var out []docsparse.Finding
	for _, p := range doc.Procedures {
		for _, d := range p.Directives {
			if d.Kind != docsparse.DirectiveGiven {
				continue
			}
			if m := understand.Read(d.Value); !m.Understood() {
				out = append(out, docsparse.Finding{Path: doc.Path, Pos: d.Pos, Severity: docsparse.Warning,
					Message: fmt.Sprintf("given directive %q: not understood: %s", d.Value, why(m))})
			}
		}
	}
	for _, s := range featuregen.Explain(doc) {
		if !s.Step || s.Meaning.Understood() {
			continue
		}
		out = append(out, docsparse.Finding{Path: s.At.Path, Pos: s.At.Pos, Severity: docsparse.Warning,
			Message: fmt.Sprintf("step %s %q: not understood: %s", s.DocStep, s.Text, why(s.Meaning))})
	}
	return out
}

func why(m understand.Meaning) string {
	if m.Why != "" {
		return m.Why
	}
	return "it names no action docdrift knows (see docdrift explain)"
}
