package steps

import (
	"errors"
	"strings"
	"testing"

	"github.com/docdrift/docdrift/internal/understand"
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

// "Choose the target type (Product, Product Type, or Shipping Option)." where the page gives
// that dropdown no name: it is the one showing one of the options the step lists, even in the
// plural (Medusa's), and the choice is made there, noted — the options' own wording is the
// drift, not a dropdown the page shows.
func TestADropdownTheDocNamesIsKnownByTheOptionItShows(t *testing.T) {
	url := servePages(t, map[string]string{"/": `<title>Override</title><form>
		<label>Name <input id="name"></label>
		<button type="button" role="combobox" aria-expanded="false" aria-controls="types" id="type">Shipping Options</button>
		<div role="listbox" id="types" hidden>
			<div role="option" aria-selected="false">Products</div><div role="option" aria-selected="false">Product Types</div>
			<div role="option" aria-selected="true">Shipping Options</div></div></form>
		<script>
			const type = document.getElementById("type"), list = document.getElementById("types");
			type.onclick = () => { list.hidden = false; type.setAttribute("aria-expanded", "true"); };
			for (const o of list.children) o.onclick = () => { type.textContent = o.textContent; list.hidden = true; type.setAttribute("aria-expanded", "false"); };
		</script>`})
	s, ctx := scenarioAt(t, url, Config{RunID: "r1", KeepGoing: true})
	s.loggedIn = true
	if err := s.perform(ctx, "Choose the target type (Product Type, Product, or Shipping Option)."); err != nil ||
		len(s.drifts) != 1 || !strings.Contains(s.drifts[0].Error(), `no option named "Product Type"`) || !strings.Contains(s.drifts[0].Error(), `carried on with "Product Types"`) {
		t.Fatalf("%v (drifts %v), want the option's own drift, carried on with Product Types", err, s.drifts)
	}
	if got := s.session.Page.MustEval(`() => type.textContent`).String(); got != "Product Types" {
		t.Errorf("the dropdown shows %q, want the first option the step lists, Product Types", got)
	}
	if len(s.notes) == 0 || !strings.Contains(s.notes[len(s.notes)-1], `"target type" dropdown is the one showing "Shipping Options"`) {
		t.Errorf("notes %q, want the dropdown the step meant said", s.notes)
	}
}

// What the run lacks is said in the doc's own words, the kind of control they end in too:
// "no shipping option of the run's to find", not "no shipping".
func TestAnItemLackedIsSaidInTheDocsWords(t *testing.T) {
	s := &Scenario{cfg: &Config{}, subject: "loc-1", madeAs: "Location"}
	acts := understand.Read("Find the shipping option.").Acts
	if len(acts) != 1 {
		t.Fatalf("read %d acts", len(acts))
	}
	if _, err := s.subjectAs(acts[0].Target, "find"); err == nil || !strings.Contains(err.Error(), "no shipping option of the run's to find") {
		t.Errorf("%v, want the shipping option named whole", err)
	}
}
