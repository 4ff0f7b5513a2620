package lint

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/docdrift/docdrift/docsparse"
)

// FuzzCheck runs every rule over whatever the parser makes of arbitrary Markdown: no rule may
// panic, and every finding must name the doc, its rule, and a position inside the source.
func FuzzCheck(f *testing.F) {
	seeds, _ := filepath.Glob("../../testdata/seed/includes/*.md")
	corpus, _ := filepath.Glob("../../testdata/corpus/*.md")
	for _, p := range append(seeds, corpus...) {
		if src, err := os.ReadFile(p); err == nil {
			f.Add(src)
		}
	}
	f.Add([]byte("1. a\n1. b\n3. c\n   1) x\n   5) y\n\n[j](#nowhere) ![i](missing.png) â€“ Ã\n"))
	f.Add([]byte("#\n\n1.\n2.\r\n<img src=\"\">\n"))
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, src []byte) {
		doc := docsparse.Parse("f.md", src)
		lines := bytes.Split(src, []byte("\n"))
		for _, fd := range Check(&Input{Doc: doc, Src: src, Dir: dir}, Default()) {
			if fd.Path != "f.md" || fd.Rule == "" || fd.Message == "" {
				t.Errorf("incomplete finding %+v", fd)
			}
			if fd.Pos.Line == 0 {
				continue
			}
			if fd.Pos.Line > len(lines) || fd.Pos.Col < 1 || fd.Pos.Col > len(lines[fd.Pos.Line-1])+1 {
				t.Errorf("finding outside the source (%d lines): %s", len(lines), fd.Error())
			}
		}
	})
}

func TestLinesAndPositions(t *testing.T) {
	in := &Input{Src: []byte("ab\r\ncd\n\nlast")}
	for n, want := range map[int]string{0: "", 1: "ab", 2: "cd", 3: "", 4: "last", 5: ""} {
		if got := string(in.line(n)); got != want {
			t.Errorf("line(%d) = %q, want %q", n, got, want)
		}
	}
	for off, want := range map[int]docsparse.Pos{0: {Line: 1, Col: 1}, 3: {Line: 1, Col: 4}, 4: {Line: 2, Col: 1}, 7: {Line: 3, Col: 1}, 11: {Line: 4, Col: 4}} {
		if got := in.pos(off); got != want {
			t.Errorf("pos(%d) = %v, want %v", off, got, want)
		}
	}
}
