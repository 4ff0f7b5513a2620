package progress

import (
	"fmt"

	"github.com/docdrift/docdrift/internal/results"
)

// Summary prints each procedure's verdict, each failed or unreadable step at the doc's
// file:line, and the closing line "N passed, N failed, N skipped" (with the procedures not
// understood and not checked here between, when there are any), which scripts read.
func (pr *Printer) Summary(res *results.Result) {
	pr.clear()
	if res == nil {
		return
	}
	fmt.Fprintln(pr.w)
	for _, p := range res.Procedures {
		switch p.Status {
		case results.Skipped:
			if !pr.opts.Quiet {
				fmt.Fprintf(pr.w, "- %s: %q skipped: %s\n", p.At, p.Name, p.SkipReason)
			}
			continue
		case results.NotChecked:
			if !pr.opts.Quiet {
				fmt.Fprintf(pr.w, "%s %s: %q %s\n", marks[p.Status], p.At, p.Name, p.Why())
			}
			continue
		case results.Passed:
			if !pr.opts.Quiet {
				fmt.Fprintf(pr.w, "✓ %s: %q passed in %.1fs%s\n", p.At, p.Name, p.Duration.Seconds(), retried(p))
			}
			continue
		}
		fmt.Fprintf(pr.w, "%s %s: %q %s\n", marks[p.Status], p.At, p.Name, verdict(p))
		for _, s := range p.Problems() {
			if s.Err != nil {
				fmt.Fprintf(pr.w, "%s: %s: %v\n", s.At, s.Describe(), s.Err)
			}
		}
	}
	if res.Leftovers != "" {
		fmt.Fprintf(pr.w, "warning: %s\n", res.Leftovers)
	}
	fmt.Fprintln(pr.w, res.Count())
}

// retried says what broke the earlier attempts of a procedure that was run again.
func retried(p results.Procedure) string {
	if len(p.Attempts) == 0 {
		return ""
	}
	for _, s := range p.Attempts[0].Steps {
		if s.Err != nil {
			return fmt.Sprintf(" (after %d broken attempt(s): %v)", len(p.Attempts), s.Err)
		}
	}
	return fmt.Sprintf(" (after %d broken attempt(s))", len(p.Attempts))
}

// verdict says a failed procedure's verdict, and for one that could not run, whose fault.
func verdict(p results.Procedure) string {
	switch {
	case p.Lacks():
		return "could not run (no item to act on)"
	case p.Status == results.Broken:
		return "could not run (infrastructure)"
	}
	return p.Status.Words()
}
