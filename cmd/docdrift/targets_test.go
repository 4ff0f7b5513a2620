package main

import (
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/docdrift/docdrift/internal/spatest"
)

// A docs project about two products runs each doc on its own product's target in one run:
// the store's on the embedded simulator, the token app's on the app its [[product]] names
// (at the address its base_url_env gives, over its base_url), signed in once with its own
// credentials; a subject no profile keeps is the user's to clean up, and the run says so. login --product saves the app's session by the product's name.
func TestRunSeveralTargets(t *testing.T) {
	app := spatest.New(spatest.Options{Latency: 100 * time.Millisecond, LoginLimit: 2})
	srv := httptest.NewServer(app)
	t.Cleanup(srv.Close)
	dir := t.TempDir()
	write := func(name, content string) string {
		t.Helper()
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	write("docdrift.toml", `[[product]]
name = "Token app"
surfaces = ["token app"]
docs = ["app/**"]
base_url = "http://127.0.0.1:9/admin"
base_url_env = "APP_URL"
username_env = "APP_USER"
password_env = "APP_PASS"

[[product.subject]]
name = "API token"
`)
	write("app/tokens.md", "# API tokens\n\n## Creating an API token\n\n1. Log into the token app.\n2. Select **Settings**.\n"+
		"3. Select **API Tokens**.\n4. Select **Create new API Token**.\n5. In the **Name** field, enter a name for the token.\n6. Select **Save**.\n")
	write("store/accounts.md", "# API accounts\n\n## Finding the API accounts\n\n1. Log into the store.\n"+
		"2. Select **Advanced Settings** > **API Accounts**.\n")
	t.Setenv("APP_URL", srv.URL+"/admin") // where this copy runs, over the profile's base_url
	t.Setenv("APP_USER", app.Email)
	t.Setenv("APP_PASS", app.Password)

	code, stdout, stderr := cmdIn(t, "run", "--step-timeout", "10s", "--screenshots", t.TempDir(), dir)
	if code != exitOK || lastLine(stdout) != "2 passed, 0 failed, 0 skipped" {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	if n := app.Logins(); n != 1 {
		t.Errorf("%d sign-ins to the app, want 1", n)
	}
	if !strings.Contains(stderr, "Token app: nothing makes or removes API tokens here") {
		t.Errorf("no warning that cleaning up the app's tokens is the user's:\n%s", stderr)
	}

	t.Chdir(dir)
	t.Setenv("DISPLAY", "")
	t.Setenv("WAYLAND_DISPLAY", "")
	session := filepath.Join(t.TempDir(), "app-session.json")
	if code, stdout, stderr := cmdIn(t, "login", "--product", "token app", "--save-session", session); code != exitOK || !strings.Contains(stdout, "session for "+srv.URL+"/admin saved") ||
		!strings.Contains(stdout, `use it with session_file = "`+session+`" in the [[product]] named "token app"`) {
		t.Errorf("login --product: exit %d\n%s%s", code, stdout, stderr)
	}
	if code, _, stderr := cmdIn(t, "login", "--product", "Partner Portal", "--save-session", session); code != exitUsage || !strings.Contains(stderr, `no [[product]] named "Partner Portal" (it has "Token app")`) {
		t.Errorf("login --product of no such product: exit %d\n%s", code, stderr)
	}
}

// A web UI at --base-url with no docdrift.toml is driven as itself — signed into by its
// form, begun at the base URL — not as the simulator's control panel: nothing of the
// panel's is made, swept or named.
func TestRunAPlainWebUI(t *testing.T) {
	app := spatest.New(spatest.Options{})
	srv := httptest.NewServer(app)
	t.Cleanup(srv.Close)
	doc := filepath.Join(t.TempDir(), "tokens.md")
	if err := os.WriteFile(doc, []byte("# API tokens\n\n## Creating an API token\n\n1. Sign in.\n2. Select **Settings**.\n"+
		"3. Select **API Tokens**.\n4. Select **Create new API Token**.\n5. In the **Name** field, enter a name for the token.\n6. Select **Save**.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv(userVar, app.Email)
	t.Setenv(passVar, app.Password)
	code, stdout, stderr := cmdIn(t, "run", "--base-url", srv.URL+"/admin", "--step-timeout", "10s", "--screenshots", t.TempDir(), doc)
	if code != exitOK || lastLine(stdout) != "1 passed, 0 failed, 0 skipped" {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	for _, panel := range []string{"BigCommerce", "control panel", "sweep", "may be left"} {
		if strings.Contains(stdout+stderr, panel) {
			t.Errorf("the run spoke of the simulator's panel (%q):\n%s%s", panel, stdout, stderr)
		}
	}
}
