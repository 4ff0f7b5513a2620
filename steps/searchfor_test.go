package steps

import (
	"net/http/httptest"
	"testing"

	"github.com/docdrift/docdrift/internal/browser/browsertest"
)

// "Search for **Slack**", "In the search box, type **Slack**" type the term into the page's
// search box, whatever the box is called, and not into the first field the page shows.
func TestWhatToSearchForGoesIntoTheSearchBox(t *testing.T) {
	pages := map[string]string{
		"/typed": `<title>Integrations</title><label for="note">Note</label><input id="note">
			<input id="q" type="search"><ul><li>Slack</li></ul>`,
		"/named": `<title>Users</title><label for="note">Note</label><input id="note">
			<input id="q" aria-label="Search users"><ul><li>Slack</li></ul>`,
	}
	srv := httptest.NewServer(browsertest.Pages(pages))
	t.Cleanup(srv.Close)
	for path := range pages {
		for _, sentence := range []string{"Search for **Slack**.", "In the search box, type **Slack**.", "Enter `Slack` in the search bar at the top."} {
			s, ctx := scenarioAt(t, srv.URL+path, Config{RunID: "0101t0000aaaaaa"})
			s.loggedIn = true
			if err := s.perform(ctx, sentence); err != nil {
				t.Fatalf("%s: %s: %v", path, sentence, err)
			}
			for id, want := range map[string]string{"q": "Slack", "note": ""} {
				res, err := s.session.Page.Context(ctx).Eval(`id => document.getElementById(id).value`, id)
				if err != nil {
					t.Fatal(err)
				}
				if got := res.Value.Str(); got != want {
					t.Errorf("%s: %s: %s holds %q, want %q", path, sentence, id, got, want)
				}
			}
		}
	}
}

// "the search box on the **Groups** table" is that table's own: typed into where the section
// shows one, drift where it hides it (Cockpit's collapsed Groups card) — never the page's
// first search box, the menu's.
func TestASectionsSearchBoxIsItsOwn(t *testing.T) {
	groups := func(hidden string) string {
		return `<title>Accounts</title><nav><input id="menu" type="search" aria-label="Search"></nav>
			<section aria-labelledby="g"><h2 id="g">Groups</h2><input id="q" aria-label="Search input"` + hidden + `></section>
			<section aria-labelledby="a"><h2 id="a">Accounts</h2><input id="other" aria-label="Search input"></section>`
	}
	pages := map[string]string{"/shown": groups(""), "/hidden": groups(` hidden`)}
	srv := httptest.NewServer(browsertest.Pages(pages))
	t.Cleanup(srv.Close)
	for path, want := range map[string]string{"/shown": "", "/hidden": `no search box in the "Groups" section on page "Accounts"`} {
		s, ctx := scenarioAt(t, srv.URL+path, Config{RunID: "0101t0000aaaaaa"})
		s.loggedIn = true
		err := s.perform(ctx, "Enter `admins` in the search box on the **Groups** table.")
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != want {
			t.Errorf("%s: error %q, want %q", path, got, want)
		}
		res, err := s.session.Page.Context(ctx).Eval(`() => ["menu", "q", "other"].map((id) => document.getElementById(id).value).join("|")`)
		if err != nil {
			t.Fatal(err)
		}
		typed := "|admins|"
		if want != "" {
			typed = "||"
		}
		if res.Value.Str() != typed {
			t.Errorf("%s: menu|groups|accounts hold %q, want %q", path, res.Value.Str(), typed)
		}
	}
}
