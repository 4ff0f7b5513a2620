package panel_test

import (
	"net/http"
	"net/url"
	"reflect"
	"strings"
	"testing"

	"github.com/docdrift/docdrift/internal/panel"
)

// Bad requests get the right 4xx page or a redirect — never a 500 or a panic — and leave the
// store's data exactly as it was.
func TestBadInput(t *testing.T) {
	srv, ts := start(t, panel.Options{Era: panel.Era2017, Seed: 7})
	owner := loggedIn(t, ts, srv.Owner())
	pending := owner.create("existing account", nil) // credentials not yet dismissed
	legacyList := owner.get("/manage/settings/legacy-api-accounts")
	if legacyList.status != http.StatusOK {
		t.Fatalf("legacy list: %d", legacyList.status)
	}
	before := snapshot(srv)

	anonymous := newClient(t, ts)
	tests := []struct {
		name   string
		c      *client
		method string
		path   string
		form   url.Values
		raw    string // a raw body instead of form
		status int
		where  string // Location prefix for redirects
	}{
		{"no session, page", anonymous, "GET", "/manage/settings/api-accounts", nil, "", http.StatusSeeOther, "/login?next="},
		{"no session, action", anonymous, "POST", "/manage/settings/api-accounts", url.Values{"name": {"sneaky"}}, "", http.StatusSeeOther, "/login"},
		{"no session, download", anonymous, "GET", pending + "/download", nil, "", http.StatusSeeOther, "/login"},
		{"missing CSRF token", owner, "POST", "/manage/settings/api-accounts", url.Values{"name": {"no token"}, "csrf_token": {""}}, "", http.StatusForbidden, ""},
		{"wrong CSRF token", owner, "POST", "/manage/settings/api-accounts", url.Values{"name": {"bad token"}, "csrf_token": {"0000"}}, "", http.StatusForbidden, ""},
		{"name too short", owner, "POST", "/manage/settings/api-accounts", url.Values{"name": {"abc"}}, "", http.StatusUnprocessableEntity, ""},
		{"name missing", owner, "POST", "/manage/settings/api-accounts", url.Values{}, "", http.StatusUnprocessableEntity, ""},
		// The form offers no such level: a tampered request, not a reader's mistake.
		{"unknown scope level", owner, "POST", "/manage/settings/api-accounts", url.Values{"name": {"odd scopes"}, "scope_products": {"everything"}}, "", http.StatusBadRequest, ""},
		{"delete unknown id", owner, "POST", "/manage/settings/api-accounts/delete", url.Values{"id": {"999999"}}, "", http.StatusNotFound, ""},
		{"delete non-numeric id", owner, "POST", "/manage/settings/api-accounts/delete", url.Values{"id": {"1 OR 1=1"}}, "", http.StatusBadRequest, ""},
		{"legacy edit unknown id", owner, "GET", "/manage/settings/legacy-api-accounts/424242/edit", nil, "", http.StatusNotFound, ""},
		{"legacy token unknown id", owner, "POST", "/manage/settings/legacy-api-accounts/424242/token", url.Values{}, "", http.StatusNotFound, ""},
		{"oversize body", owner, "POST", "/manage/settings/api-accounts", nil, "name=" + strings.Repeat("x", 1<<20), http.StatusRequestEntityTooLarge, ""},
		{"malformed body", owner, "POST", "/manage/settings/api-accounts", nil, "name=%zz", http.StatusBadRequest, ""},
		// Credentials that are not (or no longer) pending are gone for good.
		{"unknown credentials key", owner, "GET", "/manage/settings/api-accounts/credentials/" + strings.Repeat("0", 32) + "/download", nil, "", http.StatusGone, ""},
		{"path trick in download key", owner, "GET", "/manage/settings/api-accounts/credentials/..%2f..%2fetc%2fpasswd/download", nil, "", http.StatusNotFound, ""},
		// net/http cleans the path and redirects to it; the cleaned path is an unknown page.
		{"dot segments in download URL", owner, "GET", "/manage/settings/api-accounts/credentials/../../../etc/passwd", nil, "", http.StatusTemporaryRedirect, "/manage/etc/passwd"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r response
			switch {
			case tt.method == "GET":
				r = tt.c.get(tt.path)
			case tt.raw != "":
				r = tt.c.postRaw(tt.path, tt.raw+"&csrf_token="+tt.c.csrf)
			default:
				r = tt.c.post(tt.path, tt.form)
			}
			if r.status >= 500 {
				t.Fatalf("%s %s: %d, a server error\n%s", tt.method, tt.path, r.status, r.body)
			}
			if r.status != tt.status {
				t.Errorf("%s %s: status %d, want %d", tt.method, tt.path, r.status, tt.status)
			}
			if tt.where != "" && !strings.HasPrefix(r.location(), tt.where) {
				t.Errorf("%s %s: redirect to %q, want %q…", tt.method, tt.path, r.location(), tt.where)
			}
			if after := snapshot(srv); !reflect.DeepEqual(after, before) {
				t.Errorf("%s %s changed the store:\nbefore %+v\nafter  %+v", tt.method, tt.path, before, after)
			}
		})
	}
}

type storeState struct {
	Accounts []panel.Account
	Legacy   []panel.LegacyAccount
}

func snapshot(srv *panel.Server) storeState {
	a, l := srv.Accounts()
	return storeState{a, l}
}
