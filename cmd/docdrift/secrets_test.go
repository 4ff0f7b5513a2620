package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/docdrift/docdrift/internal/panel"
)

// Every output on, then every file searched for every secret the run met: the owner's
// password, each client secret and access token the panel issued, legacy tokens, session
// cookies and CSRF tokens. Screenshots are covered by the masking test in package steps.
func TestRunLeaksNoSecret(t *testing.T) {
	t.Chdir("../..")
	emb := startPanel(t, panel.Options{Era: panel.Era2017, Seed: 5})
	owner := emb.Server.Owner()
	dir := t.TempDir()
	t.Setenv("GITHUB_STEP_SUMMARY", filepath.Join(dir, "step-summary.md"))

	var stdout, stderr bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	err := run(ctx, []string{"run", "--base-url", emb.URL, "--include-struck", "-v", "--format", "github",
		"--screenshots", filepath.Join(dir, "shots"), "--suggest-fixes", filepath.Join(dir, "fix.patch"),
		"--report", "html=" + filepath.Join(dir, "html") + ",junit=" + filepath.Join(dir, "junit.xml") + ",cucumber=" + filepath.Join(dir, "cucumber.json"),
		seed}, &stdout, &stderr)
	code := exitCode(err, &stderr)
	if code != exitFindings {
		t.Fatalf("exit %d\n%s%s", code, stdout.String(), stderr.String())
	}
	if err := os.WriteFile(filepath.Join(dir, "stdout"), stdout.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "stderr"), stderr.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}

	secrets := append([]string{owner.Password}, emb.Server.Issued()...)
	if len(secrets) < 8 { // the password, a client secret and token, sessions, legacy tokens
		t.Fatalf("only %d secrets issued: the run did not reach the credentials", len(secrets))
	}
	files := 0
	err = filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		files++
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, s := range secrets {
			if bytes.Contains(data, []byte(s)) {
				t.Errorf("%s holds a secret (%s…)", strings.TrimPrefix(path, dir), s[:4])
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files < 10 {
		t.Errorf("only %d output files searched", files)
	}
}
