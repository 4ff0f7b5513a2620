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

// A procedure that ticks existing items of another kind into its own ("Check the tokens you
// want to add to the team") on a product that has none gets one made as another doc of the run
// makes one ("Creating an API token", in the tokens guide), ticks that one, and removes it
// afterwards as that doc removes one: an empty list is the product's, no drift of the doc, and
// a reader with none would have made one first.
func TestAnItemToPickIsMadeAsAnotherDocMakesOne(t *testing.T) {
	dir := t.TempDir()
	tokens, err := os.ReadFile(spaDoc)
	if err != nil {
		t.Fatal(err)
	}
	// Named as Medusa's "enter the customer's email" names it: the new item's own, never the
	// team's the procedure acts on.
	tokens = []byte(strings.Replace(string(tokens), "In the **Name** field, enter a name for the token.", "Enter the token's name.", 1))
	teams := "# Teams\n\n## Creating a team\n\n1. Log into the store.\n2. Select **Settings**.\n3. Select **Teams**.\n" +
		"4. Select **Create team**.\n5. In the **Name** field, enter a name for the team.\n6. Select **Save**.\n" +
		"\n## Adding tokens to a team\n\n1. Log into the store.\n2. Select **Settings**.\n3. Select **Teams**.\n" +
		"4. Click on the team in the list.\n5. Select **Add tokens**.\n6. Check the tokens you want to add to the team.\n7. Select **Save**.\n"
	for name, text := range map[string][]byte{"tokens.md": tokens, "teams.md": []byte(teams)} {
		if err := os.WriteFile(filepath.Join(dir, name), text, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	app := spatest.New(spatest.Options{})
	res, _ := runSPAPlans(t, plansOf(t, dir), app, 1, noProfile)
	i := slices.IndexFunc(res.Procedures, func(p results.Procedure) bool { return p.Name == "Adding tokens to a team" })
	if i < 0 || res.Procedures[i].Status != results.Passed {
		t.Fatalf("\"Adding tokens to a team\" did not pass:\n%s", describe(res))
	}
	notes := strings.Join(res.Procedures[i].Steps[0].Notes, "; ")
	if !strings.Contains(notes, "made docdrift-") || !strings.Contains(notes, `to pick, as "Creating an API token" (`) {
		t.Errorf("step 1 notes %q, want the token made as the tokens guide makes one", notes)
	}
	var added []string
	for _, team := range app.Teams() {
		added = append(added, team.Tokens...)
	}
	if len(added) != 1 || !strings.Contains(notes, added[0]) {
		t.Errorf("tokens added to teams %q, want the one the run made (%s)", added, notes)
	}
	for _, team := range app.Teams() {
		if slices.Contains(added, team.Name) {
			t.Errorf("the team's own name %q was given to the token made to pick", team.Name)
		}
	}
	if left := app.Tokens(); len(left) != 0 {
		t.Errorf("tokens left %+v, want the one made to pick removed as the tokens guide removes one", left)
	}
}
