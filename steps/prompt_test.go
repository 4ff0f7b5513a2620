package steps

import "testing"

// A prompt drawn as an alert dialog ("Please type … to confirm:", Medusa's deletions) is
// where "In the pop-up, enter the customer's email" types, not the first empty field of the
// page behind it (a section's search box).
func TestAPromptsFieldIsTypedIntoNotThePagesBehindIt(t *testing.T) {
	const page = `<!doctype html><title>Customer</title>
<section><h2>Customer Groups</h2><input type="text" placeholder="Search"></section>
<div role="alertdialog" aria-labelledby="t"><h2 id="t">Delete Customer</h2>
<label for="v">Please type <b>c-1@example.com</b> to confirm:</label><input id="v" autocomplete="off" placeholder="c-1@example.com">
<button id="del" disabled>Delete</button></div>
<script>
const v = document.getElementById("v");
v.oninput = () => { document.getElementById("del").disabled = v.value !== "c-1@example.com"; };
document.getElementById("del").onclick = () => { document.title = "deleted"; };
</script>`
	url := servePages(t, map[string]string{"/": page})
	s, ctx := scenarioAt(t, url, Config{})
	s.loggedIn, s.subject = true, "c-1@example.com"
	if err := s.perform(ctx, `In the pop-up, enter the customer's email and click the "Delete" button.`); err != nil {
		t.Fatal(err)
	}
	if title := s.session.Page.MustInfo().Title; title != "deleted" {
		t.Errorf("title %q, want the customer deleted", title)
	}
}

// A prompt that says which name to type ("Please type a-29 to confirm:") is answered with that
// name when the run made it — "enter the address name" of an address made first, not the
// procedure's own item — and never with a name the run did not make.
func TestAPromptIsAnsweredWithTheRunsNameItAsksFor(t *testing.T) {
	const page = `<!doctype html><title>Customer</title>
<div role="alertdialog" aria-labelledby="t"><h2 id="t">Delete Address</h2>
<label for="v">Please type <b>a-29</b> to confirm:</label><input id="v" autocomplete="off" placeholder="a-29">
<button id="del" disabled>Delete</button></div>
<script>
const v = document.getElementById("v");
v.oninput = () => { document.getElementById("del").disabled = v.value !== "a-29"; };
document.getElementById("del").onclick = () => { document.title = "deleted"; };
</script>`
	for _, tt := range []struct {
		name    string
		created []string
		deleted bool
	}{
		{"the run's own", []string{"c-1@example.com", "a-29"}, true},
		{"another's", []string{"c-1@example.com", "a-2"}, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			url := servePages(t, map[string]string{"/": page})
			s, ctx := scenarioAt(t, url, Config{})
			s.loggedIn, s.subject, s.created = true, "c-1@example.com", tt.created
			err := s.perform(ctx, `In the pop-up, enter the address name and click the "Delete" button.`)
			if deleted := err == nil && s.session.Page.MustInfo().Title == "deleted"; deleted != tt.deleted {
				t.Errorf("deleted %v (%v), want %v", deleted, err, tt.deleted)
			}
		})
	}
}
