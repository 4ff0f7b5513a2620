package main

import (
	"bytes"
	"context"
	"github.com/docdrift/docdrift/internal/golden"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// lintCmd runs "docdrift lint args..." as main does and returns the exit code and output.
func lintCmd(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errs bytes.Buffer
	err := run(context.Background(), append([]string{"lint"}, args...), &out, &errs)
	return exitCode(err, &errs), out.String(), errs.String()
}

const seed = "testdata/seed/includes/_api_oauth_tokens.md"

func TestLintSeedGolden(t *testing.T) {
	t.Chdir("../..") // so the paths in the output are the ones a user at the repo root types
	for _, format := range []string{"text", "json", "github"} {
		t.Run(format, func(t *testing.T) {
			code, stdout, _ := lintCmd(t, "--format", format, seed)
			if code != exitFindings {
				t.Errorf("exit %d, want %d", code, exitFindings)
			}
			golden.Check(t, "lint/seed."+format, []byte(stdout))
		})
	}
}

// TestLintSeedFindings states what lint must find in the seed, independent of the golden files.
func TestLintSeedFindings(t *testing.T) {
	t.Chdir("../..")
	_, stdout, _ := lintCmd(t, seed)
	for _, want := range []string{
		`:1:55: warning: "â€“" is probably "–" [mojibake]`,
		`:21:109: error: link to "#request_scopes" matches no heading or anchor in this doc [anchor]`,
		`:22:1: warning: step numbered 8 follows 6 (expected 7) [numbering]`,
		`:44:1: info: procedure "Revoking App Access" is struck out; the runner will skip it [draft]`,
		`:58:1: info: procedure "Regenerating an API Token" is struck out; the runner will skip it [draft]`,
	} {
		if !strings.Contains(stdout, seed+want+"\n") {
			t.Errorf("missing %s%s", seed, want)
		}
	}
	if strings.Contains(stdout, "[image]") {
		t.Errorf("the seed's images exist, but lint reported one:\n%s", stdout)
	}
}

// TestLintInputs runs lint on each kind of bad input next to a good doc with one known
// warning: the bad input gets one line naming it, the good doc is still checked.
func TestLintInputs(t *testing.T) {
	const gapLine = "gap.md:4:1: warning: step numbered 3 follows 1 (expected 2) [numbering]"
	tests := []struct {
		name  string
		files map[string]string
		arg   string
		code  int
		line  string // "" when the input is fine and yields nothing
	}{
		{"missing path", nil, "missing.md", exitUsage,
			"missing.md: error: no such file or directory [input]"},
		{"directory without docs", map[string]string{"empty/notes.txt": "x"}, "empty", exitUsage,
			"empty: error: directory contains no Markdown docs (.md, .markdown, .mdx) [input]"},
		{"explicit file of another type is checked", map[string]string{"notes.txt": "Just notes.\n"}, "notes.txt", exitOK,
			"notes.txt: info: no numbered procedures, nothing to run [no-procedures]"},
		{"not UTF-8", map[string]string{"latin1.md": "# Setup\n\n1. Open the caf\xe9 page.\n"}, "latin1.md", exitUsage,
			"latin1.md:3:16: error: invalid UTF-8 (byte 0xE9); save the file as UTF-8 [input]"},
		{"binary", map[string]string{"shot.md": "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"}, "shot.md", exitUsage,
			"shot.md:3:1: error: binary file (NUL byte), not a Markdown doc [input]"},
		{"empty file", map[string]string{"empty.md": "\n"}, "empty.md", exitOK,
			"empty.md: warning: empty file, nothing to check [input]"},
		{"no procedures", map[string]string{"about.md": "# About\n\nNothing to do here.\n"}, "about.md", exitOK,
			"about.md: info: no numbered procedures, nothing to run [no-procedures]"},
		{"a BOM is fine: the heading on line 1 still has its anchor", map[string]string{
			"bom.md": "\uFEFF# Setup\n\nSee [setup](#setup).\n\n1. Select **Open**.\n2. Select **Save**.\n"}, "bom.md", exitOK, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			tt.files = withFile(tt.files, "gap.md", "# Gap\n\n1. Select **One**.\n3. Select **Three**.\n")
			for name, body := range tt.files {
				p := filepath.Join(dir, filepath.FromSlash(name))
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			t.Chdir(dir)
			code, stdout, stderr := lintCmd(t, tt.arg, "gap.md")
			if code != tt.code {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, tt.code, stderr)
			}
			want := []string{gapLine}
			if tt.line != "" {
				want = append(want, tt.line)
			}
			sort.Strings(want) // findings are sorted by path first
			if got := strings.Join(want, "\n") + "\n"; stdout != got {
				t.Errorf("stdout:\n%s\nwant:\n%s", stdout, got)
			}
		})
	}
}

func TestLintTooLarge(t *testing.T) {
	t.Chdir(t.TempDir())
	f, err := os.Create("huge.md")
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(20_000_000); err != nil { // sparse: no 20 MB written to disk
		t.Fatal(err)
	}
	f.Close()
	code, stdout, _ := lintCmd(t, "huge.md")
	want := "huge.md: error: file is 20000000 bytes (19.1 MiB), over the 512 KiB limit for a doc [input]\n"
	if code != exitUsage || stdout != want {
		t.Errorf("exit %d, stdout %q; want exit %d, %q", code, stdout, exitUsage, want)
	}
}

func TestLintUsage(t *testing.T) {
	t.Chdir("../..")
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string // a line stderr must contain
	}{
		{"no paths", nil, exitUsage, "docdrift: lint: no paths given"},
		{"unknown format", []string{"--format", "xml", seed}, exitUsage, `docdrift: lint: unknown format "xml" (want github, json or text)`},
		{"unknown flag", []string{"--strict", seed}, exitUsage, "flag provided but not defined: -strict"},
		{"flags after paths", []string{seed, "--format", "xml"}, exitUsage, `unknown format "xml"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := lintCmd(t, tt.args...)
			if code != tt.code || !strings.Contains(stderr, tt.stderr) {
				t.Errorf("exit %d, stderr:\n%s\nwant exit %d and %q", code, stderr, tt.code, tt.stderr)
			}
		})
	}
}

func TestLintHelp(t *testing.T) {
	for _, arg := range []string{"-h", "--help"} {
		code, stdout, _ := lintCmd(t, arg)
		for _, want := range []string{
			"Usage: docdrift lint [--format github|json|text] PATH...",
			"  -format format",
			"  input            a path that cannot be read",
			"  numbering        a skipped, repeated or out-of-order step number",
			"  docdrift lint --format github docs/",
		} {
			if code != exitOK || !strings.Contains(stdout, want) {
				t.Errorf("%s: exit %d, want 0 and help containing %q; got:\n%s", arg, code, want, stdout)
			}
		}
	}
}

func TestLintCleanDocExitsZero(t *testing.T) {
	t.Chdir(t.TempDir())
	if err := os.WriteFile("ok.md", []byte("# Setup\n\n1. Open **Settings**.\n2. Select **Save**.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"text", "json", "github"} {
		code, stdout, stderr := lintCmd(t, "--format="+format, "ok.md")
		wantOut := map[string]string{"text": "", "json": "[]\n", "github": ""}[format]
		if code != exitOK || stdout != wantOut {
			t.Errorf("%s: exit %d, stdout %q; want 0, %q", format, code, stdout, wantOut)
		}
		if format == "text" && stderr != "docdrift lint: 1 doc checked: 0 errors, 0 warnings, 0 notes\n" {
			t.Errorf("text summary = %q", stderr)
		}
	}
}

func withFile(files map[string]string, name, body string) map[string]string {
	out := map[string]string{name: body}
	for k, v := range files {
		out[k] = v
	}
	return out
}
