package lint

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/mdsource"
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
	f.Add([]byte("# T\r\r1. a\r3. â€“\r\r[x](#y)\r"))
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, src []byte) {
		doc := docsparse.Parse("f.md", src)
		lines := mdsource.NewLines(src)
		for _, fd := range Check(&Input{Doc: doc, Src: src, Dir: dir}, Default()) {
			if fd.Path != "f.md" || fd.Rule == "" || fd.Message == "" {
				t.Errorf("incomplete finding %+v", fd)
			}
			if fd.Pos.Line == 0 {
				continue
			}
			// A column may point at the line's end: CRLF is two bytes.
			if fd.Pos.Line > lines.Len() || fd.Pos.Col < 1 || fd.Pos.Col > len(lines.Line(fd.Pos.Line))+2 {
				t.Errorf("finding outside the source (%d lines): %s", lines.Len(), fd.Error())
			}
		}
	})
}
