package steps

import (
	"errors"
	"strings"
	"testing"

	"github.com/docdrift/docdrift/internal/profile"
)

// A side menu groups its links under captions that are plain text, not controls (Strapi's
// settings: "GLOBAL SETTINGS" over API Tokens and Webhooks, "ADMINISTRATION PANEL" over Roles
// and Users). A path through a caption clicks the link under it; a caption the page does not
// show is drift, as any missing part of a path is.
func TestAPathGoesThroughTheCaptionsOfAMenu(t *testing.T) {
	nav := `<nav aria-label="Settings"><h2>Settings</h2>
		<div><span>Global Settings</span><ul><li><a href="/webhooks">Webhooks</a></li><li><a href="/plugin-roles">Roles</a></li></ul></div>
		<div><span>Administration Panel</span><ul><li><a href="/roles">Roles</a></li><li><a href="/users">Users</a></li></ul></div></nav>`
	url := servePages(t, map[string]string{
		"/":             `<title>Overview</title>` + nav,
		"/webhooks":     `<title>Webhooks</title>` + nav,
		"/plugin-roles": `<title>Plugin roles</title>` + nav,
		"/roles":        `<title>Roles</title>` + nav,
	})
	s, ctx := scenarioAt(t, url, Config{})
	s.loggedIn = true
	for _, tt := range []struct{ sentence, title string }{
		{"Go to *Global Settings > Webhooks*.", "Webhooks"},
		{"Go to **Administration panel** > **Roles**.", "Roles"},
		{"Go to *Global Settings > Roles*.", "Plugin roles"},
	} {
		if err := s.perform(ctx, tt.sentence); err != nil {
			t.Fatalf("%s: %v", tt.sentence, err)
		}
		if got := s.session.Page.MustInfo().Title; got != tt.title {
			t.Errorf("%s: on %q, want %q", tt.sentence, got, tt.title)
		}
	}
	for _, tt := range []struct{ sentence, want string }{
		{"Go to *Global preferences > Webhooks*.", `"Global preferences"`},
		// The doc's path puts Users under the wrong caption: the reader does not find it there.
		{"Go to *Global Settings > Users*.", `"Users" in the group under "Global Settings"`},
	} {
		err := s.perform(ctx, tt.sentence)
		var m *Mismatch
		if !errors.As(err, &m) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: %v, want drift naming %s", tt.sentence, err, tt.want)
		}
	}
}

// "In the **Advanced settings** tab, tick …": a reader opens the tab first, when it is not
// the one showing.
func TestAStepOpensTheTabItIsIn(t *testing.T) {
	url := servePages(t, map[string]string{"/": `<title>Add new locale</title>
		<div role="tablist">
			<button role="tab" id="t1" aria-selected="true" onclick="show(1)">Basic settings</button>
			<button role="tab" id="t2" aria-selected="false" onclick="show(2)">Advanced settings</button>
		</div>
		<div role="tabpanel" id="p1"><label>Locale display name <input></label></div>
		<div role="tabpanel" id="p2" hidden><label><input type="checkbox" id="default"> Set as default locale</label></div>
		<script>function show(n) {
			for (const i of [1, 2]) {
				document.getElementById("t" + i).setAttribute("aria-selected", String(i === n));
				document.getElementById("p" + i).hidden = i !== n;
			}
		}</script>`})
	s, ctx := scenarioAt(t, url, Config{})
	s.loggedIn = true
	for _, sentence := range []string{
		"In the Advanced settings tab, tick the *Set as default locale* setting.",
		"In the **Advanced settings** tab, tick **Set as default locale**.", // the tab already showing
	} {
		if err := s.perform(ctx, sentence); err != nil {
			t.Fatalf("%s: %v", sentence, err)
		}
		if !s.session.Page.MustEval(`() => document.getElementById("default").checked`).Bool() {
			t.Errorf("%s: the box is not ticked", sentence)
		}
	}
}

// "**Path:** <gear icon> *Plugin > Roles*": the way starts at the icon when the page does not
// show its first part yet (the gear opens the settings, where "Plugin" is a caption), and
// passes over it when it does (the icon pictures that part, or the reader is there already).
func TestAPlaceLineStartsAtItsIcon(t *testing.T) {
	nav := `<nav aria-label="Main"><a href="/settings" aria-label="Settings"><svg aria-hidden="true"></svg></a><a href="/reports">Reports</a></nav>`
	menu := `<nav aria-label="Settings menu"><div><span>Plugin</span><ul><li><a href="/plugin-roles">Roles</a></li></ul></div></nav>`
	url := servePages(t, map[string]string{
		"/":             `<title>Home</title>` + nav,
		"/settings":     `<title>Settings</title>` + menu,
		"/plugin-roles": `<title>Plugin roles</title>` + menu,
		"/reports":      `<title>Reports</title>` + nav,
	})
	s, ctx := scenarioAt(t, url, Config{})
	s.loggedIn = true
	for _, tt := range []struct{ sentence, title string }{
		{"**Path:** [gear-six] *Plugin > Roles*", "Plugin roles"},
		{"**Path:** [gear-six] *Reports*", "Reports"}, // the settings have no Reports
	} {
		if err := s.openURL(ctx, url+"/"); err != nil {
			t.Fatal(err)
		}
		if err := s.perform(ctx, tt.sentence); err != nil {
			t.Fatalf("%s: %v", tt.sentence, err)
		}
		if got := s.session.Page.MustInfo().Title; got != tt.title {
			t.Errorf("%s: on %q, want %q", tt.sentence, got, tt.title)
		}
	}
	// Neither the way's first part nor an icon the reader can name: the part's words are what
	// the reader looks for, and the drift is theirs, with the page's nearest. Strapi's docs
	// say "[layout] Content Type Builder" for a "Content-Type Builder" link whose picture has
	// no name; "no layout icon" would send the writer looking for the wrong thing.
	for _, tt := range []struct{ sentence, want string }{
		{"**Path:** [bell] *Alerts > Rules*", `"Alerts"`},
		{"**Path:** [layout] Report", `"Report" on page "Home" (closest: "Reports")`},
	} {
		if err := s.openURL(ctx, url+"/"); err != nil {
			t.Fatal(err)
		}
		err := s.perform(ctx, tt.sentence)
		var m *Mismatch
		if !errors.As(err, &m) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: %v, want drift naming %s", tt.sentence, err, tt.want)
		}
	}
}

// "**Path:** <icon> Content Manager, edit view of your content type" (Strapi's Draft & Publish
// doc): the way ends at the procedure's item, opened from the place; its list view is the
// place itself, and with no item the way cannot end anywhere.
func TestAPlaceLineEndsAtTheItemsView(t *testing.T) {
	nav := `<nav aria-label="Main"><a href="/cm">Content Manager</a></nav>`
	url := servePages(t, map[string]string{
		"/":          `<title>Home</title>` + nav,
		"/cm":        `<title>Articles</title>` + nav + `<table><tr><td><a href="/cm/item-1">item-1</a></td></tr></table>`,
		"/cm/item-1": `<title>Editing item-1</title>` + nav,
	})
	s, ctx := scenarioAt(t, url, Config{})
	s.loggedIn = true
	for _, tt := range []struct{ sentence, subject, title string }{
		{"**Path:** [feather] Content Manager, edit view of your content type", "item-1", "Editing item-1"},
		{"**Path:** [feather] Content Manager, list view of your content type", "item-1", "Articles"},
	} {
		if err := s.openURL(ctx, url+"/"); err != nil {
			t.Fatal(err)
		}
		s.subject = tt.subject
		if err := s.perform(ctx, tt.sentence); err != nil {
			t.Fatalf("%s: %v", tt.sentence, err)
		}
		if got := s.session.Page.MustInfo().Title; got != tt.title {
			t.Errorf("%s: on %q, want %q", tt.sentence, got, tt.title)
		}
	}
	s.subject = ""
	if err := s.perform(ctx, "**Path:** [feather] Content Manager, edit view of your content type"); err == nil || !strings.Contains(err.Error(), "no item to open") {
		t.Errorf("the item's view with no item: %v, want no item to open", err)
	}
}

// "In the edit view of your content-type, click …", "In the list view of your collection type,
// click …" (Strapi's Content Manager doc, which has no place line): the item's own page and the
// list of its kind, opened from the subject's list when a step is not there yet.
func TestAStepInTheItemsViews(t *testing.T) {
	page := func(title, body string) string {
		return `<title>` + title + `</title><nav><a href="/">Home</a></nav>` + body
	}
	url := servePages(t, map[string]string{
		"/":                page("Home", ""),
		"/articles":        page("Articles", `<button onclick="document.title='New entry'">Create new entry</button><table><tr><td><a href="/articles/item-1">item-1</a></td></tr></table>`),
		"/articles/item-1": page("Editing item-1", `<button onclick="document.body.dataset.configured = (Number(document.body.dataset.configured || 0) + 1)">Configure</button>`),
	})
	s, ctx := scenarioAt(t, url, Config{BaseURL: url})
	s.loggedIn = true
	s.subject = "item-1"
	s.kind = &Subject{Subject: profile.Subject{Name: "entry", Pages: &profile.Pages{List: "/articles"}}}
	for _, sentence := range []string{
		"In the edit view of your content-type, click **Configure**.",
		"In the edit view of your content-type, click **Configure** again.", // already there: not opened again
	} {
		if err := s.perform(ctx, sentence); err != nil {
			t.Fatalf("%s: %v", sentence, err)
		}
	}
	if got := s.session.Page.MustEval(`() => document.body.dataset.configured || ""`).Str(); got != "2" {
		t.Errorf("Configure pressed %q times on the item's page, want 2 (the page not opened again between)", got)
	}
	if err := s.perform(ctx, "In the list view of your collection type, click **Create new entry**."); err != nil {
		t.Fatal(err)
	}
	if got := s.session.Page.MustInfo().Title; got != "New entry" {
		t.Errorf("after the list view's button: on %q, want New entry", got)
	}
	// "In your entry, …": the item named alone is its page too; with no item made, the
	// reader is in theirs, the page at hand.
	if err := s.open(ctx, url+"/"); err != nil {
		t.Fatal(err)
	}
	if err := s.perform(ctx, "In your entry, click **Configure**."); err != nil {
		t.Fatal(err)
	}
	if got := s.session.Page.MustEval(`() => document.body.dataset.configured || ""`).Str(); got != "1" {
		t.Errorf("Configure pressed %q times on the item's page opened from home, want 1", got)
	}
	s.subject = ""
	if err := s.perform(ctx, "In the edit view of your content-type, click **Configure**."); err == nil || !strings.Contains(err.Error(), "no item to open") {
		t.Errorf("the item's view with no item: %v, want no item to open", err)
	}
	if err := s.perform(ctx, "In your entry, click **Configure**."); err != nil {
		t.Errorf("in your entry with no item made: %v, want the page at hand's Configure", err)
	}
	s.subject = "item-1"
	// "In your DatoCMS project, …" when the item is an entry: the reader's project is not the
	// entry's page but the page at hand, which has no Configure.
	if err := s.open(ctx, url+"/"); err != nil {
		t.Fatal(err)
	}
	if err := s.perform(ctx, "In your DatoCMS project, click **Configure**."); !errors.As(err, new(*Mismatch)) {
		t.Errorf("in your project with an entry made: %v, want no Configure on the page at hand", err)
	}
	if got := s.session.Page.MustInfo().Title; got != "Home" {
		t.Errorf("in your project with an entry made: on %q, want Home", got)
	}
}

// "Open your workflow." where each item is a card the page opens on a click anywhere in it,
// its name plain text (n8n's workflows): the reader clicks the name. A name drawn in nothing
// clickable is not pressed: the step drifts.
func TestOpeningAnItemDrawnAsAClickableCard(t *testing.T) {
	url := servePages(t, map[string]string{
		"/": `<title>Workflows</title>
		<div class="card" style="cursor:pointer" onclick="location.href='/workflow/1'"><span>kept</span></div>
		<div class="card" style="cursor:pointer" onclick="location.href='/workflow/2'"><div><span>docdrift-1</span><small>Last updated just now</small></div></div>
		<p>docdrift-2</p>`,
		"/workflow/1": `<title>kept</title><h1>kept</h1>`,
		"/workflow/2": `<title>Editing docdrift-1</title><h1>docdrift-1</h1>`,
	})
	s, ctx := scenarioAt(t, url, Config{BaseURL: url})
	s.loggedIn, s.subject = true, "docdrift-1"
	if err := s.perform(ctx, "Open your workflow."); err != nil {
		t.Fatal(err)
	}
	if got := s.session.Page.MustInfo().Title; got != "Editing docdrift-1" {
		t.Errorf("on %q, want the item's own page, Editing docdrift-1", got)
	}
	if err := s.open(ctx, url+"/"); err != nil {
		t.Fatal(err)
	}
	s.subject = "docdrift-2"
	if err := s.perform(ctx, "Open your workflow."); !errors.As(err, new(*Mismatch)) {
		t.Errorf("a name in nothing clickable: %v, want a drift", err)
	}
}
