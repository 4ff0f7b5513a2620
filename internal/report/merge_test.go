package report

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/docdrift/docdrift/internal/golden"
	"github.com/docdrift/docdrift/internal/results"
)

// shards splits the sample run as --shard 1/2 and 2/2 would, and writes each shard's reports
// into shard-K/.
func writeShards(t *testing.T) (junits, cukes []string) {
	t.Helper()
	all := sample(t)
	for k := 0; k < 2; k++ {
		res := &results.Result{Duration: all.Duration / 2}
		for i, p := range all.Procedures {
			if i%2 == k {
				res.Procedures = append(res.Procedures, p)
			}
		}
		dir := fmt.Sprintf("shard-%d", k+1)
		junits = append(junits, filepath.Join(dir, "junit.xml"))
		cukes = append(cukes, filepath.Join(dir, "cucumber.json"))
		if err := WriteJUnit(junits[k], res); err != nil {
			t.Fatal(err)
		}
		if err := WriteCucumber(cukes[k], res); err != nil {
			t.Fatal(err)
		}
	}
	return junits, cukes
}

func TestMergeJUnit(t *testing.T) {
	t.Chdir(t.TempDir())
	junits, _ := writeShards(t)
	if err := MergeJUnit("out/junit.xml", junits); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("out/junit.xml")
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "merged-junit.xml", got)

	// The same suites, cases and totals as the report of the whole run.
	if err := WriteJUnit("whole/junit.xml", sample(t)); err != nil {
		t.Fatal(err)
	}
	whole, _ := os.ReadFile("whole/junit.xml")
	if shape(t, got) != shape(t, whole) {
		t.Errorf("merged:\n%s\nwhole run:\n%s", shape(t, got), shape(t, whole))
	}
	for _, m := range attachment.FindAllSubmatch(got, -1) {
		if _, err := os.Stat(string(m[1])); err != nil {
			t.Errorf("attachment %s: %v", m[1], err)
		}
	}
}

// shape is a JUnit report without times and attachment paths.
func shape(t *testing.T, data []byte) string {
	t.Helper()
	var r junitSuites
	if err := xml.Unmarshal(data, &r); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d tests %d failures %d errors %d skipped\n", r.Tests, r.Failures, r.Errors, r.Skipped)
	for _, s := range r.Suites {
		fmt.Fprintf(&b, "%s: %d/%d/%d/%d\n", s.Name, s.Tests, s.Failures, s.Errors, s.Skipped)
		for _, c := range s.Cases {
			fmt.Fprintf(&b, "  %s:%d failure=%v error=%v skipped=%v\n", c.Name, c.Line, c.Failure != nil, c.Error != nil, c.Skipped != nil)
		}
	}
	return b.String()
}

func TestMergeCucumber(t *testing.T) {
	t.Chdir(t.TempDir())
	_, cukes := writeShards(t)
	if err := MergeCucumber("out/cucumber.json", cukes); err != nil {
		t.Fatal(err)
	}
	if err := WriteCucumber("whole.json", sample(t)); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile("out/cucumber.json")
	whole, _ := os.ReadFile("whole.json")
	var a, b any
	if json.Unmarshal(got, &a) != nil || json.Unmarshal(whole, &b) != nil {
		t.Fatal("not JSON")
	}
	if fmt.Sprint(a) != fmt.Sprint(b) {
		t.Errorf("the merged report differs from the whole run's:\n%s\n---\n%s", got, whole)
	}
}

func TestMergeRefuses(t *testing.T) {
	t.Chdir(t.TempDir())
	junits, cukes := writeShards(t)
	os.WriteFile("other.xml", []byte(`<testsuites name="pytest"></testsuites>`), 0o644)
	os.WriteFile("broken.json", []byte(`{`), 0o644)
	for _, tt := range []struct {
		err  error
		want string
	}{
		{MergeJUnit("x.xml", nil), "no reports to merge"},
		{MergeJUnit(junits[0], junits), "is one of the inputs"},
		{MergeJUnit("x.xml", []string{junits[0], "other.xml"}), "other.xml is not a docdrift JUnit report"},
		{MergeCucumber("x.json", []string{cukes[0], "broken.json"}), "broken.json: unexpected EOF"},
		{MergeCucumber("x.json", []string{"missing.json"}), "no such file"},
	} {
		if tt.err == nil || !strings.Contains(tt.err.Error(), tt.want) {
			t.Errorf("got %v, want %q", tt.err, tt.want)
		}
	}
}
