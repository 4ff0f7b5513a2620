package steps

import "testing"

// Rich-text fields take typing as a reader types: over what they hold, through the editor's
// own input handling — one editable now, one that opens when the caret is put in it (a block
// editor's title, selected on focus, deaf to the pointer until then) and one that opens on a
// click (an inline edit).
func TestRichTextFields(t *testing.T) {
	url := servePages(t, map[string]string{"/": `<title>Editor</title>
		<div aria-label="Description" contenteditable="true" style="min-height: 20px">Old text</div>
		<h1 tabindex="-1" id="block"><a role="textbox" aria-label="Site title text" href="#title" contenteditable="false"
			style="pointer-events: none">My site</a></h1>
		<span role="textbox" aria-label="Board name" contenteditable="false" onclick="this.contentEditable = 'true'">Board</span>
		<script>
			// The block editor selects a block when focus moves into it; only then is its text editable.
			document.getElementById("block").addEventListener("focusin", (e) => { e.target.contentEditable = "true" });
		</script>`})
	s, ctx := scenarioAt(t, url, Config{})
	s.loggedIn = true
	for _, tt := range []struct{ sentence, label, want string }{
		{"In the **Description** field, enter `Nightly checks`.", "Description", "Nightly checks"},
		{"In the **Site title text** field, enter `Docs`.", "Site title text", "Docs"},
		{"In the **Board name** field, enter `Roadmap`.", "Board name", "Roadmap"},
	} {
		if err := s.perform(ctx, tt.sentence); err != nil {
			t.Errorf("%s: %v", tt.sentence, err)
			continue
		}
		res, err := s.session.Page.Context(ctx).Eval(`(label) => document.querySelector('[aria-label="' + label + '"]').textContent`, tt.label)
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Value.Str(); got != tt.want {
			t.Errorf("%s: the field holds %q, want %q", tt.sentence, got, tt.want)
		}
	}
}
