package steps

import (
	"errors"
	"strings"
	"testing"
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
