package browser

import "testing"

func TestResolverRules(t *testing.T) {
	for _, tc := range []struct {
		allow []string
		want  string
	}{
		{nil, "MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1"},
		{[]string{"store.test", " ", "localhost"}, "MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1 , EXCLUDE store.test"},
	} {
		if got := resolverRules(tc.allow); got != tc.want {
			t.Errorf("resolverRules(%q) = %q, want %q", tc.allow, got, tc.want)
		}
	}
}
