package steps

import (
	"context"
	"errors"
	"slices"
	"testing"

	messages "github.com/cucumber/messages/go/v34"
	"github.com/docdrift/docdrift/internal/profile"
)

// A procedure acts on the subject its heading or steps name, else the product's only one — but
// not when its heading names a task on another kind of item: a profile that keeps API tokens
// has no item for "Deleting a role", and giving it a token to delete would act on the wrong
// kind (Strapi's RBAC doc beside its token docs). The paragraph over the steps names it too,
// and a narrower kind named later wins over the heading's ("end-user roles" under "Deleting a
// role": Strapi has administrator roles and end-user roles).
func TestTheSubjectOfAProcedure(t *testing.T) {
	c := Config{Subjects: []Subject{{Subject: profile.Subject{Name: "API token"}}, {Subject: profile.Subject{Name: "admin token"}}}}
	roles := Config{Subjects: []Subject{{Subject: profile.Subject{Name: "role"}}, {Subject: profile.Subject{Name: "end-user role"}},
		{Subject: profile.Subject{Name: "administrator account", Words: []string{"administrator"}}}}}
	users := Config{Subjects: []Subject{{Subject: profile.Subject{Name: "workflow"}}, {Subject: profile.Subject{Name: "user"}}}}
	for _, tt := range []struct {
		c       *Config
		heading string
		intro   string
		steps   []string
		want    string
	}{
		{&roles, "Deleting a role", "Although the 2 default end-user roles cannot be deleted, the other ones can.",
			[]string{"Click on the delete button on the right side of the role's record."}, "end-user role"},
		{&roles, "Deleting a role", "", []string{"Click on the delete button on the right side of the role's record."}, "role"},
		{&roles, "Editing a role", "", []string{"Click on the edit button of the role to edit.", "Configure the end-user role's *Permissions* by:"}, "end-user role"},
		{&roles, "Deleting an account", "It is possible to delete one or several administrator accounts at the same time.",
			[]string{"Click on the delete button on the right side of the account's record."}, "administrator account"},
		{&roles, "Editing an account", "", []string{"Click on the name of the administrator whose account you want to edit."}, "administrator account"},
		// The item whose page the procedure starts on, whatever its heading adds to it.
		{&roles, "Adding roles", "", []string{"Go to the administrator account's details page.", "Click **Add role**."}, "administrator account"},
		// "you want to delete them" says which, and names no kind of its own.
		{&users, "Delete a user", "", []string{"Select the menu icon by the user you want to delete.", "Confirm you want to delete them.",
			"If they're an active user, choose whether to copy their workflow data and credentials to a new user."}, "user"},
	} {
		sc := &messages.Pickle{Name: tt.heading}
		for _, s := range tt.steps {
			sc.Steps = append(sc.Steps, &messages.PickleStep{Text: s})
		}
		tt.c.Intro = func(*messages.Pickle) string { return tt.intro }
		got := ""
		if s := tt.c.subjectOf(sc); s != nil {
			got = s.Name
		}
		if got != tt.want {
			t.Errorf("%q: subject %q, want %q", tt.heading, got, tt.want)
		}
	}
	for _, tt := range []struct {
		heading string
		steps   []string
		want    string
	}{
		{"Creating an admin token", []string{"Click **Save**."}, "admin token"},
		{"Revoking App Access", []string{"Select **API Tokens**."}, "API token"},
		{"Deleting a role", []string{"Click on the delete button on the right side of the role's record."}, ""},
		{"Adding a new locale", []string{"Click on the **Add new locale** button."}, ""},
		{"Settings", []string{"Click on the edit button."}, ""}, // two kinds kept, none named: no guess
		{"Providers", []string{"Click on the edit button of the provider to enable and configure."}, ""},
		// A heading on a kind no subject keeps: the token its steps mention is not its item.
		{"Delete a user", []string{"Select the menu icon by the user you want to delete.", "Choose whether to copy their API token."}, ""},
		// The kind of item a step acts on settles it, whatever place a step before it names.
		{"Manage users", []string{"Open **Settings** in your API token's page.", "Hover over the user you want to change."}, ""},
		{"Add a user to a token", []string{"In your API token, select **Add user**."}, "API token"},
		// Begun on the page of a kind no subject keeps: that kind's item, whatever kept kind
		// the heading's words also make (Medusa's "Add Customer to Groups" by customer groups).
		{"Add User to API Tokens", []string{"Go to the user's details page.", "In the \"API Tokens\" section, click on the \"Add\" button."}, ""},
	} {
		sc := &messages.Pickle{Name: tt.heading}
		for _, s := range tt.steps {
			sc.Steps = append(sc.Steps, &messages.PickleStep{Text: s})
		}
		got := ""
		if s := c.subjectOf(sc); s != nil {
			got = s.Name
		}
		if got != tt.want {
			t.Errorf("%q: subject %q, want %q", tt.heading, got, tt.want)
		}
	}
}

// A procedure needs an item of its subject when it picks one before it types anything: an edit
// picks the item, then types into its fields; a creation types the new item's name first.
func TestAProcedureNeedsAnItemWhenItPicksOneFirst(t *testing.T) {
	for _, tt := range []struct {
		steps []string
		want  bool
	}{
		{[]string{"Click on the name of the administrator whose account you want to edit.", "First name | Write the administrator's first name in the textbox.", "Click **Save**."}, true},
		{[]string{"Click **Create**.", "In the **Name** field, enter a name.", "Select the check box next to the token."}, false},
		{[]string{"Click **Save**."}, false},
	} {
		sc := &messages.Pickle{Name: "A procedure"}
		for _, s := range tt.steps {
			sc.Steps = append(sc.Steps, &messages.PickleStep{Text: s})
		}
		if got := needsSubject(sc); got != tt.want {
			t.Errorf("%q: needs an item %v, want %v", tt.steps, got, tt.want)
		}
	}
}

// A kept subject's own pages are its list and the forms under it — the innermost list's
// when lists nest — not a sibling whose path merely starts the same, nor a subject nothing
// keeps.
func TestKeptAt(t *testing.T) {
	ss := Subjects{
		{Subject: profile.Subject{Name: "settings", Pages: &profile.Pages{List: "/admin/settings/"}}, Keeper: &pageKeeper{}},
		{Subject: profile.Subject{Name: "entry", Pages: &profile.Pages{List: "/admin/content-manager/collection-types/api::article.article"}}, Keeper: &pageKeeper{}},
		{Subject: profile.Subject{Name: "token", Pages: &profile.Pages{List: "/admin/settings/api-tokens"}}, Keeper: &pageKeeper{}},
		{Subject: profile.Subject{Name: "unkept", Pages: &profile.Pages{List: "/admin/plugins/upload"}}},
		{Subject: profile.Subject{Name: "by breadcrumb", Pages: &profile.Pages{List: "Settings > Users"}}, Keeper: &pageKeeper{}},
	}
	for path, want := range map[string]string{
		"/admin/content-manager/collection-types/api::article.article":        "entry",
		"/admin/content-manager/collection-types/api::article.article/create": "entry",
		"/admin/content-manager/collection-types/api::article.articles":       "",
		"/admin/settings/api-tokens/create":                                   "token",
		"/admin/settings/roles":                                               "settings",
		"/admin/plugins/upload":                                               "",
		"/admin":                                                              "",
		"Settings > Users/x":                                                  "",
	} {
		if got := ss.keptAt(path); got != want {
			t.Errorf("keptAt(%q) = %q, want %q", path, got, want)
		}
	}
}

// madeKeeper records the items it is asked to make.
type madeKeeper struct{ made []string }

func (k *madeKeeper) Ensure(_ context.Context, name string) error {
	k.made = append(k.made, name)
	return nil
}
func (k *madeKeeper) Names(context.Context) ([]string, error) { return k.made, nil }
func (k *madeKeeper) Delete(context.Context, []string) error  { return nil }

// A backdrop subject gets one item for every procedure that makes none of its kind, cleaned up
// with the rest and never the procedure's own; a procedure acting on that kind gets only its own.
func TestBackdropItems(t *testing.T) {
	workflows, keys := &madeKeeper{}, &madeKeeper{}
	cfg := &Config{RunID: "r1", Subjects: Subjects{
		{Subject: profile.Subject{Name: "workflow", Backdrop: true}, Keeper: workflows},
		{Subject: profile.Subject{Name: "API key"}, Keeper: keys},
	}}
	s := &Scenario{cfg: cfg}
	if err := s.ensure(context.Background(), &cfg.Subjects[1]); err != nil {
		t.Fatal(err)
	}
	if err := s.backdrops(context.Background()); err != nil {
		t.Fatal(err)
	}
	if len(workflows.made) != 1 || s.subject != keys.made[0] || !slices.Contains(s.created, workflows.made[0]) || s.of[workflows.made[0]] != "workflow" {
		t.Errorf("made workflows %q, keys %q; subject %q, created %q", workflows.made, keys.made, s.subject, s.created)
	}
	own := &Scenario{cfg: cfg}
	if err := own.ensure(context.Background(), &cfg.Subjects[0]); err != nil {
		t.Fatal(err)
	}
	if err := own.backdrops(context.Background()); err != nil {
		t.Fatal(err)
	}
	if len(workflows.made) != 2 || len(own.created) != 1 {
		t.Errorf("a procedure on its own workflow made %q", own.created)
	}
}

// "Check the checkbox next to the sales channel you want to remove" on a publishable key's page:
// the item the step names is of another kind than the procedure's, so none of the run's is
// there to tick — not a drift of the key's row; the key's own is ticked when the step names it.
func TestAStepOnAnItemOfAnotherKind(t *testing.T) {
	url := servePages(t, map[string]string{"/": `<title>Key</title><table>
	<tr><td><input type="checkbox" aria-label="Select row" onchange="document.title = 'ticked'"></td><td>ci-key</td></tr></table>`})
	s, ctx := scenarioAt(t, url, Config{})
	s.loggedIn, s.subject, s.madeAs = true, "ci-key", "Publishable API Key"
	if err := s.perform(ctx, "Check the checkbox next to the sales channel you want to remove."); !errors.As(err, new(*Unmet)) {
		t.Errorf("another kind's item: %v, want no item to tick", err)
	}
	if err := s.perform(ctx, "Check the checkbox next to the key you want to remove."); err != nil {
		t.Fatal(err)
	}
	if got := s.session.Page.MustInfo().Title; got != "ticked" {
		t.Errorf("the page says %q, want the key's box ticked", got)
	}
}
