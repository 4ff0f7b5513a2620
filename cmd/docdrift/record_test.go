package main

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/docdrift/docdrift/internal/golden"
	"github.com/docdrift/docdrift/internal/panel"
)

// createAccount is a record script: create an API account on the 2017 panel, as a writer
// would click through it.
const createAccount = `# Create an API account on the 2017 control panel
click Advanced Settings
click API Accounts
click Create API Account
fill Name = Nightly ERP sync
choose Products = read-only
click Save
click Done
`

func writeScript(t *testing.T, dir, text string) string {
	t.Helper()
	path := filepath.Join(dir, "script.txt")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// The round trip of issue 16: record a procedure on the panel with a script, lint it and run
// it — it passes; rename a label it names — the run drifts at that step's line of the
// recorded doc.
func TestRecordRoundTrip(t *testing.T) {
	t.Setenv("DISPLAY", "")
	t.Setenv("WAYLAND_DISPLAY", "")
	emb := startPanel(t, panel.Options{Era: panel.Era2017, Seed: 31})
	owner := emb.Server.Owner()
	dir := t.TempDir()
	out := filepath.Join(dir, "create-api-account.md")

	code, stdout, stderr := cmdIn(t, "record", "--base-url", emb.URL, "--script", writeScript(t, dir, createAccount), "-o", out, "--screenshots", "--title", "Create an API account")
	if code != exitOK {
		t.Fatalf("record: exit %d\n%s%s", code, stdout, stderr)
	}
	doc, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "record/create-api-account.md", bytes.ReplaceAll(doc, []byte(emb.URL), []byte("http://127.0.0.1:PORT")))
	if strings.Contains(string(doc)+stdout+stderr, owner.Password) {
		t.Error("record wrote the owner's password")
	}
	shots, _ := filepath.Glob(filepath.Join(dir, "create-api-account-step-*.png"))
	if len(shots) != 7 {
		t.Errorf("%d pictures beside the doc, want one per step (7): %q", len(shots), shots)
	}
	for _, s := range shots {
		if b, err := os.ReadFile(s); err != nil || !bytes.HasPrefix(b, []byte("\x89PNG")) {
			t.Errorf("%s is not a PNG: %v", s, err)
		}
	}

	if code, stdout, stderr := cmdIn(t, "lint", out); code != exitOK || !strings.Contains(stderr+stdout, "0 errors, 0 warnings, 0 notes") {
		t.Errorf("lint of the recorded doc: exit %d\n%s%s", code, stdout, stderr)
	}
	if code, stdout, stderr := cmdIn(t, "run", "--base-url", emb.URL, "--step-timeout", "4s", out); code != exitOK || lastLine(stdout) != "1 passed, 0 failed, 0 skipped" {
		t.Fatalf("run of the recorded doc: exit %d\n%s%s", code, stdout, stderr)
	}
	// The recording made the account it named; the run made one of its own and deleted it.
	accounts, _ := emb.Server.Accounts()
	if len(accounts) != 1 || accounts[0].Name != "Nightly ERP sync" {
		t.Errorf("accounts after record and run: %+v, want only the recorded one", accounts)
	}

	renamed := startPanel(t, panel.Options{Era: panel.Era2017, Seed: 31, Drift: panel.Drift{Rename: map[string]string{"API Accounts": "API Keys"}}})
	code, stdout, stderr = cmdIn(t, "run", "--base-url", renamed.URL, "--step-timeout", "4s", out)
	want := fmt.Sprintf(`%s:%d:4: step 2 "Select **API Accounts**.": no link, button, menu item or tab named "API Accounts"`, out, lineOf(t, doc, "2. Select **API Accounts**."))
	if code != exitFindings || !strings.Contains(stdout, want) {
		t.Errorf("run on the renamed panel: exit %d, want %d and %q\n%s%s", code, exitFindings, want, stdout, stderr)
	}
}

// lineOf is the 1-based line of doc that starts with prefix.
func lineOf(t *testing.T, doc []byte, prefix string) int {
	t.Helper()
	for i, l := range strings.Split(string(doc), "\n") {
		if strings.HasPrefix(l, prefix) {
			return i + 1
		}
	}
	t.Fatalf("no line starts with %q", prefix)
	return 0
}

// Ctrl-C during a recording writes what was recorded so far and exits 130.
func TestRecordInterrupted(t *testing.T) {
	t.Setenv("DISPLAY", "")
	t.Setenv("WAYLAND_DISPLAY", "")
	srv := panel.New(panel.Options{Era: panel.Era2017, Seed: 32})
	owner := srv.Owner()
	t.Setenv(userVar, owner.Email)
	t.Setenv(passVar, owner.Password)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	// The signal comes as the panel serves the page the second click opens: by then the
	// first two clicks are recorded, and the script's third line waits for a label in vain.
	hs := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.Contains(r.URL.Path, "api-accounts") {
			defer cancel()
		}
		srv.ServeHTTP(w, r)
	}))
	defer hs.Close()
	dir := t.TempDir()
	out := filepath.Join(dir, "stopped.md")
	var stdout, stderr bytes.Buffer
	err := run(ctx, []string{"record", "--base-url", hs.URL, "--script", writeScript(t, dir, "click Advanced Settings\nclick API Accounts\nclick Never There\n"), "-o", out}, &stdout, &stderr)
	if code := exitCode(err, &stderr); code != exitInterrupted {
		t.Fatalf("exit %d, want %d\n%s%s", code, exitInterrupted, stdout.String(), stderr.String())
	}
	doc, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("nothing written: %v\n%s", err, stderr.String())
	}
	for _, want := range []string{"1. Select **Advanced Settings**.", "2. Select **API Accounts**."} {
		if !strings.Contains(string(doc), want) {
			t.Errorf("the doc lacks %q:\n%s", want, doc)
		}
	}
}

// Bad input is refused before a browser starts, at its line.
func TestRecordUsage(t *testing.T) {
	t.Setenv("DISPLAY", "")
	t.Setenv("WAYLAND_DISPLAY", "")
	dir := t.TempDir()
	exists := filepath.Join(dir, "exists.md")
	os.WriteFile(exists, []byte("# Mine\n"), 0o644)
	bad := writeScript(t, dir, "click Save\ntap Cancel\n")
	for _, tt := range []struct {
		name string
		args []string
		want string
	}{
		{"no output", []string{"--base-url", "http://127.0.0.1:9"}, "--base-url (or --product) and -o are required"},
		{"an output that exists", []string{"--base-url", "http://127.0.0.1:9", "-o", exists}, exists + " exists: give another -o, or --force"},
		{"a bad script line", []string{"--base-url", "http://127.0.0.1:9", "-o", filepath.Join(dir, "new.md"), "--script", bad}, bad + `:2: unknown action "tap"`},
		{"no display and no script", []string{"--base-url", "http://127.0.0.1:9", "-o", filepath.Join(dir, "new.md")}, "no display to open a window on"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := cmdIn(t, append([]string{"record", "--chrome", "/nonexistent/chromium"}, tt.args...)...)
			if code != exitUsage || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, want %d and %q\n%s%s", code, exitUsage, tt.want, stdout, stderr)
			}
		})
	}
	if b, _ := os.ReadFile(exists); string(b) != "# Mine\n" {
		t.Error("record overwrote a doc without --force")
	}
}
