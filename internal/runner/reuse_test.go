package runner

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/docdrift/docdrift/internal/browser"
	"github.com/docdrift/docdrift/internal/browser/browsertest"
	"github.com/docdrift/docdrift/internal/panel"
	"github.com/docdrift/docdrift/internal/results"
)

// A procedure that stopped at a label the UI does not have left its page sound: the next
// procedure reuses its browser session (and the product's files in its cache) rather than
// opening a new one, as it would after a pass. On the night a UI changes most procedures end
// so.
func TestDriftedProcedureLeavesItsSessionToTheNext(t *testing.T) {
	doc := filepath.Join(t.TempDir(), "reuse.md")
	src := "# Reuse\n\n## Drifted\n\n1. Log into the store.\n2. Click **Frobnicate the widgets**.\n\n" +
		"## Passing\n\n1. Log into the store.\n2. Select **Advanced Settings**.\n"
	if err := os.WriteFile(doc, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	pool := browser.NewPool(browsertest.Browser(t))
	defer pool.Close()
	res, _ := runDocWith(t, doc, panel.Options{Era: panel.Era2017, Seed: 1}, Options{Pool: pool})
	want := []results.Status{results.Drifted, results.Passed}
	if len(res.Procedures) != len(want) {
		t.Fatalf("%d procedures, want %d:\n%s", len(res.Procedures), len(want), describe(res))
	}
	for i, w := range want {
		if res.Procedures[i].Status != w {
			t.Fatalf("%q is %s, want %s:\n%s", res.Procedures[i].Name, res.Procedures[i].Status, w, describe(res))
		}
	}
	if n := pool.Opened(); n != 1 {
		t.Errorf("the run opened %d browser sessions, want 1: the drifted procedure's was not reused", n)
	}
}
