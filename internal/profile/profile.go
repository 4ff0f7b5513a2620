// Package profile describes a product docdrift drives: where it runs, how to sign in, where a
// procedure begins, the items its docs act on (API tokens, API accounts, application
// passwords…) and how to make and remove one behind the pages' back, and which text on its
// pages is secret. A docs project writes one per product in docdrift.toml ([[product]]); the
// embedded simulator brings its own. The types are plain data: config fills them from the
// file, and steps, the runner and the commands act on them.
package profile

import (
	"net/url"
	"regexp"
	"strings"
)

// Profile is one product.
type Profile struct {
	Name     string   // how reports name it: "Strapi"
	Surfaces []string // names the docs use for it: "admin panel", "Strapi admin panel"
	// BaseURL is where it runs; "" for a product no target of the run answers for.
	BaseURL string
	// Start is where a procedure begins, signed in: a path on BaseURL's host or a URL; ""
	// is BaseURL.
	Start    string
	SignIn   SignIn
	Subjects []Subject
	// API says how calls to the product's REST API authenticate, for the subjects that are
	// made and removed through it.
	API     API
	Secrets Secrets
	// Close are the labels of the buttons that put away the product's own interstitials (a
	// welcome tour's "Let's go"), beyond the close, decline and acknowledge words any reader
	// knows; see locate.Overlay.Dismissal.
	Close []string
}

// SignIn says how to find the sign-in form, when its roles alone do not tell: where it is
// and the labels of its parts. Zero fields are found by role on the page the product shows.
type SignIn struct {
	URL                        string // a path on BaseURL's host or a URL; "" opens Start
	Username, Password, Submit string // the labels of the user field, the password field, the button
}

// Subject is a kind of item the docs act on.
type Subject struct {
	Name string // as the docs call it: "API token"
	// Words are other names the docs use for it: "content-api token", "legacy account".
	Words []string
	// How it is made and removed for setup, cleanup and sweep: through the product's REST
	// API, through its pages, or — both nil — not at all (cleanup is then the user's).
	API   *Calls
	Pages *Pages
	// Backdrop makes one item of this kind for every procedure that makes none, removed
	// after it: a product whose pages show their lists, tabs and filters only once an item
	// exists (n8n's home is a welcome page until there is a workflow).
	Backdrop bool
	// MaxName is the longest name the product takes for one (n8n's tags: 24 characters), so
	// that the names the run makes fit (the short dd- form when docdrift-… does not); 0 for
	// no limit.
	MaxName int
}

// Calls are the REST requests that list, make and remove a subject's items.
type Calls struct {
	List  Request
	Items string // JSON path of the list in List's answer: "data"; "" or "." is the answer itself
	ID    string // JSON path of an item's id within an item: "id", "uuid"
	Name  string // … and of its name
	// Create makes one: a request, or several in order for a product that makes an item in
	// steps (an invitation, a sign-up, the invitation accepted with the sign-up's token),
	// each passing what its answer captured to those after it.
	Create []Request
	// CreatedID is the JSON path of the new item's id in the last create request's answer:
	// "data.id".
	CreatedID string
	// Secrets are JSON paths in that answer that hold secrets (the new key): redacted
	// from everything the run writes.
	Secrets []string
	// Delete removes one: its requests in order, each with {id} or {name} ("archive, then
	// delete", for a product that removes only what was archived first).
	Delete []Request
}

// Request is one HTTP call; placeholders in Path, Body and Headers ({name}, {id}, {password}
// and what an earlier create request captured) are replaced, JSON-escaped in the body.
type Request struct {
	Method string // GET when empty
	Path   string // on BaseURL's host: "/admin/api-tokens"
	Body   string // JSON; "" sends none
	// Headers are sent beside API's: "Authorization" = "Bearer {registration}".
	Headers map[string]string
	// Anonymous sends it without the run's session: no cookies, none of API's headers, and
	// no cookie of its answer kept — a sign-up or an invitation's acceptance, which would
	// otherwise sign the run's browser in as someone else.
	Anonymous bool
	// Captures name values of a create request's answer, by JSON path, for the requests
	// after it: { invite = "invite.token" } fills {invite}. Each is a secret of the run.
	Captures map[string]string
}

// API says how the product's REST API accepts calls made with the run's signed-in session:
// its cookies are always sent.
type API struct {
	// BearerCookie names a cookie whose value is sent as "Authorization: Bearer …" (a single
	// page app keeping its session token in a cookie, Strapi's jwtToken).
	BearerCookie string
	// BearerStorage names a key of the page's localStorage (else sessionStorage) whose value
	// is sent as "Authorization: Bearer …": a single-page app keeping its token there.
	BearerStorage string
	// Header, when its Name is set, is a value fetched once with the session (WordPress's
	// REST nonce: GET …?action=rest-nonce, sent as X-WP-Nonce), or read from the page's
	// storage (n8n's browser-id), and sent with every call.
	Header Header
}

// Header is a header value the API wants: fetched first (From), or read from the page's
// localStorage or sessionStorage under Storage.
type Header struct {
	Name    string
	From    Request
	Storage string
}

// Pages describe a subject's own pages, for making and removing items through them as the
// owner would. Labels are as the UI shows them; a breadcrumb "A > B" is followed in order.
type Pages struct {
	// List opens the list of items: a path on the product's host ("/admin/settings/api-tokens")
	// or a breadcrumb of links from where a procedure begins ("Advanced Settings > API Accounts").
	List string
	// Create is the control (or breadcrumb) on the list that opens the form for a new item;
	// "" when the list's own page holds the form (WordPress's Application Passwords).
	Create string
	// Name is the form's field for the item's name.
	Name string
	// Fill are the form's other required fields: label → the text typed, or the option
	// chosen for a list; "{name}" in it is the item's name, for a field whose value must be
	// unique ("{name}@example.com").
	Fill map[string]string
	// Save submits the form; Dismiss, when set, closes what saving shows (a pop-up of
	// one-time credentials: never read).
	Save, Dismiss string
	// Delete is the control that deletes an item: with "{name}" in it, the row's own control
	// ("Delete {name}"); without, the row's control of that name, else the list's control for
	// the rows ticked ("Delete Selected"). A breadcrumb starts in the row and goes on in what
	// it opens ("Actions > Delete account": a row's menu, then its item). A confirmation the
	// last asks for, a browser prompt or a dialog on the page, is accepted.
	Delete string
}

// ListAddress is the list's path on the product's host, "" when the list is reached by a
// breadcrumb.
func (p Pages) ListAddress() string {
	if strings.HasPrefix(p.List, "/") {
		return p.List
	}
	return ""
}

// Secrets say what on the product's pages is secret beyond what docdrift finds by itself
// (password fields, values it typed or was shown, token-like text in code or by a copy
// button): text matching Patterns, and the values of the cookies named in Cookies.
type Secrets struct {
	Patterns []*regexp.Regexp
	Cookies  []string // names; a trailing * matches any ending ("wordpress_logged_in_*")
}

// Resolve turns a path or URL of the profile into a URL on the product's host: "" is the
// base URL, "/x" is on its host, an absolute URL stays as it is.
func (p *Profile) Resolve(ref string) string { return Resolve(p.BaseURL, ref) }

// Resolve is a path or URL against a base URL, as Profile.Resolve.
func Resolve(base, ref string) string {
	if ref == "" {
		return base
	}
	b, err := url.Parse(base)
	if err != nil {
		return ref
	}
	u, err := b.Parse(ref)
	if err != nil {
		return ref
	}
	return u.String()
}

// StartURL is where a procedure begins.
func (p *Profile) StartURL() string { return p.Resolve(p.Start) }

// SubjectNamed returns the subject a name or one of its words calls, by Names' rules.
func (p *Profile) SubjectNamed(name string) *Subject {
	for i := range p.Subjects {
		for _, n := range p.Subjects[i].Names() {
			if sameName(n, name) {
				return &p.Subjects[i]
			}
		}
	}
	return nil
}

// Names are every name the docs may use for the subject.
func (s *Subject) Names() []string { return append([]string{s.Name}, s.Words...) }

// CookieSecret reports whether a cookie of this name holds a secret by Cookies' names.
func (s Secrets) CookieSecret(name string) bool {
	for _, c := range s.Cookies {
		if c == name || strings.HasSuffix(c, "*") && strings.HasPrefix(name, strings.TrimSuffix(c, "*")) {
			return true
		}
	}
	return false
}
