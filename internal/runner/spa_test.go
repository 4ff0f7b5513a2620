package runner

import (
	"bytes"
	"context"
	"errors"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cucumber/godog"
	"github.com/docdrift/docdrift/internal/browser/browsertest"
	"github.com/docdrift/docdrift/internal/locate"
	"github.com/docdrift/docdrift/internal/profile"
	"github.com/docdrift/docdrift/internal/redact"
	"github.com/docdrift/docdrift/internal/results"
	"github.com/docdrift/docdrift/internal/spatest"
	"github.com/docdrift/docdrift/steps"
)

var spaDoc = filepath.Join("testdata", "spa", "tokens.md")

// spaKeeper makes and removes the test app's tokens behind its back, as a product's API would.
type spaKeeper struct{ app *spatest.App }

func (k spaKeeper) Ensure(_ context.Context, name string) error {
	k.app.Ensure(name)
	return nil
}

func (k spaKeeper) Names(context.Context) ([]string, error) {
	var names []string
	for _, t := range k.app.Tokens() {
		names = append(names, t.Name)
	}
	return names, nil
}

func (k spaKeeper) Delete(_ context.Context, names []string) error {
	k.app.Delete(names...)
	return nil
}

// runSPA runs a doc against a fresh test app, with the run's options configure changes, and
// returns the result and the run's secrets.
func runSPA(t *testing.T, doc string, app *spatest.App, concurrency int, configure ...func(*Options)) (*results.Result, *redact.Secrets) {
	t.Helper()
	return runSPAPlans(t, plansOf(t, doc), app, concurrency, configure...)
}

// runSPAPlans is runSPA with plans already made.
func runSPAPlans(t *testing.T, plans []Plan, app *spatest.App, concurrency int, configure ...func(*Options)) (*results.Result, *redact.Secrets) {
	t.Helper()
	srv := httptest.NewServer(app)
	t.Cleanup(srv.Close)
	secrets := &redact.Secrets{}
	secrets.Add(app.Password)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cfg := steps.Config{BaseURL: srv.URL + "/admin", Subjects: steps.Subjects{{Subject: profile.Subject{Name: "API token"}, Keeper: spaKeeper{app}}}, RunID: "spa", KeepGoing: true,
		StepTimeout: 10 * time.Second, Secrets: secrets,
		Login: steps.Login{Username: app.Email, Password: app.Password}}
	opts := Options{Config: cfg, Browser: browsertest.Browser(t), Concurrency: concurrency}
	for _, c := range configure {
		c(&opts)
	}
	res, err := Run(ctx, plans, opts)
	if err != nil {
		t.Fatal(err)
	}
	return res, secrets
}

// A single-page app's procedures run end to end: client-side routes, a log-in form sent by
// fetch, a list that arrives after its page, a menu and a confirmation dialog in portals. The
// run signs in once: the app allows one log-in, and the second procedure reuses the session.
func TestSinglePageAppProcedures(t *testing.T) {
	for _, concurrency := range []int{1, 2} {
		t.Run(map[int]string{1: "one at a time", 2: "two at once"}[concurrency], func(t *testing.T) {
			app := spatest.New(spatest.Options{Latency: 300 * time.Millisecond, LoginLimit: 1})
			res, secrets := runSPA(t, spaDoc, app, concurrency)
			for _, p := range res.Procedures {
				if p.Status != results.Passed {
					t.Fatalf("%q is %s:\n%s", p.Name, p.Status, describe(res))
				}
			}
			if n := app.Logins(); n != 1 {
				t.Errorf("%d log-ins, want 1: the run signs in once", n)
			}
			if left := app.Tokens(); len(left) != 0 {
				t.Errorf("tokens left behind: %+v", left)
			}
			for _, v := range app.Shown() {
				if secrets.String(v) == v {
					t.Errorf("the token the app showed as page text is not among the run's secrets")
				}
			}
		})
	}
}

// Sign-ins of other shapes are signed through, once: one that asks for the email first and
// the password on the page after ("Next", then "Log in"), as single sign-on pages do, and a
// landing page whose "Log in" link leads to the form.
func TestSinglePageAppSignInShapes(t *testing.T) {
	labelled := func(user, pass, submit string) func(*Options) {
		return func(o *Options) {
			o.Config.Login.UsernameLabel, o.Config.Login.PasswordLabel, o.Config.Login.SubmitLabel = user, pass, submit
		}
	}
	tests := []struct {
		name  string
		opts  spatest.Options
		login func(*Options)
	}{
		{"identifier first", spatest.Options{IdentifierFirst: true}, nil},
		{"from a landing page", spatest.Options{Landing: true}, nil},
		{"both", spatest.Options{IdentifierFirst: true, Landing: true}, nil},
		// The run's settings name the form's parts; the first page has only one of them.
		{"identifier first with labels given", spatest.Options{IdentifierFirst: true}, labelled("Email", "Password", "Login")},
		{"identifier first with the password's label given", spatest.Options{IdentifierFirst: true}, labelled("", "Password", "")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.opts.Latency = 100 * time.Millisecond
			app := spatest.New(tt.opts)
			var configure []func(*Options)
			if tt.login != nil {
				configure = append(configure, tt.login)
			}
			res, _ := runSPA(t, spaDoc, app, 1, configure...)
			for _, p := range res.Procedures {
				if p.Status != results.Passed {
					t.Fatalf("%q is %s:\n%s", p.Name, p.Status, describe(res))
				}
			}
			if n := app.Logins(); n != 1 {
				t.Errorf("%d log-ins, want 1", n)
			}
		})
	}
}

// A label that drifted on a page whose list arrives late is decided once the page has
// settled, not after a timer; the list itself is still waited for.
func TestSinglePageAppDriftIsDecidedWhenThePageSettles(t *testing.T) {
	app := spatest.New(spatest.Options{Latency: 400 * time.Millisecond,
		Rename: map[string]string{"Create new API Token": "Create new Access Token"}})
	res, _ := runSPA(t, spaDoc, app, 1)
	create, del := res.Procedures[0], res.Procedures[1]
	if create.Status != results.Drifted || del.Status != results.Passed {
		t.Fatalf("want the create procedure drifted and the delete one passed:\n%s", describe(res))
	}
	s := findStep(t, create, "4", "")
	var nf *locate.NotFoundError
	if s.Status != results.Drifted || !errors.As(s.Err, &nf) || !errors.Is(nf.Err, locate.ErrSettled) {
		t.Fatalf("step 4 is %s (%v), want drift decided from the settled page", s.Status, s.Err)
	}
	if !strings.Contains(s.Err.Error(), `"Create new Access Token"`) {
		t.Errorf("step 4: %v lacks the closest label", s.Err)
	}
}

// What a product puts in a reader's way that the doc never mentions — a welcome tour after
// signing in, a cookie consent wall over every page — is closed as a reader would close it,
// and the step says so; the procedures pass.
func TestSinglePageAppInterstitials(t *testing.T) {
	tests := []struct {
		name  string
		opts  spatest.Options
		notes []string
		close []string // the product's own labels for closing (profile.Profile.Close)
	}{
		{"a welcome tour", spatest.Options{WelcomeTour: true},
			[]string{`closed the dialog "Welcome to your admin" with "Close"`}, nil},
		{"a welcome tour put off for later", spatest.Options{WelcomeTour: true, Rename: map[string]string{"Close": "Maybe later"}},
			[]string{`closed the dialog "Welcome to your admin" with "Maybe later"`}, nil},
		// Escape would close it too; the profile's word is what a reader of the product uses.
		{"a welcome tour closed by the product's own word", spatest.Options{WelcomeTour: true, Rename: map[string]string{"Close": "Let's go"}},
			[]string{`closed the dialog "Welcome to your admin" with "Let's go"`}, []string{"Let's go"}},
		{"a welcome tour closed only by Escape", spatest.Options{WelcomeTour: true, Rename: map[string]string{"Close": ""}},
			[]string{`closed the dialog "Welcome to your admin" with Escape`}, nil},
		{"a cookie wall", spatest.Options{CookieWall: true},
			[]string{`closed the overlay "We use cookies to make this admin work…" with "Reject all"`}, nil},
		{"a cookie wall and a welcome tour", spatest.Options{CookieWall: true, WelcomeTour: true},
			[]string{`closed the overlay "We use cookies`, `closed the dialog "Welcome to your admin" with "Close"`}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.opts.Latency = 100 * time.Millisecond
			res, _ := runSPA(t, spaDoc, spatest.New(tt.opts), 1, func(o *Options) { o.Config.CloseLabels = tt.close })
			var notes []string
			for _, p := range res.Procedures {
				if p.Status != results.Passed {
					t.Fatalf("%q is %s:\n%s", p.Name, p.Status, describe(res))
				}
				for _, s := range p.Steps {
					notes = append(notes, s.Notes...)
				}
			}
			for _, want := range tt.notes {
				if !slices.ContainsFunc(notes, func(n string) bool { return strings.HasPrefix(n, want) }) {
					t.Errorf("no step notes %q; notes: %q", want, notes)
				}
			}
		})
	}
}

// A dialog the procedure's own click opened stays the doc's business: a step that goes on
// behind it has drifted, and nothing closes the dialog on the doc's behalf.
func TestADialogTheProcedureOpenedIsNotClosedForIt(t *testing.T) {
	app := spatest.New(spatest.Options{Latency: 100 * time.Millisecond})
	res, _ := runSPA(t, filepath.Join("testdata", "spa", "left-open.md"), app, 1)
	p := res.Procedures[0]
	s := findStep(t, p, "5", "")
	if p.Status != results.Drifted || s.Status != results.Drifted {
		t.Fatalf("want step 5 drifted:\n%s", describe(res))
	}
	if want := `in the dialog "Confirmation" open over page`; !strings.Contains(s.Err.Error(), want) {
		t.Errorf("step 5: %v does not say %q", s.Err, want)
	}
	if len(s.Notes) > 0 {
		t.Errorf("step 5 closed something: %q", s.Notes)
	}
}

// noProfile runs as against a product docdrift has no profile of: no subject keeps its items.
func noProfile(o *Options) { o.Config.Subjects = nil }

// With no profile of the product, the items a doc's procedures make and act on are made and
// removed as the doc itself says: "Deleting an API token" first makes its token as "Creating
// an API token" does, and the token "Creating an API token" made is deleted as "Deleting an
// API token" does. Nothing is left, so nothing is warned of. A doc that says how to make a
// token but not how to delete one leaves it, and the run names it.
func TestItemsAreMadeAndRemovedAsTheDocSaysWithoutAProfile(t *testing.T) {
	whole, err := os.ReadFile(spaDoc)
	if err != nil {
		t.Fatal(err)
	}
	makesOnly := filepath.Join(t.TempDir(), "tokens.md")
	if err := os.WriteFile(makesOnly, whole[:bytes.Index(whole, []byte("## Deleting"))], 0o600); err != nil {
		t.Fatal(err)
	}
	// A "deleting" procedure that picks no item of the list would remove what the run did not
	// make (as "Deleting your account" would the account it signs in as): not performed.
	picksNone := filepath.Join(t.TempDir(), "tokens.md")
	if err := os.WriteFile(picksNone, append(whole[:bytes.Index(whole, []byte("4. Click the more"))], "4. Select **Create new API Token**.\n"...), 0o600); err != nil {
		t.Fatal(err)
	}
	// The second of two shards runs "Deleting an API token" only: it still makes its token as
	// the first shard's "Creating an API token" does.
	secondShard, err := Shard{K: 2, N: 2}.Select(plansOf(t, spaDoc))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name  string
		plans []Plan
		left  int
	}{
		{"a doc that makes and deletes", plansOf(t, spaDoc), 0},
		{"a doc that only makes", plansOf(t, makesOnly), 1},
		{"a doc whose deleting procedure picks no item", plansOf(t, picksNone), 1},
		{"a shard with the deleting procedure only", secondShard, 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			app := spatest.New(spatest.Options{LoginLimit: 1})
			res, _ := runSPAPlans(t, tt.plans, app, 1, noProfile)
			for _, p := range res.Procedures {
				if p.Status != results.Passed {
					t.Fatalf("%q is %s:\n%s", p.Name, p.Status, describe(res))
				}
			}
			if del := res.Procedures[len(res.Procedures)-1]; tt.left == 0 {
				if notes := strings.Join(del.Steps[0].Notes, "; "); !strings.Contains(notes, `as "Creating an API token" does`) {
					t.Errorf("the deleting procedure's first step notes %q, want how its item was made", notes)
				}
			}
			left := app.Tokens()
			if len(left) != tt.left {
				t.Fatalf("tokens left: %+v, want %d", left, tt.left)
			}
			switch {
			case tt.left == 0 && res.Leftovers != "":
				t.Errorf("leftovers %q, want none: every token was deleted", res.Leftovers)
			case tt.left > 0 && (!strings.Contains(res.Leftovers, `"Creating an API token"`) || !strings.Contains(res.Leftovers, left[0].Name+" (Name)")):
				t.Errorf("leftovers %q, want the creating procedure's %s, typed into Name", res.Leftovers, left[0].Name)
			}
		})
	}
}

// The doc's removal runs after every procedure that leaves its item there — from where a
// reader begins a task, whatever the procedure left open, and after one that only removes
// another kind of thing from the item (here both end on a delete confirmation the doc leaves
// out, which the run presses, reporting it) — and
// it is the doc's deletion, not a revoke (which may leave the item listed), done after what
// the deletion's intro says comes first.
func TestItemsAreRemovedAfterProceduresThatLeaveThem(t *testing.T) {
	whole, err := os.ReadFile(spaDoc)
	if err != nil {
		t.Fatal(err)
	}
	at := bytes.Index(whole, []byte("## Deleting"))
	for _, tt := range []struct {
		name string
		doc  []byte
	}{
		{"a confirmation the doc leaves out, another kind removed", append(slices.Clone(whole),
			"\n## Viewing an API token\n\n1. Log into the store.\n2. Select **Settings**.\n3. Select **API Tokens**.\n"+
				"4. Click the token you want to view. This opens the API token's page.\n5. Click **Delete**.\n"+
				"\n## Removing labels from an API token\n\n1. Go to the API token's page.\n2. Click **Delete**.\n"...)},
		{"a revoke before the deletion", slices.Concat(whole[:at],
			[]byte("## Revoking an API token\n\n1. Log into the store.\n2. Select **Settings**.\n3. Select **API Tokens**.\n"+
				"4. Click the token you want to revoke.\n\n"),
			bytes.Replace(whole[at:], []byte("\n\n1."), []byte("\n\nYou can only delete a token after [revoking it](#revoking-an-api-token).\n\n1."), 1))},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := filepath.Join(t.TempDir(), "tokens.md")
			if err := os.WriteFile(doc, tt.doc, 0o600); err != nil {
				t.Fatal(err)
			}
			app := spatest.New(spatest.Options{})
			res, _ := runSPAPlans(t, plansOf(t, doc), app, 1, noProfile)
			for _, p := range res.Procedures {
				// "5. Click **Delete**." ends where the app asks to confirm: the run confirms,
				// as a reader does, and reports the click the doc leaves out.
				want := results.Passed
				if strings.HasPrefix(p.Name, "Viewing") || strings.HasPrefix(p.Name, "Removing labels") {
					want = results.Drifted
				}
				if p.Status != want {
					t.Fatalf("%q is %s, want %s:\n%s", p.Name, p.Status, want, describe(res))
				}
			}
			if left := app.Tokens(); len(left) > 0 || res.Leftovers != "" {
				t.Errorf("tokens left %+v (leftovers %q), want none:\n%s", left, res.Leftovers, describe(res))
			}
		})
	}
}

// An item made inside another — a label, added on its API token's own page — is made for a
// procedure that acts on one as its doc makes one, in an item of the kind the profile keeps,
// made for it first: "Deleting a label" deletes the label "Adding a label to an API token"
// added to a token made for the purpose. The token goes with the run's others.
func TestAnItemMadeInsideAnItemTheProfileKeeps(t *testing.T) {
	whole, err := os.ReadFile(spaDoc)
	if err != nil {
		t.Fatal(err)
	}
	doc := filepath.Join(t.TempDir(), "tokens.md")
	labels := "\n## Adding a label to an API token\n\n1. In your API token, select **Add label**.\n" +
		"2. In the **Label name** field, enter a name for the label.\n3. Select **Save**.\n" +
		"\n## Deleting a label\n\n1. Log into the store.\n2. Select **Settings**.\n3. Select **Labels**.\n" +
		"4. Click **Delete** next to the label you want to delete.\n5. Click **Confirm** in the confirmation dialog.\n"
	if err := os.WriteFile(doc, append(whole, labels...), 0o600); err != nil {
		t.Fatal(err)
	}
	app := spatest.New(spatest.Options{})
	tokenPages := func(o *Options) { o.Config.Subjects[0].Pages = &profile.Pages{List: "/admin/settings/tokens"} }
	res, _ := runSPA(t, doc, app, 1, tokenPages)
	for _, p := range res.Procedures {
		if p.Status != results.Passed {
			t.Fatalf("%q is %s:\n%s", p.Name, p.Status, describe(res))
		}
	}
	if notes := strings.Join(res.Procedures[len(res.Procedures)-1].Steps[0].Notes, "; "); !strings.Contains(notes, `as "Adding a label to an API token" does`) {
		t.Errorf("the deleting procedure's first step notes %q, want how its label was made", notes)
	}
	if left := app.Tokens(); len(left) != 0 || res.Leftovers != "" {
		t.Errorf("tokens left %+v (leftovers %q), want none", left, res.Leftovers)
	}
}

// When the doc's own making procedure drifts, its drift is reported at its own lines, never
// the procedure's that acts on its item. Carried past its drift to its end, as a reader goes
// on with the label clearly meant, it made the item, and that procedure is checked too; stopped
// by a drift, it made none, and that procedure could not run — with no retry, which would only
// drift the same way.
func TestAMakerThatDriftsIsItsOwnDrift(t *testing.T) {
	whole, err := os.ReadFile(spaDoc)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name, rename string
		deleting     results.Status
		note         string // in the deleting procedure's first step
	}{
		{"carried past", "Select **Create new API Tokens**.", results.Passed,
			`as "Creating an API token" does, first: no profile of the product makes one, carried past its drifts`},
		{"stopped", "Select **Mint a credential**.", results.Broken, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			drifting := filepath.Join(t.TempDir(), "tokens.md")
			renamed := bytes.Replace(whole, []byte("4. Select **Create new API Token**."), []byte("4. "+tt.rename), 1)
			if err := os.WriteFile(drifting, renamed, 0o600); err != nil {
				t.Fatal(err)
			}
			app := spatest.New(spatest.Options{})
			res, _ := runSPAPlans(t, plansOf(t, drifting), app, 1, noProfile, func(o *Options) { o.Retries = 1 })
			if len(res.Procedures) != 2 {
				t.Fatalf("%d procedures:\n%s", len(res.Procedures), describe(res))
			}
			creating, deleting := res.Procedures[0], res.Procedures[1]
			if creating.Status != results.Drifted {
				t.Errorf("%q is %s, want drifted:\n%s", creating.Name, creating.Status, describe(res))
			}
			if deleting.Status != tt.deleting || len(deleting.Attempts) != 0 {
				t.Fatalf("%q is %s after %d retries, want %s and no retry:\n%s", deleting.Name, deleting.Status, len(deleting.Attempts), tt.deleting, describe(res))
			}
			first := deleting.Steps[0]
			if tt.note != "" {
				if notes := strings.Join(first.Notes, "; "); !strings.Contains(notes, tt.note) {
					t.Errorf("step 1 notes %q, want %q", notes, tt.note)
				}
				if left := app.Tokens(); len(left) != 0 || res.Leftovers != "" {
					t.Errorf("tokens left %+v (leftovers %q), want none", left, res.Leftovers)
				}
				return
			}
			var unmet *steps.Unmet
			if !errors.As(first.Err, &unmet) || !strings.Contains(first.Err.Error(), `make the item as "Creating an API token" does`) || first.Drift != nil {
				t.Errorf("step 1: %v (drift %+v), want the making procedure named and no drift of its own", first.Err, first.Drift)
			}
		})
	}
}

// A procedure that leans on another of its doc is done as a reader does it, says so, and
// leaves nothing behind: a step naming another procedure in a few words ("Create a new API
// token", "Delete the old API token") is done as it says; "Go to the API token's details page"
// as the procedure that opens that page, up to the sentence that says it opened, on the
// procedure's own item; and the procedure an intro links to as coming first ("You can only
// delete an API token after [viewing it](#…)") is done before the steps.
func TestAProcedureDoneAsAnotherSays(t *testing.T) {
	const viewing = "\n## Viewing an API token\n\n1. Log into the store.\n2. Select **Settings**.\n3. Select **API Tokens**.\n" +
		"4. Click on the token in the list.\n\nThis opens the API token's details page.\n"
	const fromItsPage = "1. Go to the API token's details page.\n2. Select **Delete**.\n3. Click **Confirm** in the confirmation dialog.\n"
	for _, tt := range []struct {
		name, more string
		notes      []string // wanted in each first step's notes, in order
	}{
		{"a step naming a task", "\n## Rotating an API token\n\n1. Create a new API token\n2. Delete the old API token\n",
			[]string{`done as "Creating an API token" says`, `done as "Deleting an API token" says`}},
		{"a page another procedure opens", viewing + "\n## Deleting an API token from its page\n\n" + fromItsPage,
			[]string{`done as "Viewing an API token" says`}},
		// A doc shortens a name once it has said which (Medusa's "collection" of a "Product
		// Collection").
		{"a page another procedure opens, its name shortened", viewing + "\n## Deleting an API token from its page\n\n" +
			"1. Go to the token's details page.\n2. Select **Delete**.\n3. Click **Confirm** in the confirmation dialog.\n",
			[]string{`done as "Viewing an API token" says`}},
		{"what the intro says comes first", viewing + "\n## Deleting an API token from its page\n\n" +
			"You can only delete an API token after [viewing it](#viewing-an-api-token). To delete one:\n\n" + fromItsPage,
			[]string{`did first what "Viewing an API token" says`}},
		// Numbered headings are parts done in turn (Medusa's "### 1. Enable Shipping Mode",
		// "### 2. Create Service Zone", "### 3. Create Shipping Options").
		{"the parts numbered before it", "\n## Retiring an API token\n\n### 1. Viewing the API token\n\n" +
			"1. Log into the store.\n2. Select **Settings**.\n3. Select **API Tokens**.\n4. Click on the token in the list.\n" +
			"\n### 2. Adding a label to the API token\n\n1. In the **Labels** section, select **Add label**.\n" +
			"2. In the **Label name** field, enter a name for the label.\n3. Select **Save**.\n" +
			"\n### 3. Deleting the API token\n\n" + fromItsPage,
			// The label part 2 makes is no item of part 3's: the token stays the one acted on.
			[]string{`did first what "1. Viewing the API token" says, as the doc asks; did first what "2. Adding a label to the API token" says, as the doc asks`}},
		// What adds the part a procedure acts on is done after the parts numbered before it
		// (Medusa's "2. Create Service Zone", after "1. Enable Shipping Mode", for "Delete
		// Service Zone"), and what it made is the part the procedure's steps name.
		{"the parts before what adds what it acts on", "\n## Labelling an API token\n\n### 1. Viewing the API token\n\n" +
			"1. Log into the store.\n2. Select **Settings**.\n3. Select **API Tokens**.\n4. Click on the token in the list.\n" +
			"\n### 2. Adding a label to the API token\n\n1. Go to the API token's details page.\n2. In the **Labels** section, select **Add label**.\n" +
			"3. In the **Label name** field, enter a name for the label.\n4. Select **Save**.\n" +
			"\n## Deleting a label of an API token\n\n1. Go to the API token's details page.\n2. Select **Settings**.\n3. Select **Labels**.\n" +
			"4. Click **Delete** next to the label you want to delete.\n5. Click **Confirm** in the confirmation dialog.\n",
			[]string{`did first what "1. Viewing the API token" says, as the doc asks; done as "1. Viewing the API token" says; did first what "2. Adding a label to the API token" says: the procedure acts on what that adds`,
				"", "", `which "2. Adding a label to the API token" made first`}},
		{"the page of the item whose part the heading names", viewing + "\n## Managing an API token's access\n\n" +
			"1. In the **Access** section, select **Delete**.\n2. Click **Confirm** in the confirmation dialog.\n",
			[]string{`began on the page "Viewing an API token" opens`}},
		// The way there drifted ("API Tokns"): carried past, as a reader carries on, and the
		// procedure's own steps checked on the page reached.
		{"the page of the item whose part the heading names, past a drift", strings.Replace(viewing, "**API Tokens**", "**API Tokns**", 1) +
			"\n## Managing an API token's access\n\n1. In the **Access** section, select **Delete**.\n2. Click **Confirm** in the confirmation dialog.\n",
			[]string{`began on the page "Viewing an API token" opens: the heading names a part of its item and the first step does not say where; carried past its drifts ("Viewing an API token" reports them)`}},
		// The list of such items is no item's page (Medusa's "View Shipping Profiles" before
		// "View Shipping Profile Details").
		{"an item's page, not the list of such items", "\n## Viewing API tokens\n\n1. Log into the store.\n2. Select **Settings**.\n3. Select **API Tokens**.\n" +
			viewing + "\n## Deleting an API token from its page\n\n" + fromItsPage,
			[]string{`done as "Viewing an API token" says`}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			whole, err := os.ReadFile(spaDoc)
			if err != nil {
				t.Fatal(err)
			}
			doc := filepath.Join(t.TempDir(), "tokens.md")
			if err := os.WriteFile(doc, append(whole, tt.more...), 0o600); err != nil {
				t.Fatal(err)
			}
			app := spatest.New(spatest.Options{LoginLimit: 1})
			res, _ := runSPA(t, doc, app, 1)
			last := res.Procedures[len(res.Procedures)-1]
			if last.Status != results.Passed {
				t.Fatalf("%q is %s:\n%s", last.Name, last.Status, describe(res))
			}
			for i, want := range tt.notes {
				if notes := strings.Join(last.Steps[i].Notes, "; "); !strings.Contains(notes, want) {
					t.Errorf("step %d notes %q, want %q", i+1, notes, want)
				}
			}
			if left := app.Tokens(); len(left) != 0 {
				t.Errorf("tokens left: %+v", left)
			}
		})
	}
}

// A procedure that leans on another goes on where the run carried that one past a drift, as
// after a drift of its own: "Go to the API token's details page" through a label renamed on the
// way drifts, and the steps after it are checked on the page it led to.
func TestAProcedureGoesOnPastTheDriftOfOneItLeansOn(t *testing.T) {
	const more = "\n## Viewing an API token\n\n1. Log into the store.\n2. Select **Settings**.\n3. Select **API Tokns**.\n" +
		"4. Click on the token in the list.\n\nThis opens the API token's details page.\n" +
		"\n## Deleting an API token from its page\n\n1. Go to the API token's details page.\n2. Select **Delete**.\n3. Click **Confirm** in the confirmation dialog.\n"
	whole, err := os.ReadFile(spaDoc)
	if err != nil {
		t.Fatal(err)
	}
	doc := filepath.Join(t.TempDir(), "tokens.md")
	if err := os.WriteFile(doc, append(whole, more...), 0o600); err != nil {
		t.Fatal(err)
	}
	app := spatest.New(spatest.Options{LoginLimit: 1})
	res, _ := runSPA(t, doc, app, 1)
	last := res.Procedures[len(res.Procedures)-1]
	if last.Status != results.Drifted || len(last.Steps) != 3 {
		t.Fatalf("%q is %s, want drifted:\n%s", last.Name, last.Status, describe(res))
	}
	if d := last.Steps[0].Drift; d == nil || d.Continued != "API Tokens" || last.Steps[0].Err == nil || !strings.Contains(last.Steps[0].Err.Error(), `done as "Viewing an API token" says`) {
		t.Errorf("step 1: %q (drift %+v), want the drift of the procedure it was done as, carried on with \"API Tokens\"", last.Steps[0].Err, d)
	}
	for _, st := range last.Steps[1:] {
		if st.Status != results.Passed {
			t.Errorf("step %s is %s, want passed on the page the drifted step led to", st.DocStep, st.Status)
		}
	}
	if left := app.Tokens(); len(left) != 0 {
		t.Errorf("tokens left: %+v", left)
	}
}

// Which procedure a step names: one that makes or removes the kind of item the step does; a
// procedure that makes that kind itself keeps its own last click ("Create the API token").
func TestTheProcedureAStepNames(t *testing.T) {
	whole, err := os.ReadFile(spaDoc)
	if err != nil {
		t.Fatal(err)
	}
	doc := filepath.Join(t.TempDir(), "tokens.md")
	more := "\n## Creating an API token from a template\n\n1. Log into the store.\n2. Create the API token.\n" +
		"\n## Rotating an API token\n\n1. Create a new API token\n2. Delete the old API token\n"
	if err := os.WriteFile(doc, append(whole, more...), 0o600); err != nil {
		t.Fatal(err)
	}
	plans := plansOf(t, doc)
	c := newCollector(plans, Options{})
	for _, tt := range []struct{ in, step, want string }{
		{"Rotating an API token", "Create a new API token", "Creating an API token"},
		{"Rotating an API token", "Delete the old API token", "Deleting an API token"},
		{"Rotating an API token", "Create a new token", "Creating an API token"}, // the kind shortened
		{"Rotating an API token", "Open the API tokens page", ""},
		{"Creating an API token from a template", "Create the API token.", ""},
	} {
		got := ""
		if p := c.procedureFor(&godog.Scenario{Uri: plans[0].Doc.Path, Name: tt.in}, tt.step); p != nil {
			got = p.Name
		}
		if got != tt.want {
			t.Errorf("%q in %q: %q, want %q", tt.step, tt.in, got, tt.want)
		}
	}
}

// The item a procedure acts on is the one whose page its first step goes to ("Add Labels to
// an API Token: 1. Go to the API token's details page"), whatever its heading adds: the
// doc's procedures that make and remove that kind make and remove it.
func TestTheItemWhosePageAProcedureStartsOn(t *testing.T) {
	whole, err := os.ReadFile(spaDoc)
	if err != nil {
		t.Fatal(err)
	}
	doc := filepath.Join(t.TempDir(), "tokens.md")
	more := "\n## Adding labels to an API token\n\n1. Go to the API token's details page.\n2. Select **Add label**.\n"
	if err := os.WriteFile(doc, append(whole, more...), 0o600); err != nil {
		t.Fatal(err)
	}
	plans := plansOf(t, doc)
	c := newCollector(plans, Options{})
	sc := &godog.Scenario{Uri: plans[0].Doc.Path, Name: "Adding labels to an API token",
		Steps: []*godog.Step{{Text: "Go to the API token's details page."}, {Text: "Select **Add label**."}}}
	for what, got := range map[string]*godog.Scenario{"maker": c.maker(sc), "remover": c.remover(sc)} {
		want := map[string]string{"maker": "Creating an API token", "remover": "Deleting an API token"}[what]
		if got == nil || got.Name != want {
			t.Errorf("%s: %v, want %q", what, got, want)
		}
	}
}

// What removes a kind of item is a procedure after which the item is gone, not one that takes
// it out of another, where it stays (Medusa's "Remove Customer from Groups" before "Delete a
// Customer").
func TestTheRemoverRemovesTheItemItself(t *testing.T) {
	whole, err := os.ReadFile(spaDoc)
	if err != nil {
		t.Fatal(err)
	}
	fromGroup := "## Removing an API token from a group\n\n1. Go to the API token's details page.\n2. Select **Remove from group**.\n\n"
	doc := filepath.Join(t.TempDir(), "tokens.md")
	if err := os.WriteFile(doc, bytes.Replace(whole, []byte("## Deleting"), []byte(fromGroup+"## Deleting"), 1), 0o600); err != nil {
		t.Fatal(err)
	}
	plans := plansOf(t, doc)
	c := newCollector(plans, Options{})
	sc := &godog.Scenario{Uri: plans[0].Doc.Path, Name: "Creating an API token"}
	if got := c.remover(sc); got == nil || got.Name != "Deleting an API token" {
		t.Errorf("remover: %v, want \"Deleting an API token\"", got)
	}
}

// A kind named short ("the token's details page") is the doc's kind with the fewest words
// more, wherever the doc puts it: a "Sublevel Tax Region" written before the "Tax Region" of
// Medusa's tax guide is not what "the region's details page" means.
func TestAShortenedKindIsTheNearestOne(t *testing.T) {
	whole, err := os.ReadFile(spaDoc)
	if err != nil {
		t.Fatal(err)
	}
	nested := "## Deleting a scoped API token\n\n1. Go to the scoped API token's details page.\n2. Select **Delete**.\n\n" +
		"## Labelling a token\n\n1. Go to the token's details page.\n2. Select **Label**.\n\n"
	doc := filepath.Join(t.TempDir(), "tokens.md")
	if err := os.WriteFile(doc, bytes.Replace(whole, []byte("## Deleting"), []byte(nested+"## Deleting"), 1), 0o600); err != nil {
		t.Fatal(err)
	}
	plans := plansOf(t, doc)
	c := newCollector(plans, Options{})
	sc := &godog.Scenario{Uri: plans[0].Doc.Path, Name: "Labelling a token", Steps: []*godog.Step{{Text: "Go to the token's details page."}}}
	if got := c.remover(sc); got == nil || got.Name != "Deleting an API token" {
		t.Errorf("remover: %v, want \"Deleting an API token\"", got)
	}
}

// A removal or edit that begins on an item's page and acts on something else in it ("Remove
// Sales Channels" from a key, "Edit Tax Rate Override" of a region) is done after the doc's
// procedure that adds that to the same kind of item; acting on the item itself, or adding,
// or a removal begun elsewhere, has none.
func TestTheProcedureThatAddsWhatOneRemoves(t *testing.T) {
	whole, err := os.ReadFile(spaDoc)
	if err != nil {
		t.Fatal(err)
	}
	const onPage = "1. Go to the API token's details page.\n"
	more := "\n## Adding labels to an API token\n\n" + onPage + "2. Select **Add label**.\n" +
		"\n## Removing labels from an API token\n\n" + onPage + "2. Check the label you want to remove.\n3. Select **Remove**.\n" +
		"\n## Removing scopes\n\n" + onPage + "2. Select **Remove scope**.\n" +
		"\n## Removing notes\n\n1. Select **Settings** > **Notes**.\n2. Select **Remove**.\n" +
		"\n## Adding notes\n\n1. Select **Settings** > **Notes**.\n2. Select **Add**.\n" +
		"\n## Add API Token to Groups\n\n" + onPage + "2. In the **Groups** section, select **Add**.\n" +
		"\n## Remove API Token from Groups\n\n" + onPage + "2. In the **Groups** section, check the group you want to remove.\n" +
		"\n## Editing labels of an API token\n\n" + onPage + "2. Click the edit icon next to the label you want to edit.\n" +
		"\n## Editing an API token\n\n" + onPage + "2. Select **Edit**.\n"
	doc := filepath.Join(t.TempDir(), "tokens.md")
	if err := os.WriteFile(doc, append(whole, more...), 0o600); err != nil {
		t.Fatal(err)
	}
	plans := plansOf(t, doc)
	c := newCollector(plans, Options{})
	for _, tt := range []struct{ heading, first, want string }{
		{"Removing labels from an API token", "Go to the API token's details page.", "Adding labels to an API token"},
		{"Adding labels to an API token", "Go to the API token's details page.", ""},
		{"Removing scopes", "Go to the API token's details page.", ""}, // nothing adds scopes
		{"Removing notes", "Select **Settings** > **Notes**.", ""},     // begun on no item's page
		{"Deleting an API token", "Log into the store.", ""},
		// The item taken out of another is added to it first (Medusa's customers and groups).
		{"Remove API Token from Groups", "Go to the API token's details page.", "Add API Token to Groups"},
		// Edited in the item, it is added first too; the item itself is the maker's.
		{"Editing labels of an API token", "Go to the API token's details page.", "Adding labels to an API token"},
		{"Editing an API token", "Go to the API token's details page.", ""},
	} {
		sc := &godog.Scenario{Uri: plans[0].Doc.Path, Name: tt.heading, Steps: []*godog.Step{{Text: tt.first}}}
		got := ""
		if p := c.adder(sc); p != nil {
			got = p.Name
		}
		if got != tt.want {
			t.Errorf("%q: added first by %q, want %q", tt.heading, got, tt.want)
		}
	}
}

// A procedure whose heading names a part of an item and whose first step acts in a section
// without saying which page begins on that item's page, opened as the doc's own procedure
// opens it; one that says where it begins (a path, a page, a sign-in), or names no section,
// begins where it says.
func TestThePageAProcedureBeginsOn(t *testing.T) {
	whole, err := os.ReadFile(spaDoc)
	if err != nil {
		t.Fatal(err)
	}
	rows := []struct{ heading, first, want string }{
		{"Managing an API token's access", "In the **Access** section, select **Delete**.", "Viewing an API token"},
		{"Managing API token labels", "Click the edit icon in the Labels section.", "Viewing an API token"},
		{"Managing API token scopes", "Log into the store.", ""},
		{"Managing API token notes", "Select **Settings** > **API Tokens** in the **Store** section.", ""},
		{"Managing API token limits", "Select **Settings** in the global navigation to access the **Settings** page.", ""},
		{"Managing API token owners", "Select **Transfer**.", ""},
		{"Managing API token expiry", "On the **Tokens** page, in the **Expiry** section, select **Extend**.", ""},
		{"Editing an API token", "In the **Access** section, select **Edit**.", ""},
		{"Creating an API token group", "In the **Groups** section, select **Add**.", ""},
		{"Managing webhook deliveries", "In the **Deliveries** section, select **Redeliver**.", ""},
	}
	more := "\n## Viewing an API token\n\n1. Log into the store.\n2. Select **Settings**.\n3. Select **API Tokens**.\n" +
		"4. Click on the token in the list.\n\nThis opens the API token's details page.\n"
	for _, tt := range rows {
		more += "\n## " + tt.heading + "\n\n1. " + tt.first + "\n2. Select **Save**.\n"
	}
	doc := filepath.Join(t.TempDir(), "tokens.md")
	if err := os.WriteFile(doc, append(whole, more...), 0o600); err != nil {
		t.Fatal(err)
	}
	plans := plansOf(t, doc)
	c := newCollector(plans, Options{})
	for _, tt := range rows {
		sc := &godog.Scenario{Uri: plans[0].Doc.Path, Name: tt.heading, Steps: []*godog.Step{{Text: tt.first}}}
		got := ""
		if p := c.itemPage(sc); p != nil {
			got = p.Name
		}
		if got != tt.want {
			t.Errorf("%q beginning %q: %q, want %q", tt.heading, tt.first, got, tt.want)
		}
		// The item's maker makes the item of a procedure begun on its page, and no other's.
		maker, wantMaker := "", ""
		if m := c.maker(sc); m != nil {
			maker = m.Name
		}
		if tt.want != "" {
			wantMaker = "Creating an API token"
		}
		if tt.heading != "Editing an API token" && maker != wantMaker {
			t.Errorf("%q beginning %q: made as %q, want %q", tt.heading, tt.first, maker, wantMaker)
		}
	}
}

// A doc whose making procedure is headed by what it manages ("Managing API tokens") makes by
// its steps ("Select **Create new API Token**"): a procedure on a token has one made that way
// first, and with no procedure of the doc to remove one, the closing warning names what the
// making procedure left — as for a heading that makes (Cockpit's "Managing user accounts").
func TestAProcedureThatMakesByItsSteps(t *testing.T) {
	whole, err := os.ReadFile(spaDoc)
	if err != nil {
		t.Fatal(err)
	}
	making := bytes.Replace(whole[:bytes.Index(whole, []byte("## Deleting"))], []byte("## Creating an API token"), []byte("## Managing API tokens"), 1)
	doc := filepath.Join(t.TempDir(), "tokens.md")
	viewing := "\n## Viewing an API token\n\n1. Log into the store.\n2. Select **Settings**.\n3. Select **API Tokens**.\n" +
		"4. Click the token you want to view.\n"
	if err := os.WriteFile(doc, append(making, viewing...), 0o600); err != nil {
		t.Fatal(err)
	}
	app := spatest.New(spatest.Options{})
	res, _ := runSPAPlans(t, plansOf(t, doc), app, 1, noProfile)
	for _, p := range res.Procedures {
		if p.Status != results.Passed {
			t.Fatalf("%q is %s:\n%s", p.Name, p.Status, describe(res))
		}
	}
	var notes []string
	for _, p := range res.Procedures {
		for _, st := range p.Steps {
			notes = append(notes, st.Notes...)
		}
	}
	if !slices.ContainsFunc(notes, func(n string) bool { return strings.Contains(n, `as "Managing API tokens" does`) }) {
		t.Errorf("the token viewed was not made as the doc makes one: notes %q", notes)
	}
	for _, name := range []string{`"Managing API tokens"`, `"Viewing an API token"`} {
		if !strings.Contains(res.Leftovers, name) {
			t.Errorf("leftovers %q do not name %s, whose token is still there (%d tokens)", res.Leftovers, name, len(app.Tokens()))
		}
	}
}
