package steps

import "testing"

// "Go to its page." names no link, menu or address, only the procedure's own item: the run
// opens that item, as a reader who has just found it does — it never stops on the sentence.
func TestGoingToTheItemsOwnPageOpensIt(t *testing.T) {
	url := servePages(t, map[string]string{
		"/":    `<!doctype html><title>Tokens</title><h1>Tokens</h1><table><tr><td><a href="/t/1">nightly-sync</a></td></tr></table>`,
		"/t/1": `<!doctype html><title>nightly-sync</title><h1>Token nightly-sync</h1>`,
	})
	s, ctx := scenarioAt(t, url, Config{})
	s.loggedIn, s.subject, s.madeAs = true, "nightly-sync", "token"
	if err := s.perform(ctx, "Go to its page."); err != nil {
		t.Fatalf("Go to its page: %v", err)
	}
	if title := s.session.Page.MustInfo().Title; title != "nightly-sync" {
		t.Errorf("on page %q, want the token's own", title)
	}
}
