package steps

import "testing"

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
