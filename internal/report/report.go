// Package report writes a run's verdicts in the formats CI systems read: JUnit XML,
// Cucumber JSON, GitHub workflow annotations and a Markdown step summary. Every format
// points at the Markdown doc's own lines, never at the generated Gherkin.
package report

import (
	"errors"
	"fmt"

	"github.com/docdrift/docdrift/internal/runner"
	"github.com/docdrift/docdrift/steps"
)

// failed tells whether a step is a failure a reader must see: drift or a broken environment.
func failed(s runner.Step) bool {
	return s.Status == runner.Drifted || s.Status == runner.Broken
}

// failures are a procedure's failed steps, in doc order.
func failures(p runner.Procedure) []runner.Step {
	var out []runner.Step
	for _, s := range p.Steps {
		if failed(s) {
			out = append(out, s)
		}
	}
	return out
}

// closest are the nearest real labels of a drifted step, best first.
func closest(s runner.Step) []string {
	var m *steps.Mismatch
	if errors.As(s.Err, &m) {
		return m.Closest
	}
	return nil
}

// message is what went wrong at a step, without its position.
func message(s runner.Step) string {
	if s.Err == nil {
		return string(s.Status)
	}
	return s.Err.Error()
}

// stepLine is a failed step as an editor reads it: "doc:line:col: step 3 "text": message".
func stepLine(s runner.Step) string {
	return fmt.Sprintf("%s: step %s %q: %s", s.At, stepNumber(s), s.Text, message(s))
}

// stepNumber is the step's number as the doc writes it; a directive or cleanup has none.
func stepNumber(s runner.Step) string {
	if s.DocStep == "" {
		return "-"
	}
	return s.DocStep
}

// verdict is a procedure's status in words.
func verdict(s runner.Status) string {
	switch s {
	case runner.Drifted:
		return "drifted from the UI"
	case runner.Broken:
		return "could not run"
	}
	return string(s)
}
