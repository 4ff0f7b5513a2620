package steps

import (
	"errors"
	"testing"
)

// "The **Copy URL to clipboard** button appears." looks for that button, not for a title of
// that name: WordPress's media upload shows the button and no heading, and the step had failed.
func TestAnOutcomeNamingAControlLooksForTheControl(t *testing.T) {
	page := `<title>Upload New Media</title><h1>Upload New Media</h1><div><strong>docdrift-sample</strong><button type="button">Copy URL to clipboard</button><a href="/edit">Edit</a></div>`
	url := servePages(t, map[string]string{"/": page})
	s, ctx := scenarioAt(t, url, Config{})
	s.loggedIn, s.moves = true, s.session.Moves()
	if err := s.perform(ctx, "The **Copy URL to clipboard** button appears."); err != nil {
		t.Errorf("a button on the page: %v", err)
	}
	var m *Mismatch
	if err := s.perform(ctx, "The **Delete permanently** button appears."); !errors.As(err, &m) {
		t.Errorf("a button not on the page: %v, want drift", err)
	}
}
