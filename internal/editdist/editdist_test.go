package editdist

import "testing"

func TestLevenshtein(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"abc", "", 3},
		{"", "abc", 3},
		{"kitten", "sitting", 3},
		{"API Accounts", "API accounts", 1},
		{"request_scopes", "request-scopes", 1},
		{"–", "â€“", 3}, // counted in runes, not bytes
	}
	for _, tt := range tests {
		if got := Levenshtein([]rune(tt.a), []rune(tt.b)); got != tt.want {
			t.Errorf("Levenshtein(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
		if got := Levenshtein([]rune(tt.b), []rune(tt.a)); got != tt.want {
			t.Errorf("Levenshtein(%q, %q) = %d, want %d (not symmetric)", tt.b, tt.a, got, tt.want)
		}
	}
}

func TestNearest(t *testing.T) {
	ids := []string{"cp_oauth_get", "cp_oauth_revoke", "cp_oauth_regen"}
	for _, tt := range []struct {
		s          string
		candidates []string
		want       string
		ok         bool
	}{
		{"cp_oauth_regen", ids, "cp_oauth_regen", true},
		{"cp-oauth-regen", ids, "cp_oauth_regen", true},
		{"cp_oath_revoke", ids, "cp_oauth_revoke", true},
		{"CP_OAUTH_GET", ids, "cp_oauth_get", true},
		{"request_scopes", ids, "", false},
		{"x", ids, "", false},
		{"x", nil, "", false},
		{"runs", []string{"target", "run", "vocabulary"}, "run", true},
		{"ab", []string{"ac", "ab_"}, "ab_", true}, // one edit each: the first in order
	} {
		got, ok := Nearest(tt.s, tt.candidates)
		if ok != tt.ok || (ok && got != tt.want) {
			t.Errorf("Nearest(%q) = %q, %v; want %q, %v", tt.s, got, ok, tt.want, tt.ok)
		}
	}
}
