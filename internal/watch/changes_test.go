package watch

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docdrift/docdrift/internal/docfiles"
	"github.com/docdrift/docdrift/internal/featuregen"
	"github.com/docdrift/docdrift/internal/results"
	"github.com/docdrift/docdrift/internal/runner"
)

const guide = `# Guide

## Create a key

1. Log into the store.
2. Select **Advanced Settings**.
3. Select **API Accounts**.

## Delete a key

1. Log into the store.
2. Select **Advanced Settings**.
3. Click **Delete**.
`

func snapshot(t *testing.T, src string) *Snapshot {
	t.Helper()
	plans, findings := runner.Prepare([]docfiles.File{{Path: "docs/guide.md", Src: []byte(src)}})
	if len(findings) > 0 {
		t.Fatalf("prepare: %v", findings)
	}
	return NewSnapshot(plans)
}

func TestChanged(t *testing.T) {
	tests := []struct {
		name   string
		edited string
		first  bool // the first run, or docdrift.toml changed: no previous snapshot
		want   []string
		focus  int // the doc line a reader is shown, 0 for none
	}{
		{"nothing changed", guide, false, nil, 0},
		{"one step edited", strings.Replace(guide, "**API Accounts**", "**API Acounts**", 1), false, []string{"Create a key"}, 7},
		{"a step added at the end", strings.Replace(guide, "3. Click **Delete**.\n", "3. Click **Delete**.\n4. Click **OK**.\n", 1), false, []string{"Delete a key"}, 14},
		{"a procedure added", guide + "\n## Rename a key\n\n1. Log into the store.\n2. Select **Rename**.\n", false, []string{"Rename a key"}, 17},
		{"a procedure removed", guide[:strings.Index(guide, "## Delete")], false, nil, 0},
		{"lines shifted above", strings.Replace(guide, "# Guide\n", "# Guide\n\nA paragraph\nover two lines.\n", 1), false, nil, 0},
		{"a heading renamed", strings.Replace(guide, "## Delete a key", "## Remove a key", 1), false, []string{"Remove a key"}, 11},
		{"docdrift.toml changed", guide, true, []string{"Create a key", "Delete a key"}, 5},
	}
	base := snapshot(t, guide)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			prev := base
			if tt.first {
				prev = nil
			}
			next := snapshot(t, tt.edited)
			keys := next.Changed(prev)
			var names []string
			for _, k := range keys {
				names = append(names, k.Name)
			}
			if !reflect.DeepEqual(names, tt.want) {
				t.Errorf("rerun %q, want %q", names, tt.want)
			}
			_, line, ok := next.Focus(prev, keys)
			if line != tt.focus || ok != (tt.focus != 0) {
				t.Errorf("focus line %d (%t), want %d", line, ok, tt.focus)
			}
		})
	}
}

// The plans of a rerun hold only the procedures that changed, each at the feature lines the
// whole doc's feature has it, so every position the runner reports is the doc's.
func TestSelect(t *testing.T) {
	s := snapshot(t, guide)
	plans := s.Select([]Key{{"docs/guide.md", "Delete a key"}})
	if len(plans) != 1 {
		t.Fatalf("%d plans, want 1", len(plans))
	}
	p := plans[0]
	if n, whole := strings.Count(string(p.Feature), "\n"), strings.Count(string(s.Plans[0].Feature), "\n"); n != whole {
		t.Errorf("the feature has %d lines, the doc's whole feature %d", n, whole)
	}
	if strings.Contains(string(p.Feature), "Create a key") {
		t.Errorf("the unchanged procedure is still in the feature:\n%s", p.Feature)
	}
	read, err := featuregen.ReadLineMap(p.Feature)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(read, p.Map) || len(p.Map.Scenarios) != 1 || !reflect.DeepEqual(p.Map.Scenarios[0], s.Plans[0].Map.Scenarios[1]) {
		t.Errorf("line map of the rerun:\n%+v\nwant the doc's second scenario:\n%+v", p.Map, s.Plans[0].Map.Scenarios[1])
	}
	if got := s.Select(nil); len(got) != 0 {
		t.Errorf("nothing to rerun gave %d plans", len(got))
	}
}

// The verdicts of procedures that did not run again stay, moved to their new lines; those of
// removed procedures go.
func TestCarry(t *testing.T) {
	before := snapshot(t, guide)
	prev := &results.Result{}
	for _, sc := range before.Plans[0].Map.Scenarios {
		p := results.Procedure{Doc: "docs/guide.md", Name: sc.Name, At: sc.At, Status: results.Passed}
		for _, st := range sc.Steps {
			p.Steps = append(p.Steps, results.Step{Step: st, Status: results.Passed})
		}
		prev.Procedures = append(prev.Procedures, p)
	}
	prev.Procedures[1].Status = results.Drifted
	prev.Procedures[1].Steps[2].Status = results.Drifted

	edited := strings.Replace(guide, "# Guide\n", "# Guide\n\nA new paragraph.\n", 1)
	edited = strings.Replace(edited, "**API Accounts**", "**API Keys**", 1)
	after := snapshot(t, edited)
	fresh := &results.Result{Procedures: []results.Procedure{{Doc: "docs/guide.md", Name: "Create a key", Status: results.Drifted}}}
	got := after.Carry(prev, fresh)
	if len(got.Procedures) != 2 || got.Procedures[0].Status != results.Drifted || got.Procedures[0].Steps != nil {
		t.Fatalf("the rerun procedure is not fresh's: %+v", got.Procedures)
	}
	moved := got.Procedures[1]
	if moved.Status != results.Drifted || moved.At.Line != 11 || moved.Steps[2].Status != results.Drifted || moved.Steps[2].At.Line != 15 {
		t.Errorf("carried procedure at line %d, step 3 %s at line %d; want drift at 11 and 15", moved.At.Line, moved.Steps[2].Status, moved.Steps[2].At.Line)
	}
	if prev.Procedures[1].Steps[2].At.Line != 13 {
		t.Error("Carry changed the previous result")
	}

	removed := snapshot(t, guide[:strings.Index(guide, "## Delete")])
	if got := removed.Carry(prev, &results.Result{}); len(got.Procedures) != 1 || got.Procedures[0].Name != "Create a key" {
		t.Errorf("after removing a procedure: %+v", got.Procedures)
	}
}
