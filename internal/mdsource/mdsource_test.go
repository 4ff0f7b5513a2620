package mdsource

import (
	"bytes"
	"testing"
)

func TestLines(t *testing.T) {
	for _, tt := range []struct {
		name  string
		src   string
		lines []string
		pos   map[int][2]int // offset → line, col
	}{
		{"LF, CRLF and a last line without an end", "ab\r\ncd\n\nlast", []string{"ab", "cd", "", "last"},
			map[int][2]int{-3: {1, 1}, 0: {1, 1}, 3: {1, 4}, 4: {2, 1}, 7: {3, 1}, 11: {4, 4}}},
		{"lone CRs", "ab\rcd\r\rx", []string{"ab", "cd", "", "x"},
			map[int][2]int{2: {1, 3}, 3: {2, 1}, 6: {3, 1}, 7: {4, 1}}},
		{"LF then CR is two ends", "a\n\rb", []string{"a", "", "b"}, map[int][2]int{3: {3, 1}}},
		{"a trailing end opens an empty line", "a\r", []string{"a", ""}, nil},
		{"empty", "", []string{""}, map[int][2]int{0: {1, 1}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			l := NewLines([]byte(tt.src))
			if l.Len() != len(tt.lines) {
				t.Fatalf("%d lines, want %d", l.Len(), len(tt.lines))
			}
			for i, want := range tt.lines {
				if got := string(l.Line(i + 1)); got != want {
					t.Errorf("Line(%d) = %q, want %q", i+1, got, want)
				}
			}
			if l.Line(0) != nil || l.Line(len(tt.lines)+1) != nil {
				t.Error("a line outside the source")
			}
			for off, want := range tt.pos {
				if line, col := l.Pos(off); line != want[0] || col != want[1] {
					t.Errorf("Pos(%d) = %d:%d, want %d:%d", off, line, col, want[0], want[1])
				}
			}
		})
	}
}

func TestRead(t *testing.T) {
	for _, tt := range []struct {
		name, src, parse string
		fm               FrontMatter
	}{
		{"plain", "# T\n", "# T\n", FrontMatter{TitleOff: -1}},
		{"lone CRs become LFs", "# T\r\r1. a\r", "# T\n\n1. a\n", FrontMatter{TitleOff: -1}},
		{"a BOM is blanked", "\ufeff# T\r\n", "   # T\r\n", FrontMatter{TitleOff: -1}},
		{"front matter is blanked, its title kept", "\ufeff---\rtitle: 'Hi'\r---\r# T\r",
			"      \n           \n   \n# T\n", FrontMatter{End: 23, Title: "Hi", TitleOff: 7}},
		{"front matter never closed is Markdown", "---\ntitle: x\n", "---\ntitle: x\n", FrontMatter{TitleOff: -1}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src := []byte(tt.src)
			s := Read(src)
			if string(s.Parse) != tt.parse || s.FrontMatter != tt.fm {
				t.Errorf("Parse %q, front matter %+v; want %q, %+v", s.Parse, s.FrontMatter, tt.parse, tt.fm)
			}
			if len(s.Text) != len(src) || len(s.Parse) != len(src) {
				t.Error("an offset moved")
			}
			if string(src) != tt.src {
				t.Error("the source was changed")
			}
			if bytes.Contains(s.Text, []byte("\r")) && !bytes.Contains(s.Text, []byte("\r\n")) {
				t.Errorf("a lone CR is left in %q", s.Text)
			}
		})
	}
}
