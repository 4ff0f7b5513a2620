package runner

import (
	"strings"
	"testing"

	"github.com/docdrift/docdrift/internal/results"
)

// A procedure under a heading that names an app that is no web page ("## Visual Studio Code",
// or "## iOS" two levels up) is not checked here, as explain reads it: none of its steps is
// looked for on the panel.
func TestStepsInAnotherAppAreNotChecked(t *testing.T) {
	res := runMarkdown(t, "clients.md", "# Connect a client\n\n## In the store\n\n1. Log into the store.\n2. Select **Advanced Settings**.\n\n"+
		"## Visual Studio Code\n\n1. Open the command palette.\n2. Click **Add Server**.\n3. Choose **HTTP**.\n\n"+
		"## iOS\n\n### Set the server URL\n\n1. Click **Add Account**.\n2. Enter the URL of your store.\n", 3)
	if got := res.Procedures[0].Status; got != results.Passed {
		t.Errorf("the store's procedure is %s, want passed:\n%s", got, describe(res))
	}
	for i, app := range map[int]string{1: "Visual Studio Code", 2: "iOS"} {
		p := res.Procedures[i]
		if p.Status != results.NotChecked {
			t.Fatalf("%q is %s, want not checked here:\n%s", p.Name, p.Status, describe(res))
		}
		for _, s := range p.Steps {
			if s.Status == results.Passed || s.Status == results.Drifted {
				t.Errorf("step %q was looked for on the panel: %s", s.Text, s.Status)
			}
			if strings.HasPrefix(s.Text, "Click") && !strings.Contains(s.Surface, app) {
				t.Errorf("step %q not checked on %q, want %s", s.Text, s.Surface, app)
			}
		}
	}
}
