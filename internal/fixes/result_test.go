package fixes

import (
	"errors"
	"reflect"
	"testing"

	"github.com/docdrift/docdrift/internal/featuregen"
	"github.com/docdrift/docdrift/internal/runner"
	"github.com/docdrift/docdrift/steps"
)

func TestFromResult(t *testing.T) {
	step := func(line int, err error) runner.Step {
		var s runner.Step
		s.At.Path, s.At.Line = "docs/a.md", line
		s.Status, s.Err = runner.Drifted, err
		return s
	}
	res := &runner.Result{Procedures: []runner.Procedure{{Doc: "docs/a.md", At: featuregen.Position{Path: "docs/a.md"}, Steps: []runner.Step{
		step(4, &steps.Mismatch{Err: errors.New("no Legacy API Accounts"), Wanted: "Legacy API Accounts", Continued: "Legacy API Settings"}),
		step(5, &steps.Mismatch{Err: errors.New("no Save"), Wanted: "Save", Closest: []string{"Save it", "Saved"}}),
		step(6, errors.New("timeout")),
	}}}}
	got := FromResult(res)
	want := map[string][]Fix{"docs/a.md": {{Line: 4, Old: "Legacy API Accounts", New: "Legacy API Settings"}}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
}
