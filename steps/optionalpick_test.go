package steps

import (
	"strings"
	"testing"
)

// "You can optionally set the sales channels …:" over "check the sales channels you want to
// add" on a store with none (Medusa's product form, made for another guide's pick): a list
// with nothing to tick is passed over, as an optional step the page does not offer is, and
// said; the same step, not optional, cannot run.
func TestAnOptionalPickFromAnEmptyListIsPassedOver(t *testing.T) {
	url := servePages(t, map[string]string{"/": `<!doctype html><title>Create</title><h1>Sales channels</h1>
<table><thead><tr><th><input type="checkbox" aria-label="Select all"></th><th>Name</th></tr></thead><tbody></tbody></table>
<p>No records</p>`})
	s, ctx := scenarioAt(t, url, Config{})
	s.loggedIn = true
	if err := s.perform(ctx, "Optionally, check the sales channels you want to add the product to."); err != nil {
		t.Fatalf("optional pick from an empty list: %v", err)
	}
	if notes := strings.Join(s.notes, "; "); !strings.Contains(notes, "passed over") || !strings.Contains(notes, "nothing to tick") {
		t.Errorf("notes %q, want the empty list said and the step passed over", notes)
	}
	if err := s.perform(ctx, "Check the sales channels you want to add the product to."); err == nil {
		t.Error("the same pick, not optional, passed on an empty list")
	}
}
