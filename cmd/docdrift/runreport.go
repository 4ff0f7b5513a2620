package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/docdrift/docdrift/internal/runner"
)

// runReport prints a run as it goes: one line per finished step, then the procedures'
// verdicts, each failure at the doc's file:line, and the closing count.
type runReport struct {
	w       io.Writer
	shots   string
	current *runner.Procedure
	saved   int
}

var statusMarks = map[runner.Status]string{
	runner.Passed: "✓", runner.Drifted: "✗", runner.Broken: "!", runner.Skipped: "-",
}

func (r *runReport) step(p *runner.Procedure, s *runner.Step) {
	if r.current != p {
		r.current = p
		fmt.Fprintf(r.w, "%s › %s\n", p.Doc, p.Name)
	}
	line := fmt.Sprintf("  %s step %s %s", statusMarks[s.Status], s.DocStep, s.Text)
	if s.Status == runner.Passed || s.Status == runner.Drifted || s.Status == runner.Broken {
		line += fmt.Sprintf(" (%dms)", s.Duration.Milliseconds())
	}
	fmt.Fprintln(r.w, line)
	if len(s.Screenshot) > 0 {
		r.saveShot(p, s)
	}
}

// saveShot writes a failed step's screenshot and remembers its path for the failure line.
func (r *runReport) saveShot(p *runner.Procedure, s *runner.Step) {
	if err := os.MkdirAll(r.shots, 0o755); err != nil {
		fmt.Fprintf(r.w, "    (screenshot not saved: %v)\n", err)
		return
	}
	r.saved++
	name := fmt.Sprintf("%02d-%s-step-%s.png", r.saved, slugify(p.Name), s.DocStep)
	path := filepath.Join(r.shots, name)
	if err := os.WriteFile(path, s.Screenshot, 0o644); err != nil {
		fmt.Fprintf(r.w, "    (screenshot not saved: %v)\n", err)
		return
	}
	fmt.Fprintf(r.w, "    screenshot: %s\n", path)
}

func (r *runReport) summary(res *runner.Result) {
	if res == nil {
		return
	}
	fmt.Fprintln(r.w)
	for _, p := range res.Procedures {
		switch p.Status {
		case runner.Skipped:
			fmt.Fprintf(r.w, "- %s: %q skipped: %s\n", p.At, p.Name, p.SkipReason)
			continue
		case runner.Passed:
			fmt.Fprintf(r.w, "✓ %s: %q passed in %.1fs%s\n", p.At, p.Name, p.Duration.Seconds(), retried(p))
			continue
		}
		fmt.Fprintf(r.w, "%s %s: %q %s\n", statusMarks[p.Status], p.At, p.Name, verdictWord(p.Status))
		for _, s := range p.Steps {
			if s.Err == nil || (s.Status != runner.Drifted && s.Status != runner.Broken) {
				continue
			}
			fmt.Fprintf(r.w, "%s: step %s %q: %v\n", s.At, s.DocStep, s.Text, s.Err)
		}
	}
	if res.Leftovers != "" {
		fmt.Fprintf(r.w, "warning: %s\n", res.Leftovers)
	}
	passed, failed, skipped := res.Counts()
	fmt.Fprintf(r.w, "%d passed, %d failed, %d skipped\n", passed, failed, skipped)
}

// retried says how many earlier attempts broke, for a procedure that was run again.
func retried(p runner.Procedure) string {
	if len(p.Attempts) == 0 {
		return ""
	}
	return fmt.Sprintf(" (after %d broken attempt(s): %v)", len(p.Attempts), firstError(p.Attempts[0]))
}

func firstError(p runner.Procedure) error {
	for _, s := range p.Steps {
		if s.Err != nil {
			return s.Err
		}
	}
	return nil
}

func verdictWord(s runner.Status) string {
	if s == runner.Broken {
		return "could not run (infrastructure)"
	}
	return "drifted from the UI"
}

func slugify(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteByte('-')
		}
	}
	return strings.Trim(b.String(), "-")
}
