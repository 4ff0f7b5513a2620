package steps

import "testing"

// An upload goes to the file input drawn where the reader sees it — its drop zone — not to
// the first in the page, which may belong to a step of the form that is not showing (Medusa's
// product form holds two).
func TestAnUploadGoesToTheFileInputShowing(t *testing.T) {
	const page = `<!doctype html><title>Create</title><h1>Create product</h1>
<div hidden><input type="file" id="other" accept="image/png"></div>
<div class="zone">Upload images <input type="file" id="media" accept="image/png" style="display:none"></div>`
	url := servePages(t, map[string]string{"/": page})
	s, ctx := scenarioAt(t, url, Config{})
	s.loggedIn = true
	if err := s.perform(ctx, "Upload an image of the product."); err != nil {
		t.Fatalf("perform: %v", err)
	}
	got := s.session.Page.MustEval(`() => ["other", "media"].map(id => document.getElementById(id).files.length).join(",")`).String()
	if got != "0,1" {
		t.Errorf("files in (hidden step, drop zone) = %s, want 0,1", got)
	}
}
