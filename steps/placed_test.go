package steps

import (
	"errors"
	"strings"
	"testing"
)

// "Click on the <gear> button …, on the right side of the interface": a gear found only in
// the main menu on the left is not the one the doc means. Pressing it without a word passed
// Strapi's media library doc wrongly; it is drift, and of two gears the one on the right is
// pressed.
func TestAnIconWhereTheDocPutsIt(t *testing.T) {
	nav := `<nav aria-label="Main" style="position:fixed;left:0;top:0;width:60px"><a href="/settings" aria-label="Settings"><svg aria-hidden="true" width="20" height="20"></svg></a></nav>`
	right := `<main style="margin-left:80px"><div style="display:flex;justify-content:flex-end"><button type="button" aria-label="Settings" onclick="document.title='View settings'"><svg aria-hidden="true" width="20" height="20"></svg></button></div></main>`
	const sentence = "Click on the [gear-six] button just above the list of folders and assets, on the right side of the interface."
	for _, tt := range []struct {
		name, page, drift string
	}{
		{"only on the left", `<title>Media</title>` + nav, "left of the page, not the right"},
		{"on the right", `<title>Media</title>` + nav + right, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			url := servePages(t, map[string]string{"/": tt.page, "/settings": `<title>Settings</title>`})
			s, ctx := scenarioAt(t, url, Config{})
			s.loggedIn, s.moves = true, s.session.Moves()
			err := s.perform(ctx, sentence)
			var m *Mismatch
			switch {
			case tt.drift == "" && err != nil:
				t.Fatalf("%v, want the gear on the right pressed", err)
			case tt.drift == "" && s.session.Page.MustInfo().Title != "View settings":
				t.Errorf("on %q, want the gear on the right pressed", s.session.Page.MustInfo().Title)
			case tt.drift != "" && (!errors.As(err, &m) || !strings.Contains(err.Error(), tt.drift)):
				t.Errorf("got %v, want drift saying it %s", err, tt.drift)
			}
		})
	}
}

// Carrying on past a control the doc puts elsewhere names the control the run pressed, as the
// page calls it, not the doc's description of it.
func TestCarryingOnPastAPlacedIconNamesIt(t *testing.T) {
	nav := `<title>Media</title><nav aria-label="Main" style="position:fixed;left:0;top:0;width:60px"><a href="/settings" aria-label="Settings"><svg aria-hidden="true" width="20" height="20"></svg></a></nav>`
	url := servePages(t, map[string]string{"/": nav, "/settings": `<title>Settings</title><h1>Settings</h1>`})
	s, ctx := scenarioAt(t, url, Config{KeepGoing: true})
	s.loggedIn, s.moves = true, s.session.Moves()
	if err := s.perform(ctx, "Click on the gear button, on the right side of the interface."); err != nil {
		t.Fatal(err)
	}
	var m *Mismatch
	if len(s.drifts) != 1 || !errors.As(s.drifts[0], &m) || m.Continued != "Settings" {
		t.Fatalf("drifts = %v, want one carried on with \"Settings\"", s.drifts)
	}
	if got := s.session.Page.MustInfo().Title; got != "Settings" {
		t.Errorf("on %q, want the gear pressed", got)
	}
}
