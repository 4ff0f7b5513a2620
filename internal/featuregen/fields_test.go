package featuregen

import (
	"strings"
	"testing"

	"github.com/docdrift/docdrift/docsparse"
)

// Items under a step that asks for fields are fields to fill, even one whose description
// starts with a verb, and a bare name is one where the step calls them fields; under a step that offers choices, an item that only describes what
// shows or names a choice is a note; under any other step they are read on their own. The
// first procedure is authentik's "Create a user" (testdata/heldout).
func TestExplainFieldList(t *testing.T) {
	src := "# Users\n\n## Create a user\n\n" +
		"1. Click **New User**.\n" +
		"2. Fill in the required fields:\n" +
		"    - **Username**: This value must be unique across all users.\n" +
		"    - **Active** (_optional_): Whether the user account is active.\n" +
		"    - `From Name` - Display name for the sender\n" +
		"3. Click **Create**.\n\n" +
		"## View a user\n\n" +
		"1. To see further details, click any of the other tabs:\n" +
		"    - **Session** is the active sessions established by the user.\n\n" +
		"## Template\n\n" +
		"1. In the **Settings** section, complete the following fields:\n" +
		"    - Template name\n" +
		"    - Display Name,\n" +
		"    - Select a role\n" +
		"2. Complete the following meta data:\n" +
		"    - Meta Title\n\n" +
		"## Manage users\n\n" +
		"1. From the Users page, you can:\n" +
		"    - View usernames and email addresses.\n" +
		"    - To edit a user's teams, select **Actions > Add/Remove**.\n" +
		"2. Choose your email provider:\n" +
		"    - SMTP Server\n" +
		"    - Resend\n"
	got := readings("users.md", src, false)
	want := []string{
		"1 action: click \"New User\"",
		"2 action: nothing (the fields that follow: the required fields)",
		"2.1 action: enter \"Username\" field (This value must be unique across all users.)",
		"2.2 action: check \"Active\" [optional]",
		"2.3 action: enter \"From Name\" field (Display name for the sender)",
		"3 action: click \"Create\"",
		"1 action: choose (any of the other tabs)",
		"1.1 note",
		"1 action: nothing (the fields that follow: the following fields)",
		"1.1 action: enter ~\"Template name\" field (as the doc describes)",
		"1.2 action: enter ~\"Display Name\" field (as the doc describes)",
		"1.3 action: click the procedure's subject",
		"2 action: nothing (the fields that follow: the following meta data)",
		"2.1 note",
		"1 note",
		"1.1 note",
		"1.2 action: click \"Actions\" > \"Add/Remove\"",
		"2 action: click ~\"email provider\"",
		"2.1 note",
		"2.2 note",
	}
	sameLines(t, "Explain", got, want)
}

// A step that asks to fill in, configure or define something it names in plain words is the
// lead-in of the fields under it when they name a field each and describe it: nothing is typed
// into a field called "configuration". An item that only marks its field optional leaves the
// act to its next sentence. The second procedure is Docker's "Configure the token:"
// (testdata/corpus 76); a step whose items are parameters or choices stays as it was.
func TestExplainFieldsUnderAnyName(t *testing.T) {
	src := "# Providers\n\n## Add a provider\n\n" +
		"1. Fill in the configuration:\n" +
		"    - **Provider name**: A unique name for this instance (e.g., \"Primary\")\n" +
		"    - **URL**: Your endpoint URL (see [the format](#format))\n" +
		"    - **Models**: Comma-separated list of models (e.g., `small,large`)\n\n" +
		"## Create a token\n\n" +
		"1. Configure the token:\n" +
		"    - **Label:** A name that describes what the token is for. This field is required.\n" +
		"    - **Description:** Optional. Up to 200 characters.\n" +
		"    - **Expiration date:** Optional. Select **30 days** or **Custom**.\n\n" +
		"## Other lists\n\n" +
		"1. Decide where the property appears:\n" +
		"    - **Badge:** a badge beside the name.\n" +
		"    - **Sidebar:** a line in the sidebar.\n" +
		"2. Enter your name:\n" +
		"    - **First**: your given name\n"
	got := readings("providers.md", src, false)
	want := []string{
		"1 action: nothing (the fields that follow: the configuration)",
		"1.1 action: enter \"Provider name\" field (A unique name for this instance (e.g., Primary))",
		"1.2 action: enter \"URL\" field (Your endpoint URL (see the format))",
		"1.3 action: enter \"Models\" field (Comma-separated list of models (e.g., small,large))",
		"1 action: nothing (the fields that follow: configure the token)",
		"1.1 action: enter \"Label\" field (A name that describes what the token is for.)",
		"1.1 note",
		"1.2 action: enter \"Description\" field (as the doc describes) [optional]",
		"1.2 note",
		"1.3 note",
		"1.3 action: click one of \"30 days\", \"Custom\" [optional]",
		"1 action: nothing (left to the reader: decide where the property appears)",
		"1.1 note",
		"1.2 note",
		"2 action: enter ~\"name\" field (your name)",
		"2.1 note",
	}
	sameLines(t, "Explain", got, want)
}

// A list that marks its items required or optional is a form's fields with nothing above it
// to say so, and what an item says of its field after naming it is no outcome to check;
// SolidInvoice's recurring invoices (testdata/heldout).
func TestExplainMarkedFields(t *testing.T) {
	src := "# Invoices\n\n## Schedule\n\nThe section says when invoices are made.\n\n" +
		"- **Start Date** *(required)* — when the schedule begins.\n" +
		"- **End Recurrence** *(required)* — when it ends. The matching date field appears once you pick.\n" +
		"  - Example: `Never`\n" +
		"- **Notes** (optional)\n"
	got := readings("invoices.md", src, false)
	want := []string{
		"1 action: enter \"Start Date\" field (when the schedule begins.)",
		"2 action: enter \"End Recurrence\" field (when it ends.)",
		"2 note",
		"2.1 note",
		"3 action: enter \"Notes\" field (as the doc describes) [optional]",
	}
	sameLines(t, "Explain", got, want)
}

// A paragraph that asks for fields or for boxes to tick lists the bullets under it as a
// numbered step's sub-steps would be, and a whole instruction before it in the paragraph is a
// step of its own ("Click **Create client**. Fill in the following fields:").
func TestExplainFieldsUnderAParagraph(t *testing.T) {
	src := "# Clients\n\n## Create a client\n\n" +
		"Open **Clients** and click **Create client**. Fill in the following fields:\n\n" +
		"- **Client ID**: a name for the client.\n" +
		"- **Client type**: `confidential`\n\n" +
		"## Add scopes\n\nAdd the following scopes:\n\n- `openid`\n- `email`\n\n" +
		"## Fields shown\n\nThe following fields are shown:\n\n- **Name**: the name.\n"
	got := readings("clients.md", src, true)
	want := []string{
		"lead-in action: click \"Clients\"; then click \"Create client\"",
		"1 action: enter \"Client ID\" field (a name for the client.)",
		"2 action: enter \"Client type\" field value \"confidential\"",
		"1 action: check \"openid\"",
		"2 action: check \"email\"",
	}
	sameLines(t, "Explain", got, want)
}

// The lead-in to a step's sub-steps is the last sentence before them, whether in the step's
// own text or in a paragraph between (Semaphore's Okta guide, testdata/heldout 308), and a
// step without its colon leads in when it asks for settings (Prowler's, testdata/heldout 260).
func TestExplainLeadBeforeSubSteps(t *testing.T) {
	src := "# Okta\n\n## Create the app\n\n" +
		"1. Select **SAML 2.0** and press **Next**.\n\n" +
		"    In **General Settings**, fill in the following values:\n\n" +
		"      - **App logo**: optional logo image\n" +
		"2. Complete the integration settings\n" +
		"    - **Provider**: the provider\n" +
		"3. Open the menu.\n\n" +
		"    The menu lists:\n\n" +
		"      - **Profile**: your profile\n"
	got := readings("okta.md", src, true)
	want := []string{
		"1 action: click \"SAML 2.0\"; then click \"Next\"",
		"1 action: nothing in the \"General Settings\" (the fields that follow: the following values)",
		"1.1 action: enter \"App logo\" field (optional logo image)",
		"2 action: nothing (the fields that follow: the integration settings)",
		"2.1 action: enter \"Provider\" field (the provider)",
		"3 action: click ~\"menu\"",
	}
	sameLines(t, "Explain", got, want)
}

// readings are the sentences of src's procedures as Explain reads them, "<doc step>
// <meaning>" each; only those that become steps when stepsOnly.
func readings(name, src string, stepsOnly bool) []string {
	var out []string
	for _, s := range Explain(docsparse.Parse(name, []byte(src))) {
		if s.Step || !stepsOnly {
			out = append(out, s.DocStep+" "+s.Meaning.String())
		}
	}
	return out
}

// sameLines fails t when got is not want, showing both a line each under what.
func sameLines(t *testing.T, what string, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s:\n got %s\nwant %s", what, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
