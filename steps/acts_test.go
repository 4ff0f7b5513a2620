package steps

import (
	"testing"

	"github.com/docdrift/docdrift/internal/profile"
)

func TestSameHost(t *testing.T) {
	s := &Scenario{cfg: &Config{BaseURL: "http://127.0.0.1:8088/wp-admin/"}}
	tests := []struct{ words, want string }{
		{"/wp-admin/profile.php", "http://127.0.0.1:8088/wp-admin/profile.php"},
		{"http://127.0.0.1:8088/wp-admin/users.php", "http://127.0.0.1:8088/wp-admin/users.php"},
		{"https://example.com/wp-admin/", ""}, // another site
		{"//example.com/x", ""},               // scheme-relative: another host
		{"/ Users", ""},                       // words, not a path
		{"Users > Profile", ""},
		// The doc's address for the reader's own install is the product, wherever it runs.
		{"https://localhost:9090", "http://127.0.0.1:8088/wp-admin/"},
		{"http://localhost:8080/wp-admin/users.php?x=1", "http://127.0.0.1:8088/wp-admin/users.php?x=1"},
		{"https://127.0.0.2/", "http://127.0.0.1:8088/wp-admin/"},
	}
	for _, tt := range tests {
		if got := s.sameHost(tt.words); got != tt.want {
			t.Errorf("sameHost(%q) = %q, want %q", tt.words, got, tt.want)
		}
	}
}

func TestNamesKeptItem(t *testing.T) {
	kept := func(name string) Subject {
		return Subject{Subject: profile.Subject{Name: "x", Pages: &profile.Pages{Name: name}}, Keeper: &pageKeeper{}}
	}
	cfg := &Config{Subjects: Subjects{kept("New Application Password Name"),
		{Subject: profile.Subject{Name: "unkept", Pages: &profile.Pages{Name: "Title"}}}}}
	tests := []struct {
		field string
		want  bool
	}{
		{"New Application Password Name", true},
		{"application name", true}, // "Enter application name: `md2wp`"
		{"Description", false},
		{"Title", false}, // nothing removes that subject's items: the doc's value stays
		{"", false},
	}
	for _, tt := range tests {
		if got := cfg.namesKeptItem(tt.field); got != tt.want {
			t.Errorf("namesKeptItem(%q) = %v, want %v", tt.field, got, tt.want)
		}
	}
}

// The field a sentence that names none types into is the empty one of the dialog shown, not
// of a closed one the page keeps (n8n keeps its updates drawer, a dialog, in every page).
func TestTheEmptyFieldIsTheShownDialogs(t *testing.T) {
	url := servePages(t, map[string]string{"/": `<title>Users</title>
		<div role="dialog" aria-modal="true" style="display:none"><input aria-label="Search updates"></div>
		<input aria-label="Search users">
		<div role="dialog" aria-modal="true" aria-label="Invite new users"><label>New User Email Addresses</label><input id="emails"></div>`})
	s, ctx := scenarioAt(t, url, Config{})
	field, err := s.emptyField(ctx)
	if err != nil {
		t.Fatalf("no empty field: %v", err)
	}
	if id := field.MustAttribute("id"); id == nil || *id != "emails" {
		t.Errorf("empty field %v, want the invite dialog's", id)
	}
}
