package runner

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/cucumber/godog"
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
