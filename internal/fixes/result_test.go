package fixes

import (
	"errors"
	"os"
	"reflect"
	"testing"

	"github.com/docdrift/docdrift/internal/featuregen"
	"github.com/docdrift/docdrift/internal/results"
)

func TestFromResult(t *testing.T) {
	step := func(line int, err error, drift *results.Drift) results.Step {
		var s results.Step
		s.At.Path, s.At.Line = "docs/a.md", line
		s.Status, s.Err, s.Drift = results.Drifted, err, drift
		return s
	}
	res := &results.Result{Procedures: []results.Procedure{{Doc: "docs/a.md", At: featuregen.Position{Path: "docs/a.md"}, Steps: []results.Step{
		step(4, errors.New("no Legacy API Accounts"), &results.Drift{Wanted: "Legacy API Accounts", Continued: "Legacy API Settings"}),
		step(5, errors.New("no Save"), &results.Drift{Wanted: "Save", Closest: []string{"Save it", "Saved"}}),
		step(6, errors.New("timeout"), nil),
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
	var s results.Step
	s.At.Path, s.At.Line, s.Status = "docs/a.md", 4, results.Drifted
	s.Err = errors.New("drift")
	s.Drift = &results.Drift{Wanted: "Legacy API Accounts", Continued: "Legacy API Settings"}
	res := &results.Result{Procedures: []results.Procedure{{Doc: "docs/a.md", Steps: []results.Step{s}}}}
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
