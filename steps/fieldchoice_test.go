package steps

import (
	"errors"
	"testing"
)

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

// "find the service zone" on a location's page (Medusa's locations guide), where the run's
// item is the location: a zone is no item the run has, so the step cannot be checked — it
// never passes on the location's name shown in the page's header.
func TestFindingAnItemOfAnotherKindNeedsOne(t *testing.T) {
	url := servePages(t, map[string]string{"/": `<title>loc-1</title><h1>loc-1</h1><section aria-label="Shipping"><h2>Shipping</h2><p>No service zones</p></section>`})
	for _, tc := range []struct {
		madeAs string
		unmet  bool
	}{{"location", true}, {"service zone", false}} {
		s, ctx := scenarioAt(t, url, Config{RunID: "r1"})
		s.loggedIn, s.subject, s.madeAs = true, "loc-1", tc.madeAs
		err := s.perform(ctx, `In the "Shipping" section, find the service zone.`)
		if unmet := errors.As(err, new(*Unmet)); unmet != tc.unmet {
			t.Errorf("item made as a %s: %v, want unmet %v", tc.madeAs, err, tc.unmet)
		}
	}
}
