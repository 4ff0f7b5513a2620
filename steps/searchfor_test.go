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
