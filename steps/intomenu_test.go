package steps

import (
	"errors"
	"testing"
)

// "Click on **Add new folder**" where the page has a "New" menu button whose menu holds "New
// folder" (Strapi 5.54's media library): carrying on with "New" opens the menu, and a reader
// takes the item clearly meant, so the procedure goes on in its dialog; the drift says the way
// taken.
func TestCarryingOnIntoTheMenuANearLabelOpened(t *testing.T) {
	page := `<title>Media</title>
<button type="button" aria-haspopup="menu" aria-expanded="false" id="new">New</button>
<div role="menu" hidden><div role="menuitem" tabindex="-1">New folder</div><div role="menuitem" tabindex="-1">File upload</div></div>
<div role="dialog" aria-label="New folder" hidden><label>Name <input></label></div>
<script>
const button = document.getElementById("new"), menu = document.querySelector("[role=menu]");
button.onclick = () => { menu.hidden = false; button.setAttribute("aria-expanded", "true"); };
menu.firstElementChild.onclick = () => { menu.hidden = true; button.setAttribute("aria-expanded", "false"); document.querySelector("[role=dialog]").hidden = false; };
</script>`
	url := servePages(t, map[string]string{"/": page})
	s, ctx := scenarioAt(t, url, Config{KeepGoing: true})
	s.loggedIn, s.moves = true, s.session.Moves()
	if err := s.perform(ctx, "Click on **Add new folder**."); err != nil {
		t.Fatal(err)
	}
	var m *Mismatch
	if len(s.drifts) != 1 || !errors.As(s.drifts[0], &m) || m.Continued != "New > New folder" {
		t.Fatalf("drifts = %v, want one carried on with \"New > New folder\"", s.drifts)
	}
	if err := s.perform(ctx, "Type a name for the new folder in the _Name_ field."); err != nil {
		t.Errorf("the dialog the menu item opened: %v", err)
	}
}

// "… choose the **Unpublish** button" in a menu that has no Unpublish (Strapi 5.54's edit
// view, for a draft): the near label "Publish" lies under the open menu, out of the reader's
// reach, so the step ends on the drift — not on a click the page refused, which would read
// as the environment's failure.
func TestANearLabelOutOfReachEndsTheStepOnTheDrift(t *testing.T) {
	page := `<title>Entry</title>
<button type="button" style="position:absolute; top:40px; left:40px">Publish</button>
<div role="menu" style="position:absolute; top:0; left:0; width:400px; height:200px; background:white">
<div role="menuitem" tabindex="-1">Edit the model</div><div role="menuitem" tabindex="-1">Delete entry</div></div>`
	url := servePages(t, map[string]string{"/": page})
	s, ctx := scenarioAt(t, url, Config{KeepGoing: true})
	s.loggedIn, s.moves = true, s.session.Moves()
	err := s.perform(ctx, "Choose the **Unpublish** button.")
	var m *Mismatch
	if !errors.As(err, &m) || m.Continued != "" || len(s.drifts) != 0 {
		t.Fatalf("err = %v (drifts %v), want the drift on \"Unpublish\" itself, carried on with nothing", err, s.drifts)
	}
}
