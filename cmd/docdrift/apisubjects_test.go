package main

import (
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/docdrift/docdrift/internal/spatest"
)

// A product whose profile keeps its API tokens through its REST API: the token a procedure
// deletes is made with a call before it, what the procedures made is removed with calls
// after them — all with the run's one sign-in, its bearer token read from the session's
// HttpOnly cookie — and sweep --product removes what a killed run left the same way.
func TestRunKeepsSubjectsThroughTheAPI(t *testing.T) {
	app := spatest.New(spatest.Options{SessionCookie: "jwtToken"})
	srv := httptest.NewServer(app)
	t.Cleanup(srv.Close)
	dir := t.TempDir()
	for name, content := range map[string]string{
		"docdrift.toml": `[[product]]
name = "Token app"
surfaces = ["token app"]
docs = ["*.md"]
base_url = "` + srv.URL + `/admin"

[product.api]
bearer_cookie = "jwtToken"

[[product.subject]]
name = "API token"

[product.subject.api]
list = { path = "/api/tokens", id = "id", name = "name" }
create = { path = "/api/tokens", body = '{"name": "{name}"}', id = "id", secrets = ["accessKey"] }
delete = { path = "/api/tokens/{id}" }
`,
		"tokens.md": "# API tokens\n\n## Creating an API token\n\n1. Log into the token app.\n2. Select **Settings**.\n" +
			"3. Select **API Tokens**.\n4. Select **Create new API Token**.\n5. In the **Name** field, enter a name for the token.\n6. Select **Save**.\n\n" +
			"## Deleting an API token\n\n1. Log into the token app.\n2. Select **Settings**.\n3. Select **API Tokens**.\n" +
			"4. Click the more icon in the **Actions** column and select **Delete**.\n5. Click **Confirm** in the confirmation dialog.\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Setenv(userVar, app.Email)
	t.Setenv(passVar, app.Password)

	code, stdout, stderr := cmdIn(t, "run", "--step-timeout", "10s", dir)
	if code != exitOK || lastLine(stdout) != "2 passed, 0 failed, 0 skipped" {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	if toks := app.Tokens(); len(toks) != 0 {
		t.Errorf("the run left %v", toks)
	}
	if n := app.Logins(); n != 1 {
		t.Errorf("%d sign-ins, want the run's one", n)
	}
	if strings.Contains(stderr, "nothing makes or removes") {
		t.Errorf("the run says nothing keeps the tokens:\n%s", stderr)
	}
	for _, key := range app.Shown() {
		if strings.Contains(stdout+stderr, key) {
			t.Errorf("a created key is in the output")
		}
	}

	app.Ensure("docdrift-0101t0000aaaaaa-1") // left by a killed run
	app.Ensure("keep-me")
	t.Chdir(dir)
	code, stdout, stderr = cmdIn(t, "sweep", "--product", "Token app")
	if code != exitOK || !strings.Contains(stdout, "deleted docdrift-0101t0000aaaaaa-1") {
		t.Fatalf("sweep: exit %d\n%s%s", code, stdout, stderr)
	}
	if toks := app.Tokens(); len(toks) != 1 || toks[0].Name != "keep-me" {
		t.Errorf("after the sweep the app has %v", toks)
	}

	// A subject whose list cannot be read does not keep the others from being swept: the
	// tokens go, the failure is said, and the sweep exits 3.
	toml, err := os.ReadFile("docdrift.toml")
	if err != nil {
		t.Fatal(err)
	}
	broken := strings.Replace(string(toml), "[[product.subject]]", `[[product.subject]]
name = "webhook"

[product.subject.api]
list = { path = "/api/webhooks", id = "id", name = "name" }
create = { path = "/api/webhooks", body = '{"name": "{name}"}', id = "id" }
delete = { path = "/api/webhooks/{id}" }

[[product.subject]]`, 1)
	if err := os.WriteFile("docdrift.toml", []byte(broken), 0o644); err != nil {
		t.Fatal(err)
	}
	app.Ensure("docdrift-0101t0000aaaaaa-2")
	code, stdout, stderr = cmdIn(t, "sweep", "--product", "Token app")
	if code != exitInfra || !strings.Contains(stdout, "deleted docdrift-0101t0000aaaaaa-2") || !strings.Contains(stderr, "list the webhooks") {
		t.Errorf("sweep past an unreadable list: exit %d\n%s%s", code, stdout, stderr)
	}
}
