package steps

import (
	"slices"
	"strings"
	"testing"
)

// metadataDrawer is a side window of key-value pairs drawn as Medusa draws its metadata: rows
// of two text fields with no table roles, each row's menu button (three dots, no name) shown
// only while the pointer is over the row; the item the procedure acts on is behind it.
const metadataDrawer = `<!doctype html><title>docdrift-1</title>
<style>.kv .menu { visibility: hidden } .kv:hover .menu { visibility: visible }</style>
<main><h1>docdrift-1</h1><table><tr><td>docdrift-1</td></tr></table></main>
<div role="dialog" aria-modal="true" aria-label="Edit Metadata">
<div id="grid"></div>
<ul role="menu" hidden><li role="menuitem" tabindex="-1">Insert row above</li><li role="menuitem" tabindex="-1">Delete row</li></ul>
<button>Save</button></div>
<script>
const grid = document.getElementById('grid'), menu = document.querySelector('[role=menu]');
let at;
function row() {
	const r = document.createElement('div');
	r.className = 'kv';
	r.innerHTML = '<input placeholder="Key"><input placeholder="Value"> <button class="menu" type="button"><svg viewBox="0 0 24 24" width="16" height="16"><circle cx="12" cy="5" r="1"/><circle cx="12" cy="12" r="1"/><circle cx="12" cy="19" r="1"/></svg></button>';
	r.querySelector('button').onclick = () => { at = r; menu.hidden = false; };
	return r;
}
grid.append(row());
menu.children[0].onclick = () => { grid.insertBefore(row(), at); menu.hidden = true; document.title = grid.children.length + ' rows'; };
menu.children[1].onclick = () => { at.remove(); menu.hidden = true; document.title = grid.children.length + ' rows'; };
document.addEventListener('keydown', (e) => { if (e.key === 'Escape') menu.hidden = true; });
</script>`

// "To add a new row of key-value pairs: Hover over the row and click the three-dots icon at its
// end. Choose "Insert row above" …": in a dialog that does not show the procedure's item, "the
// row" is the dialog's first, noted — not the item's row behind it.
func TestTheRowOfAnOpenDialog(t *testing.T) {
	url := servePages(t, map[string]string{"/": metadataDrawer})
	s, ctx := scenarioAt(t, url, Config{})
	s.loggedIn, s.subject = true, "docdrift-1"
	for _, step := range []string{
		"Hover over the row and click the three-dots icon at its end.",
		`Choose "Insert row above" from the dropdown.`,
		"Hover over the row and click the three-dots icon at its end.",
		`Choose "Delete row" from the dropdown.`,
	} {
		if err := s.perform(ctx, step); err != nil {
			t.Fatalf("%s: %v", step, err)
		}
	}
	if got := s.session.Page.MustInfo().Title; got != "1 rows" {
		t.Errorf("the page says %q, want a row inserted and one deleted", got)
	}
	if !slices.ContainsFunc(s.notes, func(n string) bool { return strings.Contains(n, `dialog "Edit Metadata"`) }) {
		t.Errorf("notes %q do not say which row was taken", s.notes)
	}
}
