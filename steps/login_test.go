package steps

import (
	"strings"
	"testing"
)

// The first page of a sign-in that asks for the identifier first is told from a page that
// merely has an email or text field: only a lone user or email field with a "Next",
// "Continue" or "Sign in" button is one; a search box, an invitation form or a form of
// several fields on a signed-in page is not, and is never typed into.
func TestIdentifierFirstSignInPage(t *testing.T) {
	tests := []struct {
		name, page string
		want       bool // read as the first page of a sign-in
	}{
		{"email and next", `<form><label>Email address <input type=email name=email></label><button>Next</button></form>`, true},
		{"username and continue", `<form><label>Username <input name=login></label><input type=submit value="Continue"></form>`, true},
		{"identifier and sign in", `<div><input aria-label="Email or phone" autocomplete=username><button type=button>Sign in</button></div>`, true},
		{"search box", `<header><input type=search aria-label="Search"><button>Search</button></header>`, false},
		{"invite by email", `<form><label>Email <input type=email></label><button>Send invite</button></form>`, false},
		{"two fields", `<form><label>Name <input></label><label>Email <input type=email></label><button>Next</button></form>`, false},
		{"a field that is no user", `<form><label>Promo code <input></label><button>Continue</button></form>`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			url := servePages(t, map[string]string{"/": "<title>Admin</title><h1>Admin</h1>" + tt.page})
			s, ctx := scenarioAt(t, url, Config{})
			user, pass, submit, err := s.loginForm(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if pass != nil {
				t.Fatal("a password field on a page without one")
			}
			if got := user != nil && submit != nil; got != tt.want {
				t.Errorf("read as a sign-in's first page: %v, want %v", got, tt.want)
			}
		})
	}
}

// A landing page's "Log in" that leads to no form — a sign-in by another site — fails the
// sign-in saying so, rather than passing the run off as signed in on that page.
func TestSignInLinkToNoForm(t *testing.T) {
	url := servePages(t, map[string]string{
		"/":      `<title>Store</title><header><a href="/login">Log in</a></header><h1>Welcome</h1>`,
		"/login": `<title>Sign in</title><button>Continue with your company account</button>`,
	})
	s, ctx := scenarioAt(t, url, Config{BaseURL: url + "/", Login: Login{Username: "owner@example.test", Password: "x"}})
	err := s.signInWithForm(ctx)
	if err == nil || !strings.Contains(err.Error(), "shows no log-in form") {
		t.Errorf("err = %v, want the sign-in link's page named as showing no form", err)
	}
	if s.loggedIn {
		t.Error("taken as signed in")
	}
}

// webComponentSignIn is a log-in form of web components, as Home Assistant's or a Shoelace
// app's: each field an <x-textfield> whose label and input live in its own shadow root, the
// button slotted text in another's, all inside the form component's shadow root.
const webComponentSignIn = `<title>Sign in</title>
<script>
const shadowOf = (el, html) => { if (!el.shadowRoot) el.attachShadow({ mode: "open" }).innerHTML = html; };
customElements.define("x-textfield", class extends HTMLElement {
	connectedCallback() { shadowOf(this, '<label for="f">' + this.getAttribute("label") + '</label> <input id="f" type="' +
		(this.getAttribute("type") || "text") + '" autocomplete="' + (this.getAttribute("autocomplete") || "") + '">'); }
	get value() { return this.shadowRoot.querySelector("input").value; } });
customElements.define("x-button", class extends HTMLElement {
	connectedCallback() { shadowOf(this, '<button><slot></slot></button>'); } });
customElements.define("x-login", class extends HTMLElement {
	connectedCallback() {
		shadowOf(this, '<h1>Welcome home</h1><x-textfield label="Username" autocomplete="username"></x-textfield>' +
			'<x-textfield label="Password" type="password" autocomplete="current-password"></x-textfield><x-button>Log in</x-button>');
		this.shadowRoot.querySelector("x-button").addEventListener("click", () => {
			const [user, pass] = this.shadowRoot.querySelectorAll("x-textfield");
			document.body.dataset.got = user.value + " " + pass.value;
			this.replaceWith(Object.assign(document.createElement("h1"), { textContent: "Overview" }));
		});
	} });
</script>
<x-login></x-login>`

// A log-in form drawn by web components, its fields and button in shadow roots, is found by
// the same roles and signed in with.
func TestWebComponentSignIn(t *testing.T) {
	url := servePages(t, map[string]string{"/": webComponentSignIn})
	s, ctx := scenarioAt(t, url, Config{BaseURL: url + "/", Login: Login{Username: "owner", Password: "pw-1"}})
	if err := s.signInWithForm(ctx); err != nil {
		t.Fatal(err)
	}
	res, err := s.session.Page.Context(ctx).Eval(`() => document.body.dataset.got || ""`)
	if err != nil {
		t.Fatal(err)
	}
	if got := res.Value.Str(); got != "owner pw-1" {
		t.Errorf("the form got %q, want the username and the password", got)
	}
}
