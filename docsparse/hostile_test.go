package docsparse

import (
	"strings"
	"testing"
	"time"

	"github.com/docdrift/docdrift/internal/hostile"
)

// Markdown built to make parsing quadratic — nesting thousands deep, floods of unclosed
// links — is either parsed in linear time or refused at its first such place; it never
// stalls. The bound is on CPU time, so a busy machine does not fail it, and generous: the
// largest doc docdrift reads parses in well under a second; the quadratic shapes took minutes.
// bench/hostile measures whole processes.
func TestParseHostileShapesInBoundedTime(t *testing.T) {
	hostile.Bound(t, 512<<10, 3*time.Second,
		func(_ *testing.T, src []byte) []byte { return src },
		func(src []byte) { Parse("hostile.md", src) })
}

func TestParseRefusesWhatGoldmarkCannotParseInLinearTime(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"deep block quotes", "# T\n\nok\n" + strings.Repeat(">", 100) + " x\n",
			"t.md:4:1: error: block quotes nested 100 deep; docdrift reads docs nested at most 32 deep and did not read this one [input]"},
		{"a flood of unclosed links", "# T\n\n1. Select " + strings.Repeat("[a](", 100) + "\n",
			"t.md:3:11: error: 100 links opened in one run of text with no space; docdrift reads at most 32 and did not read this doc [input]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Parse("t.md", []byte(tt.src))
			if got := Findings(doc.Findings).Error(); got != tt.want {
				t.Errorf("findings:\n%s\nwant:\n%s", got, tt.want)
			}
			if len(doc.Procedures) != 0 {
				t.Errorf("%d procedures read from a refused doc", len(doc.Procedures))
			}
		})
	}
	// Real docs nest a little and put a few links together: still read.
	ok := "# T\n\n> > > quoted\n\n1. See [a](x),[b](y),[c](z).\n"
	if doc := Parse("ok.md", []byte(ok)); len(doc.Findings) != 0 || len(doc.Procedures) != 1 {
		t.Errorf("a normal doc: %v, %d procedures", doc.Findings, len(doc.Procedures))
	}
}

func TestVisible(t *testing.T) {
	for in, want := range map[string]string{
		"docs/a.md":              "docs/a.md",
		"a\n::add-mask::x\nb.md": `a\n::add-mask::x\nb.md`,
		"\x1b]0;title\x07x.md":   `\x1b]0;title\ax.md`,
		"evil\u202egpj.md":       `evil\u202egpj.md`,
		"café/überblick.md":      "café/überblick.md",
		"line\u2028separator.md": `line\u2028separator.md`,
	} {
		if got := Visible(in); got != want {
			t.Errorf("Visible(%q) = %s, want %s", in, got, want)
		}
	}
	f := Finding{Path: "a\nb.md", Pos: Pos{Line: 1, Col: 2}, Severity: Error, Rule: "input", Message: "m"}
	if got := f.Error(); got != `a\nb.md:1:2: error: m [input]` {
		t.Errorf("Error() = %s", got)
	}
}
