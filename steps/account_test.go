package steps

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/docdrift/docdrift/internal/browser"
	"github.com/docdrift/docdrift/internal/browser/browsertest"
	"github.com/docdrift/docdrift/internal/locate"
	"github.com/docdrift/docdrift/internal/profile"
	"github.com/docdrift/docdrift/internal/redact"
	"github.com/docdrift/docdrift/internal/understand"
)

// accountMenu is an admin shell whose account control is a badge of initials over the
// admin's name, bottom left, opening a menu the way Radix does (the rest of the page stops
// taking the pointer); the home page has a link of the same name as the menu's first item.
const accountMenu = `<title>Home</title>
<nav><a href="/">Home</a><a href="/settings">Settings</a>
<button id="me" aria-haspopup="menu" style="position:fixed;bottom:8px;left:8px"><span>DA</span><span style="position:absolute;clip:rect(0 0 0 0);width:1px;height:1px;overflow:hidden">Docdrift Admin</span></button></nav>
<main><h1>Hello</h1><section><h2>Profile</h2><a href="/widget">Profile settings</a></section></main>
<script>
document.getElementById("me").onclick = () => {
	document.body.style.pointerEvents = "none";
	document.body.insertAdjacentHTML("beforeend", '<div role="menu" style="pointer-events:auto;position:fixed;bottom:48px;left:8px">' +
		'<div role="menuitem" tabindex="-1" onclick="location.href=\'/me\'">Profile settings</div>' +
		'<div role="menuitem" tabindex="-1">Log out</div></div>');
};
</script>`

// "Account name or initials > Profile" opens the account's menu, however the page draws the
// control, and goes on in that menu: the label the doc gives is drift when the menu calls it
// otherwise, and the run carries on with the menu's item, not a link of that name under it.
func TestTheAccountMenu(t *testing.T) {
	tests := []struct {
		name, sentence, page string
		drift                string // "" for none, else words the drift holds
	}{
		{"initials over a name", "**Path:** Account name or initials (bottom left hand corner) > Profile settings", accountMenu, ""},
		{"a near label in the menu", "**Path:** Account name or initials (bottom left hand corner) > Profile", accountMenu, `closest: "Profile settings"`},
		{"the signed-in name", "Click your avatar, then click **Profile settings**.",
			strings.Replace(accountMenu, `<span>DA</span><span style="position:absolute;clip:rect(0 0 0 0);width:1px;height:1px;overflow:hidden">Docdrift Admin</span>`, "Howdy, owner", 1), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			url := servePages(t, map[string]string{"/": tt.page, "/me": `<title>User profile</title><h1>Profile</h1>`, "/widget": `<title>Widget</title>`})
			s, ctx := scenarioAt(t, url, Config{KeepGoing: true, Login: Login{Username: "owner", Password: "s3cret-pass"}})
			s.loggedIn, s.moves = true, s.session.Moves()
			err := s.perform(ctx, tt.sentence)
			if err != nil {
				t.Fatalf("err = %v", err)
			}
			drift := ""
			if len(s.drifts) > 0 {
				drift = s.drifts[0].Error()
			}
			if tt.drift == "" && drift != "" || !strings.Contains(drift, tt.drift) {
				t.Errorf("drift = %q, want one holding %q", drift, tt.drift)
			}
			if title := s.session.Page.MustInfo().Title; title != "User profile" {
				t.Errorf("ended on %q, want the profile", title)
			}
		})
	}
}

// A profile's form: the run types its own password wherever a password is asked for (shown in
// clear or not), so the account it signs in with keeps its password; it leaves the address it
// signs in with, what the doc calls the reader's own, and an optional field, as they were; a
// name typed over another's is no item the run made; and a made-up name stays a name, not a
// secret.
func TestTheRunsOwnAccountStaysItsOwn(t *testing.T) {
	profile := `<title>User profile</title><form>
<label>First name <input id="first" value="Docdrift"></label><label>Last name <input id="last" value="Admin"></label>
<label>Username <input id="username"></label><label>Nickname <input id="nick"></label>
<label>Email <input id="email" type="email" value="owner@example.com"></label>
<label>Current password <input id="current" type="text"></label>
<label>Password <input id="new" type="password"></label>
<label>Recovery token <input readonly value="docdrift-r1-7"></label>
<button type="submit">Save</button></form>`
	url := servePages(t, map[string]string{"/": profile})
	secrets := &redact.Secrets{}
	s, ctx := scenarioAt(t, url, Config{RunID: "r1", Secrets: secrets, Login: Login{Username: "owner@example.com", Password: "s3cret-pass"}})
	s.loggedIn, s.moves = true, s.session.Moves()
	performChecked(t, s, ctx, []checked{
		{`First name | Write your first name in the textbox.`, `() => document.getElementById("first").value`, "Docdrift"},
		{`Last name | Write the administrator's last name in the textbox.`, `() => document.getElementById("last").value`, "docdrift-r1-1"},
		{`Username | (optional) Write a username in the textbox.`, `() => document.getElementById("username").value`, ""},
		{`Nickname | Write a nickname in the textbox.`, `() => document.getElementById("nick").value`, "docdrift-r1-2"},
		{`Email | Write your complete email address in the textbox.`, `() => document.getElementById("email").value`, "owner@example.com"},
		{`Current password | Write your current password in the textbox.`, `() => document.getElementById("current").value`, "s3cret-pass"},
		{`Password | Write the new password in the textbox.`, `() => document.getElementById("new").value`, "s3cret-pass"},
	})
	if !slices.Equal(s.created, []string{"docdrift-r1-2"}) {
		t.Errorf("made %q, want only the nickname typed into an empty field", s.created)
	}
	if _, _, ok := s.readShownSecrets(ctx); !ok {
		t.Fatal("the page's secrets could not be read")
	}
	if got := secrets.String("docdrift-r1-7 made"); got != "docdrift-r1-7 made" {
		t.Errorf("a name the run made is masked: %q", got)
	}
}

// A profile form whose **Save** stays off until a field changes (as Strapi's does): after the
// run typed back only the account's own values, the disabled **Save** is what the run did not
// do, not drift; once it typed anything else, a disabled **Save** is drift as before.
func TestSavingAProfileTheRunKeptAsItWas(t *testing.T) {
	profile := `<title>User profile</title><form onsubmit="document.title='Saved'; return false">
<label>First name <input id="first" value="Docdrift"></label><label>Nickname <input id="nick" value="dd"></label>
<button type="submit" id="save" disabled>Save</button></form>
<script>
const first = document.getElementById("first");
first.oninput = () => { document.getElementById("save").disabled = first.value === "Docdrift" };
</script>`
	tests := []struct {
		name  string
		steps []string
		want  string // "unmet", "drift" or "" (saved)
	}{
		{"own values only", []string{"Write your first name in the **First name** field."}, "unmet"},
		{"another value, page still refuses", []string{"Write your first name in the **First name** field.", "Enter `x` in the **Nickname** field."}, "drift"},
		{"a change", []string{"Enter `Ada` in the **First name** field."}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			url := servePages(t, map[string]string{"/": profile})
			s, ctx := scenarioAt(t, url, Config{Login: Login{Username: "owner@example.com", Password: "s3cret-pass"}})
			s.loggedIn, s.moves = true, s.session.Moves()
			for _, st := range tt.steps {
				if err := s.perform(ctx, st); err != nil {
					t.Fatalf("%s: %v", st, err)
				}
			}
			err := s.perform(ctx, "Click **Save**.")
			var unmet *Unmet
			var drift *Mismatch
			got := ""
			switch {
			case errors.As(err, &unmet):
				got = "unmet"
			case errors.As(err, &drift):
				got = "drift"
			case err != nil:
				t.Fatalf("err = %v", err)
			}
			if got != tt.want {
				t.Errorf("Click **Save**: %v, want %q", err, tt.want)
			}
		})
	}
}

// The reading and the search name the account's own control by one word.
func TestOneAccountIcon(t *testing.T) {
	if understand.AccountIcon != locate.AccountIcon {
		t.Errorf("understand reads %q, locate looks for %q", understand.AccountIcon, locate.AccountIcon)
	}
}

// "Go to the *Change password* section of your profile" scrolls to the part of the form under
// that title; a section the page does not title is drift.
func TestGoingToASectionOfAForm(t *testing.T) {
	form := `<title>User profile</title><form><div><span>Profile</span><label>First name <input></label></div>
<div style="margin-top:2000px"><span>Change password</span><label>Current password <input id="current" type="password"></label></div>
<button type="submit">Save</button></form>`
	tests := []struct {
		sentence string
		drift    bool
	}{
		{"Go to the *Change password* section of your profile.", false},
		{"Go to the *Security* section of your profile.", true},
	}
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			url := servePages(t, map[string]string{"/": form})
			s, ctx := scenarioAt(t, url, Config{})
			s.loggedIn, s.moves = true, s.session.Moves()
			err := s.perform(ctx, tt.sentence)
			var m *Mismatch
			if errors.As(err, &m) != tt.drift {
				t.Fatalf("err = %v, want drift %v", err, tt.drift)
			}
			if tt.drift {
				return
			}
			res, err := s.session.Page.Context(ctx).Eval(`() => { const r = document.getElementById("current").getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight }`)
			if err != nil {
				t.Fatal(err)
			}
			if !res.Value.Bool() {
				t.Error("the section's field is not in view")
			}
		})
	}
}

// Cleanup and the sweep never delete the account the run signs in as, whatever name a doc's
// profile step gave it; another item of the run's is deleted as before, one whose name the
// own account's starts with too (Strapi's admin got docdrift-…-12 as its username).
func TestNeverDeletingTheRunsOwnAccount(t *testing.T) {
	var mu sync.Mutex
	users := map[string]string{"docdrift-r1-12": "owner@example.com", "docdrift-r1-1": "docdrift-r1-1@example.com",
		"docdrift-r1-2": "docdrift-r1-2@example.com (not owner@example.com.au)"}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		if n := r.URL.Query().Get("delete"); n != "" {
			delete(users, n)
			return
		}
		// The list sits in a row of a form that shows the signed-in user, as WordPress's
		// profile holds its application passwords.
		fmt.Fprint(w, `<title>Users</title><table><tr><td>Username owner@example.com</td><td><table><tbody>`)
		for _, n := range slices.Sorted(maps.Keys(users)) {
			fmt.Fprintf(w, `<tr><td>%s</td><td>%s</td><td><button onclick="confirm('Delete?') && fetch('/?delete=%[1]s').then(() => this.closest('tr').remove())">Delete %[1]s</button></td></tr>`, n, users[n])
		}
		fmt.Fprint(w, `</tbody></table></td></tr></table>`)
	}))
	t.Cleanup(srv.Close)
	b := browsertest.Browser(t)
	h := &Housekeeper{
		Config: Config{BaseURL: srv.URL, Login: Login{Username: "owner@example.com", Password: "s3cret-pass"}, StepTimeout: 5 * time.Second},
		Open:   func(ctx context.Context) (*browser.Session, error) { return b.NewSession(ctx) },
	}
	k := h.Keeper(profile.Pages{List: "/", Delete: "Delete {name}"})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	err := k.Delete(ctx, []string{"docdrift-r1-1", "docdrift-r1-12", "docdrift-r1-2"})
	var sl *StillListed
	if !errors.As(err, &sl) || !slices.Equal(sl.Own, []string{"docdrift-r1-12"}) || len(sl.Names) > 0 ||
		!strings.Contains(err.Error(), "docdrift-r1-12 is the account the run signs in as") {
		t.Errorf("err = %v, want one saying docdrift-r1-12 is the run's own account, and only that", err)
	}
	mu.Lock()
	defer mu.Unlock()
	if left := slices.Sorted(maps.Keys(users)); !slices.Equal(left, []string{"docdrift-r1-12"}) {
		t.Errorf("left %q, want only the run's own account", left)
	}
}

// hiddenSettings is an app whose settings are only in the menu of the account control at the
// foot of its side menu, drawn as n8n 1.123 draws it: a div that triggers a popover, holding
// an avatar picture and no name.
const hiddenSettings = `<title>Workflows</title>
<nav><a href="/">Overview</a>
<div id="me" aria-haspopup="dialog" aria-expanded="false" style="position:fixed;bottom:8px;left:8px;cursor:pointer">
<span class="user-avatar"><svg width="28" height="28"><circle cx="14" cy="14" r="12"/></svg></span></div></nav>
<main><h1>Workflows</h1></main>
<script>
document.getElementById("me").onclick = (e) => {
	e.currentTarget.setAttribute("aria-expanded", "true");
	document.body.insertAdjacentHTML("beforeend", '<div role="dialog" style="position:fixed;bottom:48px;left:8px">' +
		'<a href="/settings">Settings</a><button>Sign out</button></div>');
};
document.addEventListener("keydown", (e) => {
	if (e.key === "Escape") { document.querySelector("[role=dialog]")?.remove(); document.getElementById("me").setAttribute("aria-expanded", "false") }
});
</script>`

// A label the page shows nowhere is looked for in the account's menu, as a reader tries the
// avatar, and the way there noted; one the menu does not hold either is drift on the page, the
// menu closed again.
func TestALabelInTheAccountMenu(t *testing.T) {
	url := servePages(t, map[string]string{"/": hiddenSettings, "/settings": `<title>Settings</title><h1>Settings</h1>`})
	t.Run("there", func(t *testing.T) {
		s, ctx := scenarioAt(t, url, Config{})
		s.loggedIn, s.moves = true, s.session.Moves()
		if err := s.perform(ctx, "Go to **Settings**."); err != nil {
			t.Fatalf("err = %v", err)
		}
		if title := s.session.Page.MustInfo().Title; title != "Settings" {
			t.Errorf("ended on %q, want Settings", title)
		}
		if len(s.notes) != 1 || !strings.Contains(s.notes[0], `"Settings" is in the account's menu`) {
			t.Errorf("notes = %q, want the way through the account's menu", s.notes)
		}
	})
	t.Run("an account link is not followed", func(t *testing.T) {
		linked := strings.Replace(strings.Replace(hiddenSettings, `<div id="me" aria-haspopup="dialog" aria-expanded="false"`, `<a id="me" href="/profile"`, 1),
			`</span></div></nav>`, `</span></a></nav>`, 1)
		url := servePages(t, map[string]string{"/": linked, "/profile": `<title>Profile</title><a href="/settings">Settings</a>`})
		s, ctx := scenarioAt(t, url, Config{})
		s.loggedIn, s.moves = true, s.session.Moves()
		var m *Mismatch
		if err := s.perform(ctx, "Go to **Settings**."); !errors.As(err, &m) {
			t.Fatalf("err = %v, want drift on the page", err)
		}
		if title := s.session.Page.MustInfo().Title; title != "Workflows" {
			t.Errorf("ended on %q: the account's link was followed", title)
		}
	})
	t.Run("a field is never looked for there", func(t *testing.T) {
		s, ctx := scenarioAt(t, url, Config{})
		s.loggedIn, s.moves = true, s.session.Moves()
		s.session.Page.MustEval(`() => document.getElementById("me").addEventListener("click", () => { window.opened = true })`)
		var m *Mismatch
		if err := s.perform(ctx, "Enter the **Billing address**."); !errors.As(err, &m) {
			t.Fatalf("err = %v, want drift", err)
		}
		if s.session.Page.MustEval(`() => window.opened === true`).Bool() {
			t.Error("the account's menu was opened for a field")
		}
	})
	t.Run("a list of that name is opened instead", func(t *testing.T) {
		// n8n's filter panel: "Tags" over a dropdown, in a popover a press elsewhere closes.
		withList := strings.Replace(hiddenSettings, `<main><h1>Workflows</h1>`, `<main><h1>Workflows</h1><div><label>Tags</label></div>
			<div><input role="combobox" placeholder="Filter by tags" aria-expanded="false" onclick="this.setAttribute('aria-expanded', 'true')"></div>`, 1)
		url := servePages(t, map[string]string{"/": withList})
		s, ctx := scenarioAt(t, url, Config{})
		s.loggedIn, s.moves = true, s.session.Moves()
		s.session.Page.MustEval(`() => document.getElementById("me").addEventListener("click", () => { window.opened = true })`)
		if err := s.perform(ctx, "Select **Tags**."); err != nil {
			t.Fatalf("err = %v", err)
		}
		if s.session.Page.MustEval(`() => window.opened === true`).Bool() {
			t.Error("the account's menu was opened though the page shows a list named Tags")
		}
		if !s.session.Page.MustEval(`() => document.querySelector("[role=combobox]").getAttribute("aria-expanded") === "true"`).Bool() {
			t.Error("the Tags list was not opened")
		}
	})
	t.Run("nowhere", func(t *testing.T) {
		s, ctx := scenarioAt(t, url, Config{})
		s.loggedIn, s.moves = true, s.session.Moves()
		err := s.perform(ctx, "Click **Billing**.")
		var m *Mismatch
		if !errors.As(err, &m) {
			t.Fatalf("err = %v, want drift", err)
		}
		if open := s.session.Page.MustEval(`() => !!document.querySelector("[role=dialog]")`).Bool(); open {
			t.Error("the account's menu was left open")
		}
	})
}
