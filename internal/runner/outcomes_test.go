package runner

import (
	"strings"
	"testing"

	"github.com/docdrift/docdrift/internal/results"
	"github.com/docdrift/docdrift/steps"
)

// Outcomes in free wording are checked where the doc places them: a section it names must be
// on the page; an outcome naming nothing on it is waited for and reported not checked, and
// its procedure passes on the steps that were checked.
func TestFreeWordingOutcomes(t *testing.T) {
	want := []results.Status{results.Passed, results.Drifted, results.Passed}
	res := runMarkdown(t, "outcomes.md", "# Outcomes\n\n"+
		"## Named section\n\n1. Log into the store.\n2. Select **Advanced Settings**.\n3. Select **API Accounts**.\n"+
		"   Your accounts appear under **Store API Accounts**.\n\n"+
		"## Renamed section\n\n1. Log into the store.\n2. Select **Advanced Settings**.\n3. Select **API Accounts**.\n"+
		"   Your accounts appear under **Legacy Accounts**.\n\n"+
		"## Nothing named\n\n1. Log into the store.\n2. Select **Advanced Settings**.\n3. Select **API Accounts**.\n"+
		"   You will see a list of your accounts.\n", len(want))
	for i, w := range want {
		if got := res.Procedures[i].Status; got != w {
			t.Errorf("%q is %s, want %s:\n%s", res.Procedures[i].Name, got, w, describe(res))
		}
	}
	loose := res.Procedures[2].Steps
	last := loose[len(loose)-1]
	if last.Status != results.NotChecked || last.Surface != steps.NothingNamed {
		t.Errorf("%q is %s (%q), want not checked: %s", last.Text, last.Status, last.Surface, steps.NothingNamed)
	}
	for _, st := range loose[:len(loose)-1] {
		if st.Status != results.Passed {
			t.Errorf("%q is %s, want passed", st.Text, st.Status)
		}
	}
	for _, s := range res.Procedures[1].Steps {
		if s.Status == results.Drifted {
			if s.Text != "Your accounts appear under **Legacy Accounts**." || !strings.Contains(s.Err.Error(), `"Legacy Accounts"`) {
				t.Errorf("drifted at %q: %v", s.Text, s.Err)
			}
			return
		}
	}
	t.Errorf("no step drifted:\n%s", describe(res))
}
