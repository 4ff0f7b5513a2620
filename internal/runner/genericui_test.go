package runner

import (
	"testing"

	"github.com/docdrift/docdrift/internal/results"
)

// A doc about the store calls its pages what any web UI is called — "the dashboard", "the
// admin console" — and those are the store's, performed on the panel; a product named with
// them ("the Okta dashboard") is another site, not checked here.
func TestAWebUINamedAsAnyIsTheProducts(t *testing.T) {
	res := runMarkdown(t, "generic.md", "# Open the accounts\n\n## From the dashboard\n\n1. Log into the store.\n"+
		"2. In the dashboard, select **Advanced Settings**.\n3. Open the admin console.\n4. Select **Advanced Settings**.\n\n"+
		"## In Okta\n\n1. Log into the store.\n2. In the Okta dashboard, select **Applications**.\n", 2)
	if p := res.Procedures[0]; p.Status != results.Passed {
		t.Errorf("%q is %s, want passed:\n%s", p.Name, p.Status, describe(res))
	}
	for _, s := range res.Procedures[0].Steps {
		if s.Status != results.Passed {
			t.Errorf("%q is %s, want passed:\n%s", s.Text, s.Status, describe(res))
		}
	}
	p := res.Procedures[1]
	if got := p.Steps[len(p.Steps)-1]; got.Status != results.NotChecked {
		t.Errorf("%q is %s, want not checked here:\n%s", got.Text, got.Status, describe(res))
	}
}
