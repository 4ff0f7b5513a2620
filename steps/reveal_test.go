package steps

import (
	"errors"
	"strings"
	"testing"

	"github.com/docdrift/docdrift/internal/locate"
)

// hoverPage is a list whose row actions show only under the pointer, as many admin tables do.
const hoverPage = `<title>Tokens</title>
<style>tr .act { opacity: 0 } tr:hover .act { opacity: 1 }</style>
<table><tr><th>Name</th><th></th></tr>
<tr><td>build-bot</td><td><button class="act icon-trash" aria-label="Delete" onclick="document.title = 'deleted build-bot'"></button></td></tr>
<tr><td>ci-token</td><td><button class="act icon-trash" aria-label="Delete" onclick="document.title = 'deleted ci-token'"></button></td></tr>
</table>`

// A row's action that shows only when the pointer is over the row is found by pointing at
// the subject's row first — that row's, never another's; also where the row's middle is the
// gap between two cells of one width (a table's border spacing), which is no part of the row.
func TestRowActionsShownOnHover(t *testing.T) {
	gapInTheMiddle := strings.Replace(hoverPage, "<style>", "<style>td, th { width: 200px }", 1)
	for _, tt := range []struct {
		page string
		q    locate.Query
	}{
		{hoverPage, locate.Query{Roles: []locate.Role{locate.Button}, Name: "Delete", Row: "ci-token"}},
		{hoverPage, locate.Query{Icon: "trash", Row: "ci-token"}},
		{gapInTheMiddle, locate.Query{Roles: []locate.Role{locate.Button}, Name: "Delete", Row: "ci-token"}},
	} {
		q := tt.q
		url := servePages(t, map[string]string{"/": tt.page})
		s, ctx := scenarioAt(t, url, Config{})
		if err := s.findAndPress(ctx, q); err != nil {
			t.Fatalf("%+v: %v", q, err)
		}
		if got := s.session.Page.MustInfo().Title; got != "deleted ci-token" {
			t.Errorf("%+v: the page says %q, want the ci-token row's action", q, got)
		}
	}
}

// "Hover the token to be deleted and click its delete button": the pointer goes to the run's
// item, and the delete pressed is that row's — whether the rows show their actions only
// under the pointer or always. With no item the run points at nothing (the first row's
// could be someone's).
func TestHoverTheItemThenItsButton(t *testing.T) {
	alwaysShown := strings.Replace(hoverPage, "tr .act { opacity: 0 }", "", 1)
	for name, page := range map[string]string{"shown on hover": hoverPage, "always shown": alwaysShown} {
		url := servePages(t, map[string]string{"/": page})
		s, ctx := scenarioAt(t, url, Config{})
		s.loggedIn, s.subject = true, "ci-token"
		if err := s.perform(ctx, "Hover the token to be deleted and click its delete button."); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got := s.session.Page.MustInfo().Title; got != "deleted ci-token" {
			t.Errorf("%s: the page says %q, want the ci-token row's delete pressed", name, got)
		}
		s.subject = ""
		var unmet *Unmet
		if err := s.perform(ctx, "Hover the token to be deleted."); !errors.As(err, &unmet) {
			t.Errorf("%s, with no item: %v, want no item to point at", name, err)
		}
	}
}

// "Select **Delete** next to the key you want to delete" with no item made presses nothing:
// the first row's Delete could be someone's, and its absence says nothing about the doc.
func TestALabelNextToNoItem(t *testing.T) {
	url := servePages(t, map[string]string{"/": strings.Replace(hoverPage, "tr .act { opacity: 0 }", "", 1)})
	s, ctx := scenarioAt(t, url, Config{})
	s.loggedIn = true
	var unmet *Unmet
	if err := s.perform(ctx, "Select **Delete** next to the token you want to delete."); !errors.As(err, &unmet) {
		t.Errorf("with no item: %v, want no item to select", err)
	}
	if got := s.session.Page.MustInfo().Title; got != "Tokens" {
		t.Errorf("the page says %q: a row's Delete was pressed", got)
	}
}
