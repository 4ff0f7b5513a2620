package steps

import "testing"

// "In the Shipping Profile field, choose the shipping profile that this option can be used
// for": the doc names no profile, so any option of that field's list does.
func TestAChoiceDescribedInAFieldIsAnOptionOfItsList(t *testing.T) {
	url := servePages(t, map[string]string{"/": `<title>Create</title><form>
		<label>Name <input id="name"></label>
		<label>Shipping profile <select id="profile"><option value="">Choose</option><option value="p1">Default</option><option value="p2">Digital</option></select></label></form>`})
	s, ctx := scenarioAt(t, url, Config{RunID: "r1"})
	s.loggedIn = true
	if err := s.perform(ctx, "In the Shipping Profile field, choose the shipping profile that this option can be used for."); err != nil {
		t.Fatal(err)
	}
	if got := s.session.Page.MustEval(`() => profile.value`).String(); got != "p1" {
		t.Errorf("profile = %q, want the first one listed", got)
	}
}
