package runner

import (
	"github.com/docdrift/docdrift/internal/results"
	"path/filepath"
	"testing"

	"github.com/docdrift/docdrift/internal/panel"
)

// The reference draft's later versions run on the 2017 UI they were written for. Each failure
// is a real mismatch: the panel asks to confirm a deletion the docs never mention, and the
// legacy drafts keep the sidebar label and icon of an older UI.
func TestLaterDraftsOn2017(t *testing.T) {
	corpus := filepath.Join("..", "..", "testdata", "corpus")
	tests := []struct {
		file     string
		statuses []results.Status
	}{
		{"02__bc-mkatz__slate-1__8f7a437d__source__includes___api_oauth_tokens.md", []results.Status{results.Passed, results.Drifted, results.Drifted}},
		{"03__bc-mkatz__slate-1__1ad2eaef__source__includes___api_oauth_tokens.md", []results.Status{results.Passed, results.Drifted}},
	}
	for _, tt := range tests {
		t.Run(tt.file[:2], func(t *testing.T) {
			res, emb := runDoc(t, filepath.Join(corpus, tt.file), panel.Options{Era: panel.Era2017, Seed: 1}, true)
			if len(res.Procedures) != len(tt.statuses) {
				t.Fatalf("%d procedures, want %d:\n%s", len(res.Procedures), len(tt.statuses), describe(res))
			}
			for i, want := range tt.statuses {
				if got := res.Procedures[i].Status; got != want {
					t.Errorf("%q is %s, want %s:\n%s", res.Procedures[i].Name, got, want, describe(res))
				}
			}
			revoke := res.Procedures[1]
			expectStep(t, revoke, "4", results.Drifted, "a confirmation prompt", "the doc does not say to answer it")
			if len(tt.statuses) == 3 {
				expectStep(t, res.Procedures[2], "3", results.Drifted, `closest: "Legacy API Settings"`)
			}
			noLeftovers(t, emb)
		})
	}
}
