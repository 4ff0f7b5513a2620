package runner

import (
	"errors"
	"strings"
	"testing"

	"github.com/cucumber/godog"
	"github.com/docdrift/docdrift/internal/redact"
	"github.com/docdrift/docdrift/steps"
)

// A secret a step's error quotes never reaches the result every report is written from, and
// the error keeps its type, so drift is still drift with its closest labels.
func TestStepErrorsAreRedacted(t *testing.T) {
	secrets := &redact.Secrets{}
	secrets.Add("s3cr3t-token-value")
	p := &Procedure{Doc: "d.md", Name: "N", Steps: []Step{{}}}
	c := &collector{byName: map[string]*Procedure{"d.md\x00N": p}, secrets: secrets}
	c.StepDone(&godog.Scenario{Uri: "d.md", Name: "N"}, 0, steps.Outcome{Status: godog.StepFailed,
		Err: &steps.Mismatch{Err: errors.New(`the field shows "s3cr3t-token-value"`), Closest: []string{"Done"}}})
	got := p.Steps[0]
	if strings.Contains(got.Err.Error(), "s3cr3t") || !strings.Contains(got.Err.Error(), redact.Mask) {
		t.Errorf("message %q", got.Err)
	}
	var m *steps.Mismatch
	if got.Status != Drifted || !errors.As(got.Err, &m) || m.Closest[0] != "Done" {
		t.Errorf("status %s, mismatch %v", got.Status, m)
	}
}
