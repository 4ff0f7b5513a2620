// Package progress shows a run as it goes: on a terminal one line per procedure, updated in
// place as its steps finish (doc › procedure › step, ✓ / ✗ / skipped, elapsed time); elsewhere
// one plain line per step, as CI logs want. Then the verdicts and the closing count.
package progress

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/docdrift/docdrift/internal/report"
	"github.com/docdrift/docdrift/internal/runner"
)

// Options choose what a Printer shows.
type Options struct {
	Quiet    bool   // only failures and the summary
	Verbose  bool   // each step's duration too
	Terminal bool   // rewrite the current line in place (ANSI) instead of adding lines
	Width    int    // of the terminal in columns; 0 means 80
	Shots    string // directory to save failed steps' screenshots into; "" saves none
	Now      func() time.Time
}

// Printer prints one run. Step is meant for runner.Options.OnStep; Summary for after Run.
type Printer struct {
	w       io.Writer
	opts    Options
	start   time.Time
	current *runner.Procedure
	ordinal int  // of current in the run, from 1
	dirty   bool // a line waits to be rewritten
	headed  bool // current's "doc › procedure" line is out
	worst   runner.Status
}

var marks = map[runner.Status]string{
	runner.Passed: "✓", runner.Drifted: "✗", runner.Broken: "!", runner.Skipped: "-",
}

// New returns a Printer writing to w.
func New(w io.Writer, opts Options) *Printer {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	return &Printer{w: w, opts: opts, start: opts.Now()}
}

// IsTerminal tells whether w is a terminal, which can take in-place updates.
func IsTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// Step shows one finished step.
func (pr *Printer) Step(p *runner.Procedure, s *runner.Step) {
	if pr.current != p {
		pr.endProcedure()
		pr.current, pr.worst, pr.headed = p, runner.Passed, false
		pr.ordinal++
		if !pr.opts.Terminal && !pr.opts.Quiet {
			pr.head()
		}
	}
	failed := s.Status == runner.Drifted || s.Status == runner.Broken
	if failed && pr.worst != runner.Broken {
		pr.worst = s.Status
	}
	line := fmt.Sprintf("  %s step %s %s", marks[s.Status], s.DocStep, s.Text)
	if s.Status == runner.Skipped {
		line = fmt.Sprintf("  %s step %s skipped: %s", marks[s.Status], s.DocStep, s.Text)
	}
	if pr.opts.Verbose && s.Status != runner.Skipped {
		line += fmt.Sprintf(" (%dms)", s.Duration.Milliseconds())
	}
	switch {
	case failed:
		pr.clear()
		pr.head()
		fmt.Fprintln(pr.w, line)
		if s.Err != nil {
			fmt.Fprintf(pr.w, "    %s: %v\n", s.At, s.Err)
		}
		pr.saveShot(p, s)
	case !pr.opts.Terminal && !pr.opts.Quiet:
		fmt.Fprintln(pr.w, line)
	}
	if pr.opts.Terminal && !pr.opts.Quiet {
		pr.clear()
		fmt.Fprint(pr.w, fit(fmt.Sprintf("%s  %s › %s ›%s", pr.elapsed(), p.Doc, p.Name, line[1:]), pr.opts.Width))
		pr.dirty = true
	}
}

// head prints the current procedure's "doc › procedure" line once.
func (pr *Printer) head() {
	if !pr.headed {
		fmt.Fprintf(pr.w, "%s › %s\n", pr.current.Doc, pr.current.Name)
		pr.headed = true
	}
}

// fit cuts s to one terminal row: a wrapped line cannot be erased with \r and ESC[K.
func fit(s string, width int) string {
	if width <= 0 {
		width = 80
	}
	r := []rune(s)
	if len(r) < width {
		return s
	}
	return string(r[:width-2]) + "…"
}

// endProcedure replaces the in-place line with the finished procedure's verdict.
func (pr *Printer) endProcedure() {
	if pr.current == nil || !pr.opts.Terminal || pr.opts.Quiet {
		return
	}
	pr.clear()
	fmt.Fprintf(pr.w, "%s %s › %s  %s\n", marks[pr.worst], pr.current.Doc, pr.current.Name, pr.elapsed())
}

// clear erases the line being rewritten, if any.
func (pr *Printer) clear() {
	if pr.dirty {
		fmt.Fprint(pr.w, "\r\x1b[K")
		pr.dirty = false
	}
}

func (pr *Printer) elapsed() string {
	return fmt.Sprintf("%.1fs", pr.opts.Now().Sub(pr.start).Seconds())
}

// saveShot writes a failed step's screenshot and says where.
func (pr *Printer) saveShot(p *runner.Procedure, s *runner.Step) {
	if pr.opts.Shots == "" || len(s.Screenshot) == 0 {
		return
	}
	if err := os.MkdirAll(pr.opts.Shots, 0o755); err != nil {
		fmt.Fprintf(pr.w, "    (screenshot not saved: %v)\n", err)
		return
	}
	path := filepath.Join(pr.opts.Shots, report.ShotName(pr.ordinal, *p, *s))
	if err := os.WriteFile(path, s.Screenshot, 0o644); err != nil {
		fmt.Fprintf(pr.w, "    (screenshot not saved: %v)\n", err)
		return
	}
	fmt.Fprintf(pr.w, "    screenshot: %s\n", path)
}
