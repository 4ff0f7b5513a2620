package main

import (
	"bytes"
	"context"
	"github.com/docdrift/docdrift/internal/golden"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// genCmd runs "docdrift gen args..." as main does and returns the exit code and output.
func genCmd(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errs bytes.Buffer
	err := run(context.Background(), append([]string{"gen"}, args...), &out, &errs)
	return exitCode(err, &errs), out.String(), errs.String()
}

// writeTree creates files (slash-separated names) below the current directory.
func writeTree(t *testing.T, files map[string]string) {
	t.Helper()
	for name, body := range files {
		p := filepath.FromSlash(name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.FromSlash(name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// genDocs is a small docs tree: a doc at the top, one in a sub-directory, one with nothing
// to run.
func genDocs(t *testing.T) {
	t.Helper()
	seedSrc, err := os.ReadFile(filepath.Join("..", "..", filepath.FromSlash(seed)))
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(t.TempDir())
	writeTree(t, map[string]string{
		"docs/_api_oauth_tokens.md": string(seedSrc),
		"docs/admin/robots.md":      "# Robots\n\n## Add a robot\n\n1. Click **New Robot**.\n2. Enter a name. The **Robots** page opens.\n",
		"docs/about.md":             "# About\n\nNothing to do here.\n",
	})
}

// TestGenRoundTrip follows a writer through gen: write, re-run, check, edit, delete a doc.
func TestGenRoundTrip(t *testing.T) {
	genDocs(t)

	code, stdout, stderr := genCmd(t, "docs")
	if code != exitOK {
		t.Fatalf("gen: exit %d\n%s", code, stderr)
	}
	golden.Check(t, "gen/write.stdout", []byte(stdout))
	golden.Check(t, "gen/write.stderr", []byte(stderr))
	golden.Check(t, "gen/robots.feature", []byte(readFile(t, "features/admin/robots.feature")))
	seedFeature := readFile(t, "features/_api_oauth_tokens.feature")
	if !strings.HasPrefix(seedFeature, "# Generated from docs/_api_oauth_tokens.md by docdrift gen. DO NOT EDIT.\n") {
		t.Errorf("seed feature starts:\n%.200s", seedFeature)
	}
	if _, err := os.Stat("features/about.feature"); err == nil {
		t.Error("a doc without procedures got a feature")
	}

	code, stdout, _ = genCmd(t, "docs")
	if code != exitOK || readFile(t, "features/_api_oauth_tokens.feature") != seedFeature {
		t.Errorf("re-run: exit %d or different bytes", code)
	}
	if want := "unchanged features/_api_oauth_tokens.feature\nunchanged features/admin/robots.feature\n"; stdout != want {
		t.Errorf("re-run stdout:\n%s\nwant:\n%s", stdout, want)
	}

	if code, stdout, stderr = genCmd(t, "--check", "docs"); code != exitOK || stdout != "" {
		t.Errorf("--check on fresh features: exit %d\n%s%s", code, stdout, stderr)
	}

	// A hand edit, a deleted feature and a deleted doc are each named by --check.
	writeTree(t, map[string]string{"features/admin/robots.feature": strings.Replace(readFile(t, "features/admin/robots.feature"), "Click", "Press", 1)})
	writeTree(t, map[string]string{"features/hand-written.feature": "Feature: mine\n"})
	if err := os.Remove("features/_api_oauth_tokens.feature"); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr = genCmd(t, "--check", "docs")
	if code != exitFindings {
		t.Errorf("--check after edits: exit %d, want %d", code, exitFindings)
	}
	golden.Check(t, "gen/check-stale.stdout", []byte(stdout))
	golden.Check(t, "gen/check-stale.stderr", []byte(stderr))

	if err := os.Remove("docs/admin/robots.md"); err != nil {
		t.Fatal(err)
	}
	code, stdout, _ = genCmd(t, "--check", "docs")
	if code != exitFindings || !strings.Contains(stdout, "features/admin/robots.feature: orphaned: docs/admin/robots.md no longer has procedures or is gone") {
		t.Errorf("--check after removing a doc: exit %d\n%s", code, stdout)
	}
	code, stdout, _ = genCmd(t, "docs")
	if code != exitOK || !strings.Contains(stdout, "removed features/admin/robots.feature") {
		t.Errorf("gen after removing a doc: exit %d\n%s", code, stdout)
	}
	if _, err := os.Stat("features/hand-written.feature"); err != nil {
		t.Errorf("gen touched a feature it did not write: %v", err)
	}
	if code, stdout, _ = genCmd(t, "--check", "docs"); code != exitOK {
		t.Errorf("--check after gen: exit %d\n%s", code, stdout)
	}
	if leftovers, _ := filepath.Glob("features/.*.tmp-*"); len(leftovers) > 0 {
		t.Errorf("temporary files left behind: %v", leftovers)
	}
}

// Naming a doc differently moves its feature; the old one must not linger as a second
// feature for the same doc.
func TestGenMovesAFeatureWhenThePathsChange(t *testing.T) {
	genDocs(t)
	if code, _, stderr := genCmd(t, "docs"); code != exitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	code, stdout, _ := genCmd(t, "--check", "docs/admin/robots.md")
	want := "features/robots.feature: missing: docdrift gen would write it from docs/admin/robots.md\n" +
		"features/admin/robots.feature: orphaned: docs/admin/robots.md's feature is now features/robots.feature\n"
	if code != exitFindings || stdout != want {
		t.Errorf("--check: exit %d\n%s\nwant:\n%s", code, stdout, want)
	}
	if code, stdout, _ = genCmd(t, "docs/admin/robots.md"); code != exitOK ||
		!strings.Contains(stdout, "removed features/admin/robots.feature: docs/admin/robots.md's feature is now features/robots.feature") {
		t.Errorf("gen: exit %d\n%s", code, stdout)
	}
	if _, err := os.Stat("features/_api_oauth_tokens.feature"); err != nil {
		t.Errorf("a feature outside the paths given was touched: %v", err)
	}
}

// A feature for a doc outside the PATHs given is another run's business, even in the same DIR.
func TestGenOnlyOwnsItsScope(t *testing.T) {
	genDocs(t)
	if code, _, stderr := genCmd(t, "-o", "out", "docs"); code != exitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	code, stdout, _ := genCmd(t, "-o", "out", "--check", "docs/admin")
	if code != exitFindings || !strings.Contains(stdout, "out/robots.feature: missing") || strings.Contains(stdout, "_api_oauth_tokens") {
		t.Errorf("--check docs/admin: exit %d\n%s", code, stdout)
	}
}

func TestGenUnreadableInput(t *testing.T) {
	genDocs(t)
	writeTree(t, map[string]string{"bin.md": "\x00\x01"})
	code, stdout, stderr := genCmd(t, "missing.md", "docs", "bin.md")
	if code != exitUsage {
		t.Errorf("exit %d, want %d", code, exitUsage)
	}
	for _, want := range []string{
		"missing.md: error: no such file or directory [input]\n",
		"bin.md:1:1: error: binary file (NUL byte), not a Markdown doc [input]\n",
		"docdrift: gen: 2 inputs could not be used\n",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if !strings.Contains(stdout, "wrote features/admin/robots.feature") {
		t.Errorf("the readable docs were not generated:\n%s", stdout)
	}
}

func TestGenNameCollision(t *testing.T) {
	t.Chdir(t.TempDir())
	doc := "# Setup\n\n1. Click **Go**.\n"
	writeTree(t, map[string]string{"a/setup.md": doc, "b/setup.md": doc, "b/setup.markdown": doc})
	code, stdout, stderr := genCmd(t, "a/setup.md", "b")
	if code != exitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	want := "wrote features/setup.feature from a/setup.md\n" +
		"wrote features/setup-2.feature from b/setup.markdown\n" +
		"wrote features/setup-3.feature from b/setup.md\n"
	if stdout != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", stdout, want)
	}
	if !strings.Contains(stderr, "b/setup.md: info: setup.feature is already a/setup.md's feature: writing setup-3.feature [gen]") {
		t.Errorf("stderr:\n%s", stderr)
	}
}

func TestGenUsage(t *testing.T) {
	code, stdout, _ := genCmd(t, "-h")
	for _, want := range []string{"Usage: docdrift gen [-o DIR] [--check] PATH...", "  -o DIR", "docdrift gen --check docs/"} {
		if code != exitOK || !strings.Contains(stdout, want) {
			t.Errorf("-h: exit %d, want 0 and help containing %q:\n%s", code, want, stdout)
		}
	}
	code, _, stderr := genCmd(t)
	if code != exitUsage || !strings.Contains(stderr, "docdrift: gen: no doc or directory given") {
		t.Errorf("no paths: exit %d\n%s", code, stderr)
	}
	code, _, stderr = genCmd(t, "--bogus", "x.md")
	if code != exitUsage || !strings.Contains(stderr, "flag provided but not defined: -bogus") {
		t.Errorf("bad flag: exit %d\n%s", code, stderr)
	}
}

// TestFeaturesUpToDate fails when the checked-in features/ no longer match what gen writes
// from the seed doc. Fix: go run ./cmd/docdrift gen testdata/seed/includes/_api_oauth_tokens.md
func TestFeaturesUpToDate(t *testing.T) {
	t.Chdir("../..")
	code, stdout, stderr := genCmd(t, "--check", seed)
	if code != exitOK {
		t.Errorf("features/ is stale (exit %d); run: go run ./cmd/docdrift gen %s\n%s%s", code, seed, stdout, stderr)
	}
}
