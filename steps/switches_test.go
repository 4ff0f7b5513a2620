package steps

import (
	"errors"
	"strings"
	"testing"
)

// A switch drawn as two words over one check box (Strapi's boolean fields: "FALSE | TRUE",
// the box laid over both, named by the field's label): "Click **TRUE**" in the field's row sets
// the box, whichever state it was in; a word of a field the page lacks is drift on the word.
func TestClickingAWordOfASwitchSetsItsBox(t *testing.T) {
	toggle := func(id, label string, checked bool) string {
		c := ""
		if checked {
			c = " checked"
		}
		return `<div><label for="` + id + `">` + label + `</label>
			<div style="position:relative;display:flex;width:320px"><span style="flex:1">False</span><span style="flex:1">True</span>
			<input type="checkbox" id="` + id + `"` + c + ` style="position:absolute;inset:0;opacity:0;margin:0;width:100%;height:100%"></div></div>`
	}
	url := servePages(t, map[string]string{"/": `<title>Advanced settings</title>` +
		toggle("signups", "Enable sign-ups", false) + toggle("confirm", "Enable email confirmation", true) +
		`<div><span>Mode</span><button onclick="document.title='On pressed'">On</button></div>`})
	s, ctx := scenarioAt(t, url, Config{})
	s.loggedIn = true
	for _, tt := range []struct {
		sentence, box string
		want          bool
	}{
		{"Enable sign-ups | Click on the **TRUE** button to enable end-user sign-ups. Click on **FALSE** to prevent end-user registration.", "signups", true},
		{"Enable sign-ups | Click on the **TRUE** button to enable end-user sign-ups.", "signups", true}, // set already: stays set
		{"Enable email confirmation | Click **FALSE** to disable account confirmation.", "confirm", false},
	} {
		if err := s.perform(ctx, tt.sentence); err != nil {
			t.Fatalf("%s: %v", tt.sentence, err)
		}
		if got := s.session.Page.MustEval(`(id) => document.getElementById(id).checked`, tt.box).Bool(); got != tt.want {
			t.Errorf("%s: the box is %v, want %v", tt.sentence, got, tt.want)
		}
	}
	// A control named by the word is what the reader clicks when the page has one.
	if err := s.perform(ctx, "Mode | Click **On** to turn it on."); err != nil {
		t.Fatal(err)
	}
	if got := s.session.Page.MustInfo().Title; got != "On pressed" {
		t.Errorf("the button named On was not pressed: title %q", got)
	}
	err := s.perform(ctx, "Enable SSO | Click **TRUE** to connect accounts with SSO.")
	var m *Mismatch
	if !errors.As(err, &m) || !strings.Contains(err.Error(), `"TRUE"`) {
		t.Errorf("a switch the page lacks: %v, want drift naming TRUE", err)
	}
}
