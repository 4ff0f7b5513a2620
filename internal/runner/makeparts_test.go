package runner

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/docdrift/docdrift/internal/results"
	"github.com/docdrift/docdrift/internal/spatest"
)

// A task a doc writes as its own steps and then numbered parts under them ("## How to Create a
// Product": "Click **Create**", then "### 1. Details Step", "### 2. Organize Step", Medusa's
// products guide) makes its item only when its parts are done too: an item another procedure
// acts on is made by the whole task, up to a part the doc marks optional, and each part goes
// on from the one before, the first from the task's own steps.
func TestAnItemIsMadeByTheTaskAndItsParts(t *testing.T) {
	doc := "# API tokens\n\n## How to create an API token\n\n1. Log into the store.\n2. Select **Settings**.\n" +
		"3. Select **API Tokens**.\n4. Select **Create new API Token**.\n\nThis opens a form in two steps.\n\n" +
		// An optional step's sub-step, read as such in the making too (its listing kept).
		"### 1. Details Step\n\n1. In the **Name** field, enter a name for the token.\n2. Optionally label the token.\n" +
		"    - Click **Add label**.\n\n" +
		"### 2. Summary Step\n\n1. Select **Save**.\n\n" +
		// Done as part of the making, this would drift: the app has no such control.
		"### 3. Labels Step (Optional)\n\n1. Select **Add label**.\n\n" +
		"## Deleting an API token\n\n1. Log into the store.\n2. Select **Settings**.\n3. Select **API Tokens**.\n" +
		"4. Click the more icon in the **Actions** column and select **Delete**.\n5. Click **Confirm** in the confirmation dialog.\n"
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "tokens.md"), []byte(doc), 0o600); err != nil {
		t.Fatal(err)
	}
	app := spatest.New(spatest.Options{})
	res, _ := runSPAPlans(t, plansOf(t, dir), app, 1, noProfile)
	want := map[string]results.Status{
		"How to create an API token": results.Passed,
		"1. Details Step":            results.Passed,
		"2. Summary Step":            results.Passed,
		"3. Labels Step (Optional)":  results.Drifted,
		"Deleting an API token":      results.Passed,
	}
	for _, p := range res.Procedures {
		if p.Status != want[p.Name] {
			t.Errorf("%q is %s, want %s", p.Name, p.Status, want[p.Name])
		}
	}
	i := slices.IndexFunc(res.Procedures, func(p results.Procedure) bool { return p.Name == "Deleting an API token" })
	if i < 0 {
		t.Fatalf("no deletion ran:\n%s", describe(res))
	}
	if notes := strings.Join(res.Procedures[i].Steps[0].Notes, "; "); !strings.Contains(notes, `as "How to create an API token" does`) {
		t.Errorf("the deletion's first step notes %q, want the token made as the task and its parts make one", notes)
	}
	if t.Failed() {
		t.Log(describe(res))
	}
	if left := app.Tokens(); len(left) != 0 {
		t.Errorf("tokens left %+v, want none", left)
	}

	// With no procedure to remove one, each part that went on to save a token says so: what
	// its task made is left on the product.
	dir = t.TempDir()
	noRemover, _, _ := strings.Cut(doc, "## Deleting an API token")
	if err := os.WriteFile(filepath.Join(dir, "tokens.md"), []byte(noRemover), 0o600); err != nil {
		t.Fatal(err)
	}
	app = spatest.New(spatest.Options{})
	res, _ = runSPAPlans(t, plansOf(t, dir), app, 1, noProfile)
	for _, tok := range app.Tokens() {
		if !strings.Contains(res.Leftovers, tok.Name) {
			t.Errorf("token %s is left on the app, and the run's leftovers do not say so: %q", tok.Name, res.Leftovers)
		}
	}
	if len(app.Tokens()) == 0 {
		t.Errorf("no token made, want those the parts saved:\n%s", describe(res))
	}
}
