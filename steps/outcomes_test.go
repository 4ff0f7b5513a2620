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

// A page titles what it shows of one item with the item's name: the doc's "Workflow settings"
// is the dialog "Workflow settings for docdrift-1 (#d372)" when docdrift-1 is the procedure's
// item, and no other title.
func TestTitledFor(t *testing.T) {
	for _, tt := range []struct {
		have, want string
		ok         bool
	}{
		{"Workflow settings for docdrift-1 (#d372UKHR)", "Workflow settings", true},
		{"Edit user: docdrift-1", "Edit user", true},
		{"Settings of docdrift-1", "Settings", true},
		{"docdrift-1", "Workflow settings", false},
		{"Workflow settings for kept", "Workflow settings", false},
		{"Sharing settings for docdrift-1", "Workflow settings", false},
	} {
		if got := titledFor(tt.have, tt.want, "docdrift-1"); got != tt.ok {
			t.Errorf("titledFor(%q, %q) = %v, want %v", tt.have, tt.want, got, tt.ok)
		}
	}
}

// "n8n opens the **Workflow settings** modal." over the dialog n8n titles with the workflow's
// name: the doc's dialog, for the procedure's item; with no item, a drift.
func TestADialogTitledForTheItem(t *testing.T) {
	url := servePages(t, map[string]string{"/": `<title>Editor</title><h1>docdrift-1</h1>
		<div role="dialog" aria-modal="true" aria-labelledby="t" style="position:fixed;inset:40px;background:white">
		<h2 id="t">Workflow settings for docdrift-1 (#d372UKHR)</h2><button>Save</button></div>`})
	s, ctx := scenarioAt(t, url, Config{})
	s.loggedIn, s.subject = true, "docdrift-1"
	const sentence = "n8n opens the **Workflow settings** modal."
	if err := s.perform(ctx, sentence); err != nil {
		t.Fatal(err)
	}
	s.subject = ""
	if err := s.perform(ctx, sentence); !errors.As(err, new(*Mismatch)) {
		t.Errorf("with no item: %v, want a drift", err)
	}
}
