package runner

import (
	"errors"
	"strings"
	"testing"

	"github.com/cucumber/godog"
	"github.com/docdrift/docdrift/internal/redact"
	"github.com/docdrift/docdrift/internal/results"
	"github.com/docdrift/docdrift/steps"
)

// A secret a step's error or its closest labels quote never reaches the result every report
// is written from, and drift is still drift, its labels carried over as a plain record.
func TestStepErrorsAreRedacted(t *testing.T) {
	secrets := &redact.Secrets{}
	secrets.Add("s3cr3t-token-value")
	p := &results.Procedure{Doc: "d.md", Name: "N", Steps: []results.Step{{}}}
	c := &collector{byName: map[string]*results.Procedure{"d.md\x00N": p}, secrets: secrets}
	c.StepDone(&godog.Scenario{Uri: "d.md", Name: "N"}, 0, steps.Outcome{Status: godog.StepFailed,
		Err: &steps.Mismatch{Err: errors.New(`the field shows "s3cr3t-token-value"`), Wanted: "Done",
			Closest: []string{"Done!", "s3cr3t-token-value"}}})
	got := p.Steps[0]
	if strings.Contains(got.Err.Error(), "s3cr3t") || !strings.Contains(got.Err.Error(), redact.Mask) {
		t.Errorf("message %q", got.Err)
	}
	if got.Status != results.Drifted || got.Drift == nil || got.Drift.Wanted != "Done" {
		t.Fatalf("status %s, drift %+v", got.Status, got.Drift)
	}
	if want := `"Done!", "` + redact.Mask + `"`; got.Closest() != want {
		t.Errorf("closest %s, want %s", got.Closest(), want)
	}
}

// A step that failed for the environment's sake has no drift record.
func TestBrokenStepHasNoDrift(t *testing.T) {
	p := &results.Procedure{Doc: "d.md", Name: "N", Steps: []results.Step{{}}}
	c := &collector{byName: map[string]*results.Procedure{"d.md\x00N": p}}
	c.StepDone(&godog.Scenario{Uri: "d.md", Name: "N"}, 0, steps.Outcome{Status: godog.StepFailed,
		Err: errors.New("page did not load within 10s")})
	if got := p.Steps[0]; got.Status != results.Broken || got.Drift != nil {
		t.Errorf("status %s, drift %+v", got.Status, got.Drift)
	}
}
