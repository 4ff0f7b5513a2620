package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/docdrift/docdrift/internal/panel"
	"github.com/docdrift/docdrift/internal/target"
)

// cmdIn runs a docdrift command in-process and returns its exit code and output.
func cmdIn(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errs bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	err := run(ctx, args, &out, &errs)
	return exitCode(err, &errs), out.String(), errs.String()
}

// startPanel serves a simulator for the test and puts its owner's credentials in the
// environment, as a CI job's secrets would.
func startPanel(t *testing.T, opts panel.Options) *target.Embedded {
	t.Helper()
	emb, err := target.StartEmbedded(opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = emb.Close() })
	owner := emb.Server.Owner()
	t.Setenv(userVar, owner.Email)
	t.Setenv(passVar, owner.Password)
	return emb
}

// Log in once, then run with the saved session and no credentials at all; a session the
// panel no longer knows is an infrastructure failure with the command that fixes it.
func TestLoginSaveSessionAndRun(t *testing.T) {
	t.Chdir("../..")
	emb, err := target.StartEmbedded(panel.Options{Era: panel.Era2017, Seed: 9})
	if err != nil {
		t.Fatal(err)
	}
	defer emb.Close()
	owner := emb.Server.Owner()
	t.Setenv("DISPLAY", "")
	t.Setenv("WAYLAND_DISPLAY", "")
	dir := t.TempDir()
	session := filepath.Join(dir, "session.json")

	t.Setenv(userVar, "")
	t.Setenv(passVar, "")
	if code, _, stderr := cmdIn(t, "login", "--base-url", emb.URL, "--save-session", session); code != exitUsage || !strings.Contains(stderr, "needs the owner's credentials") {
		t.Errorf("login without credentials: exit %d\n%s", code, stderr)
	}

	credFile := filepath.Join(dir, "owner.env")
	if err := os.WriteFile(credFile, []byte(userVar+"="+owner.Email+"\n"+passVar+"="+owner.Password+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := cmdIn(t, "login", "--base-url", emb.URL, "--credentials", credFile, "--save-session", session)
	if code != exitOK || !strings.Contains(stdout, "session for "+emb.URL+" saved") {
		t.Fatalf("login: exit %d\n%s%s", code, stdout, stderr)
	}
	if info, err := os.Stat(session); err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("session file: %v %v", info, err)
	}
	if strings.Contains(stdout+stderr, owner.Password) {
		t.Error("login printed the password")
	}

	code, stdout, stderr = cmdIn(t, "run", "--base-url", emb.URL, "--session", session, "--step-timeout", "4s", "--screenshots", dir, seed)
	if code != exitOK {
		t.Fatalf("run with the saved session: exit %d\n%s%s", code, stdout, stderr)
	}

	// The panel forgets the session (as a real one does when it expires).
	data, _ := os.ReadFile(session)
	var saved map[string]any
	if err := json.Unmarshal(data, &saved); err != nil {
		t.Fatal(err)
	}
	for _, c := range saved["cookies"].([]any) {
		c.(map[string]any)["value"] = "expired-session-id"
	}
	data, _ = json.Marshal(saved)
	if err := os.WriteFile(session, data, 0o600); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr = cmdIn(t, "run", "--base-url", emb.URL, "--session", session, "--step-timeout", "4s", "--screenshots", dir, seed)
	if code != exitInfra || !strings.Contains(stdout, "save a new one with docdrift login --save-session FILE") {
		t.Errorf("run with an expired session: exit %d, want %d with the hint\n%s%s", code, exitInfra, stdout, stderr)
	}
}

func TestCredentialsFlags(t *testing.T) {
	t.Chdir("../..")
	dir := t.TempDir()
	open := filepath.Join(dir, "open.env")
	if err := os.WriteFile(open, []byte(userVar+"=a\n"+passVar+"=b\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	os.Chmod(open, 0o644)
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"run", "--base-url", "http://127.0.0.1:1", "--credentials", open, seed}, "chmod 600"},
		{[]string{"run", "--session", filepath.Join(dir, "s.json"), seed}, "--session and --credentials are for a panel at --base-url"},
		{[]string{"run", "--base-url", "http://127.0.0.1:1", "--session", filepath.Join(dir, "missing.json"), seed}, "no such file"},
		{[]string{"login", "--base-url", "http://127.0.0.1:1"}, "--base-url (or --product) and --save-session are required"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args[:3], " "), func(t *testing.T) {
			code, _, stderr := cmdIn(t, tt.args...)
			if code != exitUsage || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, want %d with %q:\n%s", code, exitUsage, tt.want, stderr)
			}
		})
	}
}
