package steps

import "testing"

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
