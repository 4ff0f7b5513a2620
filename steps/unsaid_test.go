package steps

import (
	"errors"
	"strings"
	"testing"
)

// A form that asks for fields its doc never mentions (Medusa's tax region needs a tax
// provider): pressed, it marks them and sends nothing. A run that keeps going fills them as a
// reader would — an option of each list, a value for a text field — presses again, and
// reports the drift carried past; the form is sent. Stopping at the first drift, nothing is
// filled.
func TestAFieldTheDocLeavesOutIsFilledToGoOn(t *testing.T) {
	page := `<title>New tax region</title>
		<label for="country">Country</label>
		<select id="country"><option value="">Choose</option><option value="af">Afghanistan</option></select>
		<label for="provider">Tax provider</label>
		<input id="provider" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="providers" aria-describedby="provider-error">
		<ul id="providers" role="listbox" hidden><li role="option" id="system">System</li></ul>
		<p id="provider-error" hidden>Provider is required.</p>
		<label for="code">Code</label><input id="code">
		<button type="button" id="save">Save</button>
		<p id="done" role="status" hidden>Saved</p>
		<script>
			const provider = document.getElementById("provider"), list = document.getElementById("providers");
			provider.onclick = () => { list.hidden = false; provider.setAttribute("aria-expanded", "true"); };
			document.getElementById("system").onclick = () => {
				provider.value = "System"; list.hidden = true; provider.setAttribute("aria-expanded", "false");
			};
			const mark = (el, bad) => el.setAttribute("aria-invalid", bad ? "true" : "false");
			document.getElementById("save").onclick = () => {
				const code = document.getElementById("code");
				mark(provider, provider.value === ""); mark(code, code.value === "");
				document.getElementById("provider-error").hidden = provider.value !== "";
				if (provider.value === "" || code.value === "") return;
				fetch("/tax-regions", { method: "POST" }).then(() => { document.getElementById("done").hidden = false; });
			};
		</script>`
	t.Run("keeping going", func(t *testing.T) {
		s, ctx := scenarioAt(t, formPage(t, page), Config{KeepGoing: true})
		s.loggedIn = true
		performRows(ctx, t, s, []stepRow{
			{"In the Country field, select the country that this tax region applies to.", ""},
			{"Click **Save**.", ""},
			{"The **Saved** message appears.", ""},
		})
		var m *Mismatch
		if len(s.drifts) != 1 || !errors.As(s.drifts[0], &m) {
			t.Fatalf("drifts carried past: %v, want the one of the fields left out", s.drifts)
		}
		if want := `the page marks "Tax provider" (Provider is required.), "Code" invalid, fields the step leaves empty; the run filled them in`; !strings.Contains(m.Error(), want) || m.Continued != "Tax provider, Code" {
			t.Errorf("drift %q (carried on with %q), want it to say %q and name both fields", m.Error(), m.Continued, want)
		}
		if len(s.picks) != 1 || s.picks[0] != "Afghanistan" {
			t.Errorf("picks %q, want only the doc's own choice, Afghanistan", s.picks)
		}
	})
	t.Run("stopping at the first drift", func(t *testing.T) {
		s, ctx := scenarioAt(t, formPage(t, page), Config{})
		s.loggedIn = true
		performRows(ctx, t, s, []stepRow{
			{"In the Country field, select the country that this tax region applies to.", ""},
			{"Click **Save**.", `nothing was sent: the page marks "Tax provider" (Provider is required.), "Code" invalid`},
		})
		if len(s.drifts) != 0 {
			t.Errorf("drifts carried past: %v, want none", s.drifts)
		}
	})
}

// A name the run types into a field the form turned down for want of it is a name the product
// keeps with what the step made: kept as the item's, to act on and to clean up after (or to
// say it is left), as one a step typed would be.
func TestANameFilledInToGoOnIsKept(t *testing.T) {
	page := `<title>New sublevel</title>
		<label for="name">Name</label><input id="name">
		<button type="button" id="save">Save</button>
		<p id="done" role="status" hidden>Saved</p>
		<script>
			const name = document.getElementById("name");
			document.getElementById("save").onclick = () => {
				name.setAttribute("aria-invalid", name.value === "" ? "true" : "false");
				if (name.value === "") return;
				fetch("/sublevels", { method: "POST" }).then(() => { document.getElementById("done").hidden = false; });
			};
		</script>`
	s, ctx := scenarioAt(t, formPage(t, page), Config{KeepGoing: true, RunID: "1207t2040aaaaaa"})
	s.loggedIn = true
	performRows(ctx, t, s, []stepRow{{"Click **Save**.", ""}, {"The **Saved** message appears.", ""}})
	if len(s.created) != 1 || s.subject != s.created[0] || s.typedInto[s.created[0]] != "Name" {
		t.Errorf("created %q (subject %q, fields %v), want the name typed into Name kept as the item's", s.created, s.subject, s.typedInto)
	}
}
