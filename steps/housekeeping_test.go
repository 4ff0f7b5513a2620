package steps

import (
	"context"
	"errors"
	"fmt"
	"html"
	"maps"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/docdrift/docdrift/internal/browser"
	"github.com/docdrift/docdrift/internal/browser/browsertest"
	"github.com/docdrift/docdrift/internal/panel"
	"github.com/docdrift/docdrift/internal/profile"
	"github.com/docdrift/docdrift/internal/target"
)

// Housekeeping through the panel's own pages, as its built-in profile describes them, checked
// through the simulator's test API: what a run against a real store does to set up and clean
// up. The 2017 panel deletes a store account with its row's own button and legacy accounts
// by ticking rows; 2019 opens its create form from a menu.
func TestHousekeeperThroughTheUI(t *testing.T) {
	for _, era := range []panel.Era{panel.Era2017, panel.Era2019} {
		t.Run(era.String(), func(t *testing.T) {
			emb, err := target.StartEmbedded(panel.Options{Era: era, Seed: 4})
			if err != nil {
				t.Fatal(err)
			}
			defer emb.Close()
			owner := emb.Server.Owner()
			// As a run does: the keeper's sessions come from the run's pool and go back to it.
			pool := browser.NewPool(browsertest.Browser(t))
			defer pool.Close()
			h := &Housekeeper{
				Config: Config{BaseURL: emb.URL, Login: Login{Username: owner.Email, Password: owner.Password}, StepTimeout: 5 * time.Second},
				Open:   pool.Get, Release: pool.Put,
			}
			subjects := SubjectsOf(panel.Profile(era), func(s profile.Subject) Keeper { return h.Keeper(*s.Pages) })
			store, legacy := subjects[0].Keeper, subjects[1].Keeper
			ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute) // a loaded machine
			defer cancel()
			has := func(name string) bool {
				list, err := emb.API.Accounts(ctx)
				if err != nil {
					t.Fatal(err)
				}
				return list.Has(name)
			}

			for _, acc := range []struct {
				name string
				k    Keeper
			}{{"docdrift-0101t0000aaaaaa-1", store}, {"docdrift-0101t0000aaaaaa-2", legacy}, {"docdrift-0101t0000bbbbbb-1", legacy}} {
				if err := acc.k.Ensure(ctx, acc.name); err != nil {
					t.Fatalf("Ensure(%s): %v", acc.name, err)
				}
				if !has(acc.name) {
					t.Fatalf("%s was not created", acc.name)
				}
			}
			if err := store.Ensure(ctx, "docdrift-0101t0000aaaaaa-1"); err != nil { // exists: nothing to do
				t.Fatal(err)
			}
			if names, err := legacy.Names(ctx); err != nil || len(names) != 2 {
				t.Errorf("legacy Names = %v, %v", names, err)
			}
			// A name no list shows is said: what was made under it is of no kept kind.
			var nl *NotListed
			if err := subjects.Delete(ctx, []string{"docdrift-0101t0000aaaaaa-1", "never-created"}, nil); !errors.As(err, &nl) || !slices.Equal(nl.Names, []string{"never-created"}) {
				t.Fatalf("Delete = %v, want the name no list showed, never-created", err)
			}
			if has("docdrift-0101t0000aaaaaa-1") || !has("docdrift-0101t0000aaaaaa-2") {
				t.Error("Delete deleted the wrong accounts")
			}
			swept, err := subjects.Sweep(ctx, "docdrift-0101t0000aaaaaa-")
			if err != nil || len(swept) != 1 || swept[0] != "docdrift-0101t0000aaaaaa-2" {
				t.Errorf("Sweep = %v, %v", swept, err)
			}
			if has("docdrift-0101t0000aaaaaa-2") || !has("docdrift-0101t0000bbbbbb-1") {
				t.Error("Sweep deleted the wrong accounts")
			}
			if n := pool.Opened(); n != 1 {
				t.Errorf("housekeeping opened %d browser sessions, want 1: each went well and was given back", n)
			}
		})
	}
}

// A form field whose value must differ between items (an invited user's e-mail address) is
// filled from the profile's value with the item's name in place of {name}.
func TestEnsureFillsTheItemsNameIntoValues(t *testing.T) {
	var mu sync.Mutex
	emails := map[string]string{} // name → e-mail address
	mux := http.NewServeMux()
	mux.HandleFunc("GET /items", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		var rows strings.Builder
		for name := range emails {
			fmt.Fprintf(&rows, "<tr><td>%s</td></tr>", html.EscapeString(name))
		}
		fmt.Fprintf(w, `<!doctype html><title>Users</title><a href="/new">Invite user</a><table><tbody>%s</tbody></table>`, rows.String())
	})
	mux.HandleFunc("GET /new", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<!doctype html><title>Invite</title><form method="post" action="/items">
<label>First name <input name="first"></label><label>Email <input name="email" type="email"></label><button>Invite</button></form>`)
	})
	mux.HandleFunc("POST /items", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		emails[r.FormValue("first")] = r.FormValue("email")
		mu.Unlock()
		http.Redirect(w, r, "/items", http.StatusSeeOther)
	})
	h := housekeeperOf(t, mux, "/items", 5*time.Second)
	k := h.Keeper(profile.Pages{List: "/items", Create: "Invite user", Name: "First name",
		Fill: map[string]string{"Email": "{name}@example.com"}, Save: "Invite", Delete: "Delete {name}"})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	for _, name := range []string{"docdrift-0101t0000aaaaaa-1", "docdrift-0101t0000aaaaaa-2"} {
		if err := k.Ensure(ctx, name); err != nil {
			t.Fatalf("Ensure(%s): %v", name, err)
		}
		mu.Lock()
		got := emails[name]
		mu.Unlock()
		if want := name + "@example.com"; got != want {
			t.Errorf("%s was invited with e-mail %q, want %q", name, got, want)
		}
	}
}

// One list that cannot be read (Strapi's entries, cut off mid-load by a cleanup's bound) and
// one row whose deletion fails are charged to the names they concern: the
// other list's items are still deleted, and only the names no list showed are said to be
// maybe still on the product.
func TestAFailedListOrRowIsChargedToItsOwnNames(t *testing.T) {
	var mu sync.Mutex
	tokens := []string{"docdrift-tok-1", "docdrift-stuck-1", "kept"}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /tokens", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		var rows strings.Builder
		for _, n := range tokens {
			button := fmt.Sprintf(`<button onclick="confirm('Delete?') && fetch('/tokens/%[1]s', {method: 'DELETE'}).then(() => this.closest('tr').remove())">Delete %[1]s</button>`, html.EscapeString(n))
			if n == "docdrift-stuck-1" {
				button = "" // a row the product draws no delete for
			}
			fmt.Fprintf(&rows, "<tr><td>%s</td><td>%s</td></tr>", html.EscapeString(n), button)
		}
		fmt.Fprintf(w, `<!doctype html><title>Tokens</title><table><tbody>%s</tbody></table>`, rows.String())
	})
	mux.HandleFunc("DELETE /tokens/{name}", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		tokens = slices.DeleteFunc(tokens, func(n string) bool { return n == r.PathValue("name") })
	})
	mux.HandleFunc("GET /entries", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "entries are unavailable", http.StatusInternalServerError)
	})
	h := housekeeperOf(t, mux, "/tokens", 5*time.Second)
	subjects := SubjectsOf(profile.Profile{Subjects: []profile.Subject{
		{Name: "entry", Pages: &profile.Pages{List: "/entries", Delete: "Delete {name}"}},
		{Name: "token", Pages: &profile.Pages{List: "/tokens", Delete: "Delete {name}"}},
	}}, func(s profile.Subject) Keeper { return h.Keeper(*s.Pages) })
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()

	err := subjects.Delete(ctx, []string{"docdrift-tok-1", "docdrift-tok-1-description", "docdrift-stuck-1", "docdrift-entry-1"}, nil)
	var nd *NotDeleted
	if !errors.As(err, &nd) {
		t.Fatalf("Delete = %v, want the names it could not delete", err)
	}
	if got := slices.Sorted(maps.Keys(nd.Failed)); !slices.Equal(got, []string{"docdrift-stuck-1"}) {
		t.Errorf("failed deletions of %q, want docdrift-stuck-1's alone", got)
	}
	if want := []string{"docdrift-tok-1-description", "docdrift-entry-1"}; !slices.Equal(nd.Unread, want) {
		t.Errorf("unread %q, want %q", nd.Unread, want)
	}
	if errors.As(err, new(*NotListed)) {
		t.Errorf("Delete = %v: a list that could not be read says nothing of what it holds", err)
	}
	mu.Lock()
	left := slices.Clone(tokens)
	mu.Unlock()
	if !slices.Equal(left, []string{"docdrift-stuck-1", "kept"}) {
		t.Errorf("tokens left %q, want docdrift-tok-1 deleted past the unreadable list", left)
	}
	// A sweep, too, goes on past the list it cannot read and the row it cannot delete.
	mu.Lock()
	tokens = append(tokens, "docdrift-tok-2")
	mu.Unlock()
	swept, serr := subjects.Sweep(ctx, "docdrift-")
	if !slices.Equal(swept, []string{"docdrift-tok-2"}) || serr == nil || !strings.Contains(serr.Error(), "docdrift-stuck-1") {
		t.Errorf("Sweep = %q, %v; want docdrift-tok-2 swept, and the entries' list and docdrift-stuck-1 said", swept, serr)
	}
	for _, tt := range []struct {
		names []string
		fails bool
	}{
		{[]string{"docdrift-tok-1", "docdrift-tok-1-description"}, false}, // a token and its description: deleted
		{[]string{"docdrift-stuck-1"}, true},
		{[]string{"docdrift-entry-1"}, true},
	} {
		if got := Concerning(err, tt.names); (got != nil) != tt.fails {
			t.Errorf("Concerning(%q) = %v, want it to fail: %v", tt.names, got, tt.fails)
		}
	}
}

// A name known to be of one subject — its keeper made it, or it was typed on its pages — is
// looked for on that subject's list alone: Strapi's cleanup opened all eight lists for an
// entry's two names. A list none of the names may be on is not opened; a name not known to be
// of any is still looked for on every list. Signing in lands on the first list to open: the
// page where procedures begin is not loaded for nothing.
func TestDeleteOpensOnlyTheListsItsNamesMayBeOn(t *testing.T) {
	site, subjects := threeLists(t, map[string][]string{"tokens": {"docdrift-tok-1"}, "entries": {"docdrift-entry-1"}, "roles": {}})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	for _, tt := range []struct {
		name   string
		names  []string
		of     map[string]string
		opened map[string]int // pages: signing in lands on the first list, not where procedures begin
		left   []string       // names no list showed
	}{
		{"an entry and its description", []string{"docdrift-entry-1", "docdrift-entry-1-description"},
			map[string]string{"docdrift-entry-1": "entry", "docdrift-entry-1-description": "entry"},
			map[string]int{"entries": 1}, []string{"docdrift-entry-1-description"}},
		{"nothing known", []string{"docdrift-tok-1", "never-made"},
			nil, map[string]int{"tokens": 1, "entries": 1, "roles": 1}, []string{"never-made"}},
		{"nothing any list may show", nil, nil, map[string]int{}, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			site.mu.Lock()
			clear(site.opened)
			site.mu.Unlock()
			err := subjects.Delete(ctx, tt.names, tt.of)
			var nl *NotListed
			if errors.As(err, &nl) != (tt.left != nil) || (nl != nil && !slices.Equal(nl.Names, tt.left)) {
				t.Errorf("Delete = %v, want %q said as on no list", err, tt.left)
			}
			site.mu.Lock()
			defer site.mu.Unlock()
			if !maps.Equal(site.opened, tt.opened) {
				t.Errorf("pages opened %v, want %v", site.opened, tt.opened)
			}
		})
	}
	site.mu.Lock()
	defer site.mu.Unlock()
	if left := slices.Concat(site.items["tokens"], site.items["entries"]); len(left) > 0 {
		t.Errorf("left %q, want both deleted", left)
	}
}

// A run's last cleanup and its sweep read each list once between them: the last batch's
// names are deleted where their subject's list shows them, and every list's items named
// with the run's prefix — what earlier cleanups failed to remove — are swept from it.
func TestFinishReadsEachListOnce(t *testing.T) {
	site, subjects := threeLists(t, map[string][]string{
		"tokens":  {"docdrift-run-1", "docdrift-run-9", "someone-elses"},
		"entries": {"docdrift-run-5"},
		"roles":   {},
	})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	swept, deleted, sweepErr := subjects.Finish(ctx, []string{"docdrift-run-1", "docdrift-run-1-description"},
		map[string]string{"docdrift-run-1": "token", "docdrift-run-1-description": "token"}, "docdrift-run-")
	var nl *NotListed
	if !errors.As(deleted, &nl) || !slices.Equal(nl.Names, []string{"docdrift-run-1-description"}) || sweepErr != nil {
		t.Errorf("Finish deleted: %v, sweep: %v; want only the description said as on no list", deleted, sweepErr)
	}
	slices.Sort(swept)
	if want := []string{"docdrift-run-5", "docdrift-run-9"}; !slices.Equal(swept, want) {
		t.Errorf("swept %q, want %q", swept, want)
	}
	site.mu.Lock()
	defer site.mu.Unlock()
	if want := map[string]int{"tokens": 1, "entries": 1, "roles": 1}; !maps.Equal(site.opened, want) {
		t.Errorf("pages opened %v, want %v", site.opened, want)
	}
	if left := slices.Concat(site.items["tokens"], site.items["entries"]); !slices.Equal(left, []string{"someone-elses"}) {
		t.Errorf("left %q, want only someone-elses", left)
	}
}

// listSite is a product of three lists, of tokens, entries and roles, whose rows each have
// a delete button that asks to confirm; it counts the times each list is opened.
type listSite struct {
	mu     sync.Mutex
	items  map[string][]string
	opened map[string]int
}

// threeLists serves a listSite holding items, and the subjects kept through its lists.
func threeLists(t *testing.T, items map[string][]string) (*listSite, Subjects) {
	site := &listSite{items: items, opened: map[string]int{}}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /favicon.ico", http.NotFound)
	mux.HandleFunc("GET /{list}", func(w http.ResponseWriter, r *http.Request) {
		site.mu.Lock()
		defer site.mu.Unlock()
		list := r.PathValue("list")
		site.opened[list]++
		var rows strings.Builder
		for _, n := range site.items[list] {
			fmt.Fprintf(&rows, `<tr><td>%[1]s</td><td><button onclick="confirm('Delete?') && fetch('/%[2]s/%[1]s', {method: 'DELETE'}).then(() => this.closest('tr').remove())">Delete %[1]s</button></td></tr>`, html.EscapeString(n), list)
		}
		fmt.Fprintf(w, `<!doctype html><title>%[1]s</title><h1>%[1]s</h1><table><tbody>%[2]s</tbody></table>`, list, rows.String())
	})
	mux.HandleFunc("DELETE /{list}/{name}", func(w http.ResponseWriter, r *http.Request) {
		site.mu.Lock()
		defer site.mu.Unlock()
		site.items[r.PathValue("list")] = slices.DeleteFunc(site.items[r.PathValue("list")], func(n string) bool { return n == r.PathValue("name") })
	})
	h := housekeeperOf(t, mux, "/home", 2*time.Second)
	return site, SubjectsOf(profile.Profile{Subjects: []profile.Subject{
		{Name: "token", Pages: &profile.Pages{List: "/tokens", Delete: "Delete {name}"}},
		{Name: "entry", Pages: &profile.Pages{List: "/entries", Delete: "Delete {name}"}},
		{Name: "role", Pages: &profile.Pages{List: "/roles", Delete: "Delete {name}"}},
	}}, func(s profile.Subject) Keeper { return h.Keeper(*s.Pages) })
}

// housekeeperOf serves app for the test and keeps its items from start, with steps of step.
func housekeeperOf(t *testing.T, app http.Handler, start string, step time.Duration) *Housekeeper {
	t.Helper()
	srv := httptest.NewServer(app)
	t.Cleanup(srv.Close)
	b := browsertest.Browser(t)
	return &Housekeeper{
		Config: Config{BaseURL: srv.URL, Start: srv.URL + start, StepTimeout: step},
		Open:   func(ctx context.Context) (*browser.Session, error) { return b.NewSession(ctx) },
	}
}

// Cleanup acts as the profile says, not as a doc does: when its delete control is not there
// it says so, and never carries on with the nearest control, as a run's steps do (Strapi's
// default locale has no delete button, and "Edit <name> locale" was pressed for it). A
// control named as the profile says, with the item's name shown longer (Strapi's accounts:
// "Delete <first name> <last name>"), is the one.
func TestCleanupPressesTheProfilesControlsOnly(t *testing.T) {
	for _, tt := range []struct {
		name, row, delete string
		deleted           bool
	}{
		{"no delete control", `<button onclick="fetch('/edit', {method: 'POST'})">Edit docdrift-it-1 locale</button>`, "Delete {name} locale", false},
		{"the name shown longer", `<button onclick="fetch('/edit', {method: 'POST'})">Edit docdrift-it-1 Smith</button>` +
			`<button onclick="confirm('Delete?') && fetch('/delete', {method: 'POST'}).then(() => this.closest('tr').remove())">Delete docdrift-it-1 Smith</button>`,
			"Delete {name}", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var mu sync.Mutex
			done := map[string]int{}
			mux := http.NewServeMux()
			mux.HandleFunc("GET /favicon.ico", http.NotFound)
			mux.HandleFunc("GET /items", func(w http.ResponseWriter, r *http.Request) {
				mu.Lock()
				defer mu.Unlock()
				row := ""
				if done["delete"] == 0 {
					row = `<tr><td>docdrift-it-1</td><td>` + tt.row + `</td></tr>`
				}
				fmt.Fprint(w, `<!doctype html><title>Items</title><h1>Items</h1><table><tbody>`+row+`</tbody></table>`)
			})
			mux.HandleFunc("POST /{what}", func(w http.ResponseWriter, r *http.Request) {
				mu.Lock()
				defer mu.Unlock()
				done[r.PathValue("what")]++
			})
			h := housekeeperOf(t, mux, "/items", 2*time.Second)
			h.Config.KeepGoing = true // as docdrift run sets it for the procedures
			subjects := SubjectsOf(profile.Profile{Subjects: []profile.Subject{
				{Name: "item", Pages: &profile.Pages{List: "/items", Delete: tt.delete}},
			}}, func(s profile.Subject) Keeper { return h.Keeper(*s.Pages) })
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			err := subjects.Delete(ctx, []string{"docdrift-it-1"}, map[string]string{"docdrift-it-1": "item"})
			var m *Mismatch
			switch {
			case tt.deleted && err != nil:
				t.Errorf("Delete = %v, want it deleted", err)
			case !tt.deleted && (!errors.As(err, &m) || !strings.Contains(err.Error(), `"Delete docdrift-it-1 locale"`)):
				t.Errorf("Delete = %v, want the delete control said missing", err)
			}
			mu.Lock()
			defer mu.Unlock()
			if done["edit"] != 0 || done["delete"] != map[bool]int{true: 1}[tt.deleted] {
				t.Errorf("pressed %v", done)
			}
		})
	}
}
