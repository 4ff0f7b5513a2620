package steps

import (
	"strings"
	"testing"
)

// Strapi's view configuration: "Click the add button <plus> to add a new field" opens the list
// of fields, a modal menu (the body gets pointer-events: none), and the doc goes on to
// "Click the delete button <x>" without choosing one. A reader closes the menu first; the run
// called the delete button out of reach.
func TestAMenuAStepLeftOpenIsClosedForTheNext(t *testing.T) {
	page := `<title>Configure the view</title>
		<button id="add" type="button" aria-label="Add a field" aria-haspopup="menu" aria-expanded="false" aria-controls="fields" onclick="openMenu(true)">+</button>
		<div role="menu" id="fields" hidden><div role="menuitem" tabindex="-1">updatedAt</div></div>
		<div id="title"><span>title</span><button type="button" aria-label="Delete title" onclick="document.getElementById('title').remove()">x</button></div>
		<script>
		function openMenu(open) {
			document.getElementById("fields").hidden = !open;
			document.getElementById("add").setAttribute("aria-expanded", String(open));
			document.body.style.pointerEvents = open ? "none" : "";
			document.getElementById("fields").style.pointerEvents = "auto";
		}
		document.addEventListener("keydown", (e) => { if (e.key === "Escape") openMenu(false); });
		</script>`
	url := servePages(t, map[string]string{"/": page})
	s, ctx := scenarioAt(t, url, Config{})
	s.loggedIn = true
	performChecked(t, s, ctx, []checked{
		{sentence: "Click the **Add a field** button to add a new field.", check: `() => document.getElementById("add").getAttribute("aria-expanded")`, want: "true"},
		{sentence: "Click the **Delete title** button.", check: `() => String(!!document.getElementById("title"))`, want: "false"},
	})
	if len(s.notes) == 0 || !strings.Contains(s.notes[len(s.notes)-1], `closed the open menu with Escape`) {
		t.Errorf("notes %q, want one saying the menu was closed", s.notes)
	}
}
