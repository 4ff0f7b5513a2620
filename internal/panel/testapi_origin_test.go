package panel_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/docdrift/docdrift/internal/panel"
)

// A web page the browser shows — the docs' target, or any site the machine visits while the
// simulator runs — must not reach the test API: it resets the store and hands out passwords.
// Browsers send an Origin on cross-site requests and the attacker's own name as Host after a
// DNS rebinding; the test API refuses both, and anything that is not a JSON request.
func TestTestAPIRefusesCrossSiteAndRebinding(t *testing.T) {
	srv := panel.New(panel.Options{})
	ts := httptest.NewServer(srv)
	defer ts.Close()
	host := strings.TrimPrefix(ts.URL, "http://")
	tests := []struct {
		name, method, path string
		header             map[string]string
		want               int
	}{
		{"cross-site reset, text/plain", "POST", "/__test/reset", map[string]string{"Origin": "http://evil.example", "Content-Type": "text/plain"}, http.StatusForbidden},
		{"cross-site reset, JSON", "POST", "/__test/reset", map[string]string{"Origin": "http://evil.example", "Content-Type": "application/json"}, http.StatusForbidden},
		{"opaque origin", "POST", "/__test/reset", map[string]string{"Origin": "null", "Content-Type": "application/json"}, http.StatusForbidden},
		{"rebinding: a name that resolves to loopback", "GET", "/__test/store", map[string]string{"Host": "rebind.evil.example"}, http.StatusForbidden},
		{"rebinding with the port", "GET", "/__test/accounts", map[string]string{"Host": "rebind.evil.example:" + strings.Split(host, ":")[1]}, http.StatusForbidden},
		{"a cross-site fetch the browser labels", "GET", "/__test/store", map[string]string{"Sec-Fetch-Site": "cross-site"}, http.StatusForbidden},
		{"a form post", "POST", "/__test/accounts/delete", map[string]string{"Content-Type": "application/x-www-form-urlencoded"}, http.StatusUnsupportedMediaType},
		{"docdrift itself: no Origin, loopback Host", "GET", "/__test/store", nil, http.StatusOK},
		{"localhost by name", "GET", "/__test/store", map[string]string{"Host": "localhost:" + strings.Split(host, ":")[1]}, http.StatusOK},
		{"the simulator's own page", "POST", "/__test/reset", map[string]string{"Origin": ts.URL, "Content-Type": "application/json"}, http.StatusNoContent},
		{"a JSON post", "POST", "/__test/reset", map[string]string{"Content-Type": "application/json; charset=utf-8"}, http.StatusNoContent},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, err := http.NewRequest(tt.method, ts.URL+tt.path, strings.NewReader("{}"))
			if err != nil {
				t.Fatal(err)
			}
			for k, v := range tt.header {
				if k == "Host" {
					req.Host = v
				} else {
					req.Header.Set(k, v)
				}
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			if resp.StatusCode != tt.want {
				t.Errorf("status %d, want %d", resp.StatusCode, tt.want)
			}
		})
	}
}

// The owner's password is printed by docdrift panel: it must not be the same for everyone
// who starts the simulator with the default seed.
func TestOwnerPasswordIsRandomPerStart(t *testing.T) {
	a, b := panel.New(panel.Options{Seed: 1}), panel.New(panel.Options{Seed: 1})
	if a.StoreHash() != b.StoreHash() {
		t.Errorf("the seed no longer fixes the store: %s, %s", a.StoreHash(), b.StoreHash())
	}
	for _, pair := range [][2]panel.User{{a.Owner(), b.Owner()}, {a.Staff(), b.Staff()}} {
		if pair[0].Password == pair[1].Password || len(pair[0].Password) < 16 {
			t.Errorf("passwords %q and %q from two starts", pair[0].Password, pair[1].Password)
		}
	}
}
