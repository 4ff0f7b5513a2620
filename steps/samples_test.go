package steps

import (
	"testing"
)

// "Upload your chosen logo." gives the page's file input a file of the kind it accepts: a
// picture where it takes images, a text file where it says nothing.
func TestUploadGivesTheKindOfFileAsked(t *testing.T) {
	tests := []struct {
		accept, want string
	}{
		{`accept="image/*"`, "docdrift-sample.png image/png"},
		{`accept=".svg, .png"`, "docdrift-sample.png image/png"},
		{`accept="text/csv"`, "docdrift-sample.csv text/csv"},
		{``, "docdrift-sample.txt text/plain"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			page := `<title>Logo</title><label>Menu logo <input type="file" ` + tt.accept + `></label>
<script>document.querySelector("input").onchange = (e) => { const f = e.target.files[0]; document.title = f.name + " " + f.type; };</script>`
			url := servePages(t, map[string]string{"/": page})
			s, ctx := scenarioAt(t, url, Config{})
			s.loggedIn, s.moves = true, s.session.Moves()
			performChecked(t, s, ctx, []checked{{"Upload your chosen logo.", "() => document.title", tt.want}})
		})
	}
}
