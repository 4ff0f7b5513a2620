package fixes

import (
	"errors"
	"os"
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

func TestWritePatch(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	if err := os.MkdirAll("docs", 0o755); err != nil {
		t.Fatal(err)
	}
	doc := "# Legacy\n\n1. Open **Settings**.\n2. Click **Legacy API Accounts**.\n"
	if err := os.WriteFile("docs/a.md", []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	var s runner.Step
	s.At.Path, s.At.Line, s.Status = "docs/a.md", 4, runner.Drifted
	s.Err = &steps.Mismatch{Err: errors.New("drift"), Wanted: "Legacy API Accounts", Continued: "Legacy API Settings"}
	res := &runner.Result{Procedures: []runner.Procedure{{Doc: "docs/a.md", Steps: []runner.Step{s}}}}
	n, err := WritePatch("fix.patch", res)
	if err != nil || n != 1 {
		t.Fatalf("WritePatch = %d, %v", n, err)
	}
	got, _ := os.ReadFile("fix.patch")
	want := "diff --git a/docs/a.md b/docs/a.md\n--- a/docs/a.md\n+++ b/docs/a.md\n@@ -1,4 +1,4 @@\n # Legacy\n \n 1. Open **Settings**.\n-2. Click **Legacy API Accounts**.\n+2. Click **Legacy API Settings**.\n"
	if string(got) != want {
		t.Fatalf("patch:\n%s\nwant:\n%s", got, want)
	}
}
