package fixes

import (
	"errors"
	"strings"
	"testing"

	"github.com/docdrift/docdrift/internal/results"
)

// A label is the target's text, and the target may be hostile: the patch writes it into the
// doc as Markdown text, so markup in it shows as written and never becomes HTML, a link or a
// new line of the doc.
func TestFixesWriteLabelsAsMarkdownText(t *testing.T) {
	tests := []struct{ label, want string }{
		{"Legacy API Settings", "Legacy API Settings"},
		{"API Accounts <img src=x onerror=alert(1)>", `API Accounts \<img src=x onerror=alert(1)\>`},
		{"**Bold** [link](javascript:x) `code` _x_", `\*\*Bold\*\* \[link\](javascript:x) \` + "`code\\`" + ` \_x\_`},
		{"Tom &amp; Jerry", `Tom \&amp; Jerry`},
		{"a\nline\r\n::add-mask::x", "a line ::add-mask::x"},
		{`back\slash`, `back\\slash`},
	}
	for _, tt := range tests {
		var s results.Step
		s.At.Path, s.At.Line, s.Status = "docs/a.md", 4, results.Drifted
		s.Err = errors.New("drift")
		s.Drift = &results.Drift{Wanted: "Legacy API Accounts", Continued: tt.label}
		fixes := FromResult(&results.Result{Procedures: []results.Procedure{{Doc: "docs/a.md", Steps: []results.Step{s}}}})
		got := fixes["docs/a.md"]
		if len(got) != 1 || got[0].New != tt.want {
			t.Errorf("label %q: fixes %+v, want New %q", tt.label, got, tt.want)
			continue
		}
		diff, err := Diff("docs/a.md", []byte("1. a\n2. b\n3. c\n4. Click **Legacy API Accounts**.\n"), got)
		if err != nil || strings.Count(diff, "\n") != 9 || strings.Contains(strings.ReplaceAll(diff, `\<`, ""), "<img") {
			t.Errorf("label %q: patch\n%s(%v)", tt.label, diff, err)
		}
	}
}
