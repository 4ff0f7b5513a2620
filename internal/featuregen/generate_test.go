package featuregen

import (
	"bytes"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	gherkin "github.com/cucumber/gherkin/go/v42"
	messages "github.com/cucumber/messages/go/v34"

	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/understand"
)

// handDoc is a doc as docsparse would return it, built by hand so these tests pin the
// generator alone.
func handDoc() *docsparse.Document {
	pos := func(l, c int) docsparse.Pos { return docsparse.Pos{Line: l, Col: c} }
	return &docsparse.Document{
		Path:  "docs/oauth.md",
		Title: "OAuth Tokens via CP â€“ Draft",
		Procedures: []docsparse.Procedure{
			{
				Heading: docsparse.Section{Title: "Obtaining an OAuth Token", ID: "cp_oauth_get", Level: 2, Pos: pos(8, 1)},
				Intro:   "To create your API account, use the following steps:",
				Pos:     pos(16, 1),
				Directives: []docsparse.Directive{
					{Kind: docsparse.DirectiveGiven, Value: "a legacy API account exists", Pos: pos(13, 1)},
					{Kind: docsparse.DirectiveValue, Field: "Name", Value: `Nightly "ERP" sync`, Pos: pos(14, 1)},
				},
				Steps: []docsparse.Step{
					{Number: 1, Pos: pos(16, 5), Markup: "Log into the store, using the store owner's username/password."},
					{Number: 3, Pos: pos(18, 5), Markup: "Select **API Accounts**. This will display the **Store API Accounts** page."},
					{Number: 5, Pos: pos(20, 5), Markup: "In the **Name** field, summarize the purpose.\n    (This name is for internal use only.)",
						Continuation: []docsparse.Block{{Kind: "paragraph", Text: "The name\nappears in the list.", Pos: pos(22, 5)}},
						SubSteps: []docsparse.Step{
							{Number: 1, Pos: pos(23, 8), Markup: `Select <a href="#x">here</a>.`},
							{Number: 2, Pos: pos(24, 8), Markup: "Old step.", Struck: true},
						}},
				},
			},
			{
				Heading: docsparse.Section{Title: "Revoking", ID: "skip", Pos: pos(30, 1)},
				Pos:     pos(33, 1),
				Struck:  true,
				Directives: []docsparse.Directive{
					{Kind: docsparse.DirectiveSkip, Value: "needs a legacy\naccount", Pos: pos(31, 1)},
				},
				Steps: []docsparse.Step{{Number: 1, Pos: pos(33, 5), Markup: "Click **OK**."}},
			},
			{
				Heading: docsparse.Section{Title: "Revoking", ID: "has space#and,comma", Pos: pos(40, 1)},
				Pos:     pos(42, 1),
				Steps:   []docsparse.Step{{Number: 1, Pos: pos(42, 5), Markup: "Click **OK**."}},
			},
			{Pos: pos(50, 1), Steps: []docsparse.Step{{Number: 1, Pos: pos(50, 4), Markup: "Click **OK**."}}},
		},
	}
}

func TestGenerateHandBuilt(t *testing.T) {
	got, err := Generate(handDoc())
	if err != nil {
		t.Fatal(err)
	}
	want := `# Generated from docs/oauth.md by docdrift gen. DO NOT EDIT.
# To change it, edit the doc and rerun docdrift gen on it; docdrift gen --check lists stale features.
Feature: OAuth Tokens via CP â€“ Draft (docs/oauth.md)

  # procedure "Obtaining an OAuth Token" at docs/oauth.md:8:1
  # intro: To create your API account, use the following steps:
  # value "Name" = "Nightly \"ERP\" sync" at docs/oauth.md:14:1
  @cp_oauth_get
  Scenario: Obtaining an OAuth Token
    # given at docs/oauth.md:13:1
    Given a legacy API account exists
    # step 1 at docs/oauth.md:16:5
    And Log into the store, using the store owner's username/password.
    # step 3 at docs/oauth.md:18:5
    When Select **API Accounts**.
    # step 3 sentence 2 at docs/oauth.md:18:30
    Then This will display the **Store API Accounts** page.
    # markup 5 "In the **Name** field, summarize the purpose.\n    (This name is for internal use only.)"
    # step 5 at docs/oauth.md:20:5
    When In the **Name** field, summarize the purpose.
    # note: (This name is for internal use only.)
    # step 5 sentence 3 at docs/oauth.md:22:5
    Then The name appears in the list.
    # markup 5.1 "Select <a href=\"#x\">here</a>."
    # step 5.1 at docs/oauth.md:23:8
    When Select here.
    # struck step 5.2 at docs/oauth.md:24:8: Old step.

  # procedure "Revoking" at docs/oauth.md:30:1
  # skip "needs a legacy account" at docs/oauth.md:31:1
  @id-skip @struck @skip
  Scenario: Revoking
    # step 1 at docs/oauth.md:33:5
    When Click **OK**.

  # procedure "Revoking" at docs/oauth.md:40:1
  @has_space_and_comma
  Scenario: Revoking (line 42)
    # step 1 at docs/oauth.md:42:5
    When Click **OK**.

  # procedure "" at docs/oauth.md:50:1
  Scenario: Procedure at line 50
    # step 1 at docs/oauth.md:50:4
    When Click **OK**.
`
	if string(got) != want {
		t.Errorf("Generate:\n%s\nwant:\n%s", got, want)
	}
	mustParseGherkin(t, got)
	again, _ := Generate(handDoc())
	if !bytes.Equal(got, again) {
		t.Error("generating twice gave different bytes")
	}
}

func TestGenerateNoProcedures(t *testing.T) {
	got, err := Generate(&docsparse.Document{Path: "a.md", Title: "A"})
	if got != nil || err != nil {
		t.Errorf("Generate(no procedures) = %q, %v; want nil, nil", got, err)
	}
}

func TestGenerateRejectsUnwritableInput(t *testing.T) {
	doc := handDoc()
	doc.Path = "a\nb.md"
	if _, err := Generate(doc); err == nil {
		t.Error("a path with a line break was accepted")
	}
	doc = handDoc()
	doc.Procedures[0].Steps[0].Markup = strings.Repeat("Click it. ", 8000)
	if _, err := Generate(doc); err == nil || !strings.Contains(err.Error(), "line limit") {
		t.Errorf("an over-long line gave %v", err)
	}
}

// mustParseGherkin parses a feature the way godog does and returns it.
func mustParseGherkin(t testing.TB, feature []byte) *messages.GherkinDocument {
	t.Helper()
	doc, err := gherkin.ParseGherkinDocument(bytes.NewReader(feature), (&messages.Incrementing{}).NewId)
	if err != nil {
		t.Fatalf("gherkin parser rejects the feature: %v\n%s", err, feature)
	}
	if doc.Feature == nil {
		t.Fatalf("gherkin parser found no Feature in:\n%s", feature)
	}
	return doc
}

// A table of fields under a step is a field to fill per row; a table of anything else is a note.
func TestGenerateFieldTable(t *testing.T) {
	src := "# T\n\n## Make a token\n\n1. Fill in the form:\n\n   | Field | Value |\n   |---|---|\n   | **Name** | a name for the token |\n   | **Duration** | `7 days` |\n\n" +
		"   | Role | Can |\n   |---|---|\n   | Owner | everything |\n"
	feature, err := Generate(docsparse.Parse("t.md", []byte(src)))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"# step 1 sentence 2 at t.md:9:4\n    And **Name** | a name for the token\n",
		"# step 1 sentence 3 at t.md:10:4\n    And **Duration** | `7 days`\n",
		"# table: Role Can Owner everything",
	} {
		if !strings.Contains(string(feature), want) {
			t.Errorf("feature lacks %q:\n%s", want, feature)
		}
	}
}

// A table whose second column says what to do with each field is a table of fields; one the
// step sends the reader to for reference ("refer to the table below") is not, whatever its
// header (Strapi's RBAC doc, testdata/real/strapi/rbac.md).
func TestGenerateInstructionAndReferenceTables(t *testing.T) {
	src := "# T\n\n## Invite\n\n1. Fill in the details:\n\n   | User information | Instructions |\n   |---|---|\n   | First name | Write the first name in the textbox. |\n\n" +
		"2. Tick the permissions. You can refer to the table below for more information.\n\n   | Setting name | Permissions |\n   |---|---|\n   | Email | \"Read\" - gives access |\n"
	feature, err := Generate(docsparse.Parse("t.md", []byte(src)))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"# step 1 sentence 2 at t.md:9:4\n    And First name | Write the first name in the textbox.\n",
		"# table: Setting name Permissions Email",
	} {
		if !strings.Contains(string(feature), want) {
			t.Errorf("feature lacks %q:\n%s", want, feature)
		}
	}
}

// A sentence that says where what the step names is found is the way there, taken first; both
// keep their doc positions, and the line map still reads them as one doc step.
func TestGenerateTheWayToWhatAStepNamesFirst(t *testing.T) {
	src := "# T\n\n## Manage tags\n\n1. Select **Manage tags**. This is available from **Filters** > **Tags** on the **Workflows** page.\n" +
		"2. Select **Rename**.\n\n   You can find it under **Tag** > **Actions**.\n"
	feature, err := Generate(docsparse.Parse("t.md", []byte(src)))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"# step 1 at t.md:5:28\n    When This is available from **Filters** > **Tags** on the **Workflows** page.\n" +
			"    # step 1 sentence 2 at t.md:5:4\n    And Select **Manage tags**.\n",
		"# step 2 at t.md:8:4\n    And You can find it under **Tag** > **Actions**.\n" +
			"    # step 2 sentence 2 at t.md:6:4\n    And Select **Rename**.\n",
	} {
		if !strings.Contains(string(feature), want) {
			t.Errorf("feature lacks %q:\n%s", want, feature)
		}
	}
	m, err := ReadLineMap(feature)
	if err != nil {
		t.Fatal(err)
	}
	if got := len(m.Scenarios[0].Steps); got != 4 {
		t.Errorf("line map has %d steps, want 4", got)
	}
}

// A vague request to fill something in, right before a lead-in over the sub-items that say
// what, is what they do: a note, not a field to type a made-up value into. A field the doc
// names stays a step.
func TestGenerateARequestTheSubItemsDo(t *testing.T) {
	src := "# T\n\n## Filter\n\n1. Enter your filters. You can filter by:\n   - **Status**: choose **Failed**.\n" +
		"2. Enter **Name**. Then set:\n   - **Color**: choose **Red**.\n"
	feature, err := Generate(docsparse.Parse("t.md", []byte(src)))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"# note: Enter your filters.\n", "When **Status**: choose **Failed**.\n", "t.md:7:4\n    And Enter **Name**.\n"} {
		if !strings.Contains(string(feature), want) {
			t.Errorf("feature lacks %q:\n%s", want, feature)
		}
	}
}

// A lead-in that acts past its items is written after them, its markup comment with it, and
// the line map still places every step; one that acts first stays above its items.
func TestGenerateALeadInThatActsAfterItsItems(t *testing.T) {
	src := "# T\n\n## Widgets\n\n1. Fill in the following fields and then press [Enter\\]:\n   - **Name**: x\n" +
		"2. Click **Add** and fill in the following fields:\n   - **Size**: y\n"
	feature, err := Generate(docsparse.Parse("t.md", []byte(src)))
	if err != nil {
		t.Fatal(err)
	}
	want := "# step 1.1 listed as named field at t.md:6:6\n    When **Name**: x\n" +
		"    # markup 1 \"Fill in the following fields and then press [Enter\\\\]:\"\n" +
		"    # step 1 at t.md:5:4\n    And Fill in the following fields and then press [Enter]:\n" +
		"    # step 2 at t.md:7:4\n    And Click **Add** and fill in the following fields:\n" +
		"    # step 2.1 listed as named field at t.md:8:6\n    And **Size**: y\n"
	if !strings.Contains(string(feature), want) {
		t.Errorf("feature lacks %q:\n%s", want, feature)
	}
	m, err := ReadLineMap(feature)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range m.Scenarios[0].Steps {
		got = append(got, s.DocStep+" "+s.At.String()+" "+s.Markup)
	}
	wantSteps := []string{"1.1 t.md:6:6 **Name**: x", "1 t.md:5:4 Fill in the following fields and then press [Enter\\]:",
		"2 t.md:7:4 Click **Add** and fill in the following fields:", "2.1 t.md:8:6 **Size**: y"}
	if !slices.Equal(got, wantSteps) {
		t.Errorf("line map steps\n got %q\nwant %q", got, wantSteps)
	}
}

// firstScenarioSteps generates the feature of src and shows each step of its first scenario,
// as its line map reads it.
func firstScenarioSteps(t *testing.T, path, src string, show func(Step) string) ([]string, []byte) {
	t.Helper()
	feature, err := Generate(docsparse.Parse(path, []byte(src)))
	if err != nil {
		t.Fatal(err)
	}
	m, err := ReadLineMap(feature)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range m.Scenarios[0].Steps {
		got = append(got, show(s))
	}
	return got, feature
}

// What is written below a list whose last step has sub-steps of its own ("Once you're done
// with this step, click **Continue**.") is done after them, as a reader does, and a callout
// box between the list and it ("<Note>" over bullets, Medusa's products guide) is a note that
// leaves it the procedure's.
func TestGenerateWhatIsWrittenBelowSubStepsAfterThem(t *testing.T) {
	src := "# T\n\n## Organize\n\n1. Click **Discountable**.\n2. To add a channel:\n    - Click **Add**.\n    - Click **Save**.\n\n" +
		"<Note title=\"Tips\">\n\n- Prices are tax-exclusive.\n\n</Note>\n\nOnce you're done, click **Continue**.\n"
	got, feature := firstScenarioSteps(t, "t.mdx", src, func(s Step) string { return s.DocStep + " " + s.Text })
	want := []string{"1 Click **Discountable**.", "2 To add a channel:", "2.1 Click **Add**.", "2.2 Click **Save**.",
		"2 Once you're done, click **Continue**."}
	if !slices.Equal(got, want) {
		t.Errorf("steps\n got %q\nwant %q\n%s", got, want, feature)
	}
}

// The sub-steps of an optional step are optional too, at every depth ("To set an image as the
// thumbnail:" under "Optionally upload images", Medusa's products guide): the feature says so,
// and a run reads them so.
func TestGenerateSubStepsOfAnOptionalStepAreOptional(t *testing.T) {
	src := "# T\n\n## Create\n\n1. Optionally upload images.\n    - To set an image as the thumbnail:\n" +
		"        - Click the three-dots icon in the image's row.\n2. Click **Save**.\n    - Click **Confirm**.\n"
	got, feature := firstScenarioSteps(t, "t.md", src, func(s Step) string {
		return fmt.Sprintf("%s %s optional=%v", s.DocStep, s.Listed, understand.ReadListed(s.Text, s.Listed).Optional)
	})
	want := []string{"1  optional=true", "1.1 under optional optional=true", "1.1.1 under optional optional=true", "2  optional=false", "2.1  optional=false"}
	if !slices.Equal(got, want) {
		t.Errorf("steps\n got %q\nwant %q\n%s", got, want, feature)
	}
}

// Numbered headings are parts of one task done in turn ("### 1. Enable Shipping Mode", "### 2.
// Create Service Zone", Medusa's locations guide; "## Step 2: Details"): each part names the
// one before as coming first, and the first the steps of the heading above them, when it has
// its own. A heading under another parent, or one the numbering skips to, names none.
func TestNumberedHeadingsArePartsDoneInTurn(t *testing.T) {
	src := "# Shipping\n\n## Create Shipping Options\n\n" +
		"### 1. Enable Shipping Mode\n\n1. Click **Enable**.\n\n" +
		"### 2. Create Service Zone\n\n1. Click **Create zone**.\n\n#### Zone areas\n\nSome words.\n\n" +
		"### 3. Create Shipping Options\n\n1. Click **Create option**.\n\n" +
		"### 5. Test\n\n1. Click **Test**.\n\n" +
		"## Promotions\n\n## Step 2: Details\n\n1. Click **Details**.\n\n" +
		// The task's own steps open the form its parts fill in.
		"## How to Create a Product\n\n1. Click **Create**.\n\n### 1. Details Step\n\n1. Enter the title.\n\n" +
		"### 2. Organize Step\n\n1. Click **Continue**.\n"
	out, err := Generate(docsparse.Parse("ship.md", []byte(src)))
	if err != nil {
		t.Fatal(err)
	}
	firsts := map[string]string{}
	pending := "" // a scenario's comments come before its keyword
	for _, line := range strings.Split(string(out), "\n") {
		line = strings.TrimSpace(line)
		if first, ok := strings.CutPrefix(line, "# first: "); ok {
			pending = first
		}
		if name, ok := strings.CutPrefix(line, "Scenario: "); ok {
			if pending != "" {
				firsts[name] = pending
			}
			pending = ""
		}
	}
	want := map[string]string{
		"2. Create Service Zone":     `"#1-enable-shipping-mode" continued`,
		"3. Create Shipping Options": `"#2-create-service-zone" continued`,
		"1. Details Step":            `"#how-to-create-a-product" continued`,
		"2. Organize Step":           `"#1-details-step" continued`,
	}
	if !maps.Equal(firsts, want) {
		t.Errorf("first comments %q, want %q", firsts, want)
	}
}
