package docsparse

import (
	"fmt"
	"strings"
	"testing"
)

func stepSummary(steps []Step, indent string) []string {
	var out []string
	for _, s := range steps {
		line := fmt.Sprintf("%s%s(%d)@%d:%d %q", indent, s.Written, s.Number, s.Pos.Line, s.Pos.Col, s.Text)
		for _, c := range s.Continuation {
			line += fmt.Sprintf(" +%s@%d%q", c.Kind, c.Pos.Line, c.Text)
		}
		for _, img := range s.Images {
			line += fmt.Sprintf(" img:%s@%d", img.Target, img.Pos.Line)
		}
		out = append(out, line)
		out = append(out, stepSummary(s.SubSteps, indent+"  ")...)
	}
	return out
}

func TestSteps(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{
			name: "numbers and markers as written",
			src:  "# T\n\n3) Third\n4) Fourth\n9) Ninth\n",
			want: []string{`procedure "T"@0`, `3)(3)@3:4 "Third"`, `4)(4)@4:4 "Fourth"`, `9)(9)@5:4 "Ninth"`},
		},
		{
			name: "text with entities and escapes",
			src:  "# T\n\n1.  Store it &ndash; keep&#160;it \\*safe\\*.\n",
			want: []string{`procedure "T"@0`, `1.(1)@3:5 "Store it – keep it *safe*."`},
		},
		{
			name: "nested ordered and bulleted lists are sub-steps",
			src:  "# T\n\n1. Open it.\n\n   1. Click A.\n   2. Click B.\n\n   - an option\n   - another\n2. Close it.\n",
			want: []string{`procedure "T"@0`, `1.(1)@3:4 "Open it."`, `  1.(1)@5:7 "Click A."`, `  2.(2)@6:7 "Click B."`, `  -(1)@8:6 "an option"`, `  -(2)@9:6 "another"`, `2.(2)@10:4 "Close it."`},
		},
		{
			name: "continuation kinds and images inside items",
			src:  "## Do\n\n1. Click **Go**.\n\n   The page opens.\n\n   **Note**: it is slow.\n\n   ```\n   code\n   ```\n\n   ![Shot](a.png)\n\n   <img src=\"b.png\" alt=\"B\">\n\n   > Careful.\n2. Done.\n",
			want: []string{`procedure "Do"@1`,
				`1.(1)@3:4 "Click Go." +paragraph@5"The page opens." +note@7"Note: it is slow." +code@9"code" +image@13"Shot" +image@15"B" +note@17"Careful." img:a.png@13 img:b.png@15`,
				`2.(2)@18:4 "Done."`},
		},
		{
			// Strapi's api-tokens.md (testdata/real/strapi): Docusaurus callouts after a step.
			name: "fenced callouts are notes, blank lines and code fences included",
			src:  "## Do\n\n1. Save.\n\n   :::note\n   Saved once.\n   :::\n\n:::caution Owner\n\n```\n:::\n```\n\nStill inside.\n:::\n\nThe page opens.\n",
			want: []string{`procedure "Do"@1`, `1.(1)@3:4 "Save." +note@5":::note Saved once. :::" +note@9":::caution Owner" +note@11":::" +note@15"Still inside. :::" +paragraph@18"The page opens."`},
		},
		{
			name: "last step owns what follows up to the next heading",
			src:  "## Do\n\n![Before](before.png)\n\n1. Save.\n\nSaved.\n\n![After](after.png)\n\n## Next\n\n![Other](other.png)\n",
			want: []string{`procedure "Do"@1`, `1.(1)@5:4 "Save." +paragraph@7"Saved." +image@9"After" img:after.png@9`},
		},
		{
			name: "a following list ends the last step's territory and takes its intro",
			src:  "## Do\n\n1. A.\n\nThen, to undo:\n\n1. B.\n\n![Shot](s.png)\n",
			want: []string{`procedure "Do"@1`, `1.(1)@3:4 "A."`, `procedure "Do"@1`, `1.(1)@7:4 "B." +image@9"Shot" img:s.png@9`},
		},
		{
			name: "a list continuing the numbering is the same procedure",
			src:  "## Do\n\n1. A.\n2. B.\n\n```\nrun\n```\n\n3. C.\n",
			want: []string{`procedure "Do"@1`, `1.(1)@3:4 "A."`, `2.(2)@4:4 "B." +code@6"run"`, `3.(3)@10:4 "C."`},
		},
		{
			name: "a heading between steps whose numbering goes on is a caption",
			src:  "## Do\n\n1. A.\n2. B.\n\n#### Step 3 - Technical\n\n3. C.\n\n## Next\n\n1. D.\n",
			want: []string{`procedure "Do"@1`, `1.(1)@3:4 "A."`, `2.(2)@4:4 "B."`, `3.(3)@8:4 "C."`, `procedure "Next"@10`, `1.(1)@12:4 "D."`},
		},
		{
			name: "list before any heading belongs to the title",
			src:  "---\ntitle: Robots\n---\n\n1. A.\n\n## Later\n",
			want: []string{`procedure "Robots"@2 level 0`, `1.(1)@5:4 "A."`},
		},
		{
			// authentik's manage_roles.mdx (testdata/heldout) bullets the steps of "Modify a role".
			name: "a bulleted list its intro calls steps is a procedure; any other is not",
			src:  "## Modify\n\nTo modify a role, follow these steps:\n\n- To edit the name, click the Edit icon.\n\n- Click **Save**.\n\n## Facts\n\nYou can do the following:\n\n- [Save a dashboard](#save).\n",
			want: []string{`procedure "Modify"@1`, `-(1)@5:3 "To edit the name, click the Edit icon."`, `-(2)@7:3 "Click Save."`},
		},
		{
			// Dify's model-providers.mdx (testdata/heldout) describes, as bullets, the fields a
			// button opens; a button that only shows them opens no form.
			name: "bullets describing the fields a pressed button opens to fill in are a procedure",
			src: "## Defaults\n\nClick **Defaults** at the top to set one for each task:\n\n- **Chat Model**: answers questions.\n- **Embedding Model**: indexes content.\n\n" +
				"## Shown\n\nClick **Defaults** to see them:\n\n- **Chat Model**: answers questions.\n- **Embedding Model**: indexes content.\n",
			want: []string{`procedure "Defaults"@1`, `-(1)@5:3 "Chat Model: answers questions."`, `-(2)@6:3 "Embedding Model: indexes content."`},
		},
		{
			// Rocky Linux's Cockpit guide (testdata/real/cockpit) bullets every procedure, under
			// a heading or a lead-in that names only its purpose.
			name: "a bulleted list whose items are steps is a procedure",
			src: "## Accounts\n\n- From the left menu, click **Accounts**\n- Enter a password for the new user\n- Click the **Create** button\n\n" +
				"To delete a user account:\n\n- Click **Delete account**\n\n" +
				"## Log in\n\n- Open your web browser and enter <https://localhost:9090> in the address bar\n- Enter your username and password and click the **Log In** button\n- Click **Limited access**\n",
			want: []string{`procedure "Accounts"@1`, `-(1)@3:3 "From the left menu, click Accounts"`, `-(2)@4:3 "Enter a password for the new user"`, `-(3)@5:3 "Click the Create button"`,
				`procedure "Accounts"@1`, `-(1)@9:3 "Click Delete account"`,
				`procedure "Log in"@11`, `-(1)@13:3 "Open your web browser and enter https://localhost:9090 in the address bar"`,
				`-(2)@14:3 "Enter your username and password and click the Log In button"`, `-(3)@15:3 "Click Limited access"`},
		},
		{
			name: "bulleted steps split by a note or code go on",
			src:  "## Groups\n\n- Click **Create new group**\n- Enter the group name\n\n> Note: keep the ID.\n\n- Click **Select**\n\nOr\n\n- Click **Cancel**\n",
			want: []string{`procedure "Groups"@1`, `-(1)@3:3 "Click Create new group"`, `-(2)@4:3 "Enter the group name" +note@6"Note: keep the ID."`, `-(3)@8:3 "Click Select"`,
				`procedure "Groups"@1`, `-(1)@12:3 "Click Cancel"`},
		},
		{
			// Plausible's users-roles.md (testdata/heldout) puts a fact among its bulleted
			// steps, under "You can remove a team member … at any time:".
			name: "bulleted steps with a fact among them, under a lead-in that names what they do",
			src: "## Remove a member\n\nYou can remove a member at any time:\n\n- Open **Team Settings**\n- We will email the member about it\n- Click **Remove member**\n\n" +
				"## Settings\n\nYou can use the following settings:\n\n- Click **Edit** to rename a token.\n\n" +
				"## Mostly facts\n\n- Click **Edit**\n- Tokens expire after 30 days\n- Tokens belong to a project\n",
			want: []string{`procedure "Remove a member"@1`, `-(1)@5:3 "Open Team Settings"`, `-(2)@6:3 "We will email the member about it"`, `-(3)@7:3 "Click Remove member"`},
		},
		{
			// A how-to section that states what the thing is, then how to make it, in two
			// bullets (Coolify's notifications.md, DolphinScheduler's security.md).
			name: "a fact and a step that names a control, bulleted, are a procedure",
			src:  "## Create a queue\n\n- The queue holds jobs until a worker takes them.\n- Click **Create Queue** to add one.\n\n## Facts\n\n- Queues hold jobs.\n- Workers take them.\n",
			want: []string{`procedure "Create a queue"@1`, `-(1)@3:3 "The queue holds jobs until a worker takes them."`, `-(2)@4:3 "Click Create Queue to add one."`},
		},
		{
			// Kopia's ransomware guide: bullets whose own words name no control, and whose
			// sub-steps do, are a procedure; the same without a named control anywhere are not.
			name: "bulleted steps whose sub-steps name the controls",
			src: "## Restricted keys\n\n- Create a new application key\n  - Create a user for the backups\n    - Select 'Attach policies directly'\n- Disconnect and reconnect your repository using the new key\n\n" +
				"## Advice\n\n- Create a new application key\n  - Create a user for the backups\n- Disconnect and reconnect your repository using the new key\n",
			want: []string{`procedure "Restricted keys"@1`, `-(1)@3:3 "Create a new application key"`, `  -(1)@4:5 "Create a user for the backups"`, `    -(1)@5:7 "Select 'Attach policies directly'"`, `-(2)@6:3 "Disconnect and reconnect your repository using the new key"`},
		},
		{
			// What a lead-in says of its list is in its last sentence, after whatever the
			// paragraph explains first (ZITADEL's roles.mdx leaves out even the colon).
			name: "a lead-in's last sentence says what its list is",
			src: "## Tokens\n\nTokens let apps call the API. To create one, follow these steps:\n\n- Open **Tokens**\n- Name it\n\n" +
				"## Roles\n\nYou need roles.\nTo add roles, open **Roles** and create them with the following values\n\n- Key: admin\n- Group: Administration\n\nand\n\n- Key: account\n",
			want: []string{`procedure "Tokens"@1`, `-(1)@5:3 "Open Tokens"`, `-(2)@6:3 "Name it"`,
				`procedure "Roles"@8`, `-(1)@13:3 "Key: admin"`, `-(2)@14:3 "Group: Administration" +paragraph@16"and"`, `-(3)@18:3 "Key: account"`},
		},
		{
			// Saleor's staff-users.mdx: the lead-in says steps follow without asking for them.
			name: "a lead-in that says steps follow",
			src:  "## Reset\n\nResetting a password is a two-step process:\n\n- Click **Reset password**.\n- The user opens the email.\n\n## Kinds\n\nThere are two kinds:\n\n- Click **A** for one.\n- The other is B.\n\n## Scenarios\n\nThe following sections list initial steps for two scenarios:\n\n- Private apps: see [Quick start](#q).\n- Public apps: see [Partners](#p).\n",
			want: []string{`procedure "Reset"@1`, `-(1)@5:3 "Click Reset password."`, `-(2)@6:3 "The user opens the email."`},
		},
		{
			// Mautic's Creating Campaigns: what to have done before, under its own heading, is
			// no procedure, however it is worded; the steps under the next heading are.
			name: "prerequisites are not a procedure",
			src:  "## Prerequisites\n\nBefore you start, ensure that you have the following set up:\n\n1. Create a Contact Segment.\n2. Click **Plugins** and enable the integration.\n\n### Before you begin\n\n- Click **Settings** and add a user.\n\n## Create a campaign\n\n1. Click **Campaigns**.\n",
			want: []string{`procedure "Create a campaign"@12`, `1.(1)@14:4 "Click Campaigns."`},
		},
		{
			// A picture between two bullets, as Markdown (DolphinScheduler's security.md).
			name: "bullets after a paragraph of pictures go on with those before it",
			src:  "## Authorize\n\n- Click **Authorize** next to the user.\n\n![Step 1](step-1.png)\n\n- Select the projects and click **Grant**.\n",
			want: []string{`procedure "Authorize"@1`, `-(1)@3:3 "Click Authorize next to the user." +image@5"Step 1" img:step-1.png@5`, `-(2)@7:3 "Select the projects and click Grant."`},
		},
		{
			// A Docusaurus doc's picture between two bullets, "<div class="browser"><img …/></div>"
			// on its own line: CommonMark makes it an HTML block that swallows the next bullet.
			name: "a whole element on its own line does not swallow the next step",
			src:  "## Enable\n\n* Click **Enable**\n<div class=\"browser\"><img alt=\"Enable\" src=\"enable.png\" /></div>\n* Click **Finish**\n<div>\n* Not a step\n",
			want: []string{`procedure "Enable"@1`, `*(1)@3:3 "Click Enable" img:enable.png@4`, `*(2)@5:3 "Click Finish" +paragraph@6"* Not a step"`},
		},
		{
			// OpenMetadata's bots.md (testdata/heldout) puts a Markdoc picture between bullets.
			name: "bulleted steps split by a picture tag go on, though the rest names no control",
			src: "## Bot\n\n- Click **Revoke**\n- Copy the generated token\n\n{% image\nsrc=\"bot.png\"\n/%}\n\n- Generate new token\n\n" +
				"## Include\n\n- Click **Revoke**\n\n{% data reusables.steps.save %}\n\n- Generate new token\n",
			want: []string{`procedure "Bot"@1`, `-(1)@3:3 "Click Revoke"`, `-(2)@4:3 "Copy the generated token" +paragraph@6"{% image src=\"bot.png\" /%}"`, `-(3)@10:3 "Generate new token"`,
				// An include stands for text, maybe a paragraph: the bullet after it starts no step.
				`procedure "Include"@12`, `-(1)@14:3 "Click Revoke"`, `procedure "Include"@12`, `1.(1)@16:1 "{% data reusables.steps.save %}"`},
		},
		{
			// Coolify's notifications doc (testdata/heldout): a bulleted step whose fields are
			// its sub-list.
			name: "a bulleted step that leads into its own sub-list is a step",
			src:  "## SMTP\n\n- Fill in the following fields:\n  - `Host` - the server\n- Enable the server via the `Enabled` checkbox\n",
			want: []string{`procedure "SMTP"@1`, `-(1)@3:3 "Fill in the following fields:"`, `  -(1)@4:5 "Host - the server"`, `-(2)@5:3 "Enable the server via the Enabled checkbox"`},
		},
		{
			// Seafile's wiki guide (testdata/heldout 112): steps with no space after their
			// numbers, which Markdown runs together into one paragraph; read as the steps
			// they were meant to be, at the columns written. One such line alone, numbers out
			// of sequence, a size and code are not steps.
			name: "steps written with no space after their numbers",
			src: "## Publish\n\nIn the sidebar, open **Wikis**.\n\n1.Hover over the wiki.\n2.Click **Publish**.\n\n3)Click **Done**.\n\n" +
				"## Other\n\n1.Alone here.\n\nSizes:\n\n1.5 GB\n2.5 GB\n\n4.Four\n6.Six\n\n```\n1.a\n2.b\n```\n",
			want: []string{`procedure "Publish"@1`, `1.(1)@5:3 "Hover over the wiki."`, `2.(2)@6:3 "Click Publish."`, `3)(3)@8:3 "Click Done."`},
		},
		{
			// An outline: each item names a stage and its sub-items are the steps, so an
			// item that asks nothing of its own ("Allow sharing") heads steps as a lead-in
			// would. Sub-items that state facts head nothing.
			name: "bullets that head steps of their own are a procedure",
			src: "## Set up\n\nOutline\n\n* Create a project\n    - You need an account first\n* Allow sharing\n    - Open the project\n    - Click the **Share** icon\n* Allow comments\n    - Click **Comments**\n* Done\n\n" +
				"## Features\n\n* Allow sharing\n    - Projects can be shared\n* Allow exports\n    - Data exports as CSV\n",
			want: []string{`procedure "Set up"@1`, `*(1)@5:3 "Create a project"`, `  -(1)@6:7 "You need an account first"`, `*(2)@7:3 "Allow sharing"`, `  -(1)@8:7 "Open the project"`, `  -(2)@9:7 "Click the Share icon"`,
				`*(3)@10:3 "Allow comments"`, `  -(1)@11:7 "Click Comments"`, `*(4)@12:3 "Done"`},
		},
		{
			name: "a bulleted list of facts, options, advice or lead-ins is not",
			src: "## Prerequisites\n\n- Access to Rocky Linux 9 with GUI\n- Administrative Privileges\n\n## Options\n\nFrom there, you can:\n\n- click **Edit** to rename a token.\n\n" +
				"## Export\n\n- **Backups**: Use `pg_dump` to export your database:\n\n## Advice\n\n- Export the code from the **Functions** page\n- Document any custom triggers\n\n" +
				"## Commands\n\n- Run `make`\n- Install the CLI\n",
			want: nil,
		},
		{
			// Gogs's authentication.md (testdata/heldout): a form's fields, each marked
			// required or optional, under a lead-in that is no instruction; a glossary of
			// the same shape without the marks stays prose.
			name: "bullets that mark fields required or optional are a form to fill",
			src: "## LDAP\n\n**LDAP via BindDN** adds the following fields:\n\n- Bind DN (optional)\n  - The DN to bind to.\n\n- User Search Base **(required)**\n\n" +
				"## Memory\n\n- **Total Memory**: the RAM in all.\n- **Used Memory**: the RAM in use.\n",
			want: []string{`procedure "LDAP"@1`, `-(1)@5:3 "Bind DN (optional)"`, `  -(1)@6:5 "The DN to bind to."`, `-(2)@8:3 "User Search Base (required)"`},
		},
		{
			// LibreChat's Keycloak guide (testdata/heldout) names the control in an item's
			// second sentence.
			name: "a bulleted step whose control is named after its first sentence",
			src:  "## Create a realm\n\n- If you have no realm, create one. Click on 'Add Realm' and give it a name.\n",
			want: []string{`procedure "Create a realm"@1`, `-(1)@3:3 "If you have no realm, create one. Click on 'Add Realm' and give it a name."`},
		},
		{
			// Devtron's api-tokens.md (testdata/heldout): a paragraph that opens a form, then
			// its fields as bullets naming no control. A lead-in with a colon says what its
			// list is (linkding's admin.md: the operations of the box it opens).
			name: "bullets after a sentence that clicks a control fill in what it opened",
			src: "## Generate\n\nTo generate tokens, go to `Settings -> Tokens` and click `Generate New Token`.\n\n- Enter a name for the token.\n- Add a description.\n\n" +
				"## Bulk\n\nOpen the **Action** box to choose the operation:\n\n- Delete\n- Archive\n\n" +
				"## Facts\n\nClick **Tokens** to see them.\n\n- Tokens expire.\n- Tokens belong to a project.\n",
			want: []string{`procedure "Generate"@1`, `-(1)@5:3 "Enter a name for the token."`, `-(2)@6:3 "Add a description."`},
		},
		{
			// LibreChat's Keycloak guide (testdata/heldout) puts each numbered step's title on
			// its own and the steps under it, not indented, as bullets.
			name: "bullets not indented under a numbered lead-in are its sub-steps",
			src:  "# T\n\n1. **Create a Client:**\n- Click on 'Clients'.\n- Enter a client ID.\n\n2. **Configure it:**\n- Note the 'Client ID'.\n\n3. Save it.\n\n- Unrelated bullet\n",
			want: []string{`procedure "T"@0`, `1.(1)@3:4 "Create a Client:"`, `  -(1)@4:3 "Click on 'Clients'."`, `  -(2)@5:3 "Enter a client ID."`,
				`2.(2)@7:4 "Configure it:"`, `  -(1)@8:3 "Note the 'Client ID'."`, `3.(3)@10:4 "Save it."`},
		},
		{
			// Kong's and Harbor's docs write "1." on every step; the page shows 1, 2, 3.
			name: "a list numbered 1. throughout is numbered by place",
			src:  "# T\n\n1. A\n1. B\n1. C\n\n## Skipped\n\n1. A\n2. B\n4. C\n",
			want: []string{`procedure "T"@0`, `1.(1)@3:4 "A"`, `1.(2)@4:4 "B"`, `1.(3)@5:4 "C"`, `procedure "Skipped"@7`, `1.(1)@9:4 "A"`, `2.(2)@10:4 "B"`, `4.(4)@11:4 "C"`},
		},
		{
			// Mage's mfa.mdx (testdata/heldout 109): Mintlify's <Steps>, each <Step> a step
			// whose body says what to do; its title is a caption.
			name: "a Steps component is a numbered list",
			src: "## Set up\n\n<Steps>\n  <Step title=\"Open settings\">\n\n    Go to **Settings**.\n  </Step>\n" +
				"  <Step title=\"Create\">\n    Click **Create**.\n\n    <Note>\n      Shown once.\n    </Note>\n\n" +
				"    1. Copy it.\n  </Step>\n</Steps>\nAfter the steps.\n\n```mdx\n<Steps>\n<Step>\nNot a step.\n</Step>\n</Steps>\n```\n",
			want: []string{`procedure "Set up"@1`, `1.(1)@6:5 "Go to Settings."`,
				`2.(2)@9:5 "Click Create." +note@11"Shown once." +paragraph@18"After the steps." +code@20"<Steps>\n<Step>\nNot a step.\n</Step>\n</Steps>"`,
				`  1.(1)@15:8 "Copy it."`},
		},
		{
			// Stump's users guide (testdata/heldout 592): a Nextra heading that clicks a control
			// or asks for the fields below is the step's instruction, its body what follows.
			name: "a Steps heading that instructs opens its step",
			src:  "# T\n\n<Steps>\n\n### Click the `Create user` button\n\nThis opens a form.\n\n### Fill out the form\n\n- **Name**: a name.\n\n### Create a queue\n\nClick **Save**.\n\n</Steps>\n",
			want: []string{`procedure "T"@0`, "1.(1)@5:5 \"Click the Create user button\" +paragraph@7\"This opens a form.\"",
				`2.(2)@9:5 "Fill out the form"`, `  -(1)@11:3 "Name: a name."`, `3.(3)@15:1 "Click Save."`},
		},
		{
			// Langfuse's webhooks page (testdata/heldout 106): Nextra's <Steps>, each heading a
			// step.
			name: "headings inside a Steps component are its steps",
			src:  "# T\n\n<Steps>\n\n### Configure\n\n- **URL**: the endpoint.\n\n### Save\nClick **Save**.\n\n</Steps>\n",
			// "### Configure" over fields asks for them: it is the step's text.
			want: []string{`procedure "T"@0`, `1.(1)@5:5 "Configure"`, `  -(1)@7:3 "URL: the endpoint."`, `2.(2)@10:1 "Click Save."`},
		},
		{
			// Langfuse's webhooks page (testdata/heldout 106): a "Why …?" section's bullets are
			// reasons, however imperative; a numbered list there is still a procedure.
			name: "bullets under an overview heading are no procedure",
			src:  "## Why use webhooks?\n\n- **Syncing**: Sync prompt catalogues.\n- Click **Save** to keep them.\n\n## Features\n\n1. Click **Save**.\n",
			want: []string{`procedure "Features"@6`, `1.(1)@8:4 "Click Save."`},
		},
		{
			// Best-practice bullets are advice, however imperative (held-out 99, 267, 269).
			name: "bullets under a best practices heading are no procedure",
			src:  "## Best practices\n\n- Click **Rotate** every month.\n- Click **Revoke** on unused tokens.\n\n## Known issues\n\n- Click **Retry** when the sync stalls.\n",
			want: nil,
		},
		{
			// Advice wherever its heading says so, numbered too, and bullets in the sections
			// under it (held-out 182, 255, 269); a numbered list under a heading of its own
			// there is a procedure again (held-out 370's "Token Rotation").
			name: "advice headings hold no procedure",
			src: "## Security Best Practices\n\n1. **Branches**\n   - Click **Protect** on main.\n\n### Key storage\n\n- Click **Rotate** every month.\n\n" +
				"## Operational Guidelines\n\n- Click **Refund** as needed.\n\n### Token rotation\n\n1. Click **Generate**.\n",
			want: []string{`procedure "Token rotation"@14`, `1.(1)@16:4 "Click Generate."`},
		},
		{
			// DataHub's service accounts page (testdata/heldout 370): a list its lead-in calls
			// benefits is none, numbered or not.
			name: "a list introduced as benefits is no procedure",
			src:  "## Service accounts\n\nKey benefits of using service accounts:\n\n1. **Security** - Revoke access instantly\n\nTo add one:\n\n1. Click **Save**.\n",
			want: []string{`procedure "Service accounts"@1`, `1.(1)@9:4 "Click Save."`},
		},
		{
			// Synmetrix's alerts page (testdata/heldout 160): the form's fields are bullets at
			// the margin between steps 3 and 4, under titles of their own.
			name: "bullets between two numbered steps are the first one's",
			src: "# T\n\n1. Click **New**.\n2. Fill in the form with the following details:\n\nData:\n- Name: Enter a name.\n\n" +
				"Trigger:\n- Schedule: Set a schedule.\n\n3. Click **Save**.\n",
			want: []string{`procedure "T"@0`, `1.(1)@3:4 "Click New."`,
				`2.(2)@4:4 "Fill in the form with the following details:" +paragraph@6"Data:" +paragraph@9"Trigger:"`,
				`  -(1)@7:3 "Name: Enter a name."`, `  -(2)@10:3 "Schedule: Set a schedule."`, `3.(3)@12:4 "Click Save."`},
		},
		{
			// NocoBase's password reset (testdata/heldout 69): the variables a template may use
			// stand between steps 1 and 2; nothing asks for them, and the procedure goes on.
			name: "bullets between two numbered steps that list no steps stay prose",
			src:  "# T\n\n1. **Configure the email**\n\n  You can use the following variables:\n  - Current user\n  - Reset password link\n\n2. Click **Save**.\n",
			want: []string{`procedure "T"@0`, `1.(1)@3:4 "Configure the email" +paragraph@5"You can use the following variables:" +list@6"Current user\nReset password link"`, `2.(2)@9:4 "Click Save."`},
		},
		{
			// Prowler's Security Hub guide (testdata/heldout 260): a step that asks for
			// settings without a colon, its settings as bullets at the margin.
			name: "bullets under a numbered step that lists settings without a colon are its",
			src:  "# T\n\n1. Click **New**.\n2. Complete the integration settings\n\n* **Provider:** Select the provider\n\n3. Click **Save**.\n",
			want: []string{`procedure "T"@0`, `1.(1)@3:4 "Click New."`, `2.(2)@4:4 "Complete the integration settings"`, `  *(1)@6:3 "Provider: Select the provider"`, `3.(3)@8:4 "Click Save."`},
		},
		{
			// A full stop ends the step: what is listed under it describes.
			name: "bullets under a numbered step that ends in a full stop stay prose",
			src:  "# T\n\n1. Click **New**.\n2. Complete the integration settings.\n\n* **Provider:** the provider\n\n3. Click **Save**.\n",
			want: []string{`procedure "T"@0`, `1.(1)@3:4 "Click New."`, `2.(2)@4:4 "Complete the integration settings." +list@6"Provider: the provider"`, `3.(3)@8:4 "Click Save."`},
		},
		{
			// Xata Agent's AWS guide (testdata/heldout 213): each way to connect is a bullet,
			// its steps a numbered list inside it.
			name: "a numbered list inside bullets that are no procedure is one",
			src:  "# T\n\n- **Permissions:**\n  - `rds:Describe`\n- **Steps:**\n  1. Click **New**.\n  2. Click **Save**.\n",
			want: []string{`procedure "T"@0`, `1.(1)@6:6 "Click New."`, `2.(2)@7:6 "Click Save."`},
		},
		{
			// Hugo's hosting pages (testdata/heldout 229): a definition list whose terms
			// number the steps; a term that is no step stays a definition.
			name: "definition list terms that number steps are a numbered list",
			src: "# T\n\nStep 1\n: Click **New**.\n\n  ![new](new.png)\n\nStep 10\n: Click **Save**.\n  Then wait.\n\nDone.\n\n" +
				"## Terms\n\nToken\n: A key.\n",
			want: []string{`procedure "T"@0`, `1.(1)@4:3 "Click New." +image@6"new" img:new.png@6`, `10.(10)@9:3 "Click Save. Then wait." +paragraph@12"Done."`},
		},
		{
			// Webmin's module pages and Apigee's API Jam (testdata/heldout 264, 234): the steps
			// named as a subject or as "below", the bullets right under the paragraph.
			name: "bullets after 'the steps to follow are:' are a procedure",
			src: "# T\n\nTo restrict a user, the steps to follow are: \n- Click **Users**.\n- Click **Save**.\n\n" +
				"## U\n\nIf you have none, please complete the steps below:\n* Click **New**.\n",
			want: []string{`procedure "T"@0`, `-(1)@4:3 "Click Users."`, `-(2)@5:3 "Click Save."`, `procedure "U"@7`, `*(1)@10:3 "Click New."`},
		},
		{
			// Gogs's authentication page (testdata/heldout 288): a form's fields, each marked
			// required or optional, its description nested under it.
			name: "bullets of fields marked required or optional are a procedure",
			src:  "# T\n\n**Configuration fields**\n\n- Host **(required)**\n  - The server's address.\n- Bind DN (optional)\n",
			want: []string{`procedure "T"@0`, `-(1)@5:3 "Host (required)"`, `  -(1)@6:5 "The server's address."`, `-(2)@7:3 "Bind DN (optional)"`},
		},
		{
			// Meilisearch's pin dialog (testdata/heldout 332): the lead-in only says where.
			name: "bullets under a lead-in that only names a place are steps when they read as steps",
			src:  "# T\n\nClick **Add pin**. In the dialog:\n\n- Set **Index** to `support`\n- Set **Position** to `0`\n\n## U\n\nIn the dialog:\n\n- Index\n- Position\n",
			want: []string{`procedure "T"@0`, `-(1)@5:3 "Set Index to support"`, `-(2)@6:3 "Set Position to 0"`},
		},
		{
			// Appsmith's Elestio guide (testdata/heldout 551): one item in words docdrift lacks
			// ("Signup up for an account") does not make the rest advice.
			name: "bullets that are steps with one not understood among four",
			src:  "# T\n\n## Set up\n\n- Signup up for an account\n- Click on this button\n- Click **Select** on the option\n- Select a region and click **Next**\n- Click **Create Service**\n",
			want: []string{`procedure "Set up"@3`, `-(1)@5:3 "Signup up for an account"`, `-(2)@6:3 "Click on this button"`,
				`-(3)@7:3 "Click Select on the option"`, `-(4)@8:3 "Select a region and click Next"`, `-(5)@9:3 "Click Create Service"`},
		},
		{
			name: "advice with two not understood among steps stays prose",
			src:  "# T\n\n## Tips\n\n- Document any custom triggers\n- Click **Save** often\n- Review the retention policy\n- Click **Export** weekly\n",
			want: nil,
		},
		{
			// Medusa's store and tax-region guides: a heading that only views a page, a
			// component tag, then one paragraph that goes there, and no list: one step. One
			// that only describes the page, a heading that does more, or a section with a
			// list of its own, stay as they were.
			name: "a viewing heading's paragraph that goes there",
			src: "# T\n\n## View Store Details\n\n<Badge permissions={[\"store:read\"]} />\n\nTo view your store's details, go to **Settings** → **Store**. There, you can manage it.\n\n" +
				"## View Tax Regions\n\nTax regions are listed on their own page.\n\n" +
				"## Edit Store Details\n\nTo edit the store, go to **Settings** → **Store**.\n\n" +
				"## View Currencies\n\nTo view currencies, go to **Settings**:\n\n1. Click **Currencies**.\n",
			want: []string{`procedure "View Store Details"@3`, `(1)@7:1 "To view your store's details, go to Settings → Store."`,
				`procedure "View Currencies"@17`, `1.(1)@21:4 "Click Currencies."`},
		},
		{
			name: "empty item",
			src:  "# T\n\n1.\n2. B\n",
			want: []string{`procedure "T"@0`, `1.(1)@3:3 ""`, `2.(2)@4:4 "B"`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Parse("t.md", []byte(tt.src))
			var got []string
			for _, p := range doc.Procedures {
				switch p.Heading.Level {
				case 0:
					got = append(got, fmt.Sprintf("procedure %q@%d level 0", p.Heading.Title, p.Heading.Pos.Line))
				case 1:
					got = append(got, fmt.Sprintf("procedure %q@0", p.Heading.Title)) // under the title
				default:
					got = append(got, fmt.Sprintf("procedure %q@%d", p.Heading.Title, p.Heading.Pos.Line))
				}
				got = append(got, stepSummary(p.Steps, "")...)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestLinks(t *testing.T) {
	src := "# T\n\nSee [docs](https://x.test/#a), <https://auto.test>, www.gfm.test and ![i](p.png).\n\n<p><a href=\"#local\">L</a> <img src=\"q.png\" alt=\"Q\"></p>\n"
	doc := Parse("t.md", []byte(src))
	var got []string
	for _, l := range doc.Links {
		got = append(got, fmt.Sprintf("%s %q image=%v @%d:%d", l.Target, l.Text, l.Image, l.Pos.Line, l.Pos.Col))
	}
	want := []string{
		`https://x.test/#a "docs" image=false @3:5`,
		`https://auto.test "https://auto.test" image=false @3:32`,
		`www.gfm.test "www.gfm.test" image=false @3:52`,
		`p.png "i" image=true @3:70`,
		`#local "L" image=false @5:4`,
		`q.png "Q" image=true @5:27`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// MLflow's prompt registry pages (testdata/heldout 247) hold their procedures in Docusaurus
// tabs, indented as deep as the layout goes: in an .mdx doc that is Markdown, not raw HTML and
// code. The same text in a .md doc stays as CommonMark reads it.
func TestMDXLayoutComponentsHoldMarkdown(t *testing.T) {
	src := "# Prompts\n\n<Tabs>\n  <TabItem value=\"ui\" label=\"UI\" default>\n    <div class=\"flex-column\">\n" +
		"      1. Click **New**.\n      2. Click **Save**.\n\n      ![Saved](saved.png)\n    </div>\n  </TabItem>\n" +
		"  <TabItem value=\"sdk\">\n    ```python\n    1. not a step\n    ```\n  </TabItem>\n</Tabs>\n"
	for _, tt := range []struct {
		path string
		want []string
	}{
		{"p.mdx", []string{`1.(1)@6:10 "Click New."`, `2.(2)@7:10 "Click Save." +image@9"Saved" +code@13"1. not a step" img:saved.png@9`}},
		{"p.md", nil},
	} {
		var got []string
		for _, p := range Parse(tt.path, []byte(src)).Procedures {
			got = append(got, stepSummary(p.Steps, "")...)
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s:\n got %q\nwant %q", tt.path, got, tt.want)
		}
	}
}

// A component that closes itself ("<DocActions />", Phase's token guide, testdata/heldout 576)
// holds nothing: what follows it is not its body, and keeps its own indentation and positions.
func TestMDXSelfClosingComponentHoldsNothing(t *testing.T) {
	src := "# Tokens\n\n<DocActions /> \n\n## Create\n\n1. Open the page\n   From the tab, click **Manage**.\n\n       an indented code block\n"
	doc := Parse("t.mdx", []byte(src))
	if len(doc.Procedures) != 1 {
		t.Fatalf("%d procedures, want 1", len(doc.Procedures))
	}
	got := stepSummary(doc.Procedures[0].Steps, "")
	want := []string{"1.(1)@7:4 \"Open the page From the tab, click Manage.\" +code@10\"an indented code block\""}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got %q\nwant %q", got, want)
	}
	if m := doc.Procedures[0].Steps[0].Markup; !strings.Contains(m, "\n   From") {
		t.Errorf("the step's second line lost its indentation: %q", m)
	}
}
