package fixes

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/docdrift/docdrift/internal/browser/browsertest"
	"github.com/docdrift/docdrift/internal/docfiles"
	"github.com/docdrift/docdrift/internal/panel"
	"github.com/docdrift/docdrift/internal/results"
	"github.com/docdrift/docdrift/internal/runner"
	"github.com/docdrift/docdrift/internal/target"
	"github.com/docdrift/docdrift/internal/target/keep"
	"github.com/docdrift/docdrift/steps"
)

func TestMain(m *testing.M) { browsertest.Main(m) }

func run2017(t *testing.T, doc string) *results.Result {
	t.Helper()
	files, findings := docfiles.Load([]string{doc})
	if len(findings) > 0 {
		t.Fatalf("load: %v", findings)
	}
	plans, findings := runner.Prepare(files)
	if len(findings) > 0 {
		t.Fatalf("prepare: %v", findings)
	}
	emb, err := target.StartEmbedded(panel.Options{Era: panel.Era2017, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { emb.Close() })
	owner := emb.Server.Owner()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	res, err := runner.Run(ctx, plans, runner.Options{IncludeStruck: true, Browser: browsertest.Browser(t), Config: steps.Config{
		BaseURL: emb.URL, Subjects: keep.Simulator(emb.API, panel.Era2017), RunID: "test", KeepGoing: true, StepTimeout: 3 * time.Second,
		Login: steps.Login{Username: owner.Email, Password: owner.Password},
	}})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func stepStatus(res *results.Result, proc, n string) results.Status {
	for _, p := range res.Procedures {
		if p.Name != proc {
			continue
		}
		for _, s := range p.Steps {
			if s.DocStep == n {
				return s.Status
			}
		}
	}
	return ""
}

// The patch for the 2017 legacy procedure applies with git and makes the drifted step pass.
func TestPatchFixesLegacyLabelOn2017(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "..", "testdata", "seed", "includes", "_api_oauth_tokens.md"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	t.Chdir(dir)
	doc := "docs/oauth.md"
	os.MkdirAll("docs", 0o755)
	if err := os.WriteFile(doc, src, 0o644); err != nil {
		t.Fatal(err)
	}
	res := run2017(t, doc)
	if got := stepStatus(res, "Revoking App Access", "3"); got != results.Drifted {
		t.Fatalf("step 3 before the fix: %q", got)
	}
	n, err := WritePatch("fix.patch", res)
	if err != nil || n == 0 {
		t.Fatalf("WritePatch = %d, %v", n, err)
	}
	patch, _ := os.ReadFile("fix.patch")
	if !strings.Contains(string(patch), "+") || !strings.Contains(string(patch), "Legacy API Settings") {
		t.Fatalf("patch:\n%s", patch)
	}
	for _, args := range [][]string{{"init", "-q"}, {"apply", "--check", "fix.patch"}, {"apply", "fix.patch"}} {
		if out, err := exec.Command("git", args...).CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s\n%s", args, err, out, patch)
		}
	}
	after := run2017(t, doc)
	if got := stepStatus(after, "Revoking App Access", "3"); got != results.Passed {
		t.Fatalf("step 3 after the fix: %q\npatch:\n%s", got, patch)
	}
	t.Logf("patch:\n%s", patch)
}
