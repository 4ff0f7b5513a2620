// Package report writes a run's verdicts in the formats CI systems read: JUnit XML,
// Cucumber JSON, GitHub workflow annotations and a Markdown step summary. Every format
// points at the Markdown doc's own lines, never at the generated Gherkin.
package report

import (
	"fmt"

	"github.com/docdrift/docdrift/internal/results"
)

// message is what went wrong at a step, without its position.
func message(s results.Step) string {
	if s.Err == nil {
		return string(s.Status)
	}
	return s.Err.Error()
}

// stepLine is a failed step as an editor reads it: "doc:line:col: step 3 "text": message".
func stepLine(s results.Step) string {
	return fmt.Sprintf("%s: %s: %s", s.At, s.Describe(), message(s))
}

// stepNumber is the step's number as the doc writes it; a directive or cleanup has none.
func stepNumber(s results.Step) string {
	if s.DocStep == "" {
		return "-"
	}
	return s.DocStep
}
