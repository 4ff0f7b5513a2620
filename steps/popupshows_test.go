package steps

import (
	"errors"
	"testing"
)

// "This opens a form with three steps: Details, Organize, and Variants." (Medusa's products
// guide): a pop-up shows what the doc names as its tabs or headings as much as its fields; one
// it does not show at all is drift, and a field it shows empty still is.
func TestAPopUpShowsWhatTheDocNames(t *testing.T) {
	const page = `<!doctype html><title>Products</title><h1>Products</h1>
<div role="dialog" aria-label="Create Product"><div role="tablist"><button role="tab">Details</button>
<button role="tab">Organize</button><button role="tab">Variants</button></div>
<h2>General</h2><label>Title <input name="title"></label><label>Client ID <input value="abc123" readonly></label></div>`
	for _, tt := range []struct {
		sentence string
		drift    bool
	}{
		{"This opens a form with three steps: Details, Organize, and Variants.", false},
		{"This opens a form with three steps: Details, Pricing, and Variants.", true},
		{"The pop-up shows the **Title** and **Client ID**.", true}, // Title is empty
	} {
		t.Run(tt.sentence, func(t *testing.T) {
			url := servePages(t, map[string]string{"/": page})
			s, ctx := scenarioAt(t, url, Config{})
			s.loggedIn = true
			err := s.perform(ctx, tt.sentence)
			if drift := errors.As(err, new(*Mismatch)); drift != tt.drift || !tt.drift && err != nil {
				t.Errorf("err = %v, want drift %v", err, tt.drift)
			}
		})
	}
}
