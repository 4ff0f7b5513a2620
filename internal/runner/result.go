package runner

import (
	"errors"
	"time"

	"github.com/docdrift/docdrift/internal/featuregen"
	"github.com/docdrift/docdrift/steps"
)

// Status is a verdict on a step or a procedure.
type Status string

const (
	Passed  Status = "passed"
	Drifted Status = "drift"   // the doc and the UI disagree
	Broken  Status = "error"   // the environment failed: browser, target, timeouts
	Skipped Status = "skipped" // struck out, skipped by a directive, or after a failure
)

// Result is a whole run.
type Result struct {
	Procedures []Procedure
	Duration   time.Duration
	// Leftovers is a warning when the end-of-run sweep found and deleted accounts this run
	// created but did not clean up, or could not check; "" normally.
	Leftovers string
}

// Procedure is the verdict on one scenario.
type Procedure struct {
	Doc        string
	Name       string
	At         featuregen.Position
	Status     Status
	SkipReason string // for Skipped: "struck out", the directive's reason
	Steps      []Step
	Duration   time.Duration
	// Attempts are earlier runs of the procedure that broke and were retried, oldest first.
	Attempts []Procedure
}

// Step is the verdict on one generated step, tied to its doc step.
type Step struct {
	featuregen.Step
	Status     Status
	Err        error
	Continued  bool   // drifted, and the run carried on with the closest label
	Screenshot []byte // PNG, secrets masked; failed and drifted steps only
	Duration   time.Duration
}

// Counts are the numbers of passed, failed (drift or broken) and skipped procedures.
func (r *Result) Counts() (passed, failed, skipped int) {
	for _, p := range r.Procedures {
		switch p.Status {
		case Passed:
			passed++
		case Skipped:
			skipped++
		default:
			failed++
		}
	}
	return passed, failed, skipped
}

// Worst is the status that decides the exit code: Broken over Drifted over Passed.
func (r *Result) Worst() Status {
	worst := Passed
	for _, p := range r.Procedures {
		switch {
		case p.Status == Broken:
			return Broken
		case p.Status == Drifted:
			worst = Drifted
		}
	}
	return worst
}

// classify tells drift from a broken environment.
func classify(err error) Status {
	var m *steps.Mismatch
	if errors.As(err, &m) {
		return Drifted
	}
	return Broken
}
