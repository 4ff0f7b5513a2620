package report

import (
	"fmt"
	"io"

	"github.com/docdrift/docdrift/internal/results"
)

// GitHubLimit is how many annotations of one type GitHub shows per step; it drops the rest.
const GitHubLimit = 10

// WriteGitHub writes res as GitHub annotations on the docs' lines: an error per failed step,
// ranked so the ten GitHub shows are the first failure of each procedure before any later
// one; a notice per skipped procedure; and, when errors had to be left out, a warning that
// says how many and where to find them; and a warning when the run left accounts behind.
func WriteGitHub(w io.Writer, res *results.Result) error {
	var first, rest, notices []Annotation
	for _, p := range res.Procedures {
		if p.Status == results.Skipped {
			notices = append(notices, Annotation{Level: "notice", File: p.At.Path, Line: p.At.Line, Col: p.At.Col,
				Title: fmt.Sprintf("docdrift: %q skipped", p.Name), Message: p.SkipReason})
			continue
		}
		for i, s := range p.Failures() {
			a := Annotation{Level: "error", File: s.At.Path, Line: s.At.Line, Col: s.At.Col,
				Title:   fmt.Sprintf("docdrift: %q %s at step %s", p.Name, s.Status.Words(), stepNumber(s)),
				Message: fmt.Sprintf("%s: %s", s.Describe(), message(s))}
			if i == 0 {
				first = append(first, a)
			} else {
				rest = append(rest, a)
			}
		}
	}
	errs := append(first, rest...)
	var out []Annotation
	if len(errs) > GitHubLimit {
		out = append(out, errs[:GitHubLimit]...)
		left := len(errs) - GitHubLimit
		next := errs[GitHubLimit]
		out = append(out, Annotation{Level: "warning", File: next.File, Line: next.Line, Col: next.Col,
			Title:   "docdrift: more failed steps than GitHub shows",
			Message: fmt.Sprintf("%d more failed step(s) are not annotated; the job log and the step summary list them all", left)})
	} else {
		out = append(out, errs...)
	}
	if len(notices) > GitHubLimit {
		notices = notices[:GitHubLimit]
	}
	out = append(out, notices...)
	if res.Leftovers != "" {
		// No doc line to point at: the warning belongs to the run.
		out = append(out, Annotation{Level: "warning", Title: "docdrift: accounts left on the panel", Message: res.Leftovers})
	}
	for _, a := range out {
		if _, err := fmt.Fprintln(w, a); err != nil {
			return err
		}
	}
	return nil
}
