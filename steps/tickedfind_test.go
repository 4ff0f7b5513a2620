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

// Sections drawn as alike boxes (Medusa's detail page: the collection, its Products, Metadata)
// each read every name inside them, a product's row's among them; the row's "⋯" is the one "in
// the product's row", not its section's, which comes first on the page.
func TestTheRowIsTheTightestRecordReadingTheName(t *testing.T) {
	svg := `<svg width="15" height="15" viewBox="0 0 15 15"><path d="M3.6 7.5a.9.9 0 1 1-1.8 0 .9.9 0 0 1 1.8 0M8.4 7.5a.9.9 0 1 1-1.8 0 .9.9 0 0 1 1.8 0M13.1 7.5a.9.9 0 1 1-1.8 0 .9.9 0 0 1 1.8 0" fill="currentColor"/></svg>`
	section := func(title, menu, body string) string {
		return `<div class="box"><div><h2>` + title + `</h2><button type="button" onclick="document.title='` + menu + `'">` + svg + `</button></div><div>` + body + `</div></div>`
	}
	url := servePages(t, map[string]string{"/": `<!doctype html><title>Collection</title><main>` +
		section("summer", "collection menu", `<p>Handle /summer</p>`) +
		section("Products", "section menu", `<table><thead><tr><th>Product</th><th></th></tr></thead><tbody><tr><td>docdrift-t-7</td><td><button type="button" onclick="document.title='product menu'">`+svg+`</button></td></tr></tbody></table>`) +
		section("Metadata", "metadata menu", `<p>0 keys</p>`) + `</main>`})
	s, ctx := scenarioAt(t, url, Config{})
	s.loggedIn, s.subject, s.madeAs, s.ticked = true, "summer", "Collection", map[string]string{"products": "docdrift-t-7"}
	if err := s.perform(ctx, "Click the [three dots] icon in the product's row."); err != nil {
		t.Fatal(err)
	}
	if title := s.session.Page.MustInfo().Title; title != "product menu" {
		t.Errorf("pressed %q, want the product row's menu", title)
	}
}
