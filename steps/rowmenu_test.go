package steps

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cucumber/godog"

	"github.com/docdrift/docdrift/internal/profile"
)

// rowMenuList is an admin list in the style of PatternFly, Material and Ant: every row's only
// control is a kebab button named "Actions", whose menu's "Delete account" opens a dialog that
// asks to confirm.
const rowMenuList = `<!doctype html><title>Accounts</title>
<table><thead><tr><th>Name</th><th></th></tr></thead><tbody>
<tr><td>docdrift-1</td><td><button aria-label="Actions" aria-haspopup="menu">⋮</button></td></tr>
<tr><td>kept</td><td><button aria-label="Actions" aria-haspopup="menu">⋮</button></td></tr>
</tbody></table>
<ul role="menu" hidden><li role="menuitem" tabindex="-1">Edit</li><li role="menuitem" tabindex="-1">Delete account</li></ul>
<div role="dialog" aria-label="Delete account?" hidden><p>This cannot be undone.</p>
<button>Cancel</button><button>Delete</button></div>
<script>
let row;
const menu = document.querySelector('[role=menu]'), dialog = document.querySelector('[role=dialog]');
document.querySelectorAll('button[aria-haspopup]').forEach((b) => b.onclick = () => {
	row = b.closest('tr');
	const r = b.getBoundingClientRect();
	Object.assign(menu.style, {position: 'absolute', left: r.left + 'px', top: r.bottom + 'px'});
	menu.hidden = false;
});
menu.children[1].onclick = () => { menu.hidden = true; dialog.hidden = false; };
dialog.querySelectorAll('button').forEach((b) => b.onclick = () => {
	if (b.textContent === 'Delete') row.remove();
	dialog.hidden = true;
});
</script>`

// A profile's delete control may be a breadcrumb that starts in the row: the row's menu, then
// its item, then the dialog's confirmation — the right row's, and only it.
func TestDeletingThroughARowsMenu(t *testing.T) {
	url := servePages(t, map[string]string{"/": rowMenuList})
	s, ctx := scenarioAt(t, url, Config{})
	k := &pageKeeper{p: profile.Pages{List: "/", Delete: "Actions > Delete account"}}
	if err := deleteInPage(ctx, k, s, "docdrift-1", "never-made"); err != nil {
		t.Fatal(err)
	}
	names, err := s.rowNames(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(names, []string{"kept"}) {
		t.Errorf("rows left: %q, want only \"kept\"", names)
	}
}

// A list whose first column is an ID (Strapi's locales: ID, Display name, Default locale)
// names each row by its first cell that is not a number.
func TestRowNamesSkipAnIDColumn(t *testing.T) {
	url := servePages(t, map[string]string{"/": `<title>Locales</title><table>
		<thead><tr><th>ID</th><th>Display name</th><th>Default locale</th></tr></thead><tbody>
		<tr><td>1</td><td>English (en)</td><td></td></tr>
		<tr><td>#2</td><td>docdrift-1</td><td>Default</td></tr></tbody></table>`})
	s, ctx := scenarioAt(t, url, Config{})
	names, err := s.rowNames(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"English (en)", "docdrift-1"}; !slices.Equal(names, want) {
		t.Errorf("row names %q, want %q", names, want)
	}
}

// A delete control that does nothing (Strapi draws none that works for its default locale)
// is no deletion: the row still listed is an error, not an item said to be gone.
func TestADeletionThatLeavesTheRowFails(t *testing.T) {
	url := servePages(t, map[string]string{"/": `<title>Locales</title><table><tbody>
		<tr><td>docdrift-1</td><td><button aria-label="Delete docdrift-1 locale" onclick="document.getElementById('ask').hidden = false">🗑</button></td></tr>
		</tbody></table>
		<div role="dialog" id="ask" aria-label="Are you sure?" hidden><button onclick="document.getElementById('ask').hidden = true">Confirm</button></div>`})
	s, ctx := scenarioAt(t, url, Config{})
	s.cfg.StepTimeout = time.Second
	k := &pageKeeper{p: profile.Pages{List: "/", Delete: "Delete {name} locale"}}
	err := deleteInPage(ctx, k, s, "docdrift-1")
	var sl *StillListed
	if !errors.As(err, &sl) || !slices.Equal(sl.Names, []string{"docdrift-1"}) {
		t.Errorf("Delete = %v, want docdrift-1 still listed", err)
	}
}

// deleteInPage deletes names through k's list in the page s is on, as cleanup does.
func deleteInPage(ctx context.Context, k housed, s *Scenario, names ...string) error {
	c := &clearing{names: names}
	k.deleteIn(ctx, s, c, names)
	return c.err(false)
}

// keyCards lists API keys as cards, each named by its heading, whose only control is a "⋮"
// that opens a menu drawn outside the card (n8n's API keys).
const keyCards = `<!doctype html><title>API</title><h1>API</h1>
<div class="card"><h2>kept</h2><span role="button" aria-haspopup="menu" tabindex="0" data-icon="ellipsis-vertical">⋮</span></div>
<div class="card"><h2>docdrift-1</h2><span role="button" aria-haspopup="menu" tabindex="0" data-icon="ellipsis-vertical">⋮</span></div>
<ul role="menu" hidden><li role="menuitem" tabindex="-1">Edit</li><li role="menuitem" tabindex="-1">Delete</li></ul>
<script>
const menu = document.querySelector('[role=menu]');
document.querySelectorAll('[aria-haspopup]').forEach((b) => b.onclick = () => {
	menu.dataset.card = b.parentElement.querySelector('h2').textContent;
	menu.hidden = false;
});
menu.children[0].onclick = () => { document.title = 'editing ' + menu.dataset.card; menu.hidden = true; };
menu.children[1].onclick = () => { document.title = 'deleted ' + menu.dataset.card; menu.hidden = true; };
document.addEventListener('keydown', (e) => { if (e.key === 'Escape') menu.hidden = true; });
</script>`

// "Select **Delete** next to the key you want to delete" where each key's Delete is in its
// row's "⋮" menu: the reader opens the key's own menu and takes Delete there, and the way
// is noted. A label the menu does not hold is a drift, the menu closed again.
func TestALabelInTheRowsMenu(t *testing.T) {
	url := servePages(t, map[string]string{"/": keyCards})
	s, ctx := scenarioAt(t, url, Config{})
	s.loggedIn, s.subject = true, "docdrift-1"
	if err := s.perform(ctx, "Select **Delete** next to the key you want to delete."); err != nil {
		t.Fatal(err)
	}
	if got := s.session.Page.MustEval(`() => document.title`).Str(); got != "deleted docdrift-1" {
		t.Errorf("title %q, want the key's own Delete pressed (deleted docdrift-1)", got)
	}
	if len(s.notes) != 1 || !strings.Contains(s.notes[0], `in the menu of the row of "docdrift-1"`) {
		t.Errorf("notes %q, want one saying the menu was opened", s.notes)
	}
	// An icon the doc calls by a word ("its edit button <pencil>", Strapi's media library
	// before its tiles kept Edit in their "⋯") is that word's item in the menu.
	s.resetStep()
	s.notes = nil
	if err := s.perform(ctx, "Click the edit button [pencil-simple] of the key you want to edit."); err != nil {
		t.Fatal(err)
	}
	if got := s.session.Page.MustEval(`() => document.title`).Str(); got != "editing docdrift-1" {
		t.Errorf("title %q, want the key's own Edit pressed (editing docdrift-1)", got)
	}
	if len(s.notes) != 1 || !strings.Contains(s.notes[0], `"edit" is in the menu of the row of "docdrift-1"`) {
		t.Errorf("notes %q, want one saying the menu was opened", s.notes)
	}
	s.resetStep()
	err := s.perform(ctx, "Select **Revoke** next to the key you want to revoke.")
	if !errors.As(err, new(*Mismatch)) {
		t.Fatalf("a label the menu lacks: %v, want a drift", err)
	}
	if want := `the row's menu ("⋮") offers "Edit", "Delete"`; !strings.Contains(err.Error(), want) {
		t.Errorf("a label the menu lacks: %v, want it to say %s", err, want)
	}
	if s.session.Page.MustEval(`() => document.querySelector('[role=menu]').hidden`).Bool() != true {
		t.Error("the row's menu was left open")
	}
}

// "In your workflow, select **+ Add tag**." where the page draws "+ Add tag" as a span a
// script listens to, under a pointer cursor, with no button role (n8n's editor): a reader
// presses it, and the step says the control has no role. A label drawn nowhere still drifts.
func TestAControlOnlyDrawnAsClickable(t *testing.T) {
	url := servePages(t, map[string]string{"/": `<title>Workflow</title>
		<span>docdrift-1</span> <span style="cursor:pointer" onclick="document.title = 'tagging'">+ Add tag</span>`})
	s, ctx := scenarioAt(t, url, Config{})
	s.loggedIn = true
	if err := s.perform(ctx, "Select **+ Add tag**."); err != nil {
		t.Fatal(err)
	}
	if got := s.session.Page.MustEval(`() => document.title`).Str(); got != "tagging" {
		t.Errorf("title %q, want the drawn control pressed (tagging)", got)
	}
	if len(s.notes) != 1 || !strings.Contains(s.notes[0], "no button or link role") {
		t.Errorf("notes %q, want one saying the control has no role", s.notes)
	}
	s.resetStep()
	if err := s.perform(ctx, "Select **Remove tag**."); !errors.As(err, new(*Mismatch)) {
		t.Errorf("a label drawn nowhere: %v, want a drift", err)
	}
}

func TestAControlDrawnOnlyAsAPicture(t *testing.T) {
	url := servePages(t, map[string]string{"/": `<title>Workflows</title>
		<button aria-label="Add"><svg data-icon="plus"></svg></button>
		<button onclick="document.title = 'filtering'"><svg class="icon" data-icon="funnel" aria-hidden="true"></svg></button>
		<button onclick="document.title = 'sorted'">Sort</button>`,
		"/two": `<title>Lists</title>
		<button><svg data-icon="funnel"></svg></button> <button><svg data-icon="funnel"></svg></button>`})
	s, ctx := scenarioAt(t, url, Config{})
	s.loggedIn = true
	if err := s.perform(ctx, "On the Workflows page, select **Filters**."); err != nil {
		t.Fatal(err)
	}
	if got := s.session.Page.MustEval(`() => document.title`).Str(); got != "filtering" {
		t.Errorf("title %q, want the funnel pressed (filtering)", got)
	}
	if len(s.notes) != 1 || !strings.Contains(s.notes[0], `no name, only a picture ("funnel")`) {
		t.Errorf("notes %q, want one saying the control has only a picture", s.notes)
	}
	s.resetStep()
	// Only a control with no name is taken for its picture: "Add" is a name of its own.
	if err := s.perform(ctx, "Select **Create**."); !errors.As(err, new(*Mismatch)) {
		t.Errorf("a label the page names otherwise: %v, want a drift", err)
	}
	// Of two such pictures, a reader cannot tell which the doc means.
	s.resetStep()
	if err := s.open(ctx, url+"/two"); err != nil {
		t.Fatal(err)
	}
	if err := s.perform(ctx, "Select **Filters**."); !errors.As(err, new(*Mismatch)) {
		t.Errorf("two unnamed funnels: %v, want a drift", err)
	}
}

// "Delete a user: 1. Select the menu icon by the user you want to delete. 2. Confirm you want
// to delete them." (n8n's Manage users): the doc skips the menu's "Delete User", which a reader
// chooses since the heading says so; the dialog it opens is then confirmed, and noted. A
// heading that names another task chooses nothing.
func TestTheHeadingsTaskChosenFromAnOpenMenu(t *testing.T) {
	for _, tt := range []struct {
		heading, want string
	}{
		{"Delete an account", ""},
		{"Deleting accounts", ""},
		{"Rename an account", "no confirmation prompt opened"},
	} {
		t.Run(tt.heading, func(t *testing.T) {
			url := servePages(t, map[string]string{"/": rowMenuList})
			s, ctx := scenarioAt(t, url, Config{})
			s.loggedIn, s.subject = true, "docdrift-1"
			s.pickle = &godog.Scenario{Name: tt.heading}
			if err := s.perform(ctx, "Select the menu icon by the account you want to delete."); err != nil {
				t.Fatal(err)
			}
			err := s.perform(ctx, "Confirm you want to delete it.")
			if tt.want != "" {
				if err == nil || !strings.Contains(err.Error(), tt.want) {
					t.Fatalf("err = %v, want %q", err, tt.want)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			names, err := s.rowNames(ctx)
			if err != nil || !slices.Equal(names, []string{"kept"}) {
				t.Errorf("rows left: %q (%v), want only \"kept\"", names, err)
			}
			if !slices.ContainsFunc(s.notes, func(n string) bool { return strings.Contains(n, `"Delete account"`) }) {
				t.Errorf("notes %q do not say the menu's item was chosen", s.notes)
			}
		})
	}
}

// "Click the three-dots icon in the first section's header" on a list rather than the item's
// page (Medusa's shipping profiles, when the page a step went to was the list): the first
// such icon is another item's — the product's own default — and the item's own row's is
// pressed instead; with the item in no row, none is, for what follows could delete another's.
func TestAnIconInAnotherItemsRowIsNotPressed(t *testing.T) {
	list := `<title>Profiles</title><table>
		<tr><td>Default Shipping Profile</td><td><button aria-label="more" onclick="document.title = 'default'">⋯</button></td></tr>
		<tr><td>%s</td><td><button aria-label="more" onclick="document.title = 'mine'">⋯</button></td></tr></table>`
	url := servePages(t, map[string]string{"/": strings.Replace(list, "%s", "docdrift-r1-1", 1), "/other": strings.Replace(list, "%s", "kept", 1)})
	s, ctx := scenarioAt(t, url, Config{RunID: "r1"})
	s.loggedIn, s.subject = true, "docdrift-r1-1"
	const step = "Click the three-dots icon in the first section's header."
	if err := s.perform(ctx, step); err != nil {
		t.Fatal(err)
	}
	if got := s.session.Page.MustEval(`() => document.title`).String(); got != "mine" {
		t.Errorf("pressed %q's icon, want the item's own row's", got)
	}
	if err := s.open(ctx, url+"/other"); err != nil {
		t.Fatal(err)
	}
	var unmet *Unmet
	if err := s.perform(ctx, step); !errors.As(err, &unmet) {
		t.Errorf("with the item in no row: %v, want could not run", err)
	}
	if got := s.session.Page.MustEval(`() => document.title`).String(); got != "Profiles" {
		t.Errorf("pressed %q's icon, want none", got)
	}
}

// An icon is told from the page's others by where the doc puts it: the "⋯" in a section's
// header is that section's, and where the page has no such section (Medusa's store without
// "Locales"), no other section's "⋯" — nor the account menu's — is pressed in its stead.
func TestAnIconInANamedSectionIsThatSectionsOnly(t *testing.T) {
	url := servePages(t, map[string]string{"/": `<title>Store</title>
		<nav><span>Docdrift Admin</span><button aria-label="three dots" onclick="document.title = 'account'">⋯</button></nav>
		<main><section><h2>Store</h2><button aria-label="three dots" onclick="document.title = 'store'">⋯</button><p>Name: Medusa Store</p></section>
		<section><h2>Currencies</h2><button aria-label="three dots" onclick="document.title = 'currencies'">⋯</button><p>EUR Euro</p></section></main>`})
	s, ctx := scenarioAt(t, url, Config{RunID: "r1"})
	s.loggedIn = true
	if err := s.perform(ctx, `Click the three-dots icon in the "Currencies" section's header.`); err != nil {
		t.Fatal(err)
	}
	if got := s.session.Page.MustEval(`() => document.title`).String(); got != "currencies" {
		t.Errorf("pressed the %s icon, want the Currencies section's", got)
	}
	if err := s.perform(ctx, `Click the three-dots icon in the "Locales" section's header.`); !errors.As(err, new(*Mismatch)) || !strings.Contains(err.Error(), `in the "Locales" section`) {
		t.Errorf("with no Locales section: %v, want drift that names the section", err)
	}
	if got := s.session.Page.MustEval(`() => document.title`).String(); got != "currencies" {
		t.Errorf("pressed the %s icon for a section the page lacks, want none", got)
	}
}
