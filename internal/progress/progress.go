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
	"github.com/docdrift/docdrift/internal/results"
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

// Printer prints one run. Step is meant for runner.Options.OnStep, which the runner calls
// one at a time even when procedures run concurrently; Summary is for after Run.
type Printer struct {
	w       io.Writer
	opts    Options
	start   time.Time
	procs   map[*results.Procedure]*procState
	labeled *results.Procedure // whose "doc › procedure" line the last lines belong to
	dirty   bool               // a line waits to be rewritten
}

// procState is what the Printer knows of a procedure from its steps so far.
type procState struct {
	ordinal int // in the order procedures started, from 1: names screenshots
	worst   results.Status
}

var marks = map[results.Status]string{
	results.Passed: "✓", results.Drifted: "✗", results.Broken: "!", results.Skipped: "-",
	results.NotUnderstood: "?", results.NotChecked: "~",
}

// New returns a Printer writing to w.
func New(w io.Writer, opts Options) *Printer {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	return &Printer{w: w, opts: opts, start: opts.Now(), procs: map[*results.Procedure]*procState{}}
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

// Step shows one finished step. Steps of procedures running at once may interleave: each
// run of lines is labeled with its procedure.
func (pr *Printer) Step(p *results.Procedure, s *results.Step) {
	st := pr.procs[p]
	if st == nil {
		st = &procState{ordinal: len(pr.procs) + 1, worst: results.Passed}
		pr.procs[p] = st
	}
	// A step docdrift could not read is shown like a failure: the writer has to look at it.
	problem := s.Status.Failed() || s.Status == results.NotUnderstood
	st.worst = results.Worse(st.worst, s.Status)
	line := fmt.Sprintf("  %s step %s %s", marks[s.Status], s.DocStep, s.Text)
	switch s.Status {
	case results.Skipped, results.NotUnderstood:
		line = fmt.Sprintf("  %s step %s %s: %s", marks[s.Status], s.DocStep, s.Status.Words(), s.Text)
	case results.NotChecked:
		line = fmt.Sprintf("  %s step %s %s: %s", marks[s.Status], s.DocStep, results.NotCheckedOn(s.Surface), s.Text)
	}
	if pr.opts.Verbose && s.Status != results.Skipped && s.Status != results.NotChecked {
		line += fmt.Sprintf(" (%dms)", s.Duration.Milliseconds())
	}
	// A note stays on screen: the writer may want the doc to say what docdrift did instead.
	noted := len(s.Notes) > 0 && !pr.opts.Quiet
	if problem || noted || (!pr.opts.Terminal && !pr.opts.Quiet) {
		pr.clear()
		pr.label(p)
		fmt.Fprintln(pr.w, line)
		if problem && s.Err != nil {
			fmt.Fprintf(pr.w, "    %s: %v\n", s.At, s.Err)
		}
		for _, n := range s.Notes {
			fmt.Fprintf(pr.w, "    %s: note: %s\n", s.At, n)
		}
		if s.Status.Failed() {
			pr.saveShot(st.ordinal, p, s)
		}
	}
	if !pr.opts.Terminal || pr.opts.Quiet {
		return
	}
	pr.clear()
	if last := &p.Steps[len(p.Steps)-1]; s == last {
		// The procedure's last step: its verdict stays on screen.
		fmt.Fprintf(pr.w, "%s %s › %s  %s\n", marks[st.worst], p.Doc, p.Name, pr.elapsed())
		pr.labeled = nil
		return
	}
	fmt.Fprint(pr.w, fit(fmt.Sprintf("%s  %s › %s ›%s", pr.elapsed(), p.Doc, p.Name, line[1:]), pr.opts.Width))
	pr.dirty = true
}

// label prints "doc › procedure" when the lines that follow belong to another procedure than
// the lines before.
func (pr *Printer) label(p *results.Procedure) {
	if pr.labeled != p {
		fmt.Fprintf(pr.w, "%s › %s\n", p.Doc, p.Name)
		pr.labeled = p
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

// saveShot writes a failed step's screenshot, owner-only (it shows admin pages), and says
// where.
func (pr *Printer) saveShot(ordinal int, p *results.Procedure, s *results.Step) {
	if pr.opts.Shots == "" || !s.Screenshot.Taken() {
		return
	}
	if err := os.MkdirAll(pr.opts.Shots, 0o700); err != nil {
		fmt.Fprintf(pr.w, "    (screenshot not saved: %v)\n", err)
		return
	}
	path := filepath.Join(pr.opts.Shots, report.ShotName(ordinal, *p, *s))
	if err := s.Screenshot.CopyTo(path, 0o600); err != nil {
		fmt.Fprintf(pr.w, "    (screenshot not saved: %v)\n", err)
		return
	}
	fmt.Fprintf(pr.w, "    screenshot: %s\n", path)
}
