package steps

import (
	"errors"
	"strings"
	"testing"
)

// "Choose a role from the **Role** list": the doc leaves the option to the reader, who picks
// one — in a select, and in a custom dropdown whose options a library draws outside the
// dialog it was opened in (a portal). The dialog stays the procedure's.
func TestChoosingAnOptionTheDocLeavesOpen(t *testing.T) {
	url := servePages(t, map[string]string{"/": `<title>Users</title>
		<label>Role <select id="role"><option value="">Choose…</option><option>Author</option><option>Editor</option></select></label>
		<button onclick="document.getElementById('add').hidden = false">Add new locale</button>
		<div role="dialog" aria-modal="true" id="add" hidden aria-labelledby="add-title" style="position:fixed;top:100px;left:100px;z-index:10;background:white"><h2 id="add-title">Add new locale</h2>
			<label id="locales-label">Locales</label>
			<button role="combobox" id="locales" aria-labelledby="locales-label" aria-expanded="false" aria-controls="list"
				onclick="open_()">Select a locale</button>
		</div>
		<script>
			function open_() {
				const l = document.createElement("div");
				l.id = "list"; l.setAttribute("role", "listbox");
				l.style = "position:fixed;top:10px;left:10px;background:white;z-index:9999";
				for (const [name, sel] of [["English (en)", true], ["French (fr)", false]]) {
					const o = document.createElement("div");
					o.setAttribute("role", "option"); o.setAttribute("aria-selected", String(sel)); o.textContent = name;
					o.onclick = () => { document.getElementById("locales").textContent = name; l.remove();
						document.getElementById("locales").setAttribute("aria-expanded", "false"); };
					l.append(o);
				}
				document.getElementById("locales").setAttribute("aria-expanded", "true");
				document.documentElement.append(l); // a layer of its own, outside the modal
			}
		</script>`})
	s, ctx := scenarioAt(t, url, Config{})
	s.loggedIn = true
	if err := s.perform(ctx, "Choose a role from the **Role** drop-down list."); err != nil {
		t.Fatal(err)
	}
	if got := s.session.Page.MustEval(`() => document.getElementById("role").value`).Str(); got != "Author" {
		t.Errorf("the select holds %q, want the first option a reader could choose, Author", got)
	}
	for _, sentence := range []string{
		"Click **Add new locale**.",
		"In the locale addition window, choose your new locale among the *Locales* drop-down list.",
	} {
		if err := s.perform(ctx, sentence); err != nil {
			t.Fatalf("%s: %v", sentence, err)
		}
	}
	if got := s.session.Page.MustEval(`() => document.getElementById("locales").textContent`).Str(); got != "French (fr)" {
		t.Errorf("the dropdown shows %q, want the first option not already chosen, French (fr)", got)
	}
	if !s.session.Page.MustEval(`() => !document.getElementById("add").hidden`).Bool() {
		t.Error("the dialog the procedure opened was closed")
	}
}

// A list of several choices stays open once an option is chosen, over the form's buttons, and
// the page ignores clicks outside it (Strapi's "User's roles"): the reader closes it with
// Escape before going on, and the dialog around it stays open.
func TestAListOfSeveralChoicesIsClosedOnceChosen(t *testing.T) {
	url := servePages(t, map[string]string{"/": `<title>Invite</title>
		<div role="dialog" aria-modal="true" aria-label="Invite new user" id="dlg">
			<label id="roles-label">User's roles</label>
			<button role="combobox" id="roles" aria-labelledby="roles-label" aria-expanded="false" onclick="toggle(true)">Choose roles</button>
			<div role="listbox" id="list" aria-multiselectable="true" hidden style="position:absolute;top:40px;left:0;width:400px;height:300px;background:white;z-index:5">
				<div role="option" aria-selected="false" onclick="this.setAttribute('aria-selected', 'true')">Author</div>
				<div role="option" aria-selected="false" onclick="this.setAttribute('aria-selected', 'true')">Editor</div>
			</div>
			<button style="position:absolute;top:120px;left:20px" onclick="document.title = 'Invited'">Invite user</button>
		</div>
		<div id="shield" hidden style="position:fixed;inset:0;z-index:4"></div>
		<script>
			function toggle(open) {
				document.getElementById("list").hidden = !open;
				document.getElementById("shield").hidden = !open; // clicks outside the list go nowhere
				document.getElementById("roles").setAttribute("aria-expanded", String(open));
			}
			document.addEventListener("keydown", (e) => { if (e.key === "Escape") toggle(false); });
		</script>`})
	s, ctx := scenarioAt(t, url, Config{})
	s.loggedIn = true
	for _, sentence := range []string{
		"User's roles | (mandatory) Choose from the drop-down list the role to attribute to the new administrator.",
		"Click on the **Invite user** button.",
	} {
		if err := s.perform(ctx, sentence); err != nil {
			t.Fatalf("%s: %v", sentence, err)
		}
	}
	if got := s.session.Page.MustInfo().Title; got != "Invited" {
		t.Errorf("the form's button was not pressed: title %q", got)
	}
}

// "Click on the delete button on the right side of the role's record": the procedure's own
// item's row. A procedure with no item of its own must not press the first row's button.
func TestARowOfNoItemIsLeftAlone(t *testing.T) {
	url := servePages(t, map[string]string{"/": `<title>Roles</title><table>
		<tr><td>Author</td><td><button aria-label="Delete" onclick="this.closest('tr').remove()">🗑</button></td></tr>
		<tr><td>Editor</td><td><button aria-label="Delete" onclick="this.closest('tr').remove()">🗑</button></td></tr></table>`})
	s, ctx := scenarioAt(t, url, Config{})
	s.loggedIn = true
	err := s.perform(ctx, "Click on the delete button on the right side of the role's record.")
	if err == nil || !strings.Contains(err.Error(), "no item to act on") {
		t.Errorf("err = %v, want no item to act on", err)
	}
	if n := s.session.Page.MustEval(`() => document.querySelectorAll("tr").length`).Int(); n != 2 {
		t.Errorf("%d rows left, want both", n)
	}
}

// "The drop-down list", unnamed, is the one the reader sees — in the open dialog, not the
// page behind it: clicking it opens it, a choice "to choose a new role" is any of its options,
// and words that describe an option ("select PPL from the dropdown menu") pick that one.
func TestAnUnnamedDropdownIsTheOneInView(t *testing.T) {
	url := servePages(t, map[string]string{
		"/": `<title>Query</title>
		<label>Sort <select id="sort"><option>Newest</option><option>Oldest</option></select></label>
		<div role="dialog" aria-modal="true" aria-label="Query settings" style="position:fixed;top:80px;left:80px;background:white">
			<label>Language <select id="lang"><option selected>SQL</option><option>DQL</option><option>PPL</option></select></label>
		</div>`,
		"/conditions": `<title>Conditions</title>
		<label>Sort <select id="sort"><option>Newest</option><option>Oldest</option></select></label>
		<div role="dialog" aria-modal="true" aria-label="Define conditions" style="position:fixed;top:80px;left:80px;background:white">
			<span id="read-label">Read</span>
			<button role="combobox" id="read" aria-labelledby="read-label" aria-expanded="false"
				onclick="this.setAttribute('aria-expanded', 'true')">Anytime</button>
		</div>`})
	s, ctx := scenarioAt(t, url, Config{})
	s.loggedIn = true
	lang := func() string { return s.session.Page.MustEval(`() => document.getElementById("lang").value`).Str() }
	if err := s.perform(ctx, "Click on the drop-down list to choose a new language."); err != nil {
		t.Fatal(err)
	}
	if got := lang(); got != "DQL" {
		t.Errorf("the dialog's list holds %q, want the first option a reader could choose, DQL", got)
	}
	if err := s.perform(ctx, "To change the language, select PPL from the dropdown menu."); err != nil {
		t.Fatal(err)
	}
	if got := lang(); got != "PPL" {
		t.Errorf("the dialog's list holds %q, want the option the doc describes, PPL", got)
	}
	if got := s.session.Page.MustEval(`() => document.getElementById("sort").value`).Str(); got != "Newest" {
		t.Errorf("the page's list behind the dialog changed to %q", got)
	}
	if err := s.open(ctx, url+"/conditions"); err != nil {
		t.Fatal(err)
	}
	if err := s.perform(ctx, "Click on the drop-down list related to the permission you want to customize."); err != nil {
		t.Fatal(err)
	}
	if got := s.session.Page.MustEval(`() => document.getElementById("read").getAttribute("aria-expanded")`).Str(); got != "true" {
		t.Errorf("the dialog's dropdown is not open (aria-expanded %q)", got)
	}
}

// "Tick the boxes of the permissions the role should give access to": which boxes is the
// reader's pick; the first one in view (the open dialog's first) is ticked, and nothing else.
func TestBoxesTheDocLeavesToTheReader(t *testing.T) {
	url := servePages(t, map[string]string{"/": `<title>Role</title>
		<label><input type="checkbox" id="remember"> Remember me</label>
		<div role="dialog" aria-modal="true" aria-label="Permissions" style="position:fixed;inset:40px;background:white">
			<label><input type="checkbox" id="find"> find</label>
			<label><input type="checkbox" id="create"> create</label>
		</div>`})
	s, ctx := scenarioAt(t, url, Config{})
	s.loggedIn = true
	if err := s.perform(ctx, "Tick the boxes of the permissions the role should give access to."); err != nil {
		t.Fatal(err)
	}
	got := s.session.Page.MustEval(`() => ["remember", "find", "create"].filter((id) => document.getElementById(id).checked).join(",")`).Str()
	if got != "find" {
		t.Errorf("ticked %q, want the dialog's first box, find", got)
	}
}

// "Select the app or service you wish to connect to": the reader picks one of what the page
// offers. With no group of radio buttons or boxes, that is an open list's first option (a
// searchable list in a dialog) or, with none open, the first dropdown's; with neither, the
// step drifts with what was looked for.
func TestAPickAmongWhatThePageOffers(t *testing.T) {
	url := servePages(t, map[string]string{
		"/list": `<title>Credentials</title>
		<div role="dialog" aria-modal="true" aria-label="Add new credential" style="position:fixed;inset:40px;background:white">
			<input role="combobox" aria-label="Search for app" aria-expanded="true" aria-controls="apps">
			<ul role="listbox" id="apps">
				<li role="option" aria-disabled="true">Loading…</li>
				<li role="option" onclick="document.title = 'picked ' + this.textContent">Airtable</li>
				<li role="option" onclick="document.title = 'picked ' + this.textContent">Asana</li>
			</ul>
		</div>`,
		"/dropdown": `<title>Roles</title>
		<label>Role <select id="role"><option value="">Choose…</option><option>Author</option><option>Editor</option></select></label>`,
		"/none": `<title>Nothing</title><p>Nothing to choose here.</p>`,
		// The option already chosen is no pick of the reader's: the next one is.
		"/levels": `<title>Access</title>
		<fieldset><legend>Orders</legend>
			<label><input type="radio" name="orders" value="none" checked>None</label>
			<label><input type="radio" name="orders" value="view" onclick="document.title = 'picked view'">View</label>
			<label><input type="radio" name="orders" value="edit">Edit</label>
		</fieldset>`,
		// A list the step before opened is what the reader picks from, whatever group of
		// options the page holds besides.
		"/open": `<title>Workflow</title>
		<fieldset><legend>Mode</legend><label><input type="radio" name="m" onclick="document.title = 'mode'">Draft</label></fieldset>
		<ul role="listbox"><li role="option" onclick="document.title = 'picked ' + this.textContent">billing</li></ul>`,
		// A canvas's zoom controls are a group too, of buttons: no choice there.
		"/toolbar": `<title>Editor</title>
		<div role="group" aria-label="Zoom"><button onclick="document.title = 'zoomed'">Zoom in</button><button>read-only</button></div>
		<label>Tag <select id="tag"><option value="">Choose…</option><option>urgent</option></select></label>`,
	})
	s, ctx := scenarioAt(t, url+"/list", Config{})
	s.loggedIn = true
	const sentence = "Select the app or service you wish to connect to."
	if err := s.perform(ctx, sentence); err != nil {
		t.Fatal(err)
	}
	if got := s.session.Page.MustEval(`() => document.title`).Str(); got != "picked Airtable" {
		t.Errorf("after the pick the title is %q, want the first option offered, Airtable", got)
	}
	if err := s.open(ctx, url+"/dropdown"); err != nil {
		t.Fatal(err)
	}
	if err := s.perform(ctx, sentence); err != nil {
		t.Fatal(err)
	}
	if got := s.session.Page.MustEval(`() => document.getElementById("role").value`).Str(); got != "Author" {
		t.Errorf("the dropdown holds %q, want its first option a reader could choose, Author", got)
	}
	if err := s.open(ctx, url+"/toolbar"); err != nil {
		t.Fatal(err)
	}
	if err := s.perform(ctx, "Select an existing tag, or enter a new tag name."); err != nil {
		t.Fatal(err)
	}
	if got := s.session.Page.MustEval(`() => document.title + " " + document.getElementById("tag").value`).Str(); got != "Editor urgent" {
		t.Errorf("page says %q, want the tag chosen in the dropdown and the toolbar untouched (Editor urgent)", got)
	}
	for _, c := range []struct{ page, sentence, want string }{
		{"/levels", "Select at least the minimal scopes your app will require.", "picked view"},
		{"/open", "Select an existing tag.", "picked billing"},
	} {
		if err := s.open(ctx, url+c.page); err != nil {
			t.Fatal(err)
		}
		if err := s.perform(ctx, c.sentence); err != nil {
			t.Errorf("%s: %v", c.page, err)
		} else if got := s.session.Page.MustEval(`() => document.title + (document.getElementById("list") ? " " + !document.getElementById("list").hidden : "")`).Str(); !strings.HasPrefix(got, c.want) {
			t.Errorf("%s: after the pick the title is %q, want %q", c.page, got, c.want)
		}
	}
	if err := s.open(ctx, url+"/none"); err != nil {
		t.Fatal(err)
	}
	err := s.perform(ctx, sentence)
	var m *Mismatch
	if !errors.As(err, &m) || !strings.Contains(err.Error(), "nothing to choose from") {
		t.Errorf("on a page offering nothing: %v, want a drift saying there is nothing to choose from", err)
	}
}

// "X, or Y": a reader takes the first way the page offers, the other only when it does not,
// and a page offering neither drifted from the first.
func TestTheOtherWayASentenceOffers(t *testing.T) {
	url := servePages(t, map[string]string{
		"/empty": `<title>Tags</title><label>New tag name <input id="tag"></label>`,
		"/open": `<title>Tags</title><label>New tag name <input id="tag"></label>
		<ul role="listbox"><li role="option" onclick="document.title = 'picked ' + this.textContent">billing</li></ul>`,
		"/none": `<title>Tags</title><p>Nothing here.</p>`,
		// A list's own command is none of its values.
		"/commands": `<title>Tags</title><label>New tag name <input id="tag"></label>
		<ul role="listbox"><li role="option" onclick="document.title = 'managing'">Manage tags</li></ul>`,
	})
	const sentence = "Select an existing tag, or enter a new tag name."
	s, ctx := scenarioAt(t, url+"/empty", Config{})
	s.loggedIn = true
	if err := s.perform(ctx, sentence); err != nil {
		t.Fatal(err)
	}
	if got := s.session.Page.MustEval(`() => document.getElementById("tag").value`).Str(); got == "" {
		t.Error("no tag to pick: the field is empty, want a new tag's name typed")
	}
	if len(s.notes) != 1 || !strings.Contains(s.notes[0], "took the other") {
		t.Errorf("notes %q, want one saying the run took the other way", s.notes)
	}
	s.resetStep()
	if err := s.open(ctx, url+"/commands"); err != nil {
		t.Fatal(err)
	}
	if err := s.perform(ctx, sentence); err != nil {
		t.Fatal(err)
	}
	if got := s.session.Page.MustEval(`() => document.title + " " + (document.getElementById("tag").value !== "")`).Str(); got != "Tags true" {
		t.Errorf("page says %q, want the list's command left alone and a new name typed (Tags true)", got)
	}
	s.resetStep()
	if err := s.open(ctx, url+"/open"); err != nil {
		t.Fatal(err)
	}
	if err := s.perform(ctx, sentence); err != nil {
		t.Fatal(err)
	}
	if got := s.session.Page.MustEval(`() => document.title + " " + document.getElementById("tag").value`).Str(); got != "picked billing " {
		t.Errorf("page says %q, want the tag picked and nothing typed", got)
	}
	// Making the item another procedure acts on ("Manage tags" makes its tag as "Add a tag to
	// a workflow" does), an existing tag is not the run's: the way that names a new one.
	s.resetStep()
	if err := s.open(ctx, url+"/open"); err != nil {
		t.Fatal(err)
	}
	s.making, s.created = true, nil
	if err := s.perform(ctx, sentence); err != nil {
		t.Fatal(err)
	}
	s.making = false
	if got := s.session.Page.MustEval(`() => document.title + " " + (document.getElementById("tag").value !== "")`).Str(); got != "Tags true" || len(s.created) != 1 {
		t.Errorf("making: page says %q and the run made %q, want a new name typed and nothing picked (Tags true)", got, s.created)
	}
	s.resetStep()
	if err := s.open(ctx, url+"/none"); err != nil {
		t.Fatal(err)
	}
	err := s.perform(ctx, sentence)
	var m *Mismatch
	if !errors.As(err, &m) || !strings.Contains(err.Error(), "nothing to choose from") {
		t.Errorf("neither way offered: %v, want the first way's drift", err)
	}
	// A list offering only its own commands is the list the doc describes, with nothing of the
	// product's in it yet: the run lacked an item, the doc did not drift.
	s.resetStep()
	if err := s.open(ctx, url+"/commands"); err != nil {
		t.Fatal(err)
	}
	var u *Unmet
	if err := s.perform(ctx, "Select the tag or tags you want to filter by."); !errors.As(err, &u) {
		t.Errorf("a list of commands only: %v, want what the run lacked", err)
	}
}

// A place the step names that is a dropdown holds the options it clicks: "**Status**: choose
// from **Failed**, …" opens the Status list; where the page shows the control itself, it is
// pressed as written.
func TestOptionsOfTheDropdownAStepNames(t *testing.T) {
	url := servePages(t, map[string]string{
		"/select": `<title>Executions</title>
		<div><label>Status</label></div>
		<div><select id="status"><option value="">Select</option><option>Running</option><option>Failed</option></select></div>`,
		"/custom": `<title>Executions</title>
		<div><label>Status</label></div>
		<div><input role="combobox" id="status" placeholder="Select" aria-expanded="false"
			onclick="document.getElementById('list').hidden = false; this.setAttribute('aria-expanded', 'true')"></div>
		<ul role="listbox" id="list" hidden><li role="option" onclick="document.title = 'picked ' + this.textContent">Failed</li></ul>`,
		"/words": `<title>Executions</title><a href="/workflows">Workflows</a>
		<label>Workflows <select id="wf"><option>All workflows</option><option>Nightly sync</option></select></label>`,
		"/filters": `<title>Workflows</title><button onclick="document.getElementById('panel').hidden = false">Filters</button>
		<div id="panel" hidden><div><label>Tags</label></div>
		<div><input role="combobox" aria-expanded="false" onclick="document.title = 'Tags open'"></div></div>`,
		"/open": `<title>Workflows</title><input role="combobox" aria-expanded="true" aria-controls="tags">
		<ul role="listbox" id="tags"><li role="option">nightly</li><li role="option" onclick="document.title = 'managing'">Manage tags</li></ul>`,
		"/buttons": `<title>Executions</title>
		<section><h2>Status</h2><button onclick="document.title = 'pressed'">Failed</button></section>
		<label>Status <select><option>Failed</option></select></label>`,
	})
	s, ctx := scenarioAt(t, url+"/select", Config{})
	s.loggedIn = true
	const sentence = "**Status**: choose from **Failed**, **Running**, **Success**, or **Waiting**."
	if err := s.perform(ctx, sentence); err != nil {
		t.Fatal(err)
	}
	if got := s.session.Page.MustEval(`() => document.getElementById("status").value`).Str(); got != "Failed" {
		t.Errorf("the Status select holds %q, want Failed", got)
	}
	s.resetStep()
	if err := s.open(ctx, url+"/words"); err != nil {
		t.Fatal(err)
	}
	if err := s.perform(ctx, "**Workflows**: choose all workflows, or a specific workflow name."); err != nil {
		t.Fatal(err)
	}
	if got := s.session.Page.MustEval(`() => document.title + " " + document.getElementById("wf").value`).Str(); got != "Executions Nightly sync" {
		t.Errorf("page says %q, want a workflow chosen in the Workflows list and the link not followed", got)
	}
	for _, c := range []struct{ page, sentence, want string }{
		{"/custom", "Select **Status**.", "Executions true"},
		{"/custom", "In **Status**, select **Failed**.", "picked Failed"},
		{"/buttons", "In **Status**, select **Failed**.", "pressed"},
		{"/open", "Select **Manage tags**.", "managing"},
		{"/filters", "This is available from **Filters** > **Tags**.", "Tags open"},
	} {
		s.resetStep()
		if err := s.open(ctx, url+c.page); err != nil {
			t.Fatal(err)
		}
		if err := s.perform(ctx, c.sentence); err != nil {
			t.Errorf("%s: %v", c.page, err)
		} else if got := s.session.Page.MustEval(`() => document.title + (document.getElementById("list") ? " " + !document.getElementById("list").hidden : "")`).Str(); !strings.HasPrefix(got, c.want) {
			t.Errorf("%s: title %q, want %q", c.page, got, c.want)
		}
	}
	// An option the open list lacks is drift that says what it offers, not a link of the
	// page behind it taken instead.
	s.resetStep()
	if err := s.open(ctx, url+"/custom"); err != nil {
		t.Fatal(err)
	}
	s.session.Page.MustEval(`() => document.body.insertAdjacentHTML("beforeend", '<a href="/insights">Failures 0</a>')`)
	var m *Mismatch
	if err := s.perform(ctx, "In **Status**, select **Failure**."); !errors.As(err, &m) || !strings.Contains(err.Error(), `it offers "Failed"`) {
		t.Errorf("err = %v, want drift naming the list's options", err)
	}
	if title := s.session.Page.MustInfo().Title; title != "Executions" {
		t.Errorf("ended on %q: a link of the page was taken for the option", title)
	}
}

// A panel an earlier step opened that closed since (a choice in it closes it, as n8n's filter
// panel does) is opened again by pressing what opened it, once the step's place is not shown;
// a place nothing brings back is drift.
func TestAPanelThatClosedIsOpenedAgain(t *testing.T) {
	url := servePages(t, map[string]string{"/": `<title>Executions</title>
		<button onclick="document.getElementById('panel').hidden = !document.getElementById('panel').hidden">Filters</button>
		<div id="panel" hidden>
		<label>Workflows <select id="wf" onchange="document.getElementById('panel').hidden = true"><option>All</option><option>Nightly</option></select></label>
		<label>Status <select id="status" onchange="document.getElementById('panel').hidden = true"><option>Any</option><option>Failed</option></select></label>
		<label>Key <input id="key"></label>
		</div>`})
	s, ctx := scenarioAt(t, url, Config{})
	s.loggedIn = true
	for i, sentence := range []string{"Select **Filters**.", "**Workflows**: choose **Nightly**.", "**Status**: choose **Failed**.", "Enter `build` in the **Key** field."} {
		s.resetStep()
		s.index = i
		if err := s.perform(ctx, sentence); err != nil {
			t.Fatalf("%s: %v", sentence, err)
		}
	}
	if got := s.session.Page.MustEval(`() => document.getElementById("wf").value + " " + document.getElementById("status").value + " " + document.getElementById("key").value`).Str(); got != "Nightly Failed build" {
		t.Errorf("filters %q, want Nightly Failed build", got)
	}
	if len(s.notes) == 0 || !strings.Contains(s.notes[len(s.notes)-1], "opened it again") {
		t.Errorf("notes %q, want the panel opened again", s.notes)
	}
	s.resetStep()
	s.index = 4
	var m *Mismatch
	if err := s.perform(ctx, "**Owner**: choose **Me**."); !errors.As(err, &m) {
		t.Errorf("a place nowhere: err = %v, want drift", err)
	}

	// A control that makes something is never pressed again for it.
	adds := servePages(t, map[string]string{"/": `<title>Rules</title>
		<button onclick="window.added = (window.added || 0) + 1; document.getElementById('rule').hidden = false">Add rule</button>
		<div id="rule" hidden><label>Status <select onchange="document.getElementById('rule').hidden = true"><option>Any</option><option>Failed</option></select></label></div>`})
	s, ctx = scenarioAt(t, adds, Config{})
	s.loggedIn = true
	for i, sentence := range []string{"Select **Add rule**.", "**Status**: choose **Failed**.", "**Status**: choose **Any**."} {
		s.resetStep()
		s.index = i
		err := s.perform(ctx, sentence)
		if i < 2 && err != nil {
			t.Fatalf("%s: %v", sentence, err)
		}
	}
	if added := s.session.Page.MustEval(`() => window.added`).Int(); added != 1 {
		t.Errorf("Add rule pressed %d times, want once", added)
	}
}

// "Click on Edit in the dropdown." after a button opened a menu (Medusa's section menus): the
// dropdown is that menu, and Edit its item, though no list control is on the page.
func TestAnItemOfTheDropdownJustOpened(t *testing.T) {
	url := servePages(t, map[string]string{"/": `<title>Group</title>
		<button type="button" aria-label="More actions" aria-haspopup="menu"
			onclick="document.getElementById('menu').hidden = false">⋯</button>
		<div role="menu" id="menu" hidden>
			<div role="menuitem" tabindex="-1" onclick="document.title='edit'">Edit</div>
			<div role="menuitem" tabindex="-1" onclick="document.title='delete'">Delete</div>
		</div>`})
	s, ctx := scenarioAt(t, url, Config{})
	s.loggedIn = true
	performChecked(t, s, ctx, []checked{
		{"Click the **More actions** button.", "", ""},
		{"Click on Edit in the dropdown.", "() => document.title", "edit"},
	})
}

// A step offering alternatives drifts about the one nearest what the page shows, though the
// first is looked for first: Medusa's menu says "Disable tax inclusive pricing", and the fix
// a run suggests rewrites the doc's "Disable tax-inclusive pricing", not its "Enable …".
func TestAnAlternativeDriftsAsTheNearestOne(t *testing.T) {
	url := servePages(t, map[string]string{"/": `<title>Store</title>
		<div role="menu" aria-label="Currency"><div role="menuitem" tabindex="-1">Disable tax inclusive pricing</div><div role="menuitem" tabindex="-1">Remove</div></div>`})
	s, ctx := scenarioAt(t, url, Config{KeepGoing: true})
	s.loggedIn = true
	err := s.perform(ctx, `Choose "Enable tax-inclusive pricing" or "Disable tax-inclusive pricing" from the dropdown, depending on the current setting.`)
	var m *Mismatch
	if err != nil || len(s.drifts) != 1 || !errors.As(s.drifts[0], &m) {
		t.Fatalf("%v (drifts %v), want one drift carried on", err, s.drifts)
	}
	if m.Wanted != "Disable tax-inclusive pricing" || !strings.Contains(m.Error(), `named "Disable tax-inclusive pricing"`) || m.Continued != "Disable tax inclusive pricing" {
		t.Errorf("drift %q (wanted %q, carried on with %q), want it about the doc's Disable", m.Error(), m.Wanted, m.Continued)
	}
}
