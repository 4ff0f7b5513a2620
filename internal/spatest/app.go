// Package spatest is a small single-page admin app for testing docdrift's browser mechanics
// without a real product: vanilla JavaScript, client-side routing (history.pushState), a log-in
// form submitted by fetch with a redirect after it, a session token kept in the browser's
// storage, a rate limit on logging in, a table fetched after the page shows, an actions menu
// rendered at the end of the body (a portal), an on-page confirmation dialog with aria-modal
// and the page behind it inert, toasts in an aria-live region, and a new token shown once as
// page text next to a copy button; labels added on a token's own page, an item kept inside
// another, and listed on a page of their own; teams, whose tokens are ticked in a list of
// the app's in a dialog; optionally a sign-in that asks for the email on one page
// and the password on the next, or a landing page that links to the sign-in; and
// interstitials no doc mentions: a welcome tour after signing in, a cookie consent wall. Serve
// it with httptest.
package spatest

import (
	"crypto/rand"
	"embed"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"
)

//go:embed web
var web embed.FS

// Options shape the app for a test.
type Options struct {
	// Latency delays every API answer: the tables render that much after their page.
	Latency time.Duration
	// LoginLimit refuses log-ins beyond this many with HTTP 429, as Strapi's rate limit does;
	// 0 means no limit.
	LoginLimit int
	// Rename maps a visible label of the app to another: drift the docs have not caught up with.
	Rename map[string]string
	// IdentifierFirst asks for the email on one page and the password on the next ("Next",
	// then "Log in"), as single sign-on pages do.
	IdentifierFirst bool
	// Landing shows a signed-out visitor a landing page with a "Log in" link instead of
	// sending them to the log-in form.
	Landing bool
	// WelcomeTour opens a modal "Welcome" dialog a moment after a log-in, over the first
	// page, as product tours do: "Take the tour" and a "Close" button, and Escape closes it.
	// Rename its "Close" to change how it is dismissed, or to "" to leave only Escape.
	WelcomeTour bool
	// CookieWall covers every page, the log-in form included, with a consent panel until it
	// is answered ("Accept all" or "Reject all"): a fixed layer with no dialog role, as
	// consent managers draw it.
	CookieWall bool
	// SessionCookie, when set, names an HttpOnly cookie a log-in also sets to the session
	// token, as Strapi's jwtToken: an API client reads it there and sends it as a bearer
	// token, which the API still wants in the Authorization header.
	SessionCookie string
}

// Token is an API token the app lists, with the labels added to it on its own page.
type Token struct {
	ID     string   `json:"id"`
	Name   string   `json:"name"`
	Labels []string `json:"labels,omitempty"`
}

// App is one running app with its own users, tokens and sessions.
type App struct {
	Email, Password string // the only user

	opts     Options
	mu       sync.Mutex
	tokens   []Token
	teams    []Team
	sessions map[string]bool
	logins   int
	secrets  []string // every token value the app showed
}

// New makes an app with a random password and no tokens.
func New(opts Options) *App {
	return &App{Email: "admin@example.test", Password: random(12), opts: opts, sessions: map[string]bool{}}
}

// Logins counts the successful log-ins so far.
func (a *App) Logins() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.logins
}

// Tokens lists the tokens the app holds.
func (a *App) Tokens() []Token {
	a.mu.Lock()
	defer a.mu.Unlock()
	return slices.Clone(a.tokens)
}

// Labels lists every token's labels.
func (a *App) Labels() []string {
	a.mu.Lock()
	defer a.mu.Unlock()
	var out []string
	for _, t := range a.tokens {
		out = append(out, t.Labels...)
	}
	return out
}

// Shown lists every secret token value the app has shown on a page.
func (a *App) Shown() []string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return slices.Clone(a.secrets)
}

// Ensure adds a token named name unless one exists.
func (a *App) Ensure(name string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if !slices.ContainsFunc(a.tokens, func(t Token) bool { return t.Name == name }) {
		a.tokens = append(a.tokens, Token{ID: random(6), Name: name})
	}
}

// Delete removes the named tokens; missing ones are not an error.
func (a *App) Delete(names ...string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.tokens = slices.DeleteFunc(a.tokens, func(t Token) bool { return slices.Contains(names, t.Name) })
}

// Expire ends every session: the next API call asks to log in again.
func (a *App) Expire() {
	a.mu.Lock()
	defer a.mu.Unlock()
	clear(a.sessions)
}

func (a *App) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch {
	case strings.HasPrefix(r.URL.Path, "/api/"):
		a.api(w, r)
	case r.URL.Path == "/app.js" || r.URL.Path == "/app.css":
		http.ServeFileFS(w, r, web, "web"+r.URL.Path)
	default: // every other path is a route of the app: the same shell
		w.Header().Set("Cache-Control", "no-store")
		http.ServeFileFS(w, r, web, "web/index.html")
	}
}

func (a *App) api(w http.ResponseWriter, r *http.Request) {
	if a.opts.Latency > 0 {
		select {
		case <-time.After(a.opts.Latency):
		case <-r.Context().Done():
			return
		}
	}
	if r.URL.Path == "/api/labels" {
		writeJSON(w, a.opts.Rename)
		return
	}
	if r.URL.Path == "/api/sign-in" {
		writeJSON(w, map[string]bool{"identifierFirst": a.opts.IdentifierFirst, "landing": a.opts.Landing,
			"welcomeTour": a.opts.WelcomeTour, "cookieWall": a.opts.CookieWall})
		return
	}
	if r.URL.Path == "/api/login" && r.Method == http.MethodPost {
		a.login(w, r)
		return
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if !a.sessions[strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")] {
		http.Error(w, `{"error":"sign in"}`, http.StatusUnauthorized)
		return
	}
	switch {
	case r.URL.Path == "/api/tokens" && r.Method == http.MethodGet:
		writeJSON(w, append([]Token{}, a.tokens...)) // [] rather than null for none
	case r.URL.Path == "/api/tokens" && r.Method == http.MethodPost:
		var t Token
		if json.NewDecoder(r.Body).Decode(&t) != nil || strings.TrimSpace(t.Name) == "" {
			http.Error(w, `{"error":"a name is required"}`, http.StatusBadRequest)
			return
		}
		t.ID = random(6)
		a.tokens = append(a.tokens, t)
		secret := random(32)
		a.secrets = append(a.secrets, secret)
		writeJSON(w, map[string]string{"id": t.ID, "name": t.Name, "accessKey": secret})
	case r.URL.Path == "/api/teams" || strings.HasPrefix(r.URL.Path, "/api/teams/"):
		a.teamsAPI(w, r)
	case strings.HasPrefix(r.URL.Path, "/api/tokens/") && strings.Contains(strings.TrimPrefix(r.URL.Path, "/api/tokens/"), "/labels"):
		a.labels(w, r)
	case strings.HasPrefix(r.URL.Path, "/api/tokens/") && r.Method == http.MethodDelete:
		id := strings.TrimPrefix(r.URL.Path, "/api/tokens/")
		a.tokens = slices.DeleteFunc(a.tokens, func(t Token) bool { return t.ID == id })
		w.WriteHeader(http.StatusNoContent)
	default:
		http.NotFound(w, r)
	}
}

// labels adds a label to a token (POST /api/tokens/ID/labels) or removes one (DELETE
// /api/tokens/ID/labels/NAME); the caller holds a.mu.
func (a *App) labels(w http.ResponseWriter, r *http.Request) {
	id, rest, _ := strings.Cut(strings.TrimPrefix(r.URL.Path, "/api/tokens/"), "/labels")
	i := slices.IndexFunc(a.tokens, func(t Token) bool { return t.ID == id })
	if i < 0 {
		http.NotFound(w, r)
		return
	}
	t := &a.tokens[i]
	switch {
	case rest == "" && r.Method == http.MethodPost:
		var l struct{ Name string }
		if json.NewDecoder(r.Body).Decode(&l) != nil || strings.TrimSpace(l.Name) == "" {
			http.Error(w, `{"error":"a name is required"}`, http.StatusBadRequest)
			return
		}
		t.Labels = append(t.Labels, l.Name)
		writeJSON(w, t)
	case strings.HasPrefix(rest, "/") && r.Method == http.MethodDelete:
		name := strings.TrimPrefix(rest, "/") // the path is unescaped already
		t.Labels = slices.DeleteFunc(t.Labels, func(l string) bool { return l == name })
		w.WriteHeader(http.StatusNoContent)
	default:
		http.NotFound(w, r)
	}
}

func (a *App) login(w http.ResponseWriter, r *http.Request) {
	var c struct{ Email, Password string }
	_ = json.NewDecoder(r.Body).Decode(&c)
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.opts.LoginLimit > 0 && a.logins >= a.opts.LoginLimit {
		http.Error(w, `{"error":"too many log-ins: try again later"}`, http.StatusTooManyRequests)
		return
	}
	if c.Email != a.Email || c.Password != a.Password {
		http.Error(w, `{"error":"wrong email or password"}`, http.StatusUnauthorized)
		return
	}
	a.logins++
	token := random(24)
	a.sessions[token] = true
	if a.opts.SessionCookie != "" {
		http.SetCookie(w, &http.Cookie{Name: a.opts.SessionCookie, Value: token, Path: "/", HttpOnly: true, SameSite: http.SameSiteLaxMode})
	}
	writeJSON(w, map[string]string{"token": token})
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

func random(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)[:n]
}
