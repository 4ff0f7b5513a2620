package steps

import (
	"slices"
	"strings"
	"testing"
)

// "Upload your chosen logo." gives the page's file input a file of the kind it accepts: a
// picture where it takes images; where it says nothing, the kind the doc names, else a text
// file.
func TestUploadGivesTheKindOfFileAsked(t *testing.T) {
	tests := []struct {
		accept, sentence, want string
	}{
		{`accept="image/*"`, "Upload your chosen logo.", "docdrift-sample.png image/png"},
		{`accept=".svg, .png"`, "Upload your chosen logo.", "docdrift-sample.png image/png"},
		{`accept="text/csv"`, "Upload your chosen logo.", "docdrift-sample.csv text/csv"},
		{``, "Upload your chosen logo.", "docdrift-sample.png image/png"},
		{``, "Upload the CSV file.", "docdrift-sample.csv text/csv"},
		{``, "Upload a file.", "docdrift-sample.txt text/plain"},
	}
	for _, tt := range tests {
		t.Run(tt.sentence+" "+tt.accept, func(t *testing.T) {
			page := `<title>Logo</title><label>Menu logo <input type="file" ` + tt.accept + `></label>
<script>document.querySelector("input").onchange = (e) => { const f = e.target.files[0]; document.title = f.name + " " + f.type; };</script>`
			url := servePages(t, map[string]string{"/": page})
			s, ctx := scenarioAt(t, url, Config{})
			s.loggedIn, s.moves = true, s.session.Moves()
			performChecked(t, s, ctx, []checked{{tt.sentence, "() => document.title", tt.want}})
		})
	}
}

// "Click **Add assets**" on a button that opens the computer's file picker (a hidden input it
// clicks, as most single-page apps do): the run chooses a file of the kind the input takes, as
// a reader would, and the page goes on with it; without an answer the picker would hold the
// page at nothing.
func TestClickThatOpensTheFilePickerChoosesAFile(t *testing.T) {
	page := `<title>Media</title><button type="button">Add assets</button>
<input type="file" accept="image/*" hidden>
<script>
const input = document.querySelector("input");
document.querySelector("button").onclick = () => input.click();
input.onchange = () => { const f = input.files[0]; document.title = f.name + " " + f.type; };
</script>`
	url := servePages(t, map[string]string{"/": page})
	s, ctx := scenarioAt(t, url, Config{})
	s.loggedIn, s.moves = true, s.session.Moves()
	performChecked(t, s, ctx, []checked{{"Click **Add assets**.", "() => document.title", "docdrift-sample.png image/png"}})
	if len(s.notes) == 0 || !strings.Contains(s.notes[len(s.notes)-1], "file picker") {
		t.Errorf("notes = %q, want one saying the click opened the file picker", s.notes)
	}
}

// "Click **Select Files** and choose a picture from your computer." (WordPress's media upload):
// the picker the click opens gets a picture, and choosing it is the step's upload, done once.
func TestChoosingAFileFromYourComputerAnswersThePicker(t *testing.T) {
	page := `<title>Media</title><button type="button">Select Files</button>
<input type="file" hidden>
<script>
const input = document.querySelector("input");
let picks = 0;
document.querySelector("button").onclick = () => input.click();
input.onchange = () => { picks++; const f = input.files[0]; document.title = picks + " " + f.name + " " + f.type; };
</script>`
	url := servePages(t, map[string]string{"/": page})
	s, ctx := scenarioAt(t, url, Config{})
	s.loggedIn, s.moves = true, s.session.Moves()
	performChecked(t, s, ctx, []checked{{"Click **Select Files** and choose a picture from your computer.", "() => document.title", "1 docdrift-sample.png image/png"}})
}

// In a run, the file is named as what the run types is, and counted among what the scenario
// made: a product keeps an upload under its file's name (Strapi's media library did, and no
// warning said so), which cleanup, the warning of what is left and a sweep must know.
func TestAnUploadIsNamedForTheRun(t *testing.T) {
	page := `<title>Media</title><button type="button">Select Files</button>
<input type="file" hidden>
<script>
const input = document.querySelector("input");
document.querySelector("button").onclick = () => input.click();
input.onchange = () => { document.title = input.files[0].name; };
</script>`
	url := servePages(t, map[string]string{"/": page})
	s, ctx := scenarioAt(t, url, Config{RunID: "t"})
	s.loggedIn, s.moves = true, s.session.Moves()
	performChecked(t, s, ctx, []checked{{"Click **Select Files** and choose a picture from your computer.", "() => document.title", "docdrift-t-1.png"}})
	if !slices.Contains(s.uploaded, "docdrift-t-1.png") || s.typedInto["docdrift-t-1.png"] != "a file uploaded" {
		t.Errorf("uploaded = %q, typedInto = %q; want the file among what the scenario made", s.uploaded, s.typedInto)
	}
}
