package steps

import (
	"net/http/httptest"
	"testing"

	"github.com/docdrift/docdrift/internal/browser/browsertest"
)

// "Enter a password for the new user" fills the form's confirmation of it too, as a reader
// does (Cockpit's "Create new account" refused "The passwords do not match" and the account
// was never made); the password field after another kind of password field is left alone.
func TestAPasswordIsTypedAgainWhereTheFormAsksToConfirmIt(t *testing.T) {
	pages := map[string]string{
		"/new": `<title>Accounts</title><div role="dialog" aria-label="Create new account">
			<label for="pw1">Password</label><input id="pw1" type="password">
			<label for="pw2">Confirm</label><input id="pw2" type="password">
			<label for="other">Recovery code</label><input id="other" type="password"></div>`,
		"/change": `<title>Profile</title><form>
			<label for="pw1">Current password</label><input id="pw1" type="password">
			<label for="pw2">New password</label><input id="pw2" type="password">
			<input id="other" type="password" placeholder="Repeat the new password"></form>`,
	}
	sentences := map[string]string{"/new": "Enter a password for the account.", "/change": "Enter the current password."}
	want := map[string][3]bool{"/new": {true, true, false}, "/change": {true, false, false}}
	srv := httptest.NewServer(browsertest.Pages(pages))
	t.Cleanup(srv.Close)
	for path, filled := range want {
		s, ctx := scenarioAt(t, srv.URL+path, Config{RunID: "0101t0000aaaaaa"})
		s.loggedIn = true
		if err := s.perform(ctx, sentences[path]); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		res, err := s.session.Page.Context(ctx).Eval(`() => ["pw1", "pw2", "other"].map((id) => document.getElementById(id).value)`)
		if err != nil {
			t.Fatal(err)
		}
		values := res.Value.Arr()
		for i, id := range []string{"pw1", "pw2", "other"} {
			if got := values[i].Str() != ""; got != filled[i] {
				t.Errorf("%s: %s filled: %v, want %v", path, id, got, filled[i])
			}
		}
		if filled[1] && values[0].Str() != values[1].Str() {
			t.Errorf("%s: the confirmation differs from the password", path)
		}
	}
}
