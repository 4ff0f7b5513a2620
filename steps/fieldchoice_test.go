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

// "Click the ⋯ icon next to the override you want to edit" on a tax region's page with no
// override (Medusa's tax guide): the region's own ⋯, in the row that shows its name, would
// edit the region and pass. An override is no item the run has: the step cannot be checked.
// Made as an override, the run's own row's ⋯ is pressed.
func TestAnIconNextToAnItemOfAnotherKindNeedsOne(t *testing.T) {
	url := servePages(t, map[string]string{"/": `<title>Afghanistan</title>
		<div><h1>Afghanistan</h1><button aria-label="three dots" onclick="document.title = 'region'">⋯</button></div>
		<section><h2>Overrides</h2><table><tr><td>Afghanistan</td><td><button aria-label="three dots" onclick="document.title = 'override'">⋯</button></td></tr></table></section>`})
	for _, tc := range []struct {
		madeAs, title string
		unmet         bool
	}{{"tax region", "Afghanistan", true}, {"override", "override", false}} {
		s, ctx := scenarioAt(t, url, Config{RunID: "r1"})
		s.loggedIn, s.subject, s.madeAs = true, "Afghanistan", tc.madeAs
		err := s.perform(ctx, `In the "Overrides" section, click the three-dots icon next to the override you want to edit.`)
		if unmet := errors.As(err, new(*Unmet)); unmet != tc.unmet || !tc.unmet && err != nil {
			t.Errorf("item made as a %s: %v, want unmet %v", tc.madeAs, err, tc.unmet)
		}
		if got := s.session.Page.MustInfo().Title; got != tc.title {
			t.Errorf("item made as a %s: pressed %q, want the page titled %q", tc.madeAs, got, tc.title)
		}
	}
}
