package runner

import (
	"testing"

	"github.com/docdrift/docdrift/internal/results"
)

// A procedure's verdict comes from its steps, the gravest first — except that a drift is never
// hidden by an infrastructure failure after it; one whose every step that ran happened
// elsewhere was not checked, and says where.
func TestVerdict(t *testing.T) {
	step := func(s results.Status, surface string) results.Step {
		return results.Step{Status: s, Surface: surface}
	}
	tests := []struct {
		name     string
		steps    []results.Step
		want     results.Status
		surfaces string
	}{
		{"all passed", []results.Step{step(results.Passed, ""), step(results.Passed, "")}, results.Passed, ""},
		{"drift over not understood", []results.Step{step(results.NotUnderstood, ""), step(results.Drifted, "")}, results.Drifted, ""},
		{"broken over not understood", []results.Step{step(results.NotUnderstood, ""), step(results.Broken, "")}, results.Broken, ""},
		{"a drift, then a timeout", []results.Step{step(results.Drifted, ""), step(results.Broken, ""), step(results.Skipped, "")}, results.Drifted, ""},
		{"a timeout, then nothing ran", []results.Step{step(results.Passed, ""), step(results.Broken, ""), step(results.Skipped, "")}, results.Broken, ""},
		{"stops where it cannot read", []results.Step{step(results.Passed, ""), step(results.NotUnderstood, ""), step(results.Skipped, "")}, results.NotUnderstood, ""},
		{"elsewhere, each surface once", []results.Step{step(results.NotChecked, "home page"), step(results.NotChecked, "email"), step(results.NotChecked, "home page")}, results.NotChecked, "home page, email"},
		{"partly here", []results.Step{step(results.NotChecked, "terminal"), step(results.Passed, "")}, results.Passed, "terminal"},
		{"nothing ran", []results.Step{step(results.Skipped, "")}, results.Passed, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := verdict(tt.steps); got != tt.want {
				t.Errorf("verdict = %s, want %s", got, tt.want)
			}
			if got := surfacesOf(tt.steps); got != tt.surfaces {
				t.Errorf("surfaces = %q, want %q", got, tt.surfaces)
			}
		})
	}
}
