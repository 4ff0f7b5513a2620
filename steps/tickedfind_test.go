package steps

import (
	"errors"
	"testing"
)

// "Find the product you want to remove from the collection" after "check the products you want
// to add" ticked one (Medusa's collections guide, the adder done first): the product is the
// one ticked, not the collection the procedure acts on.
func TestAnItemTickedBeforeIsTheOneFound(t *testing.T) {
	url := servePages(t, map[string]string{"/": `<!doctype html><title>Collection</title><h1>summer</h1>
<h2>Products</h2><table><tr><td>docdrift-t-7</td></tr></table>`})
	for _, tt := range []struct {
		ticked map[string]string
		found  bool
	}{
		{map[string]string{"products": "docdrift-t-7"}, true},
		{nil, false},
	} {
		s, ctx := scenarioAt(t, url, Config{})
		s.loggedIn, s.subject, s.madeAs, s.ticked = true, "summer", "Collection", tt.ticked
		err := s.perform(ctx, "In the Products section, find the product you want to remove from the collection.")
		if found := err == nil; found != tt.found || !found && !errors.As(err, new(*Unmet)) {
			t.Errorf("ticked %v: err = %v, want found %v (else unmet)", tt.ticked, err, tt.found)
		}
	}
}

// "Click the three dots icon in the product's row" on a collection's page acts in the row of
// the product a step before ticked — never in the collection's own header, which has a ⋯ of
// its own; with no product of the run's, the step cannot run.
func TestTheRowOfAnItemOfAnotherKindIsThatItemsRow(t *testing.T) {
	url := servePages(t, map[string]string{"/": `<!doctype html><title>Collection</title>
<header><h1>summer</h1><button aria-label="more" onclick="document.title='collection menu'">⋯</button></header>
<h2>Products</h2><table><tr><td>docdrift-t-7</td><td><button aria-label="more" onclick="document.title='product menu'">⋯</button></td></tr></table>`})
	for _, tt := range []struct {
		ticked map[string]string
		title  string
	}{
		{map[string]string{"products": "docdrift-t-7"}, "product menu"},
		{nil, "Collection"},
	} {
		s, ctx := scenarioAt(t, url, Config{})
		s.loggedIn, s.subject, s.madeAs, s.ticked = true, "summer", "Collection", tt.ticked
		err := s.perform(ctx, "Click the more icon in the product's row.")
		if title := s.session.Page.MustInfo().Title; title != tt.title || tt.ticked == nil && !errors.As(err, new(*Unmet)) {
			t.Errorf("ticked %v: page %q, err %v; want %q", tt.ticked, title, err, tt.title)
		}
	}
}
