package steps

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/docdrift/docdrift/internal/profile"
)

// "(optional) Click **TRUE** … to connect the account with SSO" on an edition without SSO: a
// reader passes over what the page does not offer and says so; an optional step the page does
// offer is performed, and the same step without "(optional)" is drift. Looking for it closes
// no dialog: the control's absence is the answer, not a sign that the dialog is in the way.
func TestAnOptionalStepThePageDoesNotOfferIsPassedOver(t *testing.T) {
	url := servePages(t, map[string]string{"/": `<title>Invite</title>
		<button onclick="document.title = 'SSO'">TRUE</button>
		<div role="dialog" aria-modal="true" aria-label="User details" id="dlg" style="position:fixed;inset:40px;background:white">
			<label><input type="checkbox" id="news"> Newsletter</label>
			<button aria-label="Close" onclick="document.getElementById('dlg').remove()">×</button>
		</div>`,
		"/plain": `<title>Invite</title><p>Nothing to connect.</p>`})
	s, ctx := scenarioAt(t, url, Config{})
	s.loggedIn = true
	if err := s.perform(ctx, "(optional) Click **TRUE** to connect the new account with SSO."); err != nil {
		t.Fatalf("optional step the page does not offer: %v", err)
	}
	if len(s.notes) != 1 || !strings.Contains(s.notes[0], `"TRUE"`) {
		t.Errorf("notes %q, want one naming what the page did not offer", s.notes)
	}
	// The dialog is not in the way of a step that is not there, though a button behind it is
	// named so.
	if !s.session.Page.MustEval(`() => !!document.getElementById("dlg")`).Bool() {
		t.Fatal("the dialog was closed while looking for an optional step's control")
	}
	if err := s.perform(ctx, "(Optional) Tick the **Newsletter** box."); err != nil {
		t.Fatalf("optional step the page offers: %v", err)
	}
	if !s.session.Page.MustEval(`() => document.getElementById("news").checked`).Bool() {
		t.Error("the optional step the page offers was not performed")
	}
	if err := s.open(ctx, url+"/plain"); err != nil {
		t.Fatal(err)
	}
	var m *Mismatch
	if err := s.perform(ctx, "Click **TRUE** to connect the new account with SSO."); !errors.As(err, &m) {
		t.Errorf("required step the page does not offer: got %v, want drift", err)
	}
}

// "(optional) Write a username in the textbox." on the signed-in account's profile: the field
// is looked for, and left as it is — a value made up for it would stay on the product. A
// value the doc gives is typed, and so is a name cleanup finds the run's item by.
func TestAnOptionalFieldWithNoValueIsLeftAsItIs(t *testing.T) {
	url := servePages(t, map[string]string{"/": `<title>Profile</title>
		<label>Username <input id="user"></label>
		<label>Nickname <input id="nick"></label>
		<label>Token name <input id="token"></label>`})
	kept := Subjects{{Subject: profile.Subject{Name: "token", Pages: &profile.Pages{Name: "Token name"}}, Keeper: &pageKeeper{}}}
	s, ctx := scenarioAt(t, url, Config{RunID: "opt", Subjects: kept})
	s.loggedIn = true
	for _, tt := range []struct{ sentence, field, want string }{
		{"(optional) Write a username in the **Username** textbox.", "user", ""},
		{"(optional) Enter `octo` in the **Nickname** field.", "nick", "octo"},
		{"(optional) Enter a name in the **Token name** field.", "token", "docdrift-opt-1"},
	} {
		if err := s.perform(ctx, tt.sentence); err != nil {
			t.Fatalf("%s: %v", tt.sentence, err)
		}
		if got := s.session.Page.MustEval(`(id) => document.getElementById(id).value`, tt.field).Str(); got != tt.want {
			t.Errorf("%s: the field holds %q, want %q", tt.sentence, got, tt.want)
		}
	}
	if want := []string{"docdrift-opt-1"}; !slices.Equal(s.created, want) {
		t.Errorf("names made %q, want %q", s.created, want)
	}
	// A field the page does not have is passed over, and said, as before.
	s.notes = nil
	if err := s.perform(ctx, "(optional) Write a bio in the **Biography** textbox."); err != nil || len(s.notes) != 1 {
		t.Errorf("an optional field the page lacks: %v, notes %q; want it passed over and said", err, s.notes)
	}
}

// "enter the customer's email, and optionally their first and last name, company name, and
// phone number" (Medusa's customers): the email is typed; the fields after "optionally" are
// looked for and left, and one the form does not have is passed over with a note, not drift.
func TestFieldsAfterOptionallyInAListAreOptional(t *testing.T) {
	url := servePages(t, map[string]string{"/": `<title>Create Customer</title>
		<label>Email <input id="email" type="email"></label>
		<label>First name <input id="first"></label>
		<label>Last name <input id="last"></label>
		<label>Company <input id="company"></label>`})
	s, ctx := scenarioAt(t, url, Config{})
	s.loggedIn = true
	if err := s.perform(ctx, "In the form, enter the customer's email, and optionally their first and last name, and phone number."); err != nil {
		t.Fatalf("a list of fields, optional ones missing: %v", err)
	}
	if got := s.session.Page.MustEval(`() => [email.value.endsWith("@example.com"), first.value, last.value].join(" ")`).String(); got != "true  " {
		t.Errorf("email typed, first, last = %q; want the email typed and the optional fields left", got)
	}
	if len(s.notes) != 1 || !strings.Contains(s.notes[0], "phone number") {
		t.Errorf("notes %q, want one naming the optional field the form does not have", s.notes)
	}
}

// "enter the address details including name, address line, apartment, postal code, city,
// country, …" (Medusa's customer addresses): each detail the form has is filled — a list of
// countries with its first country, a combo box with the first it lists — one it has not is
// passed over, nothing typed into another field for it.
func TestTheDetailsAStepListsAreFilledWhereTheFormHasThem(t *testing.T) {
	url := servePages(t, map[string]string{"/": `<title>Add Address</title><form>
		<label>Name <input id="name"></label>
		<label>City <input id="city"></label>
		<label>Country <select id="country" onchange="this.dataset.changed = 'yes'"><option value="">Select a country</option><option value="dk">Denmark</option><option value="fr">France</option></select></label>
		<label>Region <input id="region" role="combobox" aria-autocomplete="list" aria-controls="regions" aria-expanded="false"
			onclick="document.getElementById('regions').hidden = false; this.setAttribute('aria-expanded', 'true')"></label>
		<ul role="listbox" id="regions" hidden><li role="option" onclick="region.value = 'North'; this.parentElement.hidden = true">North</li><li role="option">South</li></ul>
		<label>Notes <input id="notes"></label></form>`})
	s, ctx := scenarioAt(t, url, Config{RunID: "r1"})
	s.loggedIn = true
	if err := s.perform(ctx, "In the form, enter the address details including name, apartment, state, city, country, and region."); err != nil {
		t.Fatal(err)
	}
	got := s.session.Page.MustEval(`() => [name.value !== "", city.value !== "", country.value, country.dataset.changed, region.value, notes.value].join(" ")`).String()
	if got != "true true dk yes North " {
		t.Errorf("name, city typed, country, changed, region, notes = %q; want the name and city typed, the first country and region, and notes left", got)
	}
	if notes := strings.Join(s.notes, "; "); len(s.notes) != 2 || !strings.Contains(notes, `no field for "state"`) || !strings.Contains(notes, `no field for "apartment"`) {
		t.Errorf("notes %q, want the two details the form has no field for", s.notes)
	}
	// A form with none of them is not the one the doc means.
	s.notes = nil
	if err := s.perform(ctx, "In the form, enter the billing details including postal code, province, and VAT number."); !errors.As(err, new(*Mismatch)) {
		t.Errorf("none of the details on the form: got %v, want drift", err)
	}
}

// "choose a country" names the list, not an option: any of its options does (Medusa's
// location form, whose Country is required); a page with no list of that name has the words
// pressed, as before.
func TestOneOfAKindIsAnyOptionOfItsList(t *testing.T) {
	url := servePages(t, map[string]string{
		"/form": `<title>Create Location</title><form>
			<label>Country <select id="country"><option value="">Select a country</option><option value="dk">Denmark</option><option value="fr">France</option></select></label>
			<label>Region <input id="region" role="combobox" aria-autocomplete="list" aria-controls="regions" aria-expanded="false"
				onclick="document.getElementById('regions').hidden = false; this.setAttribute('aria-expanded', 'true')"></label>
			<ul role="listbox" id="regions" hidden><li role="option" onclick="region.value = 'North'; this.parentElement.hidden = true">North</li><li role="option">South</li></ul></form>`,
		"/plans": `<title>Plans</title><button onclick="document.title = 'Plan chosen'">Plan</button>`,
	})
	s, ctx := scenarioAt(t, url+"/form", Config{RunID: "r1"})
	s.loggedIn = true
	for _, step := range []string{"Choose a country.", "Select a region."} {
		if err := s.perform(ctx, step); err != nil {
			t.Fatalf("%q: %v", step, err)
		}
	}
	if got := s.session.Page.MustEval(`() => country.value + " " + region.value`).String(); got != "dk North" {
		t.Errorf("country and region = %q, want the first option of each", got)
	}
	s.session.Page.MustNavigate(url + "/plans").MustWaitLoad()
	if err := s.perform(ctx, "Choose a plan."); err != nil {
		t.Fatal(err)
	}
	if got := s.session.Page.MustInfo().Title; got != "Plan chosen" {
		t.Errorf("title %q: the button named by the words was not pressed", got)
	}
}
