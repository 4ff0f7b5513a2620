package steps

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
)

// deepFields gives every input a chain of objects hanging off it, as React does with its
// fibers: an element handed back by value would make the browser copy the whole chain.
const deepFields = `<script>
for (const el of document.querySelectorAll("input")) {
	let o = {};
	el.__fiber = o;
	for (let i = 0; i < 2000; i++) { o.next = {}; o = o.next; }
}
</script>`

// A step that goes to the reader's profile, whose form changes the password (three password
// fields after the name and address), is still signed in; one that lands on a sign-in form
// (one password after the user field) is the product ending the session.
func TestAPageWithPasswordsIsNotASignInForm(t *testing.T) {
	profile := `<title>Profile</title><form><h2>Profile</h2>
<label>First name <input name="firstname"></label><label>Last name <input name="lastname"></label>
<label>Email <input type="email" name="email"></label><label>Username <input name="username"></label>
<h2>Change password</h2><label>Current password <input type="password" autocomplete="current-password"></label>
<label>Password <input type="password"></label><label>Password confirmation <input type="password"></label>
<button type="submit">Save</button></form>` + deepFields
	signIn := `<title>Log in</title><form><label>Email <input type="email" name="email"></label>
<label>Password <input type="password"></label><button type="submit">Login</button></form>` + deepFields
	tests := []struct {
		name, link, want string // want: "" for no error, else words the error holds
	}{
		{"a profile", "/me", ""},
		{"a sign-in form", "/login", "asked to sign in again"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			url := servePages(t, map[string]string{
				"/":      `<title>Home</title><a href="` + tt.link + `">Account</a>`,
				"/me":    profile,
				"/login": signIn,
			})
			s, ctx := scenarioAt(t, url, Config{})
			s.loggedIn, s.moves = true, s.session.Moves()
			err := s.perform(ctx, "Click **Account**.")
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("err = %v, want none", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("err = %v, want one saying %q", err, tt.want)
			}
		})
	}
}

// A doc's own sign-in procedure, run signed in already: going to the product's address opens
// where procedures begin, giving the credentials is the run's sign-in, and the form's
// "Login" after it was pressed by that sign-in — not drift on a page without it.
func TestADocsOwnSignInProcedure(t *testing.T) {
	url := servePages(t, map[string]string{
		"/":      `<title>Landing</title><p>Nothing here</p>`,
		"/admin": `<title>Homepage</title><h1>Hello</h1>`,
	})
	s, ctx := scenarioAt(t, url, Config{Start: url + "/admin", Login: Login{Username: "owner", Password: "s3cret-pass"}})
	s.loggedIn, s.moves = true, s.session.Moves()
	performChecked(t, s, ctx, []checked{
		{sentence: "Go to the URL of your Strapi application's admin panel."},
		{sentence: "Enter your credentials to log in."},
		{sentence: "Click on the **Login** button."},
	})
	if title := s.session.Page.MustInfo().Title; title != "Homepage" {
		t.Errorf("ended on %q, want where procedures begin", title)
	}
	if len(s.notes) != 1 || !strings.Contains(s.notes[0], `"Login" was pressed by the sign-in`) {
		t.Errorf("notes = %q, want one saying the sign-in pressed Login", s.notes)
	}
}

// Saving a profile's password change (to the run's own password) ends the session on many
// products: the run signs in again and goes on, noting it, rather than failing the step.
func TestSignedOutBySavingThePassword(t *testing.T) {
	var mu sync.Mutex
	signedIn := true
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		switch {
		case r.URL.Path == "/access-token": // the app refreshing a session that ended
			http.Error(w, "unauthorized", http.StatusUnauthorized)
		case r.URL.Path == "/save":
			signedIn = false
			http.Redirect(w, r, "/login", http.StatusSeeOther)
		case r.URL.Path == "/session" && r.FormValue("password") == "s3cret-pass":
			signedIn = true
			http.Redirect(w, r, "/me", http.StatusSeeOther)
		case !signedIn || r.URL.Path == "/login":
			fmt.Fprint(w, `<title>Log in</title><form method="post" action="/session"><label>Email <input type="email" name="email"></label>
<label>Password <input type="password" name="password"></label><button type="submit">Login</button></form>
<script>fetch("/access-token", { method: "POST" })</script>`)
		default:
			fmt.Fprint(w, `<title>User profile</title><form method="post" action="/save"><h2>Change password</h2>
<label>Current password <input type="password"></label><label>Password <input type="password"></label>
<label>Confirm Password <input type="password"></label><button type="submit">Save</button></form>`)
		}
	}))
	t.Cleanup(srv.Close)
	s, ctx := scenarioAt(t, srv.URL+"/me", Config{Start: srv.URL + "/me", Login: Login{Username: "owner@example.com", Password: "s3cret-pass"}})
	s.loggedIn, s.moves = true, s.session.Moves()
	performChecked(t, s, ctx, []checked{
		{sentence: "Current password | Write your current password in the textbox."},
		{sentence: "Password | Write the new password in the textbox."},
		{sentence: "Click on the **Save** button."},
	})
	// The new password went into "Confirm Password" too, as the form asks.
	if len(s.notes) != 2 || !strings.Contains(s.notes[0], "confirm") || !strings.Contains(s.notes[1], "signed the run out") {
		t.Errorf("notes = %q, want one saying the password was typed again to confirm it, then one saying the product signed the run out", s.notes)
	}
	if title := s.session.Page.MustInfo().Title; title != "User profile" || !s.loggedIn {
		t.Errorf("ended on %q, signed in %v; want signed in again", title, s.loggedIn)
	}
}
