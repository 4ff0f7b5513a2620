package steps

import (
	"strings"
	"testing"
)

func TestDomainMatch(t *testing.T) {
	tests := []struct {
		host, domain string
		want         bool
	}{
		{"127.0.0.1", "127.0.0.1", true},
		{"admin.example.com", ".example.com", true},
		{"example.com", ".example.com", true},
		{"Example.COM", "example.com", true},
		{"admin.example.com", "example.com", false}, // a host-only cookie of the parent
		{"evil-example.com", ".example.com", false},
		{"localhost", "127.0.0.1", false},
	}
	for _, tt := range tests {
		if got := domainMatch(tt.host, tt.domain); got != tt.want {
			t.Errorf("domainMatch(%q, %q) = %v, want %v", tt.host, tt.domain, got, tt.want)
		}
	}
}

// What a product keeps in the browser's storage: tokens are masked, its words are not (Cockpit
// keeps its page list, titles and keywords included, in sessionStorage).
func TestStoredTokens(t *testing.T) {
	tests := []struct {
		value string
		want  []string
	}{
		{"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlLXZhbHVl", []string{"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlLXZhbHVl"}},
		{"Bearer 9f8e7d6c5b4a39281706f5e4", []string{"9f8e7d6c5b4a39281706f5e4"}},
		{`{"jwtToken":"abcdefghijklmnopqrstuvwx","expires":1700000000}`, []string{"abcdefghijklmnopqrstuvwx"}},
		{`{"localhost":{"manifests":{"users":{"menu":{"index":{"label":"Accounts","keywords":[{"matches":["operating system","Managing user accounts"]}]}}}}}}`, nil},
		{"98234798237498237498", []string{"98234798237498237498"}},
		{`{"sid":98234798237498237498,"n":3}`, []string{"98234798237498237498"}},
		// An address: its page's slug is words, its query and fragment may hold a token.
		{`[{"url":"https://docs.example.com/en-us/rhel/8/html/managing-user-accounts-in-the-web-console_system-management-using-rhel-8"}]`, nil},
		{"https://app.example.com/reset/abcdefghijklmnopqrstuvwx?next=/home", []string{"abcdefghijklmnopqrstuvwx"}},
		{"https://app.example.com/cb?state=1&code=4f9c2a7e1b3d5f6a8c0e#access_token=eyJhbGciOiJIUzI1NiJ9x", []string{"4f9c2a7e1b3d5f6a8c0e", "eyJhbGciOiJIUzI1NiJ9x"}},
		{"https://app.example.com/u/550e8400-e29b-41d4-a716-446655440000", []string{"550e8400-e29b-41d4-a716-446655440000"}},
		{"dark", nil},
		{"true", nil},
		{`["short","also short"]`, nil},
	}
	for _, tt := range tests {
		got := storedTokens(tt.value)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("storedTokens(%q) = %q, want %q", tt.value, got, tt.want)
		}
	}
}
