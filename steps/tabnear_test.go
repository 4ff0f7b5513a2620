package steps

import (
	"errors"
	"testing"
)

// "Go to the **Advanced settings** tab" where the page shows no such tab (Strapi 5.54's
// Content-Type Builder, its edit dialog not open) but the main menu has a Settings link: a
// near label of another kind than a tab is no tab renamed, and following the link would leave
// the page the procedure goes on in. A tab renamed is still carried on with.
func TestATabNearOnlyALinkElsewhere(t *testing.T) {
	tests := []struct {
		name      string
		page      string
		continued string // what the run carried on with; "" for a drift it stops at
		title     string // the page's title after the step
	}{
		{
			name: "only a link of the menu is near",
			page: `<title>Builder</title><nav><a href="#settings" onclick="document.title='Settings'">Settings</a></nav>
				<main><h1>Article</h1><div role="tablist"><button role="tab" aria-selected="true">Fields</button></div></main>`,
			title: "Builder",
		},
		{
			name: "a tab renamed",
			page: `<title>Builder</title><nav><a href="#settings">Home</a></nav>
				<main><div role="tablist"><button role="tab" aria-selected="true">Basic settings</button>
				<button role="tab" aria-selected="false" onclick="document.title='Advanced'">Advanced setting</button></div></main>`,
			continued: "Advanced setting",
			title:     "Advanced",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			url := servePages(t, map[string]string{"/": tt.page})
			s, ctx := scenarioAt(t, url, Config{KeepGoing: true})
			s.loggedIn, s.moves = true, s.session.Moves()
			err := s.perform(ctx, "Go to the **Advanced settings** tab.")
			var m *Mismatch
			switch {
			case tt.continued == "" && (!errors.As(err, &m) || m.Continued != "" || len(s.drifts) != 0):
				t.Errorf("err = %v (drifts %v), want the drift itself, carried on with nothing", err, s.drifts)
			case tt.continued != "" && (err != nil || len(s.drifts) != 1 || !errors.As(s.drifts[0], &m) || m.Continued != tt.continued):
				t.Errorf("err = %v (drifts %v), want a drift carried on with %q", err, s.drifts, tt.continued)
			}
			title, err := s.session.Page.Context(ctx).Eval(`() => document.title`)
			if err != nil {
				t.Fatal(err)
			}
			if got := title.Value.Str(); got != tt.title {
				t.Errorf("title = %q after the step, want %q", got, tt.title)
			}
		})
	}
}
