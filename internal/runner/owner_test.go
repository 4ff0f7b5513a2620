package runner

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cucumber/godog"
	"github.com/docdrift/docdrift/internal/results"
	"github.com/docdrift/docdrift/internal/spatest"
)

// A procedure on a part of an item ("Edit Tax Setting for Currency") that no procedure of
// its doc makes or removes has its item made and removed as the doc makes and removes the
// item it belongs to, whatever the plural; a procedure that makes an item for another
// ("Create Webhook for Currency") is no currency's, and has no remover of currencies.
func TestAPartOfAnItemIsMadeAsTheItemIs(t *testing.T) {
	const doc = "# Currencies\n\n" +
		"## Add Currencies\n\n1. Go to Settings → Store.\n2. Check the currencies you want to add.\n3. Click **Save**.\n\n" +
		"## Remove Currencies\n\n1. Go to Settings → Store.\n2. Check the checkbox next to the currencies you want to remove.\n3. Click **Remove**.\n\n" +
		"## Edit Tax Setting for Currency\n\n1. Go to Settings → Store.\n2. Click **Edit** next to the currency you want to edit.\n\n" +
		"## Create Webhook for Currency\n\n1. Go to Settings → Store.\n2. Click **Add webhook**.\n"
	path := filepath.Join(t.TempDir(), "currencies.md")
	if err := os.WriteFile(path, []byte(doc), 0o600); err != nil {
		t.Fatal(err)
	}
	plans := plansOf(t, path)
	c := newCollector(plans, Options{})
	scenario := func(name string) *godog.Scenario {
		return &godog.Scenario{Uri: plans[0].Doc.Path, Name: name, Steps: []*godog.Step{{Text: "Go to Settings → Store."}}}
	}
	part := scenario("Edit Tax Setting for Currency")
	if got := c.maker(part); got == nil || got.Name != "Add Currencies" {
		t.Errorf("maker: %v, want \"Add Currencies\"", got)
	}
	if got := c.remover(part); got == nil || got.Name != "Remove Currencies" {
		t.Errorf("remover: %v, want \"Remove Currencies\"", got)
	}
	if got := c.remover(scenario("Create Webhook for Currency")); got != nil {
		t.Errorf("remover of a webhook made for a currency: %q, want none", got.Name)
	}
}

// With no profile of the product, an item made inside another — a label, added on its API
// token's page — is made for a procedure that acts on one by the doc's own making procedure,
// in a token made first as the doc makes one: "Deleting a label" runs, where before the label's
// maker stopped for want of a token. The token is then removed as the doc removes one.
func TestAMakersOwnItemIsMadeAsTheDocMakesIt(t *testing.T) {
	whole, err := os.ReadFile(spaDoc)
	if err != nil {
		t.Fatal(err)
	}
	doc := filepath.Join(t.TempDir(), "tokens.md")
	more := "\n## Viewing an API token\n\n1. Log into the store.\n2. Select **Settings**.\n3. Select **API Tokens**.\n" +
		"4. Click on the token in the list.\n\nThis opens the API token's details page.\n" +
		"\n## Adding a label to an API token\n\n1. Go to the API token's details page.\n" +
		"2. In the **Labels** section, select **Add label**.\n3. In the **Label name** field, enter a name for the label.\n4. Select **Save**.\n" +
		"\n## Deleting a label\n\n1. Log into the store.\n2. Select **Settings**.\n3. Select **Labels**.\n" +
		"4. Click **Delete** next to the label you want to delete.\n5. Click **Confirm** in the confirmation dialog.\n"
	if err := os.WriteFile(doc, append(whole, more...), 0o600); err != nil {
		t.Fatal(err)
	}
	app := spatest.New(spatest.Options{})
	res, _ := runSPAPlans(t, plansOf(t, doc), app, 1, noProfile)
	deleting := res.Procedures[len(res.Procedures)-1]
	if deleting.Name != "Deleting a label" || deleting.Status != results.Passed {
		t.Fatalf("%q is %s, want passed:\n%s", deleting.Name, deleting.Status, describe(res))
	}
	notes := strings.Join(deleting.Steps[0].Notes, "; ")
	for _, want := range []string{`as "Creating an API token" does`, `as "Adding a label to an API token" does`} {
		if !strings.Contains(notes, want) {
			t.Errorf("step 1 notes %q, want %q", notes, want)
		}
	}
	if left := app.Tokens(); len(left) != 0 || res.Leftovers != "" {
		t.Errorf("tokens left %+v (leftovers %q), want the one made for the label removed as the doc removes one", left, res.Leftovers)
	}
}

// A numbered part of a task that makes its item ("### 2. Save Step" under "## How to Create a
// Gadget") has no item made first: its task, done first, makes it. A part of a task done on an
// item that exists ("### 2. Confirmation" under "## Shipping a widget", Medusa's "2. Create Service
// Zone" on a location) has one made as the doc makes one; and a maker that is a part itself
// is done alone, never with the parts after it.
func TestAPartOfAMakingHasNoMakerAndOthersDo(t *testing.T) {
	const doc = "# Things\n\n## Creating a widget\n\n1. Click **New widget**.\n2. Enter a name for the widget.\n3. Click **Save**.\n\n" +
		"## Shipping a widget\n\n### 1. Open the widget\n\n1. Click the widget you want to ship.\n\n### 2. Confirmation\n\n1. Click **Ship**.\n\n" +
		"## How to Create a Gadget\n\n1. Click **New gadget**.\n\n### 1. Details Step\n\n1. Enter the gadget's name.\n\n### 2. Save Step\n\n1. Click **Save**.\n\n" +
		"## Labels\n\n### 1. Create a label\n\n1. Click **New label**.\n2. Enter a name for the label.\n\n### 2. Colour the label\n\n1. Click **Red**.\n\n" +
		"## Deleting a label\n\n1. Click **Delete** next to the label you want to delete.\n"
	path := filepath.Join(t.TempDir(), "things.md")
	if err := os.WriteFile(path, []byte(doc), 0o600); err != nil {
		t.Fatal(err)
	}
	plans := plansOf(t, path)
	c := newCollector(plans, Options{})
	scenario := func(name, step string) *godog.Scenario {
		return &godog.Scenario{Uri: plans[0].Doc.Path, Name: name, Steps: []*godog.Step{{Text: step}}}
	}
	if got := c.maker(scenario("2. Confirmation", "Click **Ship**.")); got == nil || got.Name != "Creating a widget" {
		t.Errorf("maker of a part done on a widget: %v, want \"Creating a widget\"", got)
	}
	if got := c.maker(scenario("2. Save Step", "Click **Save**.")); got != nil {
		t.Errorf("maker of a part of the gadget's making: %q, want none", got.Name)
	}
	if got := c.maker(scenario("Deleting a label", "Click **Delete** next to the label you want to delete.")); got == nil || len(got.Steps) != 2 {
		t.Errorf("maker of a label: %v, want \"1. Create a label\" alone, its two steps", got)
	}
}
