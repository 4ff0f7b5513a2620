package runner

import (
	"fmt"
	"unicode/utf8"

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
					Message: fmt.Sprintf("given directive %q: not understood: %s", excerpt(d.Value), why(m))})
			}
		}
	}
	for _, s := range featuregen.Explain(doc) {
		if !s.Step || s.Meaning.Understood() {
			continue
		}
		out = append(out, docsparse.Finding{Path: s.At.Path, Pos: s.At.Pos, Severity: docsparse.Warning,
			Message: fmt.Sprintf("step %s %q: not understood: %s", s.DocStep, excerpt(s.Text), why(s.Meaning))})
	}
	return out
}

func why(m understand.Meaning) string {
	if m.Why != "" {
		return m.Why
	}
	return "it names no action docdrift knows (see docdrift explain)"
}

// maxQuoted is how much of a sentence a warning quotes: more than any real step holds (the
// longest sentence of the corpus is 518 bytes), so a warning on a hostile doc's megabyte-long
// sentence stays one line; docdrift explain prints the whole sentence.
const maxQuoted = 1 << 10

// excerpt is s, or its first maxQuoted bytes (whole characters) and an ellipsis.
func excerpt(s string) string {
	if len(s) <= maxQuoted {
		return s
	}
	cut := maxQuoted
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}
