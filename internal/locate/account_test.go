package locate

import "testing"

func TestInitialsBadge(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool
	}{
		{"DA Docdrift Admin", "DA Docdrift Admin", true},
		{"DA", "Docdrift Admin", true},
		{"JD", "Jane van der Doe", true},
		{"DA docdrift-1204t03455d9fb8-3", "", true},
		{"DA", "docdrift-1204t03455d9fb8-3", true},
		{"OK", "OK", false},
		{"DE Deutsch", "", false},
		{"EN English", "EN English", false},
		{"API Tokens", "API Tokens", false},
		{"da docdrift admin", "", false},
		{"Docdrift Admin", "Docdrift Admin", false},
	}
	for _, tt := range tests {
		if got := initialsBadge(Candidate{Text: tt.text, Name: tt.name}); got != tt.want {
			t.Errorf("initialsBadge(%q, %q) = %v, want %v", tt.text, tt.name, got, tt.want)
		}
	}
}
