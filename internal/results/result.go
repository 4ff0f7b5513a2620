package results

import (
	"time"

	"github.com/docdrift/docdrift/internal/editdist"
	"github.com/docdrift/docdrift/internal/featuregen"
)

// Result is a whole run.
type Result struct {
	Procedures []Procedure
	Duration   time.Duration
	// Leftovers is a warning when the end-of-run sweep found and deleted accounts this run
	// created but did not clean up, or could not check; "" normally.
	Leftovers string
	// Spent is where the run's time went, summed over its workers (docdrift run -profile).
	Spent Spent
}

// Procedure is the verdict on one scenario.
type Procedure struct {
	Doc        string
	Name       string
	At         featuregen.Position
	Status     Status
	SkipReason string // for Skipped: "struck out", the directive's reason
	Surface    string // for NotChecked: where the procedure happens ("terminal", "github.com")
	Steps      []Step
	Duration   time.Duration
	// Attempts are earlier runs of the procedure that broke and were retried, oldest first.
	Attempts []Procedure
}

// Step is the verdict on one generated step, tied to its doc step.
type Step struct {
	featuregen.Step
	Status Status
	// Err is what went wrong, secrets masked: the drift, the broken environment, or what in
	// the sentence was not understood.
	Err     error
	Drift   *Drift // for a drifted step: what the doc asked for and what the page had
	Surface string // for NotChecked: where the step happens
	// Notes say what the step did that the doc does not ask, secrets masked: "closed the
	// dialog "Welcome" with "Close": it opened by itself and the doc does not mention it".
	Notes      []string
	Screenshot Shot // PNG on disk, secrets masked; failed and drifted steps (every step for the HTML report)
	Duration   time.Duration
}

// Drift is what a drifted step found instead of what the doc says; its message is the
// step's Err.
type Drift struct {
	Wanted    string   // the label the doc asked for, when a label was looked up
	Closest   []string // the nearest real labels, best first
	Continued string   // the label the run carried on with, when it did
}

// Continued tells whether the step drifted and the run carried on with the closest label.
func (s Step) Continued() bool { return s.Drift != nil && s.Drift.Continued != "" }

// Closest is the step's nearest real labels quoted for a reader — `"API Accounts", "Apps"` —
// or "" when the step did not drift or the page had nothing close.
func (s Step) Closest() string {
	if s.Drift == nil {
		return ""
	}
	return editdist.Quote(s.Drift.Closest)
}

// Failures are a procedure's failed steps (drift or a broken environment), in doc order.
func (p Procedure) Failures() []Step {
	var out []Step
	for _, s := range p.Steps {
		if s.Status.Failed() {
			out = append(out, s)
		}
	}
	return out
}

// Problems are a procedure's steps a reader must look at, in doc order: drift, a broken
// environment, and a step docdrift could not read.
func (p Procedure) Problems() []Step {
	var out []Step
	for _, s := range p.Steps {
		if s.Status.Failed() || s.Status == NotUnderstood {
			out = append(out, s)
		}
	}
	return out
}

// Why says why a procedure that passes without running did not run: the skip reason, or the
// surface it happens on ("not checked here: terminal"); "" for any other verdict.
func (p Procedure) Why() string {
	switch p.Status {
	case Skipped:
		return p.SkipReason
	case NotChecked:
		return NotCheckedOn(p.Surface)
	}
	return ""
}

// NotCheckedOn is the not-checked verdict with the surface no target answers for.
func NotCheckedOn(surface string) string {
	if surface == "" {
		return NotChecked.Words()
	}
	return NotChecked.Words() + ": " + surface
}
