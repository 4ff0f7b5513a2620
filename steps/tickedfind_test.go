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
