package locate

import "testing"

// A reader puts an overlay away with its close control first, else one that declines, else
// one that acknowledges; never with one that starts something ("Take the tour") or that only
// mentions closing ("Close account").
func TestDismissal(t *testing.T) {
	button := func(name string, icons ...string) Candidate {
		return Candidate{Roles: []Role{Button}, Name: name, Text: name, Icons: icons}
	}
	tests := []struct {
		name     string
		controls []Candidate
		known    []string // the product's own labels
		want     string   // "" for none
	}{
		{"the product's own label first", []Candidate{button("Close"), button("Let's go")}, []string{"let's go"}, "Let's go"},
		{"a close button", []Candidate{button("Take the tour"), button("Close")}, nil, "Close"},
		{"put off", []Candidate{button("Start"), button("Maybe later")}, nil, "Maybe later"},
		{"an icon-only close", []Candidate{button("Next"), button("", "icon-close")}, nil, "icon-close"},
		{"a symbol", []Candidate{button("Learn more"), button("×")}, nil, "×"},
		{"close named with what it closes", []Candidate{button("Close dialog")}, nil, "Close dialog"},
		{"declining before accepting", []Candidate{button("Accept all"), button("Reject all")}, nil, "Reject all"},
		{"acknowledging when nothing else", []Candidate{button("Learn more"), button("Got it!")}, nil, "Got it!"},
		{"closing before acknowledging", []Candidate{button("OK"), button("Dismiss")}, nil, "Dismiss"},
		{"a disabled close", []Candidate{{Roles: []Role{Button}, Name: "Close", Disabled: true}, button("OK")}, nil, "OK"},
		{"nothing that dismisses", []Candidate{button("Take the tour"), button("Close account"), button("Continue")}, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, ok := (&Overlay{Controls: tt.controls}).Dismissal(tt.known...)
			if got := c.Label(); !ok && tt.want != "" || ok && got != tt.want {
				t.Errorf("Dismissal() = %q, %v; want %q", got, ok, tt.want)
			}
		})
	}
}
