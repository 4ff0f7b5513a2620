package steps

import (
	"errors"
	"net/http/httptest"
	"testing"

	"github.com/docdrift/docdrift/internal/browser/browsertest"
)

// unfinishedPages open a dialog from a button: one that asks to confirm the button's act, one
// that shows what was made, and one with a form to fill. Each button of a dialog says on the
// page that it was pressed.
var unfinishedPages = map[string]string{
	"/confirm": `<title>Accounts</title><button onclick="document.getElementById('d').showModal()">Delete account</button>
		<dialog id="d" aria-label="Delete ada"><p>Delete the account and its files?</p>
		<button onclick="this.closest('dialog').close()">Cancel</button>
		<button onclick="document.body.dataset.pressed = 'Delete'; this.closest('dialog').close()">Delete</button></dialog>`,
	"/shown": `<title>Tokens</title><button onclick="document.getElementById('d').showModal()">Generate token</button>
		<dialog id="d" aria-label="Your token"><p>Copy it now.</p>
		<button onclick="document.body.dataset.pressed = 'OK'; this.closest('dialog').close()">OK</button></dialog>`,
	"/form": `<title>Groups</title><button onclick="document.getElementById('d').showModal()">Create group</button>
		<dialog id="d" aria-label="Create group"><label for="n">Name</label><input id="n">
		<button onclick="document.body.dataset.pressed = 'Create'; this.closest('dialog').close()">Create</button></dialog>`,
}

// A procedure whose last step opens a dialog asking to confirm that very act stops one click
// short: the run presses the dialog's button as a reader does, and reports the click the doc
// leaves out as drift — or, stopping at the first drift, reports it and presses nothing. A
// dialog that only shows a result, or asks for text, is where a procedure may well end.
func TestALastStepsConfirmationIsPressedAndReported(t *testing.T) {
	srv := httptest.NewServer(browsertest.Pages(unfinishedPages))
	t.Cleanup(srv.Close)
	for _, tt := range []struct {
		path, step  string
		keepGoing   bool
		wantPressed string
		wantDrift   string
	}{
		{"/confirm", "Click **Delete account**.", true, "Delete", `"Delete account" opened the dialog "Delete ada", and the procedure ends there: a reader must still press "Delete", which the doc does not say; carried on with "Delete"`},
		{"/confirm", "Click **Delete account**.", false, "", `"Delete account" opened the dialog "Delete ada", and the procedure ends there: a reader must still press "Delete", which the doc does not say`},
		{"/shown", "Click **Generate token**.", true, "", ""},
		{"/form", "Click **Create group**.", true, "", ""},
	} {
		s, ctx := scenarioAt(t, srv.URL+tt.path, Config{RunID: "0101t0000aaaaaa", KeepGoing: tt.keepGoing})
		s.loggedIn = true
		err := s.perform(ctx, tt.step)
		drift := ""
		var m *Mismatch
		switch {
		case errors.As(err, &m):
			drift = m.Error()
		case err != nil:
			t.Fatalf("%s: %v", tt.path, err)
		case len(s.drifts) > 0:
			drift = s.drifts[0].Error()
		}
		if drift != tt.wantDrift {
			t.Errorf("%s (keep going %v): drift %q, want %q", tt.path, tt.keepGoing, drift, tt.wantDrift)
		}
		res, err := s.session.Page.Context(ctx).Eval(`() => document.body.dataset.pressed || ""`)
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Value.Str(); got != tt.wantPressed {
			t.Errorf("%s (keep going %v): pressed %q, want %q", tt.path, tt.keepGoing, got, tt.wantPressed)
		}
	}
}
