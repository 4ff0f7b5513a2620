package steps

import "testing"

// A text box the doc says takes an e-mail address or a URL, by its name or its description,
// gets one, as the page's check asks: not a run-scoped name, which a form that checks would
// not send, nor the run's password because the field's name says "password".
func TestAValueOfTheKindTheDocAsks(t *testing.T) {
	page := formPage(t, `<title>Email template</title>
			<label for="shipper">Shipper email</label><input id="shipper">
			<label for="redirect">Redirection url</label><input id="redirect">
			<label for="contact">Contact</label><input id="contact">
			<label for="reset">Reset password page</label><input id="reset">
			<button type="button" id="save">Save</button>
			<script>
				const check = { shipper: /^[^@\s]+@[^@\s]+$/, redirect: /^https?:\/\//, contact: /^[^@\s]+@[^@\s]+$/, reset: /^https?:\/\// };
				document.getElementById("save").onclick = () => {
					let ok = true;
					for (const [id, re] of Object.entries(check)) {
						const el = document.getElementById(id), bad = !re.test(el.value);
						el.setAttribute("aria-invalid", String(bad));
						ok = ok && !bad;
					}
					if (ok) fetch("/template", { method: "POST" });
				};
			</script>`)
	s, ctx := scenarioAt(t, page, Config{RunID: "0101t0000aaaaaa"})
	s.loggedIn = true
	for _, sentence := range []string{
		"Fill in the **Shipper email** field.",
		"Enter the **Redirection url**.",
		"In **Contact**, enter the email address of the shipper.",
		"Reset password page | Indicate the URL of the reset password page.", // an address, not a password
		"Click **Save**.",
	} {
		if err := s.perform(ctx, sentence); err != nil {
			t.Errorf("%s: %v", sentence, err)
		}
	}
}
