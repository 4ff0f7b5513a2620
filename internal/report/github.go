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
// one; a warning per step docdrift could not read (the doc may well be right); a notice per
// procedure skipped or not checked here and per note of a step (a welcome dialog it closed);
// and warnings when annotations had to be left out,
// saying how many, and when the run left accounts behind.
func WriteGitHub(w io.Writer, res *results.Result) error {
	var first, rest, unread, notices []Annotation
	for _, p := range res.Procedures {
		if why := p.Why(); why != "" {
			notices = append(notices, Annotation{Level: "notice", File: p.At.Path, Line: p.At.Line, Col: p.At.Col,
				Title: fmt.Sprintf("docdrift: %q %s", p.Name, p.Status.Words()), Message: why})
			continue
		}
		for _, s := range p.Steps {
			for _, n := range s.Notes {
				notices = append(notices, Annotation{Level: "notice", File: s.At.Path, Line: s.At.Line, Col: s.At.Col,
					Title: fmt.Sprintf("docdrift: %q step %s did what the doc does not say", p.Name, stepNumber(s)), Message: n})
			}
		}
		failed := 0
		for _, s := range p.Problems() {
			a := Annotation{Level: "error", File: s.At.Path, Line: s.At.Line, Col: s.At.Col,
				Title:   fmt.Sprintf("docdrift: %q %s at step %s", p.Name, s.Status.Words(), stepNumber(s)),
				Message: fmt.Sprintf("%s: %s", s.Describe(), message(s))}
			switch {
			case s.Status == results.NotUnderstood:
				a.Level = "warning"
				unread = append(unread, a)
			case failed == 0:
				first = append(first, a)
				failed++
			default:
				rest = append(rest, a)
			}
		}
	}
	var out []Annotation
	errs := append(first, rest...)
	warnings := GitHubLimit // what GitHub shows of each kind
	if res.Leftovers != "" {
		warnings--
	}
	if len(errs) > GitHubLimit {
		next := errs[GitHubLimit]
		errs = append(errs[:GitHubLimit], Annotation{Level: "warning", File: next.File, Line: next.Line, Col: next.Col,
			Title:   "docdrift: more failed steps than GitHub shows",
			Message: fmt.Sprintf("%d more failed step(s) are not annotated; the job log and the step summary list them all", len(first)+len(rest)-GitHubLimit)})
		warnings--
	}
	out = append(out, errs...)
	if len(unread) > warnings {
		next := unread[warnings-1]
		unread = append(unread[:warnings-1], Annotation{Level: "warning", File: next.File, Line: next.Line, Col: next.Col,
			Title:   "docdrift: more steps not understood than GitHub shows",
			Message: fmt.Sprintf("%d more step(s) docdrift could not read are not annotated; the job log and the step summary list them all", len(unread)-warnings+1)})
	}
	out = append(out, unread...)
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
