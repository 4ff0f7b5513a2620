package steps

import "testing"

// "In the pop-up, click the "Delete" button." over a dialog that is not modal (no
// aria-modal), with a button of the same name on the page behind it, first in the document:
// the pop-up is the open dialog, as "in the dialog" and "in the modal" are, and its button is
// the one pressed.
func TestAPopUpIsTheOpenDialog(t *testing.T) {
	page := `<title>Customers</title><main><button onclick="document.title = 'page delete'">Delete</button></main>
		<div role="dialog" aria-labelledby="h"><h2 id="h">Delete customer</h2>
		<button onclick="document.title = 'dialog delete'">Delete</button></div>`
	for _, step := range []string{
		`In the pop-up, click the "Delete" button.`,
		`Click **Delete** in the modal.`,
		`Click **Delete** in the dialog.`,
	} {
		url := servePages(t, map[string]string{"/": page})
		s, ctx := scenarioAt(t, url, Config{RunID: "r1"})
		s.loggedIn = true
		if err := s.perform(ctx, step); err != nil {
			t.Fatalf("%q: %v", step, err)
		}
		if got := s.session.Page.MustInfo().Title; got != "dialog delete" {
			t.Errorf("%q pressed %q, want the dialog's Delete", step, got)
		}
	}
}
