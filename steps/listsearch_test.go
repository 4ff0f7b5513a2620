package steps

import (
	"errors"
	"testing"
)

// longListPage shows the first rows of a long list and a search that filters it a moment
// after the typing stops, as admin lists with pages of rows do.
const longListPage = `<title>Tokens</title>
<input type="search" placeholder="Search">
<table id="list"></table>
<script>
const names = Array.from({length: 40}, (_, i) => "token-" + i);
const draw = (q) => {
	const rows = names.filter((n) => n.includes(q)).slice(0, 10);
	document.getElementById("list").innerHTML = rows.map((n) =>
		'<tr><td><a href="#" onclick="document.title = \'opened ' + n + '\'; return false">' + n + '</a></td></tr>').join("");
};
let timer;
document.querySelector("input").addEventListener("input", (e) => {
	clearTimeout(timer);
	timer = setTimeout(() => draw(e.target.value), 400);
});
draw("");
</script>`

// The procedure's item, not among the rows a long list shows, is found as a reader finds it:
// by the list's search, once its answer shows.
func TestTheItemSearchedForInALongList(t *testing.T) {
	url := servePages(t, map[string]string{"/": longListPage})
	s, ctx := scenarioAt(t, url, Config{})
	s.loggedIn, s.subject = true, "token-33"
	if err := s.perform(ctx, "Click on the token in the list."); err != nil {
		t.Fatal(err)
	}
	if got := s.session.Page.MustInfo().Title; got != "opened token-33" {
		t.Errorf("the page says %q, want token-33 opened", got)
	}
}

// An item named like the procedure's own is another item: even a run that carries on past a
// drifted label never presses it in the item's place.
func TestANearItemNameIsNotTheItem(t *testing.T) {
	url := servePages(t, map[string]string{"/": `<title>Tokens</title><table>
	<tr><td><a href="#" onclick="document.title = 'opened'; return false">docdrift-0101t0000aaaaaa-2</a></td></tr></table>`})
	s, ctx := scenarioAt(t, url, Config{KeepGoing: true})
	s.loggedIn, s.subject = true, "docdrift-0101t0000bbbbbb-2"
	err := s.perform(ctx, "Click on the token in the list.")
	if !errors.As(err, new(*Mismatch)) {
		t.Errorf("err = %v, want the item missing", err)
	}
	if got := s.session.Page.MustInfo().Title; got != "Tokens" {
		t.Errorf("the page says %q: another item was pressed", got)
	}
}
