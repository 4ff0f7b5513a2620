package steps

import (
	"slices"
	"testing"
)

// shadowPage is an admin page built of web components: its controls live in open shadow
// roots, a button's name is the text slotted into it beside a slotted icon, and a field's
// label sits in the component's shadow tree. Each control says on the page what it did.
const shadowPage = `<title>Tokens</title>
<script>
const shadowOf = (el, html) => { if (!el.shadowRoot) el.attachShadow({ mode: "open" }).innerHTML = html; };
customElements.define("x-icon", class extends HTMLElement {
	connectedCallback() { shadowOf(this, '<svg width="16" height="16"><rect width="16" height="16"/></svg>'); } });
customElements.define("x-nav", class extends HTMLElement {
	connectedCallback() { shadowOf(this, '<nav><a href="#settings" onclick="document.body.dataset.did=\'settings\'">Settings</a></nav>'); } });
customElements.define("x-button", class extends HTMLElement {
	connectedCallback() { shadowOf(this, '<button style="padding: 0"><slot name="prefix"></slot><slot></slot></button>'); } });
customElements.define("x-icon-button", class extends HTMLElement {
	connectedCallback() { shadowOf(this, '<button aria-label="' + this.getAttribute("label") + '" style="padding: 0; border: 0"><x-icon></x-icon></button>'); } });
customElements.define("x-input", class extends HTMLElement {
	connectedCallback() { shadowOf(this, '<label for="f">' + this.getAttribute("label") + '</label> <input id="f">'); } });
</script>
<x-nav></x-nav>
<x-input label="Token name"></x-input>
<x-button onclick="document.body.dataset.did = 'created ' + this.previousElementSibling.shadowRoot.querySelector('input').value">
	<x-icon slot="prefix" style="display: inline-block; width: 60px; height: 30px"></x-icon>Create</x-button>
<x-icon-button label="Delete" onclick="document.body.dataset.did = 'deleted'"></x-icon-button>`

// A procedure works the controls of web components as a reader would: through the shadow
// roots their controls live in, clicking a button where an icon — slotted, or a component of
// its own shadow tree — covers it.
func TestWebComponentControls(t *testing.T) {
	url := servePages(t, map[string]string{"/": shadowPage})
	s, ctx := scenarioAt(t, url, Config{})
	s.loggedIn = true // the page needs no sign-in
	for _, tt := range []struct{ sentence, did string }{
		{"Select **Settings**.", "settings"},
		{"In the **Token name** field, enter `ci`.", ""},
		{"Click **Create**.", "created ci"},
		{"Click **Delete**.", "deleted"},
	} {
		if err := s.perform(ctx, tt.sentence); err != nil {
			t.Fatalf("%s: %v", tt.sentence, err)
		}
		if tt.did == "" {
			continue
		}
		res, err := s.session.Page.Context(ctx).Eval(`() => document.body.dataset.did`)
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Value.Str(); got != tt.did {
			t.Errorf("%s: the page says %q, want %q", tt.sentence, got, tt.did)
		}
	}
}

// What docdrift reads of a page besides its search — the rows a cleanup lists, a dialog's
// confirming button, the empty field a sentence that names none types into — is read inside
// web components too.
func TestWebComponentRowsDialogsAndFields(t *testing.T) {
	url := servePages(t, map[string]string{"/": `<title>Tokens</title><script>
		const shadowOf = (el, html) => { if (!el.shadowRoot) el.attachShadow({ mode: "open" }).innerHTML = html; };
		customElements.define("x-table", class extends HTMLElement { connectedCallback() {
			shadowOf(this, "<table><tbody><tr><td>docdrift-a-1</td></tr><tr><td>docdrift-a-2</td></tr></tbody></table>"); } });
		customElements.define("x-dialog", class extends HTMLElement { connectedCallback() {
			shadowOf(this, '<div role="dialog" aria-label="Delete"><p>Sure?</p><input aria-label="Reason"><button>Cancel</button><button>Delete token</button></div>'); } });
		</script><x-table></x-table><x-dialog></x-dialog>`})
	s, ctx := scenarioAt(t, url, Config{})
	names, err := s.rowNames(ctx)
	if err != nil || !slices.Equal(names, []string{"docdrift-a-1", "docdrift-a-2"}) {
		t.Errorf("row names = %q, %v; want both rows of the table component", names, err)
	}
	host, err := s.session.Page.Context(ctx).Element("x-dialog")
	if err != nil {
		t.Fatal(err)
	}
	if btn, ok := s.confirmingButton(ctx, host, "OK"); !ok {
		t.Error("no confirming button found in the dialog component")
	} else if text := btn.MustText(); text != "Delete token" {
		t.Errorf("confirming button %q, want \"Delete token\"", text)
	}
	field, err := s.emptyField(ctx)
	if err != nil {
		t.Fatalf("no empty field: %v", err)
	}
	if label := field.MustAttribute("aria-label"); label == nil || *label != "Reason" {
		t.Errorf("empty field %v, want the component's Reason field", label)
	}
}
