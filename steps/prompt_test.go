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
