package runner

import (
	"strings"
	"testing"

	"github.com/docdrift/docdrift/internal/results"
)

// A procedure written as an MDX <Steps> component runs as the numbered list its reader sees,
// and drift is reported at the step body's own line and column; a callout's text is no step.
func TestStepsComponentsAreRun(t *testing.T) {
	res := runMarkdown(t, "accounts.mdx", "# API accounts\n\n## Create one\n\n<Steps>\n"+
		"  <Step title=\"Sign in\">\n    Log into the store.\n  </Step>\n"+
		"  <Step title=\"Open the list\">\n    Select **Advanced Settings**.\n\n"+
		"    <Note>\n      The accounts page opens.\n    </Note>\n  </Step>\n"+
		"  <Step title=\"Find it\">\n    Select **API Acounts**.\n  </Step>\n</Steps>\n", 1)
	p := res.Procedures[0]
	if p.Status != results.Drifted {
		t.Fatalf("%q is %s, want drifted at step 3:\n%s", p.Name, p.Status, describe(res))
	}
	var ran []string
	for _, s := range p.Steps {
		ran = append(ran, s.Text)
		if s.Status == results.Drifted && (s.At.Line != 17 || s.At.Col != 5 || !strings.Contains(s.Err.Error(), "API Acounts")) {
			t.Errorf("drifted at %d:%d %q: %v, want 17:5 \"Select **API Acounts**.\"", s.At.Line, s.At.Col, s.Text, s.Err)
		}
	}
	want := "Log into the store.|Select **Advanced Settings**.|Select **API Acounts**."
	if got := strings.Join(ran, "|"); got != want {
		t.Errorf("steps run: %s\nwant %s", got, want)
	}
}
