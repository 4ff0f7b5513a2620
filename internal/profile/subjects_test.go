package profile

import "testing"

// A narrower kind of item names a broader one with words before it.
func TestNarrows(t *testing.T) {
	role, endUser := Subject{Name: "role"}, Subject{Name: "end-user role"}
	admin := Subject{Name: "administrator account", Words: []string{"administrator"}}
	for _, tt := range []struct {
		s, o Subject
		want bool
	}{
		{endUser, role, true},
		{role, endUser, false},
		{role, role, false},
		{admin, Subject{Name: "account"}, true},
		{Subject{Name: "admin token"}, Subject{Name: "API token"}, false},
	} {
		if got := tt.s.Narrows(tt.o); got != tt.want {
			t.Errorf("%q.Narrows(%q) = %v, want %v", tt.s.Name, tt.o.Name, got, tt.want)
		}
	}
}

func TestNamed(t *testing.T) {
	p := &Profile{Subjects: []Subject{
		{Name: "API account", Words: []string{"store API account"}},
		{Name: "legacy API account"},
		{Name: "API token"},
		{Name: "admin token"},
		{Name: "application password", Words: []string{"app password"}},
		{Name: "entry"},
	}}
	for _, tt := range []struct{ text, want string }{
		{"Select **Legacy API Accounts**.", "legacy API account"},
		{"Select **API Accounts**.", "API account"},
		{"Click on the API token's edit button.", "API token"},
		{"Click on the Admin token’s edit button.", "admin token"},
		{"Regenerating an Admin token", "admin token"},
		{"Revoke your App Passwords", "application password"},
		{"Delete the entries", "entry"},
		{"Click the tokens tab", ""},
		{"Click **Save**.", ""},
		{"a legacy API account exists", "legacy API account"},
		{"An API token and a legacy API account", "API token"},
	} {
		got := ""
		if s := p.Named(tt.text); s != nil {
			got = s.Name
		}
		if got != tt.want {
			t.Errorf("Named(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestResolve(t *testing.T) {
	p := &Profile{BaseURL: "http://127.0.0.1:1337/admin"}
	for _, tt := range []struct{ ref, want string }{
		{"", "http://127.0.0.1:1337/admin"},
		{"/admin/settings/api-tokens", "http://127.0.0.1:1337/admin/settings/api-tokens"},
		{"http://other:1/x", "http://other:1/x"},
		{"/?rest_route=/wp/v2/users/me", "http://127.0.0.1:1337/?rest_route=/wp/v2/users/me"},
	} {
		if got := p.Resolve(tt.ref); got != tt.want {
			t.Errorf("Resolve(%q) = %q, want %q", tt.ref, got, tt.want)
		}
	}
}

func TestCookieSecret(t *testing.T) {
	s := Secrets{Cookies: []string{"jwtToken", "wordpress_logged_in_*"}}
	for name, want := range map[string]bool{"jwtToken": true, "wordpress_logged_in_abc": true, "wordpress_test_cookie": false, "jwt": false} {
		if got := s.CookieSecret(name); got != want {
			t.Errorf("CookieSecret(%q) = %v, want %v", name, got, want)
		}
	}
}
