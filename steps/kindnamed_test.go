package steps

import (
	"errors"
	"strings"
	"testing"
)

// "Select **Edit** to rename it" in "Manage tags", where each tag's pencil is an icon named
// "Edit Tag": the icon the doc means, noted. A button whose visible text says more, or one
// named for another kind of item, is not.
func TestAnIconNamedForTheItemsKind(t *testing.T) {
	row := func(name, control string) string {
		return `<tr><td>` + name + `</td><td>` + control + `</td></tr>`
	}
	icon := func(label string) string {
		return `<button aria-label="` + label + `" onclick="document.title = this.getAttribute('aria-label') + ' ' + this.closest('tr').cells[0].textContent"><svg width="12" height="12"><rect width="12" height="12"/></svg></button>`
	}
	url := servePages(t, map[string]string{
		"/tags":  `<title>Tags</title><table>` + row("kept", icon("Edit Tag")) + row("t1", icon("Edit Tag")) + `</table>`,
		"/text":  `<title>Tags</title><table>` + row("t1", `<button onclick="document.title = 'pressed'">Edit Tag</button>`) + `</table>`,
		"/users": `<title>Tags</title><table>` + row("t1", icon("Edit User")) + `</table>`,
	})
	s, ctx := scenarioAt(t, url+"/tags", Config{})
	s.loggedIn, s.madeAs, s.subject = true, "tag", "t1"
	if err := s.perform(ctx, "Click **Edit** next to the tag you want to change."); err != nil {
		t.Fatal(err)
	}
	if got := s.session.Page.MustInfo().Title; got != "Edit Tag t1" {
		t.Errorf("pressed %q, want the item's own Edit Tag", got)
	}
	if len(s.notes) == 0 || !strings.Contains(strings.Join(s.notes, "; "), `"Edit" is the icon named "Edit Tag"`) {
		t.Errorf("notes %q, want the icon's name said", s.notes)
	}
	for _, page := range []string{"/text", "/users"} {
		s.resetStep()
		if err := s.open(ctx, url+page); err != nil {
			t.Fatal(err)
		}
		if err := s.perform(ctx, "Click **Edit** next to the tag you want to change."); !errors.As(err, new(*Mismatch)) {
			t.Errorf("%s: %v, want drift", page, err)
		}
	}
}
