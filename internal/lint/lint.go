// Package lint checks a parsed doc for the problems a writer can fix before anything runs:
// step numbers out of sequence, links to anchors that do not exist, mojibake, missing images,
// struck-out and empty procedures. Each check is a Rule, so callers can add their own (the
// runner adds undefined-step) without touching these.
package lint

import (
	"fmt"

	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/docfiles"
	"github.com/docdrift/docdrift/internal/mdsource"
)

// Input is one doc to check.
type Input struct {
	Doc *docsparse.Document
	Src []byte // the doc's source, the bytes Doc was parsed from
	Dir string // the doc's directory on disk, for relative images; "" is the working directory
	// Paths resolves the docs' root and symbolic links, shared by the docs of one run so
	// each folder is resolved once; nil resolves afresh for this doc.
	Paths *docfiles.Resolver

	index *mdsource.Lines
}

// Rule is one named check. Check returns findings with Pos, Severity and Message set; Check
// (the function) fills in Path and Rule so no rule can get them wrong.
type Rule struct {
	Name  string // short, stable, shown in brackets after each message: [anchor]
	Doc   string // one line for help text
	Check func(in *Input) []docsparse.Finding
}

// Default returns docdrift's built-in rules, sorted by name.
func Default() []Rule {
	return []Rule{
		{"anchor", "a link to #id where no heading or anchor in the doc has that id", checkAnchors},
		{"draft", "a procedure struck out with <strike>, <s>, <del> or ~~, which the runner skips", checkDrafts},
		{"empty-heading", "a heading with no text", checkEmptyHeadings},
		{"empty-procedure", "a numbered list whose steps have no text", checkEmptyProcedures},
		{"image", "a local image (Markdown or <img>) that does not exist relative to the doc", checkImages},
		{"mojibake", "UTF-8 text that was decoded as Windows-1252 and saved again (â€“ for –)", checkMojibake},
		{"no-procedures", "a doc with no numbered procedure, so nothing to run", checkNoProcedures},
		{"numbering", "a skipped, repeated or out-of-order step number", checkNumbering},
	}
}

// Check runs rules over in and returns their findings together with the parser's own
// (in.Doc.Findings), sorted by position.
func Check(in *Input, rules []Rule) docsparse.Findings {
	out := append(docsparse.Findings(nil), in.Doc.Findings...)
	for _, r := range rules {
		for _, f := range r.Check(in) {
			f.Path, f.Rule = in.Doc.Path, r.Name
			out = append(out, f)
		}
	}
	out.Sort()
	return out
}

func finding(pos docsparse.Pos, sev docsparse.Severity, format string, args ...any) docsparse.Finding {
	return docsparse.Finding{Pos: pos, Severity: sev, Message: fmt.Sprintf(format, args...)}
}
