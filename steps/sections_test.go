package steps

import (
	"strings"
	"testing"
)

// A step that names a section clicks that section's control of several of one name.
func TestASectionTellsControlsOfOneNameApart(t *testing.T) {
	url := servePages(t, map[string]string{"/": `<title>Repository settings</title>
		<h2>Features</h2><button onclick="document.body.dataset.did = 'features'">Save</button>
		<h2>Danger Zone</h2><button onclick="document.body.dataset.did = 'danger'">Save</button>`})
	s, ctx := scenarioAt(t, url, Config{})
	s.loggedIn = true
	for _, tt := range []struct{ sentence, did string }{
		{"Under **Danger Zone**, click **Save**.", "danger"},
		{"In the **Features** section, click **Save**.", "features"},
	} {
		if err := s.perform(ctx, tt.sentence); err != nil {
			t.Fatalf("%s: %v", tt.sentence, err)
		}
		res, err := s.session.Page.Context(ctx).Eval(`() => document.body.dataset.did`)
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Value.Str(); got != tt.did {
			t.Errorf("%s: clicked the %s section's Save, want %s's", tt.sentence, got, tt.did)
		}
	}
}

// "Click the arrow icon in the "Metadata" section" where the page names no control by that
// picture: the one control under the section's title with no name is pressed, and the note
// says so; in a section with two such controls nothing is guessed.
func TestTheOnePictureUnderASection(t *testing.T) {
	const arrow = `<svg width="15" height="15" viewBox="0 0 15 15"><path d="M8.8 1.9h4.2v4.2M13 1.9 7.5 7.5"/></svg>`
	url := servePages(t, map[string]string{"/": `<title>tag-one</title>
		<div><h2>Metadata</h2><a href="#metadata" onclick="document.body.dataset.did = 'metadata'">` + arrow + `</a></div>
		<div><h2>JSON</h2><a href="#json" onclick="document.body.dataset.did = 'json'">` + arrow + `</a></div>
		<div><h2>Media</h2><a href="#m1">` + arrow + `</a><a href="#m2">` + arrow + `</a></div>`})
	s, ctx := scenarioAt(t, url, Config{})
	s.loggedIn = true
	performChecked(t, s, ctx, []checked{{`Click the arrow icon in the "Metadata" section.`, `() => document.body.dataset.did`, "metadata"}})
	if notes := strings.Join(s.notes, "; "); !strings.Contains(notes, `pressed the one control under "Metadata" that has no name`) {
		t.Errorf("notes %q", notes)
	}
	s.resetStep()
	if err := s.perform(ctx, `Click the arrow icon in the "Media" section.`); err == nil {
		t.Error(`"Media" holds two unnamed links: one was pressed`)
	}
}
