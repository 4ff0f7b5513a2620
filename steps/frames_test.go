package steps

import (
	"slices"
	"testing"
)

// framedAdmin is an admin whose settings are a same-origin frame beside the page's menu, the
// frame holding another (a publishing bar); each control says on its own document what it did.
var framedAdmin = map[string]string{
	"/": `<title>Admin</title><body style="margin: 0; display: flex">
		<nav style="width: 220px"><a href="#settings" onclick="document.body.dataset.did = 'settings'">Settings</a></nav>
		<iframe src="/pane" style="width: 600px; height: 400px"></iframe>`,
	"/pane": `<title>Pane</title><h1>General</h1>
		<label>Site title <input id="title"></label>
		<button onclick="document.body.dataset.did = 'saved ' + document.getElementById('title').value">Save changes</button>
		<iframe src="/bar" style="height: 60px"></iframe>`,
	"/bar": `<button onclick="document.body.dataset.did = 'published'">Publish</button>`,
}

// A procedure works the controls of a page's same-origin frames as a reader would: the
// page's menu, a field and a button in its frame, a button in a frame within that.
func TestFramedControls(t *testing.T) {
	url := servePages(t, framedAdmin)
	s, ctx := scenarioAt(t, url, Config{})
	s.loggedIn = true // the page needs no sign-in
	for _, tt := range []struct{ sentence, frames, did string }{
		{"Select **Settings**.", "", "settings"},
		{"In the **Site title** field, enter `Docs`.", "", ""},
		{"Click **Save changes**.", ".contentDocument", "saved Docs"},
		{"Click **Publish**.", ".contentDocument.querySelector('iframe').contentDocument", "published"},
	} {
		if err := s.perform(ctx, tt.sentence); err != nil {
			t.Fatalf("%s: %v", tt.sentence, err)
		}
		if tt.did == "" {
			continue
		}
		doc := "document"
		if tt.frames != "" {
			doc = "document.querySelector('iframe')" + tt.frames
		}
		res, err := s.session.Page.Context(ctx).Eval(`() => ` + doc + `.body.dataset.did`)
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Value.Str(); got != tt.did {
			t.Errorf("%s: the page says %q, want %q", tt.sentence, got, tt.did)
		}
	}
}

// A key a framed pane shows is found, redacted and masked where the frame draws it.
func TestSecretsInFramesAreFound(t *testing.T) {
	const key = "tok9f8e7d6c5b4a39281706f5e4d3c2b1a0"
	url := servePages(t, map[string]string{
		"/":    `<title>Keys</title><body style="margin: 0; display: flex"><nav style="width: 300px">Menu</nav><iframe src="/key"></iframe>`,
		"/key": `<h1>Your new key</h1><code>` + key + `</code> <button aria-label="Copy">⧉</button>`,
	})
	s, ctx := scenarioAt(t, url, Config{})
	if err := s.session.Settle(ctx); err != nil {
		t.Fatal(err)
	}
	values, boxes, ok := s.readShownSecrets(ctx)
	if !ok {
		t.Fatal("the page could not be read")
	}
	if !slices.Contains(values, key) {
		t.Errorf("%q not found among the page's secrets %q", key, values)
	}
	if len(boxes) != 1 || boxes[0].X < 300 {
		t.Errorf("boxes to mask %+v, want one over the key, right of the 300px menu", boxes)
	}
}
