package panel_test

import (
	"fmt"
	"html"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/docdrift/docdrift/internal/panel"
)

var (
	titleTag = regexp.MustCompile(`<title>([^<]+)</title>`)
	h1Tag    = regexp.MustCompile(`<h1>([^<]+)</h1>`)
)

// TestEveryPageEveryEra requests every page route in every era as the owner: pages the era has
// answer 200 with a <title> and a visible <h1>, pages it lacks answer a 404 page.
func TestEveryPageEveryEra(t *testing.T) {
	type page struct {
		path string
		in   func(panel.Era) bool
		h1   map[panel.Era]string // expected heading per era; "" = any
	}
	all := func(panel.Era) bool { return true }
	store := func(e panel.Era) bool { return e >= panel.Era2017 }
	legacy := func(e panel.Era) bool { return e <= panel.Era2019 }
	pages := []page{
		{"/manage/dashboard", all, nil},
		{"/manage/section", all, map[panel.Era]string{panel.Era2016: "Setup & Tools", panel.Era2017: "Advanced Settings", panel.Era2019: "Advanced Settings", panel.Era2023: "Settings"}},
		{"/manage/section/checkout", func(e panel.Era) bool { return e == panel.Era2017 || e == panel.Era2019 }, map[panel.Era]string{panel.Era2017: "Checkout"}},
		{"/manage/section/shipping", func(e panel.Era) bool { return e == panel.Era2016 || e == panel.Era2023 }, nil},
		{"/manage/settings/api-accounts", store, map[panel.Era]string{panel.Era2017: "Store API Accounts", panel.Era2019: "Store API Accounts", panel.Era2023: "Store-level API accounts"}},
		{"/manage/settings/api-accounts/create", store, map[panel.Era]string{panel.Era2017: "Create API Account", panel.Era2023: "Create API account"}},
		{"/manage/settings/api-accounts/create-stencil", func(e panel.Era) bool { return e >= panel.Era2019 }, map[panel.Era]string{panel.Era2019: "Create Stencil-CLI Token"}},
		{"/manage/settings/account-api-accounts", func(e panel.Era) bool { return e == panel.Era2023 }, map[panel.Era]string{panel.Era2023: "Account-level API accounts"}},
		{"/manage/settings/legacy-api-accounts", legacy, map[panel.Era]string{panel.Era2016: "Legacy API Accounts", panel.Era2017: "Legacy API Accounts", panel.Era2019: "Legacy API Accounts"}},
		{"/manage/settings/legacy-api-accounts/create", legacy, map[panel.Era]string{panel.Era2017: "Create a Legacy API Account"}},
		{"/manage/settings/legacy-api-accounts/1/edit", legacy, map[panel.Era]string{panel.Era2017: "metisa"}},
		{"/manage/section/no-such-page", func(panel.Era) bool { return false }, nil},
		{"/nowhere", func(panel.Era) bool { return false }, nil},
	}
	for _, era := range panel.Eras {
		t.Run(era.String(), func(t *testing.T) {
			srv, ts := start(t, panel.Options{Era: era, Seed: 7})
			preload(t, ts, `{"legacy":[{"username":"metisa"}]}`)
			c := loggedIn(t, ts, srv.Owner())
			for _, p := range pages {
				r := c.get(p.path)
				want := http.StatusNotFound
				if p.in(era) {
					want = http.StatusOK
				}
				if r.status != want {
					t.Errorf("GET %s: status %d, want %d", p.path, r.status, want)
					continue
				}
				title, h1 := titleTag.FindStringSubmatch(r.body), h1Tag.FindStringSubmatch(r.body)
				if title == nil || h1 == nil {
					t.Errorf("GET %s: missing <title> or <h1>", p.path)
					continue
				}
				if wantH1 := p.h1[era]; wantH1 != "" && html.UnescapeString(h1[1]) != wantH1 {
					t.Errorf("GET %s: <h1> %q, want %q", p.path, html.UnescapeString(h1[1]), wantH1)
				}
				if !strings.HasPrefix(html.UnescapeString(title[1]), html.UnescapeString(h1[1])) {
					t.Errorf("GET %s: <title> %q does not start with the <h1> %q", p.path, title[1], h1[1])
				}
			}
		})
	}
}

// TestEraNavigation checks the labels a doc names on its way to the API pages, per era.
func TestEraNavigation(t *testing.T) {
	tests := []struct {
		era     panel.Era
		path    string
		want    []string
		notWant []string
	}{
		{panel.Era2016, "/manage/section", []string{">Setup &amp; Tools</a>", ">Legacy API Accounts</a>"}, []string{">API Accounts</a>", "Advanced Settings"}},
		{panel.Era2017, "/manage/section", []string{">Advanced Settings</a>", ">Web Analytics</a>", ">Export Templates</a>", ">API Accounts</a>", ">Legacy API Settings</a>"}, []string{"Store-level"}},
		{panel.Era2017, "/manage/settings/api-accounts", []string{"Create API Account</a>", "You have created 0 out of 50 maximum API accounts.", "Need a legacy API key? Click here."}, []string{"Create V2/V3 API Token"}},
		{panel.Era2017, "/manage/settings/api-accounts/create", []string{">Oauth Scopes</h2>", "Which API resources does your app or integration require access to?", `placeholder="ERP, Channel Advisor…"`, ">Customers Login</legend>", ">login</label>", "https://api.bigcommerce.com/stores/"}, []string{"OAuth Scopes", "Checkout Content"}},
		{panel.Era2019, "/manage/settings/api-accounts", []string{`aria-haspopup="menu"`, ">Create V2/V3 API Token</a>", ">Create Stencil-CLI Token</a>"}, nil},
		{panel.Era2019, "/manage/settings/api-accounts/create", []string{">OAuth Scopes</h2>", ">Checkout Content</legend>", ">Storefront API Customer Impersonation Tokens</legend>", ">Information &amp; Settings</legend>"}, []string{"Oauth Scopes"}},
		{panel.Era2019, "/manage/settings/api-accounts/create-stencil", []string{">Stencil-CLI Access Level</h2>", ">local development only</label>", ">publish theme</label>"}, nil},
		{panel.Era2023, "/manage/section", []string{">Settings</a>", ">Store-level API accounts</a>", ">Account-level API accounts</a>"}, []string{"Legacy"}},
		{panel.Era2023, "/manage/settings/api-accounts", []string{">Create API account <span aria-hidden=\"true\">▾</span></button>"}, []string{"legacy API key"}},
		{panel.Era2017, "/manage/settings/legacy-api-accounts", []string{"Create a Legacy API Account</a>", `aria-label="Delete"`, "View 20", ">Legacy API Settings</a>"}, nil},
		{panel.Era2017, "/manage/settings/legacy-api-accounts/create", []string{">Legacy API Account Details</h2>", `<label for="username">Username</label>`, `<label for="api-token">API Token</label>`, ">Generate New Token</button>", ">Cancel</a>", ">Save</button>", ".mybigcommerce.com/api/v2/"}, nil},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s%s", tt.era, tt.path), func(t *testing.T) {
			srv, ts := start(t, panel.Options{Era: tt.era, Seed: 3})
			c := loggedIn(t, ts, srv.Owner())
			r := c.get(tt.path)
			if r.status != http.StatusOK {
				t.Fatalf("status %d", r.status)
			}
			mustContain(t, r.body, tt.want...)
			for _, no := range tt.notWant {
				if strings.Contains(r.body, no) {
					t.Errorf("page has %q", no)
				}
			}
		})
	}
}

// TestLegacyActionMenu: the real UI's "•••" button named "More actions" opens a menu with Edit.
func TestLegacyActionMenu(t *testing.T) {
	srv, ts := start(t, panel.Options{Era: panel.Era2017})
	preload(t, ts, `{"legacy":[{"username":"metisa"}]}`)
	r := loggedIn(t, ts, srv.Owner()).get("/manage/settings/legacy-api-accounts")
	mustContain(t, r.body, `aria-haspopup="menu"`, `aria-label="More actions"`, ">•••</button>",
		`<a role="menuitem" href="/manage/settings/legacy-api-accounts/1/edit">Edit</a>`, `aria-label="Select metisa"`)
}
