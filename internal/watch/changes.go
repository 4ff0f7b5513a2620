// Package watch is what docdrift watch needs besides a run: which procedures of the docs
// changed since they last ran, the previous verdicts of the others moved to where their
// lines are now, saves gathered from the file system (fsnotify) into one batch per burst, and
// the live report a browser tab keeps open and refreshes.
package watch

import (
	"github.com/docdrift/docdrift/internal/featuregen"
	"github.com/docdrift/docdrift/internal/runner"
)

// Key names a procedure across edits: its doc and its scenario's name (its heading).
type Key struct{ Doc, Name string }

// Snapshot is the docs as read at one moment: their plans and each procedure's fingerprint.
type Snapshot struct {
	Plans  []runner.Plan
	prints map[Key]string
	scens  map[Key]featuregen.Scenario
}

// NewSnapshot fingerprints every procedure of plans.
func NewSnapshot(plans []runner.Plan) *Snapshot {
	s := &Snapshot{Plans: plans, prints: map[Key]string{}, scens: map[Key]featuregen.Scenario{}}
	for _, p := range plans {
		prints := fingerprints(p)
		for i, sc := range p.Map.Scenarios {
			k := Key{p.Doc.Path, sc.Name}
			s.prints[k], s.scens[k] = prints[i], sc
		}
	}
	return s
}

// Changed lists, in the docs' order, the procedures of s to run after prev: those prev did
// not have or whose text differs. A nil prev changes everything (the first run, or a new
// docdrift.toml).
func (s *Snapshot) Changed(prev *Snapshot) []Key {
	var out []Key
	for _, p := range s.Plans {
		for _, sc := range p.Map.Scenarios {
			k := Key{p.Doc.Path, sc.Name}
			if prev == nil || prev.prints[k] != s.prints[k] {
				out = append(out, k)
			}
		}
	}
	return out
}

// Select is the plans that run just the procedures keys name.
func (s *Snapshot) Select(keys []Key) []runner.Plan {
	want := map[Key]bool{}
	for _, k := range keys {
		want[k] = true
	}
	var out []runner.Plan
	for _, p := range s.Plans {
		doc := p.Doc.Path
		if sub, ok := only(p, func(name string) bool { return want[Key{doc, name}] }); ok {
			out = append(out, sub)
		}
	}
	return out
}

// Focus is where a reader should look after the procedures keys name ran again: the line of
// the first doc step of the first of them that differs from prev's, or that procedure's own
// line when it is new to prev or only its heading or notes changed; ok is false without keys.
func (s *Snapshot) Focus(prev *Snapshot, keys []Key) (doc string, line int, ok bool) {
	if len(keys) == 0 {
		return "", 0, false
	}
	k := keys[0]
	sc := s.scens[k]
	var before []featuregen.Step
	if prev != nil {
		before = prev.scens[k].Steps
	}
	for i, st := range sc.Steps {
		if st.DocStep == "" {
			continue
		}
		if i >= len(before) || before[i].Keyword != st.Keyword || before[i].Text != st.Text || before[i].Markup != st.Markup {
			return k.Doc, firstSentence(sc.Steps, i), true
		}
	}
	return k.Doc, sc.At.Line, true
}

// firstSentence is the doc line of the first sentence of the doc step steps[i] comes from:
// the line its list item starts on, which the report's page anchors.
func firstSentence(steps []featuregen.Step, i int) int {
	for i > 0 && steps[i].Sentence > 1 {
		i--
	}
	return steps[i].At.Line
}
