package steps

import "testing"

// confirmByNamePage asks for the item's name before it deletes, as many admin UIs do.
const confirmByNamePage = `<title>Channel</title>
<div role="dialog" aria-label="Are you sure?"><p>Type the channel's name to confirm.</p>
<input aria-label="Name" oninput="document.getElementById('go').disabled = this.value !== 'ci-channel'">
<button id="go" disabled onclick="document.title = 'deleted'">Delete</button></div>`

// "Confirm deleting the channel by entering the channel's name": the procedure's item's own
// name is typed — not a new name of the run's — and the page lets the delete through.
func TestTheItemsOwnNameTypedToConfirm(t *testing.T) {
	url := servePages(t, map[string]string{"/": confirmByNamePage})
	s, ctx := scenarioAt(t, url, Config{})
	s.loggedIn, s.subject = true, "ci-channel"
	if err := s.perform(ctx, "Confirm deleting the channel by entering the channel's name and clicking **Delete**."); err != nil {
		t.Fatal(err)
	}
	if got := s.session.Page.MustInfo().Title; got != "deleted" {
		t.Errorf("the page says %q, want the delete let through", got)
	}
	if len(s.created) != 0 {
		t.Errorf("made %q: the item's name is not a new one", s.created)
	}
}
