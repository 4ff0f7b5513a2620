package steps

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// A form saved by fetch whose answer is an HTTP error has not been saved, however calm the
// page stays: the product refusing it (400) fails the step as drift, the product failing it
// (500) as the environment's. So does a form the browser sends itself, answered with a page
// of its refusal (422), or of its failure (503). A refused request to another site says
// nothing of the product, nor does one the page a step opened sent as it opened.
func TestAStepTheProductRefusesFails(t *testing.T) {
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Access-Control-Allow-Origin", "*")
		http.Error(w, "no", http.StatusForbidden)
	}))
	t.Cleanup(other.Close)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/":
			w.Header().Set("Content-Type", "text/html")
			_, _ = w.Write([]byte(`<title>Locales</title>
				<button onclick="fetch('/locales', {method: 'POST', body: '{}'})">Save</button>
				<button onclick="fetch('/locales?code=ab', {method: 'POST', body: '{}'}).then(r => document.title = 'Saved ' + r.status)">Save again</button>
				<button onclick="fetch('/down', {method: 'PUT'})">Update</button>
				<button onclick="fetch('/ok', {method: 'POST'})">Publish</button>
				<button onclick="fetch('` + other.URL + `/collect', {method: 'POST', mode: 'no-cors'})">Track</button>
				<button onclick="fetch('/missing')">Refresh</button>
				<form method="post" action="/names"><button>Create</button></form>
				<form method="post" action="/made"><button>Make</button></form>
				<form method="post" action="/busy"><button>Send</button></form>
				<a href="/editor">Open the editor</a>`))
		case "/names":
			// Rendered again with the product's message, as server-rendered forms are.
			w.Header().Set("Content-Type", "text/html")
			w.WriteHeader(http.StatusUnprocessableEntity)
			_, _ = w.Write([]byte(`<title>Locales</title><input aria-label="Name" aria-invalid="true" aria-describedby="e"><p id="e">Name can't be blank</p>
				<form method="post" action="/made"><button>Make</button></form>
				<form method="post" action="/busy"><button>Send</button></form>
				<a href="/editor">Open the editor</a>`))
		case "/made":
			http.Redirect(w, r, "/", http.StatusSeeOther)
		case "/busy":
			http.Error(w, "busy", http.StatusServiceUnavailable)
		case "/editor":
			// The page the link opens asks, as it opens, for what the product does not allow.
			w.Header().Set("Content-Type", "text/html")
			_, _ = w.Write([]byte(`<title>Editor</title><h1>Editor</h1><script>fetch('/ai/metadata', {method: 'POST'})</script>
				<form method="post" action="/busy"><button>Send</button></form>`))
		case "/ai/metadata":
			http.Error(w, "not licensed", http.StatusForbidden)
		case "/locales":
			http.Error(w, `{"error":"This locale already exists"}`, http.StatusBadRequest)
		case "/down":
			http.Error(w, "down", http.StatusInternalServerError)
		case "/missing":
			http.NotFound(w, r)
		default:
			w.WriteHeader(http.StatusNoContent)
		}
	}))
	t.Cleanup(srv.Close)
	s, ctx := scenarioAt(t, srv.URL, Config{})
	s.loggedIn = true
	for _, tt := range []struct {
		sentence, want string
		drift          bool
	}{
		{"Click **Save**.", "POST /locales answered HTTP 400", true},
		{"Click **Save again**.", "POST /locales answered HTTP 400", true}, // no query: it may hold what is private
		{"Click **Update**.", "PUT /down answered HTTP 500", false},
		{"Click **Publish**.", "", false},
		{"Click **Track**.", "", false},
		{"Click **Refresh**.", "", false}, // a GET changes nothing
		{"Click **Create**.", `POST /names answered HTTP 422, marking "Name" (Name can't be blank) invalid`, true},
		{"Click **Make**.", "", false},
		{"Click **Open the editor**.", "", false}, // the new page's own request, not the step's
		{"Click **Send**.", "HTTP 503", false},
	} {
		err := s.perform(ctx, tt.sentence)
		var m *Mismatch
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%s: %v, want a pass", tt.sentence, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want) || strings.Contains(err.Error(), "code=ab")):
			t.Errorf("%s: %v, want an error saying %q", tt.sentence, err, tt.want)
		case tt.want != "" && errors.As(err, &m) != tt.drift:
			t.Errorf("%s: drift %v, want %v", tt.sentence, errors.As(err, &m), tt.drift)
		}
	}
}

// Signing in is docdrift's own click, not the procedure's: a wrong password answered 400 by a
// sign-in sent with fetch (Strapi's) is reported as a sign-in that failed, never as drift.
func TestASignInTheProductRefusesSaysSo(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/login" {
			http.Error(w, `{"error":"Invalid credentials"}`, http.StatusBadRequest)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		_, _ = w.Write([]byte(`<title>Log in</title><form onsubmit="event.preventDefault();
			fetch('/login', {method: 'POST'}).then(() => document.getElementById('err').textContent = 'Invalid credentials')">
			<label>Email <input type=email></label><label>Password <input type=password></label>
			<button>Login</button><p role=alert id=err></p></form>`))
	}))
	t.Cleanup(srv.Close)
	s, ctx := scenarioAt(t, srv.URL, Config{BaseURL: srv.URL, Login: Login{Username: "admin@example.com", Password: "wrong"}})
	err := s.logIn(ctx)
	var m *Mismatch
	if err == nil || errors.As(err, &m) || !strings.Contains(err.Error(), "still shows its log-in form") {
		t.Errorf("err = %v, want a sign-in that failed, not drift", err)
	}
}
