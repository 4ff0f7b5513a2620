package steps

import (
	"errors"
	"testing"
)

// Keys a doc says to press reach the page where the reader's focus is: Enter submits the
// search typed into a field, a shortcut opens what the page binds to it, and Escape closes it.
func TestKeysAreTypedWhereTheFocusIs(t *testing.T) {
	url := servePages(t, map[string]string{
		"/": `<title>Members</title>
		<form action="/results"><label>Search members <input name="q"></label></form>
		<dialog id="palette"><h2>Command palette</h2></dialog>
		<script>
		document.addEventListener("keydown", e => {
			if (e.ctrlKey && e.key === "k") { e.preventDefault(); document.getElementById("palette").showModal() }
		})
		</script>`,
		"/results": `<title>Results</title><h1>Members found</h1>`,
	})
	s, ctx := scenarioAt(t, url, Config{})
	s.loggedIn = true
	performChecked(t, s, ctx, []checked{
		{"Press Ctrl+K.", "", ""},
		{"The **Command palette** dialog opens.", "", ""},
		{"Press **Esc** to close the dialog.", `() => String(document.getElementById("palette").open)`, "false"},
		{"Type `alice` in the **Search members** field and press **Enter**.", `() => location.search`, "?q=alice"},
		{"The **Members found** page opens.", "", ""},
	})
}

// A key that did not do what the doc says is drift at the step that checks it, not an error of
// the key itself.
func TestAKeyBoundToNothingIsDriftAtTheNextCheck(t *testing.T) {
	url := servePages(t, map[string]string{"/": `<title>Members</title><input aria-label="Search">`})
	s, ctx := scenarioAt(t, url, Config{})
	s.loggedIn = true
	if err := s.perform(ctx, "Press Ctrl+K."); err != nil {
		t.Fatalf("the key itself: %v", err)
	}
	err := s.perform(ctx, "The **Command palette** dialog opens.")
	var m *Mismatch
	if !errors.As(err, &m) {
		t.Errorf("got %v, want drift: nothing opened the palette", err)
	}
}
