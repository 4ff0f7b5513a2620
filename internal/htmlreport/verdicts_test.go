package htmlreport

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/docdrift/docdrift/internal/results"
)

// sampleNewVerdicts is the sample run with the first procedure stopped at a step docdrift
// could not read, and the struck one happening in a terminal instead.
func sampleNewVerdicts(t *testing.T) Input {
	in := sampleInput(t)
	first := &in.Result.Procedures[0]
	first.Status = results.NotUnderstood
	last := &first.Steps[len(first.Steps)-1]
	last.Status, last.Screenshot = results.NotUnderstood, results.Shot{}
	last.Err = errors.New(`"copy … somewhere safe" is no action docdrift knows`)
	third := &in.Result.Procedures[2]
	third.Status, third.SkipReason, third.Surface = results.NotChecked, "", "terminal"
	for i := range third.Steps {
		third.Steps[i].Status, third.Steps[i].Surface = results.NotChecked, "terminal"
		third.Steps[i].Err = errors.New("not checked here: terminal")
	}
	return in
}

// The index counts the new verdicts, and each doc page marks them in place: the step
// docdrift could not read with what it could not read, the procedure elsewhere with where.
func TestNewVerdictsInPlace(t *testing.T) {
	in := sampleNewVerdicts(t)
	dir := t.TempDir()
	if err := Write(dir, in); err != nil {
		t.Fatal(err)
	}
	index, _ := os.ReadFile(filepath.Join(dir, "index.html"))
	page, _ := os.ReadFile(filepath.Join(dir, "01-api-oauth-tokens.html"))
	// The unread sentence is the last step's outcome: its mark is on the step's list item.
	steps := in.Result.Procedures[0].Steps
	line := 0
	for _, s := range steps {
		if s.DocStep == steps[len(steps)-1].DocStep && line == 0 {
			line = s.At.Line
		}
	}
	for _, want := range []struct{ in, what string }{
		{string(index), `<span class="dd-passed">0 passed</span>, <span class="dd-drift">1 failed</span>, <span class="dd-not-understood">1 not understood</span>, <span class="dd-not-checked">1 not checked here</span>, <span class="dd-skipped">0 skipped</span>`},
		{string(index), `not checked here: terminal`},
		{string(page), `class="dd-step dd-not-understood" id="L` + strconv.Itoa(line) + `"`},
		{string(page), `is no action docdrift knows`},
		{string(page), `<div class="dd-proc dd-not-checked"`},
		{string(page), `not checked here: terminal`},
	} {
		if !strings.Contains(want.in, want.what) {
			t.Errorf("the report lacks %s", want.what)
		}
	}
	// Where a step happens is said once, in the not-checked colour, not again as a message
	// in drift's red.
	if strings.Contains(string(page), `<div class="dd-message">not checked here`) {
		t.Error("a step not checked here also shows its surface as a message")
	}
	checkSelfContained(t, dir)
}

// Shards with the new verdicts merge into a report that counts them as the whole run's does.
func TestMergeNewVerdicts(t *testing.T) {
	in := sampleNewVerdicts(t)
	all := in.Result.Procedures
	var dirs []string
	for _, procs := range [][]results.Procedure{{all[0]}, {all[1], all[2]}} {
		shard := in
		shard.Result = &results.Result{Procedures: procs}
		dir := t.TempDir()
		if err := Write(dir, shard); err != nil {
			t.Fatal(err)
		}
		dirs = append(dirs, dir)
	}
	merged, whole := filepath.Join(t.TempDir(), "merged"), t.TempDir()
	if err := Merge(merged, dirs); err != nil {
		t.Fatal(err)
	}
	if err := Write(whole, in); err != nil {
		t.Fatal(err)
	}
	counts := regexp.MustCompile(`<p class="dd-counts">.*</p>`)
	a, _ := os.ReadFile(filepath.Join(merged, "index.html"))
	b, _ := os.ReadFile(filepath.Join(whole, "index.html"))
	if got, want := counts.Find(a), counts.Find(b); string(got) != string(want) {
		t.Errorf("merged counts %s\nwhole run's %s", got, want)
	}
}
