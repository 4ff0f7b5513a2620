package steps

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/cucumber/godog"
)

// channelsPage is an item's page with a section of what was added to it: "Add" opens a dialog
// listing what can be added — a table whose header box selects all — and "Remove" takes the
// ticked rows of the section away again.
const channelsPage = `<!doctype html><title>key-1</title>
<h1>key-1</h1>
<section aria-label="Sales Channels"><h2>Sales Channels</h2><button id="add">Add</button>
<table><thead><tr><th></th><th>Name</th></tr></thead><tbody id="added"></tbody></table>
<button id="remove">Remove</button></section>
<div role="dialog" aria-modal="true" aria-label="Add sales channels" hidden>
<table><thead><tr><th><input type="checkbox" aria-label="Select all"></th><th>Name</th></tr></thead>
<tbody><tr><td><input type="checkbox" aria-label="Select row"></td><td>Web</td></tr>
<tr><td><input type="checkbox" aria-label="Select row"></td><td>Store</td></tr></tbody></table>
<button id="save">Save</button></div>
<script>
const dialog = document.querySelector('[role=dialog]'), added = document.getElementById('added');
document.getElementById('add').onclick = () => { dialog.hidden = false; };
document.getElementById('save').onclick = () => {
	for (const row of dialog.querySelectorAll('tbody tr')) {
		if (!row.querySelector('input').checked) continue;
		const name = row.cells[1].textContent;
		added.insertAdjacentHTML('beforeend', '<tr><td><input type="checkbox" aria-label="Select row"></td><td>' + name + '</td></tr>');
	}
	dialog.hidden = true;
	document.title = added.rows.length + ' added';
};
document.getElementById('remove').onclick = () => {
	for (const row of [...added.rows]) if (row.querySelector('input').checked) row.remove();
	document.title = added.rows.length + ' added';
};
</script>`

// "Check the sales channels you want to add the key to" ticks a row of the list, never its
// header's select-all box, and "the sales channel you want to remove" is then that row, noted.
func TestWhatAPickAddedIsWhatIsRemoved(t *testing.T) {
	url := servePages(t, map[string]string{"/": channelsPage})
	s, ctx := scenarioAt(t, url, Config{})
	s.loggedIn, s.subject, s.madeAs = true, "key-1", "API key"
	for _, step := range []string{
		"Click **Add**.",
		"In the list that opens, check the sales channels you want to add the key to.",
		"Click **Save**.",
	} {
		if err := s.perform(ctx, step); err != nil {
			t.Fatalf("%s: %v", step, err)
		}
	}
	if got := s.session.Page.MustInfo().Title; got != "1 added" {
		t.Fatalf("after the pick the page says %q, want one row added, not all", got)
	}
	for _, step := range []string{"Check the checkbox next to the sales channel you want to remove.", "Click **Remove**."} {
		if err := s.perform(ctx, step); err != nil {
			t.Fatalf("%s: %v", step, err)
		}
	}
	if got := s.session.Page.MustInfo().Title; got != "0 added" {
		t.Errorf("after the removal the page says %q, want the row added removed", got)
	}
	if !slices.ContainsFunc(s.notes, func(n string) bool { return strings.Contains(n, `"Web", which a step before ticked`) }) {
		t.Errorf("notes %q do not name the row the pick ticked", s.notes)
	}
}

// A list that shows nothing to pick — its empty state, or a table with no row — offers the
// reader nothing to tick: there are none yet, which is what the run lacked, not drift; the
// message says what kind of item was lacked.
func TestAPickFromAnEmptyList(t *testing.T) {
	for name, list := range map[string]string{
		"an empty state": `<div role="dialog" aria-modal="true" aria-label="Add products"><p>No records</p><p>Create a product first.</p><button>Save</button></div>`,
		"an empty table": `<div role="dialog" aria-modal="true" aria-label="Add products"><table><thead><tr><th>Name</th></tr></thead><tbody></tbody></table><button>Save</button></div>`,
	} {
		t.Run(name, func(t *testing.T) {
			url := servePages(t, map[string]string{"/": "<!doctype html><title>Channel</title>" + list})
			s, ctx := scenarioAt(t, url, Config{})
			s.loggedIn = true
			err := s.perform(ctx, "In the list that opens, check the products you want to add to the sales channel.")
			if !errors.As(err, new(*Unmet)) || !strings.Contains(err.Error(), "no product to pick") {
				t.Fatalf("err = %v, want nothing to tick, as the run lacked no product to pick", err)
			}
		})
	}
}

// currenciesPage lists every currency to add: those the store has already are shown with a
// box that cannot be ticked; each row has its select box and a switch of a setting of its own.
const currenciesPage = `<!doctype html><title>Currencies</title>
<table><thead><tr><th><input type="checkbox" aria-label="Select all"></th><th>Code</th><th>Tax inclusive</th></tr></thead>
<tbody>
<tr><td><input type="checkbox" aria-label="Select row" disabled></td><td>AED</td><td><button type="button" role="switch" aria-checked="true" disabled></button></td></tr>
<tr><td><input type="checkbox" aria-label="Select row"></td><td>AFN</td><td><button type="button" role="switch" aria-checked="false"></button></td></tr>
<tr><td><input type="checkbox" aria-label="Select row"></td><td>ALL</td><td><button type="button" role="switch" aria-checked="false"></button></td></tr>
</tbody></table>
<button id="save">Save</button>
<script>
for (const sw of document.querySelectorAll('[role=switch]'))
	sw.onclick = () => sw.setAttribute('aria-checked', String(sw.getAttribute('aria-checked') !== 'true'));
document.getElementById('save').onclick = () => {
	const added = [];
	for (const row of document.querySelectorAll('tbody tr')) {
		const box = row.querySelector('input');
		if (!box.checked || box.disabled) continue;
		added.push(row.cells[1].textContent + (row.querySelector('[role=switch]').getAttribute('aria-checked') === 'true' ? ' inclusive' : ''));
	}
	document.title = 'added ' + added.join(', ');
};
</script>`

// "Check the currencies you want to add" in "Add Currencies" ticks one the list lets a reader
// pick — not one the store has, whose box is disabled — and that currency is the item the
// procedure made; "enable the toggle next to the currency" is then the switch in its row, not
// its select box beside it.
func TestAToggleNextToAnItemTickedIsItsRowsSwitch(t *testing.T) {
	url := servePages(t, map[string]string{"/": currenciesPage})
	s, ctx := scenarioAt(t, url, Config{})
	s.loggedIn, s.pickle = true, &godog.Scenario{Name: "Add Currencies"}
	for _, step := range []string{
		"In the list that opens, check the currencies you want to add to the store.",
		"To enable tax-inclusive pricing for a currency, enable the toggle next to the currency.",
		"Click **Save**.",
	} {
		if err := s.perform(ctx, step); err != nil {
			t.Fatalf("%s: %v", step, err)
		}
	}
	if got := s.session.Page.MustInfo().Title; got != "added AFN inclusive" {
		t.Errorf("the page says %q, want AFN added, its switch on", got)
	}
	if !slices.Equal(s.picks, []string{"AFN"}) {
		t.Errorf("picks %q, want the currency ticked, as the item Add Currencies made", s.picks)
	}
}
