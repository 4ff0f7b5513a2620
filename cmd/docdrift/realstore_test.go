package main

import (
	"context"
	"strings"
	"testing"

	"github.com/docdrift/docdrift/internal/panel"
)

// Against a panel without the simulator's test API — a real store, named by its era — the run
// makes the legacy accounts its procedures act on and deletes everything it created through
// the panel's own pages, leaving the store as it found it.
func TestRunAgainstAPanelWithoutTestAPI(t *testing.T) {
	t.Chdir("../..")
	emb := startPanel(t, panel.Options{Era: panel.Era2017, Seed: 12, NoTestAPI: true})
	if has, err := emb.API.Probe(context.Background()); has || err != nil {
		t.Fatalf("probe: test API %v, %v; want none, and the panel reached", has, err)
	}
	accounts, legacy := emb.Server.Accounts()

	code, stdout, stderr := cmdIn(t, "run", "--base-url", emb.URL, "--era", "2017", "--include-struck", "--step-timeout", "5s", "--screenshots", t.TempDir(), seed)
	if code != exitFindings || !strings.Contains(lastLine(stdout), "1 passed, 2 failed") {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	if strings.Contains(stdout, "clean up") || strings.Contains(stdout, "may be left") {
		t.Errorf("cleanup failed:\n%s", stdout)
	}
	after, afterLegacy := emb.Server.Accounts()
	if len(after) != len(accounts) || len(afterLegacy) != len(legacy) {
		t.Errorf("accounts %d+%d before, %d+%d after", len(accounts), len(legacy), len(after), len(afterLegacy))
	}
}
