// Package results is a run's verdicts as plain data: the statuses, the run, its procedures
// and their steps at the doc's own file:line, and what a drifted step found instead. It
// imports neither godog nor rod, so every report writer — and its tests — builds without a
// browser library: the runner fills these in, the writers only read them.
package results

// Status is a verdict on a step or a procedure. Its value is what the reports' data files
// (report.json, JUnit types) hold, so it never changes once released.
type Status string

const (
	Passed  Status = "passed"
	Drifted Status = "drift"   // the doc and the UI disagree
	Broken  Status = "error"   // the environment failed: browser, target, timeouts
	Skipped Status = "skipped" // struck out, skipped by a directive, or after a failure
	// NotUnderstood is a step docdrift could not read: the procedure ran up to it, and the
	// step's Err says what in the sentence was not understood.
	NotUnderstood Status = "not-understood"
	// NotChecked is a step or procedure that happens on a surface no target answers for —
	// another product's site, a terminal, a file — named by its Surface.
	NotChecked Status = "not-checked"
)

// Words is the status as a report says it to a reader.
func (s Status) Words() string {
	switch s {
	case Drifted:
		return "drifted from the UI"
	case Broken:
		return "could not run"
	case NotUnderstood:
		return "not understood"
	case NotChecked:
		return "not checked here"
	}
	return string(s)
}

// Failed tells whether a step or procedure with this status is a failure a reader must see:
// drift or a broken environment.
func (s Status) Failed() bool { return s == Drifted || s == Broken }
