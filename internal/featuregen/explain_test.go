package featuregen

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/docdrift/docdrift/docsparse"
)

// An item that is nothing but a link is an entry of a table of contents or a link list (the
// Kubeapps dashboard guide opens with one, testdata/heldout 172): no step, however its title
// reads; a link inside an instruction leaves the instruction as it is.
func TestExplainLinkOnlyItems(t *testing.T) {
	src := "# Dashboard\n\n1. [Deploy an application](#deploy-an-application)\n2. **[Delete an application](delete.md)**\n" +
		"3. [Create a token][pat].\n\n## Use it\n\n1. Click [here](https://example.com/new) to open the form.\n\n[pat]: pat.md\n"
	want := map[string]bool{"Deploy an application": false, "**Delete an application**": false, "Create a token.": false,
		"Click here to open the form.": true}
	for _, s := range Explain(docsparse.Parse("toc.md", []byte(src))) {
		step, ok := want[s.Text]
		if !ok {
			t.Errorf("unexpected sentence %q", s.Text)
			continue
		}
		if s.Step != step {
			t.Errorf("%q: step %v, want %v (%s)", s.Text, s.Step, step, s.Meaning)
		}
		delete(want, s.Text)
	}
	for text := range want {
		t.Errorf("no sentence %q", text)
	}
}

// A paragraph above a list whose last sentence takes the reader where the steps happen is the
// procedure's first step, colon or not; one that states a fact, or names a goal, is not.
func TestExplainLeadThatTakesTheReaderThere(t *testing.T) {
	src := "# Tokens\n\n## Create a token\n\nTo create a token, go to **Settings** > **Tokens**.\n\n1. Click **New**.\n\n" +
		"## About tokens\n\nTokens let scripts call the API.\n\n1. Click **New**.\n\n" +
		"## A goal\n\nCreate a new role.\n\n1. Click **New**.\n"
	var leads []string
	for _, s := range Explain(docsparse.Parse("tokens.md", []byte(src))) {
		if s.DocStep == "lead-in" && s.Step {
			leads = append(leads, s.Procedure+": "+s.Text)
		}
	}
	if want := "Create a token: To create a token, go to **Settings** > **Tokens**."; len(leads) != 1 || leads[0] != want {
		t.Errorf("lead-in steps %q, want [%q]", leads, want)
	}
}

// A paragraph above bullets that presses a button to fill in what it opens is the first step,
// and the bullets that describe fields are those fields (Dify's model-providers.mdx,
// testdata/heldout 26).
func TestExplainLeadThatOpensAForm(t *testing.T) {
	src := "# Models\n\n## Defaults\n\nClick **Defaults** at the top to set one for each task:\n\n" +
		"- **Chat Model**: answers questions.\n- **Embedding Model**: indexes content.\n"
	var got []string
	for _, s := range Explain(docsparse.Parse("models.md", []byte(src))) {
		got = append(got, s.DocStep+": "+s.Meaning.String())
	}
	want := []string{`lead-in: action: click "Defaults" in the top`,
		`1: action: enter "Chat Model" field (answers questions.)`, `2: action: enter "Embedding Model" field (indexes content.)`}
	if !slices.Equal(got, want) {
		t.Errorf("read\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// An item that is only a bold phrase is a title when the paragraphs or bullets under it say
// how (Node-RED's projects guide, testdata/heldout 189); alone, or over a picture only (Tyk's
// key guide, 231), it is the step it names, and so is a press over what it shows, which no
// title names.
func TestExplainBoldTitles(t *testing.T) {
	src := "# Projects\n\n1. **Create your project**\n\n   Give it a name and click **Create**.\n\n" +
		"2. **Send a login request**\n   - Click **Send**.\n3. **Save the step**\n4. **Click CREATE**\n\n   {{< img src=\"add.png\" >}}\n" +
		"5. **Press DONE**\n\n   A **Saved** message shows.\n"
	steps := map[string]bool{}
	for _, s := range Explain(docsparse.Parse("p.md", []byte(src))) {
		steps[s.Text] = s.Step
	}
	for text, want := range map[string]bool{"**Create your project**": false, "**Send a login request**": false,
		"Click **Send**.": true, "**Save the step**": true, "**Click CREATE**": true, "**Press DONE**": true} {
		if got, ok := steps[text]; !ok || got != want {
			t.Errorf("%q: step %v (read: %v), want %v", text, got, ok, want)
		}
	}
}

// A bold title ended by a hard line break is a sentence of its own, and the text under it is
// read as written (Lexicon's Discourse guide, testdata/heldout 387): joined, "**Access Profile
// Settings** Open the … tab" read as an outcome.
func TestExplainTitleOverHardBreak(t *testing.T) {
	src := "# Login\n\n1. **Access Profile Settings**  \n   Open the `Profile -> Security` tab.\n" +
		"2. **Save**\\\n   Click **Save**.\n3. **Not a title** and more.\n"
	var got []string
	for _, s := range Explain(docsparse.Parse("p.md", []byte(src))) {
		got = append(got, fmt.Sprintf("%d:%d %s", s.At.Line, s.At.Col, s.Text))
	}
	want := []string{"3:4 **Access Profile Settings**", "4:4 Open the `Profile -> Security` tab.",
		"5:4 **Save**", "6:4 Click **Save**.", "7:4 **Not a title** and more."}
	sameLines(t, "Explain", got, want)
}

// A step's title on a line of its own, with no stop, is a sentence of its own when the next
// line starts an instruction (Phase's token guide, testdata/heldout 576: "Create New Token" over
// "Click the **+ Create Token** button."); a sentence wrapped over lines stays one.
func TestExplainTitleLine(t *testing.T) {
	src := "# Tokens\n\n1. Create New Token\n   Click the **Add** button.\n" +
		"2. Click Save\n   To remove a user, click **Remove**.\n" +
		"3. Open the **Settings** page and select the\n   Tokens tab.\n" +
		"4. Go to **Settings**\n   The page lists your tokens.\n" +
		"5. ::: info\n   Check how much data you need.\n" +
		"6. Select the token named\n   Click me to copy it.\n"
	var got []string
	for _, s := range Explain(docsparse.Parse("t.md", []byte(src))) {
		got = append(got, fmt.Sprintf("%d:%d %s", s.At.Line, s.At.Col, s.Text))
	}
	want := []string{"3:4 Create New Token", "4:4 Click the **Add** button.",
		"5:4 Click Save", "6:4 To remove a user, click **Remove**.",
		"7:4 Open the **Settings** page and select the Tokens tab.",
		"9:4 Go to **Settings** The page lists your tokens.",
		"11:4 ::: info Check how much data you need.",
		"13:4 Select the token named Click me to copy it."}
	sameLines(t, "Explain", got, want)
}

// A lead-in that clicks a control it names is the procedure's first step, and bullets under it
// are its steps when they read as steps (Pontoon's pretranslation guide, testdata/heldout 599);
// a lead-in that only names the goal in words ("Store password as a secret:") is no step.
func TestExplainLeadInThatClicks(t *testing.T) {
	src := "# Data\n\n## Create\n\nThe first step is to create a dataset. In the `Datasets` panel, select `CREATE DATASET`:\n\n" +
		"* For the `Dataset name`, enter `x`.\n* Click `CREATE`.\n\n## Store\n\nStore password as a secret:\n\n1. Go to **Settings**.\n2. Click **Add**.\n"
	var got []string
	for _, s := range Explain(docsparse.Parse("d.md", []byte(src))) {
		if s.Step {
			got = append(got, fmt.Sprintf("%d %s", s.At.Line, s.Text))
		}
	}
	want := []string{"5 In the `Datasets` panel, select `CREATE DATASET`:", "7 For the `Dataset name`, enter `x`.",
		"8 Click `CREATE`.", "14 Go to **Settings**.", "15 Click **Add**."}
	sameLines(t, "steps", got, want)
}

// A line naming where a feature lives ("**Path to use the feature:** *Settings > Users*") is
// the first step of every procedure under its heading and the headings inside it, the latest
// such line winning; a section beside it is not placed there.
func TestExplainPlaceLine(t *testing.T) {
	src := "# Users\n\n## Usage\n\n**Path to use the feature:** <Icon name=\"gear\" /> *Settings > Users*\n\n" +
		"### Invite\n\n1. Click **Invite**.\n\n### Delete\n\n**Path:** *Settings > Roles*\n\n1. Click **Delete**.\n\n" +
		"## Elsewhere\n\n1. Click **Other**.\n"
	var got []string
	for _, s := range Explain(docsparse.Parse("u.md", []byte(src))) {
		if s.Step {
			got = append(got, fmt.Sprintf("%d %s", s.At.Line, s.Text))
		}
	}
	want := []string{"5 **Path to use the feature:** [gear] *Settings > Users*", "9 Click **Invite**.",
		"13 **Path:** *Settings > Roles*", "15 Click **Delete**.", "19 Click **Other**."}
	sameLines(t, "steps", got, want)
}

// A line that says what a page of marked names shows ("The **Settings** > **Users** page
// shows all users", n8n's Manage users) places the procedures under its heading there, as a
// "Path:" line does: going to that page, whatever else the line goes on to say of it. Such a
// sentence inside a procedure is what the step shows, and a page named in plain words is no
// place.
func TestExplainPageShowsPlace(t *testing.T) {
	src := "# Manage users\n\nThe **Settings** > **Users** page shows all users. Pending ones show **Invited**.\n\n" +
		"## Delete a user\n\n1. Select the menu icon by the user you want to delete.\n\n" +
		"# Roles\n\nThe roles page shows every role.\n\n## Delete a role\n\n1. Go to **Settings**.\n2. The **Roles** page shows all roles.\n"
	var got []string
	for _, s := range Explain(docsparse.Parse("u.md", []byte(src))) {
		if s.Step {
			got = append(got, fmt.Sprintf("%d %s: %s", s.At.Line, s.Text, s.Meaning))
		}
	}
	want := []string{
		`3 The **Settings** > **Users** page shows all users.: action: go to "Settings" > "Users"`,
		`7 Select the menu icon by the user you want to delete.: action: click the menu icon the procedure's subject button`,
		`15 Go to **Settings**.: action: go to "Settings"`,
		`16 The **Roles** page shows all roles.: outcome: see the procedure's subject`,
	}
	sameLines(t, "steps", got, want)
}

// A heading right over a list lists its items as a lead-in would when it asks for fields
// ("### Fill out the form"); one that names a task lists nothing.
func TestExplainHeadingAsLeadIn(t *testing.T) {
	src := "# Users\n\n## Fill out the form\n\n- **Username**: the user's name.\n\n## Roles\n\n- **Admin**: full access.\n"
	got := map[string]bool{}
	for _, s := range Explain(docsparse.Parse("u.md", []byte(src))) {
		got[s.Text] = s.Step
	}
	if !got["**Username**: the user's name."] {
		t.Errorf("the field under \"Fill out the form\" is no step: %v", got)
	}
	if got["**Admin**: full access."] {
		t.Errorf("the role under \"Roles\" is a step: %v", got)
	}
}

// A sentence on a step's second line is placed where it was written, also where MDX reads a
// component's body at another indent (docsparse.Step.Lines): inside <Tabs>, "Then click" on
// line 6 is at column 8, not at the column of the text docdrift read.
func TestExplainPositionsInsideComponents(t *testing.T) {
	src := "# T\n\n<Tabs>\n  <TabItem value=\"ui\">\n    1. Open **Settings**.\n       Then click **Save**.\n  </TabItem>\n</Tabs>\n\n" +
		"## U\n\n<Steps>\n  <Step title=\"Install\">\n  Go to **Settings**.\n  Then click **Install**.\n  </Step>\n</Steps>\n"
	var got []string
	for _, s := range Explain(docsparse.Parse("t.mdx", []byte(src))) {
		got = append(got, fmt.Sprintf("%d:%d %s", s.At.Line, s.At.Col, s.Text))
	}
	// A <Step>'s body, which docdrift reads numbered and indented, keeps its own columns too.
	want := []string{"5:8 Open **Settings**.", "6:8 Then click **Save**.", "14:3 Go to **Settings**.", "15:3 Then click **Install**."}
	sameLines(t, "Explain", got, want)
}

// A sentence that ends in a colon over a code block asks for what the code does: the
// container is started in a terminal, not by a button called "start container" (Querybook's
// and Langflow's guides, testdata/heldout 162, 245). One that names a control, or asks to
// type the code, still acts on the page.
func TestExplainLeadIntoCode(t *testing.T) {
	code := "\n\n   ```\n   docker compose up\n   ```\n"
	src := "# Set up\n\n1. Start the container:" + code + "2. Paste the following into the **Config** field:" + code +
		"3. Enter the following value:" + code + "4. Click **Save**.\n" +
		"5. In your project configuration, change the cache location to `cache` as shown below:" + code
	want := map[string]bool{"Start the container:": false, "Paste the following into the **Config** field:": true,
		"Enter the following value:": true, "Click **Save**.": true,
		"In your project configuration, change the cache location to `cache` as shown below:": false}
	for _, s := range Explain(docsparse.Parse("setup.md", []byte(src))) {
		web, ok := want[s.Text]
		if !ok {
			continue
		}
		if s.Meaning.Surface.Web() != web {
			t.Errorf("%q: on a page %v, want %v (%s)", s.Text, s.Meaning.Surface.Web(), web, s.Meaning)
		}
		delete(want, s.Text)
	}
	for text := range want {
		t.Errorf("no sentence %q", text)
	}
}

// "Choose whether you want to upload the asset from your computer or from an URL:" over the
// two ways: a reader takes the first and leaves the second — never both in turn, as "Do one
// of the following:" had them.
func TestExplainWaysTakesTheFirst(t *testing.T) {
	for _, lead := range []string{"Choose whether you want to upload the asset from your computer or from an URL:", "Do one of the following:", "To change it, either:"} {
		src := "# Upload\n\n1. Click **Add**.\n2. " + lead + "\n    - from the computer, click **Browse**,\n" +
			"    - from an URL, type an URL in the _URL_ field, then click **Next**.\n3. Click **Save**.\n"
		got := map[string]string{}
		for _, s := range Explain(docsparse.Parse("upload.md", []byte(src))) {
			got[s.Text] = s.Meaning.String()
		}
		want := map[string]string{
			"from the computer, click **Browse**,":                              `action: click "Browse"`,
			"from an URL, type an URL in the _URL_ field, then click **Next**.": `action: enter "URL" field (an URL) in the "URL" field; then click "Next" [optional] [another way]`,
		}
		if !strings.HasSuffix(lead, "either:") { // a note there, which lists the same ways
			want[lead] = "action: nothing (instructions to follow: the steps below)"
		}
		for text, w := range want {
			if got[text] != w {
				t.Errorf("under %q, %q reads %q, want %q", lead, text, got[text], w)
			}
		}
	}
}

// Numbered steps under "you should either:" (Medusa's campaigns guide) are ways, not a
// procedure's steps in turn as under "Do one of the following:" (Microsoft's Exchange docs)
// or "To enable either:" (either of two things: Medusa's locations guide).
func TestExplainNumberedWaysUnderEither(t *testing.T) {
	for _, tc := range []struct{ lead, want string }{
		{"If you need to change this information, you should either:", `action: click "Expire" [optional] [another way]`},
		{"Do one of the following:", `action: click "Expire"`},
		{"Pickup and shipping are disabled by default. To enable either:", `action: click "Expire"`},
	} {
		src := "# Change\n\n" + tc.lead + "\n\n1. Click **Delete**.\n2. Click **Expire**.\n"
		if got := meaningIn(src, "Click **Expire**."); got != tc.want {
			t.Errorf("under %q: %q, want %q", tc.lead, got, tc.want)
		}
	}
}

// "- Either click **Create new entry** …," then "- Or access the edit view …" (Strapi's Content
// Manager doc): the second is another way, as under "Do one of the following:"; an "Or" with
// no "Either" before it is a step of its own.
func TestExplainEitherOrTakesTheFirst(t *testing.T) {
	for _, tc := range []struct{ first, want string }{
		{"Either click **Create new entry** to create a new entry,", `action: click "Edit" [optional] [another way]`},
		{"Click **Create new entry** to create a new entry,", `action: click "Edit"`},
	} {
		src := "# Write\n\n1. In the Content Manager:\n    - " + tc.first + "\n    - Or click **Edit**.\n2. Click **Save**.\n"
		if got := meaningIn(src, "Or click **Edit**."); got != tc.want {
			t.Errorf("after %q: %q, want %q", tc.first, got, tc.want)
		}
	}
}

// A sentence after a step that sends the reader to other sections of the doc by its links
// ("Then, create a new campaign … and [add promotions to it](#manage-…)", Medusa's campaigns
// guide) names no control in its words: a note. A link beside a marked label, or none, does
// not make one.
func TestExplainAStepAfterALinkToASectionIsANote(t *testing.T) {
	for _, tc := range []struct {
		after string
		step  bool
	}{
		{"Then, create a new campaign with the correct information and [add promotions to it](#manage-promotions).", false},
		{"Then click **Save**, as [saving](#saving) says.", true},
		{"Then create a new token.", true},
	} {
		src := "# Change\n\n1. Click **Add**.\n\n   " + tc.after + "\n"
		found := false
		for _, s := range Explain(docsparse.Parse("change.md", []byte(src))) {
			if s.Continuation {
				found = true
				if s.Step != tc.step {
					t.Errorf("%q: step = %v, want %v", tc.after, s.Step, tc.step)
				}
			}
		}
		if !found {
			t.Errorf("%q: not read", tc.after)
		}
	}
}

// meaningIn is how Explain reads the sentence text of the doc src, "" when it has none.
func meaningIn(src, text string) string {
	for _, s := range Explain(docsparse.Parse("doc.md", []byte(src))) {
		if s.Text == text {
			return s.Meaning.String()
		}
	}
	return ""
}
