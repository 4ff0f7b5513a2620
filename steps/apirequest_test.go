package steps

import (
	"net/url"
	"reflect"
	"strings"
	"testing"

	"github.com/docdrift/docdrift/internal/profile"
)

func TestPrepare(t *testing.T) {
	const base = "http://127.0.0.1:1337/admin"
	vars := map[string]string{"name": `a "b"/c&d\e`, "id": "7 8", "invite": "tok+en", "registration": "reg.tok"}
	for _, tt := range []struct {
		name string
		req  profile.Request
		want apiRequest
		err  string
	}{
		{"a plain list", profile.Request{Path: "/admin/api-tokens"},
			apiRequest{method: "GET", url: "http://127.0.0.1:1337/admin/api-tokens", path: "/admin/api-tokens"}, ""},
		{"an id in the path stays one segment", profile.Request{Method: "DELETE", Path: "/admin/api-tokens/{id}"},
			apiRequest{method: "DELETE", url: "http://127.0.0.1:1337/admin/api-tokens/7%208", path: "/admin/api-tokens/7%208"}, ""},
		{"a name in the path: its slash escaped", profile.Request{Method: "DELETE", Path: "/t/{name}"},
			apiRequest{method: "DELETE", url: `http://127.0.0.1:1337/t/a%20%22b%22%2Fc&d%5Ce`, path: `/t/a%20%22b%22%2Fc&d%5Ce`}, ""},
		{"a name in the query: its & escaped", profile.Request{Path: "/?rest_route=/wp/v2/x&search={name}"},
			apiRequest{method: "GET", url: "http://127.0.0.1:1337/?rest_route=/wp/v2/x&search=a+%22b%22%2Fc%26d%5Ce",
				path: "/?rest_route=/wp/v2/x&search=a+%22b%22%2Fc%26d%5Ce"}, ""},
		{"a name in the body: JSON-escaped", profile.Request{Method: "POST", Path: "/t", Body: `{"name": "{name}", "type": "read-only"}`},
			apiRequest{method: "POST", url: "http://127.0.0.1:1337/t", path: "/t", body: `{"name": "a \"b\"/c\u0026d\\e", "type": "read-only"}`}, ""},
		{"what an earlier request captured, in the query and a header, sent without the session",
			profile.Request{Method: "POST", Path: "/invites/accept?token={invite}", Headers: map[string]string{"Authorization": "Bearer {registration}"}, Anonymous: true},
			apiRequest{method: "POST", url: "http://127.0.0.1:1337/invites/accept?token=tok%2Ben", path: "/invites/accept?token=tok%2Ben",
				headers: map[string]string{"Authorization": "Bearer reg.tok"}, anonymous: true}, ""},
		{"another host", profile.Request{Path: "//169.254.169.254/latest"}, apiRequest{},
			`product.subject.api.list path "//169.254.169.254/latest" leads to http://169.254.169.254, not the product's http://127.0.0.1:1337`},
		{"another scheme", profile.Request{Path: "https://127.0.0.1:1337/t"}, apiRequest{},
			`leads to https://127.0.0.1:1337, not the product's http://127.0.0.1:1337`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := prepare(base, "product.subject.api.list", tt.req, vars)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err = %v, want it to say %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("prepare = %+v\nwant      %+v", got, tt.want)
			}
		})
	}
}

// Whatever a profile's path and the names and ids filled into it, a request that prepare lets
// through goes to the product's own origin: the session's cookies and token go nowhere else.
func FuzzPrepareStaysOnTheProduct(f *testing.F) {
	for _, seed := range [][3]string{
		{"/admin/api-tokens/{id}", "x", "7"},
		{"/t/{name}", "/evil.test", ""},
		{"/?q={name}", "a&b=c", ""},
		{`/\evil.test/x`, "", ""},
		{"/{name}/{id}", "..", "@evil.test"},
	} {
		f.Add(seed[0], seed[1], seed[2])
	}
	const base = "http://127.0.0.1:1337/admin"
	f.Fuzz(func(t *testing.T, path, name, id string) {
		if !strings.HasPrefix(path, "/") || strings.HasPrefix(path, "//") {
			return // the config refuses these before a run
		}
		req, err := prepare(base, "product.subject.api.list", profile.Request{Path: path}, map[string]string{"name": name, "id": id})
		if err != nil {
			return
		}
		u, err := url.Parse(req.url)
		if err != nil || u.Scheme != "http" || u.Host != "127.0.0.1:1337" || !strings.HasPrefix(req.url, "http://127.0.0.1:1337/") {
			t.Errorf("path %q with name %q, id %q goes to %q", path, name, id, req.url)
		}
	})
}

// A password is made up for an item only when a create request sends one: in its path, its
// body or a header.
func TestAsksPassword(t *testing.T) {
	for _, tt := range []struct {
		req  profile.Request
		want bool
	}{
		{profile.Request{Path: "/t", Body: `{"name": "{name}"}`}, false},
		{profile.Request{Path: "/register", Body: `{"password": "{password}"}`}, true},
		{profile.Request{Path: "/login?pw={password}"}, true},
		{profile.Request{Path: "/t", Headers: map[string]string{"X-Password": "{password}"}}, true},
		{profile.Request{Path: "/t", Headers: map[string]string{"Authorization": "Bearer {token}"}}, false},
	} {
		if got := asksPassword(tt.req); got != tt.want {
			t.Errorf("asksPassword(%+v) = %v, want %v", tt.req, got, tt.want)
		}
	}
}
