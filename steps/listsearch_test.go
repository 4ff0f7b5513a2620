package steps

import (
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
