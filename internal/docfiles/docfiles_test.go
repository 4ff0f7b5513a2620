package docfiles

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/docdrift/docdrift/docsparse"
)

// tree writes files (slash paths relative to a temp dir) and changes into that dir, so the
// paths in findings are the short relative ones a user would type.
func tree(t *testing.T, files map[string]string) {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if strings.HasSuffix(name, "/") {
			continue
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
}

func paths(files []File) []string {
	var out []string
	for _, f := range files {
		out = append(out, f.Path)
	}
	return out
}

func lines(fs docsparse.Findings) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Error())
	}
	return out
}

func TestLoad(t *testing.T) {
	const doc = "# Title\n\n1. Step.\n"
	tests := []struct {
		name      string
		files     map[string]string
		args      []string
		wantFiles []string
		want      []string
	}{
		{
			name:      "files and directories, sorted, hidden and node_modules skipped",
			files:     map[string]string{"docs/b.md": doc, "docs/a/x.markdown": doc, "docs/c.mdx": doc, "docs/notes.txt": "x", "docs/.git/h.md": doc, "docs/node_modules/p/readme.md": doc, "z.md": doc},
			args:      []string{"z.md", "docs"},
			wantFiles: []string{"docs/a/x.markdown", "docs/b.md", "docs/c.mdx", "z.md"},
		},
		{
			name:      "duplicates named twice or found twice are read once",
			files:     map[string]string{"docs/a.md": doc},
			args:      []string{"docs/a.md", "./docs", "docs/../docs/a.md", "docs"},
			wantFiles: []string{"docs/a.md"},
		},
		{
			name:      "an explicitly named file is read whatever its extension",
			files:     map[string]string{"howto.txt": doc},
			args:      []string{"howto.txt"},
			wantFiles: []string{"howto.txt"},
		},
		{
			name:      "a BOM is fine and removed",
			files:     map[string]string{"bom.md": "\uFEFF" + doc},
			args:      []string{"bom.md"},
			wantFiles: []string{"bom.md"},
		},
		{
			name:      "missing path does not stop the others",
			files:     map[string]string{"ok.md": doc},
			args:      []string{"missing.md", "ok.md"},
			wantFiles: []string{"ok.md"},
			want:      []string{"missing.md: error: no such file or directory [input]"},
		},
		{
			name:  "directory without docs",
			files: map[string]string{"empty/notes.txt": "x", "empty/.hidden/a.md": doc},
			args:  []string{"empty"},
			want:  []string{"empty: error: directory contains no Markdown docs (.md, .markdown, .mdx) [input]"},
		},
		{
			name:  "invalid UTF-8 at its line and column",
			files: map[string]string{"latin1.md": "# Caf\xc3\xa9\n\nna\xefve\n"},
			args:  []string{"latin1.md"},
			want:  []string{"latin1.md:3:3: error: invalid UTF-8 (byte 0xEF); save the file as UTF-8 [input]"},
		},
		{
			name:  "binary file",
			files: map[string]string{"logo.md": "\x89PNG\r\n\x1a\n\x00\x00"},
			args:  []string{"logo.md"},
			want:  []string{"logo.md:3:1: error: binary file (NUL byte), not a Markdown doc [input]"},
		},
		{
			name:  "empty file is a warning and not returned",
			files: map[string]string{"empty.md": " \n\n"},
			args:  []string{"empty.md"},
			want:  []string{"empty.md: warning: empty file, nothing to check [input]"},
		},
		{
			name:  "the path is reported as given, cleaned",
			files: map[string]string{"d/": ""},
			args:  []string{"./d/../nope"},
			want:  []string{"nope: error: no such file or directory [input]"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tree(t, tt.files)
			files, findings := Load(tt.args)
			if got := strings.Join(paths(files), "\n"); got != strings.Join(tt.wantFiles, "\n") {
				t.Errorf("files:\n%s\nwant:\n%s", got, strings.Join(tt.wantFiles, "\n"))
			}
			if got := strings.Join(lines(findings), "\n"); got != strings.Join(tt.want, "\n") {
				t.Errorf("findings:\n%s\nwant:\n%s", got, strings.Join(tt.want, "\n"))
			}
			for _, f := range files {
				if bytes.HasPrefix(f.Src, bom) {
					t.Errorf("%s: BOM kept", f.Path)
				}
			}
		})
	}
}

func TestLoadTooLarge(t *testing.T) {
	tree(t, map[string]string{"ok.md": "# ok\n"})
	big, err := os.Create("big.md")
	if err != nil {
		t.Fatal(err)
	}
	// A sparse 20 MB file: Load must reject it from its size, without reading it.
	if err := big.Truncate(20_000_000); err != nil {
		t.Fatal(err)
	}
	big.Close()
	files, findings := Load([]string{"big.md", "ok.md"})
	want := "big.md: error: file is 20000000 bytes (19.1 MiB), over the 512 KiB limit for a doc [input]"
	if got := findings.Error(); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if len(files) != 1 || files[0].Path != "ok.md" {
		t.Errorf("files = %v, want ok.md only", paths(files))
	}
}

func TestLoadSymlinks(t *testing.T) {
	tree(t, map[string]string{"real/a.md": "# a\n", "docs/b.md": "# b\n"})
	for _, l := range []struct{ target, name string }{
		{"../real/a.md", "docs/link.md"},  // a link to a file is a doc
		{"..", "docs/loop.md"},            // a link to a directory is not followed, even named .md
		{"../nowhere.md", "docs/dead.md"}, // a dangling link is reported
	} {
		if err := os.Symlink(l.target, filepath.FromSlash(l.name)); err != nil {
			t.Fatal(err)
		}
	}
	files, findings := Load([]string{"docs"})
	if got, want := strings.Join(paths(files), " "), "docs/b.md docs/link.md"; got != want {
		t.Errorf("files = %s, want %s", got, want)
	}
	if got, want := findings.Error(), "docs/dead.md: error: no such file or directory [input]"; got != want {
		t.Errorf("findings = %s, want %s", got, want)
	}
}
