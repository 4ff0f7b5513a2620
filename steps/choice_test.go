package steps

import (
	"strings"
	"testing"
)

// A box the doc leaves to the reader's choice ("If the product has variants, enable …", "If
// you don't want discounts, disable …") is found, as the doc says, and left as the product
// set it: ticked, Medusa's product form asks for options it cannot be made without. A box the
// page asks for ("If prompted, tick …") is ticked; one the page does not show is passed over.
func TestABoxLeftToTheReadersChoiceIsLeft(t *testing.T) {
	const page = `<!doctype html><title>Create</title><h1>Create product</h1>
<label><input type="checkbox" id="v"> Has variants</label>
<label><input type="checkbox" id="a"> I agree</label>`
	for _, tt := range []struct {
		sentence, box string
		ticked        bool
		note          string
	}{
		{"If the product has variants, enable the **Has variants** toggle.", "v", false, ""},
		{"If you want variants, check **Has variants**.", "v", false, ""},
		{"If prompted, check **I agree**.", "a", true, ""},
		{"If the product has sizes, enable the **Has sizes** toggle.", "v", false, ""},
	} {
		t.Run(tt.sentence, func(t *testing.T) {
			url := servePages(t, map[string]string{"/": page})
			s, ctx := scenarioAt(t, url, Config{})
			s.loggedIn = true
			if err := s.perform(ctx, tt.sentence); err != nil {
				t.Fatalf("perform: %v", err)
			}
			ticked := s.session.Page.MustEval(`id => document.getElementById(id).checked`, tt.box).Bool()
			if ticked != tt.ticked {
				t.Errorf("box %s ticked %v, want %v (notes %q)", tt.box, ticked, tt.ticked, strings.Join(s.notes, "; "))
			}
		})
	}
}
