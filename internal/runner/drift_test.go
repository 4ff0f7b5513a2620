package runner

import (
	"github.com/docdrift/docdrift/internal/results"
	"strings"
	"testing"
	"time"

	"github.com/docdrift/docdrift/internal/panel"
)

// Each drift preset of the simulator makes the reference draft fail at the step it breaks,
// with a message a writer can act on.
func TestDriftPresets(t *testing.T) {
	tests := []struct {
		name      string
		drift     panel.Drift
		struck    bool
		procedure int
		docStep   string
		text      string // the generated step's text, when the doc step has several
		message   []string
	}{
		{"renamed label", panel.Drift{Rename: map[string]string{"Advanced Settings": "Store Setup"}}, false, 0, "2", "",
			[]string{`named "Advanced Settings"`}},
		{"save at top left", panel.Drift{SaveTopLeft: true}, false, 0, "8", "",
			[]string{`"Save" is at the top left of the page, not the bottom right`}},
		{"no download", panel.Drift{NoDownload: true}, false, 0, "8", "A .txt file containing the same credentials will also download to your computer.",
			[]string{"no file was downloaded"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, emb := runDoc(t, seedDoc, panel.Options{Era: panel.Era2017, Seed: 1, Drift: tt.drift}, tt.struck)
			p := res.Procedures[tt.procedure]
			if p.Status != results.Drifted {
				t.Fatalf("procedure %q is %s, want drift:\n%s", p.Name, p.Status, describe(res))
			}
			step := findStep(t, p, tt.docStep, tt.text)
			if step.Status != results.Drifted {
				t.Errorf("step %s %q is %s (%v), want drift", tt.docStep, step.Text, step.Status, step.Err)
			}
			for _, m := range tt.message {
				if step.Err == nil || !strings.Contains(step.Err.Error(), m) {
					t.Errorf("step %s: %v lacks %q", tt.docStep, step.Err, m)
				}
			}
			noLeftovers(t, emb)
		})
	}
}

// The docs' "gears icon" is right when the panel shows a gear: the legacy flow then passes.
func TestGearIconPresetMatchesTheDoc(t *testing.T) {
	res, _ := runDoc(t, seedDoc, panel.Options{Era: panel.Era2017, Seed: 1, Drift: panel.Drift{
		LegacyAction: panel.ActionGear, Rename: map[string]string{"Legacy API Settings": "Legacy API Accounts"}}}, true)
	if p := res.Procedures[1]; p.Status != results.Passed {
		t.Fatalf("%q is %s:\n%s", p.Name, p.Status, describe(res))
	}
}

// A transient 500 and a slow panel do not fail a doc that matches the UI.
func TestFaultsDoNotFailAMatchingDoc(t *testing.T) {
	res, _ := runDoc(t, seedDoc, panel.Options{Era: panel.Era2017, Seed: 1, Faults: panel.Faults{
		FailFirst: 1, Latency: 50 * time.Millisecond, Jitter: 100 * time.Millisecond, TableDelay: 400 * time.Millisecond}}, false)
	if p := res.Procedures[0]; p.Status != results.Passed {
		t.Fatalf("%q is %s:\n%s", p.Name, p.Status, describe(res))
	}
}

func findStep(t *testing.T, p results.Procedure, docStep, text string) results.Step {
	t.Helper()
	for _, s := range p.Steps {
		if s.DocStep == docStep && (text == "" || s.Text == text) {
			return s
		}
	}
	t.Fatalf("no step %s %q in %q", docStep, text, p.Name)
	return results.Step{}
}
