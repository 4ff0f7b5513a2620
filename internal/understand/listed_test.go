package understand

import "testing"

// An item reads as its lead-in lists it; alone, it reads as a sentence of its own.
func TestReadListed(t *testing.T) {
	tests := []struct {
		item   string
		listed Listing
		want   string
	}{
		{"**Username**: must be unique.", Alone, "note"},
		{"**Username**: must be unique.", FieldList, "action: enter \"Username\" field (must be unique.)"},
		{"Template name", FieldList, "note"},
		{"**Full Name**", FieldList, "action: enter \"Full Name\" field (as the doc describes)"}, // OpenReplay (testdata/heldout 149)
		{"`1 column`", FieldList, "note"},
		{"Template name", NamedFieldList, "action: enter ~\"Template name\" field (as the doc describes)"},
		{"Select **Roles** to apply.", FieldList, "action: click \"Roles\""},
		{"Delete", Alone, "action: click ~\"delete\" button"},
		{"Delete", OfferList, "note"},
		{"The token list appears.", OfferList, "note"},
		{"Click **Rename**.", OfferList, "action: click \"Rename\""},
		{"Key: admin", Alone, "note"},
		{"Key: admin", FieldList, "action: enter ~\"Key\" field value \"admin\""},
		{"Display Name: the name people see in the list.", FieldList, "action: enter ~\"Display Name\" field (the name people see in the list)"},
		{"Note: keys are unique.", FieldList, "note"},
		{"any custom attributes: none", FieldList, "note"},
		// Apache Gravitino's webui.md (testdata/heldout 85).
		{"**Name**(**_required_**): the name of the metalake.", FieldList, "action: enter \"Name\" field (the name of the metalake.)"},
		{"**Comment**(_optional_): the comment of the metalake.", FieldList, "action: enter \"Comment\" field (the comment of the metalake.) [optional]"},
		// Authelia's guides (testdata/heldout 55–57): a field in plain words, its value as code.
		{"Org. name: `example.com`", FieldList, "action: enter ~\"Org. name\" field value \"example.com\""},
		{"Platform URL: `https://budibase.example.com`", FieldList, "action: enter ~\"Platform URL\" field value \"https://budibase.example.com\""},
		// Frappe's desk guides (testdata/heldout 223, 224): a form's fields by name, an
		// example after one, a dash before what it takes.
		{"Template Name (Example: `Employee Contract`)", NamedFieldList, "action: enter ~\"Template Name\" field (Employee Contract)"},
		{"Application Type - Web app / API", FieldList, "action: enter ~\"Application Type\" field (Web app / API)"},
		{"Note - fields are unique", NamedFieldList, "note"},
		// Gogs's and Gravitino's field references (testdata/heldout 288, 85): a field marked
		// required or optional is one to fill, in whatever list it is.
		{"Host **(required)**", OwnItem, "action: enter \"Host\" field (as the doc describes)"},
		{"Bind DN (optional)", OwnItem, "action: enter \"Bind DN\" field (as the doc describes) [optional]"},
		{"**Comment**(_optional_): the comment of the catalog.", OwnItem, "action: enter \"Comment\" field (the comment of the catalog.) [optional]"},
		{"`openid`", Alone, "note"},
		{"`openid`", PickList, "action: check \"openid\""},
		{"`User.Read.All` — read basic user profiles", PickList, "action: check \"User.Read.All\""},
		// Payload's dashboard page (testdata/heldout 200): ways to do it, as gerunds, under "by:".
		{"Selecting \"Edit Dashboard\"", MeansList, "action: click \"Edit Dashboard\""},
		{"Selecting \"Edit Dashboard\"", Alone, "note"},
		{"Something is wrong", MeansList, "note"},
		{"Pull Request -> Merged", PickList, "action: check \"Pull Request\" > \"Merged\""},
		{"Pull Request -> Merged", Alone, "note"},
		{"Repository -> Push. Then save.", PickList, "note"},
		{"Remove `offline_access` if it is listed.", PickList, "action: click ~\"remove\" button; then enter a field value \"offline_access\""},
		// A procedure's own item that offers what it names (FeatBit, Ory Polis, Harness:
		// testdata/heldout 95, 46, 89); an aside, a limit or an offer in loose words stays a note.
		{"You can click **Remove** to detach the policy.", Alone, "note"},
		{"You can click **Remove** to detach the policy.", OwnItem, "action: click \"Remove\" [optional]"},
		{"You can enable or disable the **Enable Webhook events logging**.", OwnItem, "action: check \"Enable Webhook events logging\" [optional]"},
		{"You may now select **Rotate**.", OwnItem, "action: click \"Rotate\" [optional]"},
		{"You can edit the name, description, and tags.", OwnItem, "action: nothing (left to the reader: edit the name, description, and tags.) [optional]"},
		{"You can also click **Cancel** to discard it.", OwnItem, "note"},
		// Attu's import guide (testdata/heldout 442): when, then what may be done.
		{"After a file is selected, you can then proceed by clicking **Next**.", OwnItem, "action: click \"Next\" [optional] [after a file is selected]"},
		{"If you want, you can click **Save**.", OwnItem, "note"},
		{"Optionally, you can select **Create an empty connection**.", OwnItem, "action: click \"Create an empty connection\" [optional]"},
		// Where it happens, before the offer: the place stays with the act.
		{"In the **Suffix** field, you can enter the characters to add.", OwnItem, "action: enter \"Suffix\" field (the characters to add.) in the \"Suffix\" field [optional]"},
		{"In the panel, you can rename the group, and then click **Apply**.", OwnItem, "action: nothing (left to the reader: rename the group); then click \"Apply\" [optional]"},
		{"On the **Keys** page, you can also click **Revoke**.", OwnItem, "note"},
		// Upptime's guide (testdata/heldout 501): a procedure's own item that stresses its step.
		{"**Important:** Check \"Include all branches\".", OwnItem, "action: check \"Include all branches\""},
		{"**Important:** Check \"Include all branches\".", Alone, "note"},
		{"**Important:** Do not share the token.", OwnItem, "note"},
		{"You can only click **Remove** once.", OwnItem, "note"},
		{"You can't edit the **ID**.", OwnItem, "note"},
		{"You cannot edit the **ID**.", OwnItem, "note"},
		{"You can add `localhost` and other domains as needed.", OwnItem, "note"},
		{"Click **Save**.", OwnItem, "action: click \"Save\""},
		{"Return an HTTP 2xx status to confirm receipt.", RequireList, "note"},
		// Pangolin's links guide (testdata/heldout 154): steps told as what doing it involves.
		{"Choosing the target resource.", OwnItem, "action: click ~\"target resource\""},
		{"Copying the generated link immediately after creation.", OwnItem, "action: copy one of \"generated link immediately\" link"},
		{"Managing users", OwnItem, "note"},
		{"Mapping role from jwt token to argo.", OwnItem, "note"},
		{"Giving a third party app credentials is a security risk.", OwnItem, "note"},
		// A walk-through's "we" (Nautobot's contacts guide, testdata/heldout 118).
		{"We can click on the **Contacts** tab.", OwnItem, "action: click \"Contacts\" tab [optional]"},
		{"Then we click **Create**.", OwnItem, "action: click \"Create\""},
		{"We first select **Circuits**.", OwnItem, "action: click \"Circuits\""},
		{"We recommend **Strict** mode.", OwnItem, "note"},
		{"We will email the invited person.", OwnItem, "note"},
		// Rauthy's GitHub guide (testdata/heldout 157): an item that says what the reader
		// should do asks it, loose words and all.
		{"You should upload a logo for the client.", OwnItem, "action: upload ~\"logo\""},
		{"You should also click **Save**.", OwnItem, "note"},
		{"You must be an administrator.", OwnItem, "note"},
		// KubeSphere's departments (testdata/heldout 176): a note among the fields names a
		// control in a sentence of its own; it is no field.
		{"If a department exists, you can click **Create Department** to add more.", FieldList, "note"},
		{"Name: `authelia`", FieldList, "action: enter ~\"Name\" field value \"authelia\""},
	}
	for _, tt := range tests {
		if got := ReadListed(tt.item, tt.listed).String(); got != tt.want {
			t.Errorf("ReadListed(%q, %q)\n got %s\nwant %s", tt.item, tt.listed, got, tt.want)
		}
	}
	lead := map[string]Listing{"Fill in the required fields:": NamedFieldList, "Enter the following details:": FieldList,
		"From the Users page, you can:": OfferList, "Click **Save**.": Alone,
		"Add the following **Delegated** permissions:": PickList, "Select the following scopes:": PickList,
		"Select at least the following events:": PickList, // how many, then the list
		"Select one of the following:":          OfferList, "Open the `.env` file and add the following variables:": Alone,
		"Choose **API** and do the following:":                                   Alone,
		"Create a client with the following settings:":                           FieldList,
		"Jump to **Roles** and create those new roles with the following values": FieldList,
		"Create a client with the following steps:":                              Alone,
		// Buildkite, Authelia, Ory Polis and Mautic (testdata/heldout 53, 56, 46, 49).
		"Select **Settings** and on the **General** page, update the following fields as required:": NamedFieldList,
		"Configure the following options:":                  FieldList,
		"You can update the following information:":         FieldList,
		"Optionally, you can set the following properties:": FieldList,
		"From there, you can:":                              OfferList,
		"You can change the role of a member at any time:":  Alone,
		// Langfuse's webhooks page (testdata/heldout 106): what the reader's code must do.
		// Lead-ins that point at the boxes below in other words (Chatwoot, pipelines-as-code:
		// testdata/heldout 166, 227).
		"In the scopes section configure the given scopes for bot token scopes:": PickList,
		"Check these boxes to add the permissions to the token:":                 PickList,
		"The individual events to select are:":                                   PickList,
		"The fields to select are:":                                              Alone,
		"To modify a role, follow these steps:":                                  Alone,
		"Add the following values to the data section:":                          Alone,
		// Payload, Frappe and PowerDNS-Admin (testdata/heldout 200, 224, 261).
		"Users can customize their dashboard by:":                MeansList,
		"Fill the form with:":                                    NamedFieldList,
		"Fill in the required info -":                            FieldList,
		"To configure automatic approval, the API Owner should:": Alone,
		"If you are going to make an API key yourself, make sure that it has the following permissions for a singular store:": PickList,
		"Your handler must:":           RequireList,
		"The password should contain:": RequireList,
		"You must:":                    Alone,
		"If a user needs to recover their account, there are two options:": Alone,
		// Kanboard, Palmr and Jellyseerr (testdata/heldout 65, 357, 137): the reader told what
		// to fill, the settings to end with, the toggles to turn on.
		"When creating a **local user**, you must specify at least the following:": FieldList,
		"You need to fill in the following fields:":                                NamedFieldList,
		"When using Gmail, your final settings should be:":                         FieldList,
		"The requirements should be:":                                              RequireList,
		"Enable the toggles for:":                                                  PickList,
		// Opik's providers page (testdata/heldout 395): a verb of filling and its colon alone.
		// Mailcoach's mail settings (testdata/heldout 404): the list's lead-in with a full stop
		// for its colon, "these" for "the following".
		"On the settings screen, you'll have to fill in these settings.": FieldList,
		"Set these values.":                          FieldList,
		"You will need to set the following values:": FieldList,
		// Kaneo's Git guides (testdata/heldout 405, 406): webhook events to tick.
		"Enable events:":             PickList,
		"Subscribe to these events:": PickList,
		"To create, edit, or assign roles, your account must have one of the following permissions in Azure AD:": Alone,
		// Duplicati's backup guide (testdata/heldout 419): a step that names a group of settings.
		"General Settings:": FieldList,
		"Top-level fields:": Alone, // a payload's fields, not a form's
		"Advanced settings": Alone,
		"Fill in:":          FieldList,
		"Set:":              FieldList,
		"Configure how widget communications use subshells via Settings → Kernel:": Alone,
		// A pick that acts once its items are picked.
		"Select the following scopes and click **Create**:": PickList,
		"Make the following entries and press [Enter]:":     FieldList}
	for s, want := range lead {
		if got := Read(s).Lists(); got != want {
			t.Errorf("Read(%q).Lists() = %q, want %q", s, got, want)
		}
	}
}

// A step over a list is its lead-in even when its writer left out the colon, if it asks for
// fields or boxes (Prowler's "3. Complete the integration settings", testdata/heldout 260); a
// full stop ends a sentence that asks for itself.
func TestReadLeadOver(t *testing.T) {
	tests := map[string]Listing{
		"Complete the integration settings":          FieldList,
		"Complete the integration settings:":         FieldList,
		"Enter information about your LDAP server.":  Alone,
		"Open the attributes and set the following.": FieldList,
		"The key does the following.":                Alone,
		"Click **Save**":                             Alone,
		"Select the scopes":                          PickList,
		"":                                           Alone,
	}
	for s, want := range tests {
		if got := ReadLeadOver(s).Lists(); got != want {
			t.Errorf("ReadLeadOver(%q).Lists() = %q, want %q", s, got, want)
		}
	}
}

// A lead-in that asks to fill in, configure or define something named in plain words lists
// fields when its items name a field each and describe it; other items, other verbs and a
// sentence with no colon keep their reading. The items are from Docker's token form
// (testdata/corpus 76) and made up.
func TestReadLeadOverItems(t *testing.T) {
	fields := []string{"**Label:** A name for the token.", "**Description:** Optional.", "**Expiry**: when it ends (e.g., `30d`)"}
	values := []string{"Method: POST", "Path: `/hooks/:id`", "**Label**: `My first hook`", "Events: \"push\""}
	tests := []struct {
		lead  string
		items []string
		want  Listing
	}{
		{"Configure the token:", fields, FieldList},
		{"Fill in the configuration:", fields, FieldList},
		{"Define the role:", fields, FieldList},
		{"Configure the token:", []string{"Click **Save**.", "Close the dialog.", "**Label:** A name."}, Alone},
		{"Configure the token:", fields[:1], Alone},                                    // one item is no list of fields
		{"Configure the token.", fields, Alone},                                        // asks for itself, described below
		{"Make a request with:", fields, Alone},                                        // parameters, not a form's fields
		{"Decide where it appears:", fields, Alone},                                    // choices
		{"Click **Save**:", fields, Alone},                                             // a control
		{"Click **Defaults** at the top to set one for each task:", fields, FieldList}, // opens the form
		{"Click **Defaults** to see them:", fields, Alone},
		{"Fill in the required fields:", nil, NamedFieldList}, // says so itself
		// Items that give the very values to type: fields to fill, whatever the step says.
		{"Now add a webhook with a few settings", values, FieldList},
		{"Click **Add** and set it up:", values, FieldList},
		{"Copy the following values:", values, Alone}, // shown, to be copied
		{"Note the defaults.", values, Alone},         // no step
		{"Now add a webhook with a few settings", append(values[:1:1], "It is saved at once.", "You can edit it later."), Alone},
	}
	for _, tt := range tests {
		if got := ReadLeadOverItems(tt.lead, func() []string { return tt.items }).Lists(); got != tt.want {
			t.Errorf("ReadLeadOverItems(%q, %q).Lists() = %q, want %q", tt.lead, tt.items, got, tt.want)
		}
	}
	for item, want := range map[string]bool{
		"**Expiration date:** Optional.": true,
		"**Name**: Required":             true,
		"**Name**: Required for login.":  false,
		"Optional.":                      false,
		"Expiration date: Optional.":     false, // a name in plain words is read with its description
	} {
		if got := OnlyMarksField(item); got != want {
			t.Errorf("OnlyMarksField(%q) = %v, want %v", item, got, want)
		}
	}
}

// A heading lists the fields or boxes under it only when it asks for them, in the imperative.
func TestHeadingLead(t *testing.T) {
	for _, tt := range []struct {
		title string
		want  Listing
	}{
		{"Fill out the form", NamedFieldList}, // Stump's users guide (testdata/heldout 592)
		{"Select the following scopes", PickList},
		{"Email Settings", Alone}, // ERPNext's user page (testdata/heldout 220): a section of reference
		{"Editing app details", Alone},
		{"Create a token", Alone},
		{"", Alone},
	} {
		if got := HeadingLead(tt.title).Lists(); got != tt.want {
			t.Errorf("HeadingLead(%q) lists %q, want %q", tt.title, got, tt.want)
		}
	}
}

func TestHeadingObject(t *testing.T) {
	for _, tt := range []struct{ title, want string }{
		{"Deleting a role", "role"}, // Strapi's RBAC doc (testdata/real/strapi)
		{"Creating a new account", "account"},
		{"Adding a new locale", "locale"},
		{"Regenerating an API token", "API token"},
		{"Setting custom conditions for permissions", "custom conditions"},
		{"Settings", ""},
		{"Usage", ""},
		{"Obtaining an OAuth Token", "OAuth Token"},
		{"Delete a user", "user"},
		{"Add a tag to a workflow", "tag"},
		{"Filter by tag", ""},
		{"API keys", ""},
		{"1. Create Application Password in WordPress", "Application Password"}, // numbered
		{"Step 2: Generate a token", "token"},
		{"Revoke the old Application Password", "Application Password"},
		{"View Webhook Details", "Webhook"},                         // an item's page: the item
		{"View Product Collection's Details", "Product Collection"}, // Medusa's user guide
		{"Edit the project details", "project"},
		{"View details", "details"},
		{"Creating, deleting, and managing group accounts", "group accounts"}, // a list of verbs
		{"Create, edit and delete tokens", "tokens"},
		{"Creating and publishing", ""},
		{"Creating, for example, a token", ""},
		{"How to create a service account", "service account"}, // a task asked as a question
		{"How to Delete a Project", "Project"},
		{"How to", ""},
	} {
		if got := HeadingObject(tt.title); got != tt.want {
			t.Errorf("HeadingObject(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

// A heading whose object is a part of another item names that item after "for" or "of".
func TestHeadingOwner(t *testing.T) {
	for _, tt := range []struct{ title, want string }{
		{"Edit Tax-Inclusive Setting for Currency", "Currency"},
		{"Configure the shipping options of a location", "location"},
		{"Edit Sales Channel Details", ""},
		{"Search for users", ""},
		{"Add Customer to Groups", ""},
		{"Creating, for example, a token", ""},
		{"Enable two-factor authentication for your account", ""},
	} {
		if got := HeadingOwner(tt.title); got != tt.want {
			t.Errorf("HeadingOwner(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

// A procedure whose heading names a kind of item, and one of whose steps presses the
// control that makes one of that kind.
func TestStepsMake(t *testing.T) {
	for _, tt := range []struct {
		heading string
		steps   []string
		want    bool
	}{
		{"Managing user accounts", []string{"From the left menu, click the **Accounts** tab and then click on the **Create new account** button", "Click the **Create** button"}, true},
		{"Manage webhooks", []string{"Go to **Settings**.", "Click **Add webhook**."}, true},
		{"Manage webhooks", []string{"Go to **Settings**.", "Click **Add filter**."}, false}, // another kind
		{"Manage webhooks", []string{"Click **Create**."}, false},                            // says no kind
		{"Webhooks", []string{"Click **Add webhook**."}, false},                              // a heading with no task names none
		{"Editing a webhook", []string{"Enter a **New webhook** name."}, false},              // typed, not pressed
	} {
		if got := StepsMake(tt.heading, tt.steps); got != tt.want {
			t.Errorf("StepsMake(%q, %q) = %v, want %v", tt.heading, tt.steps, got, tt.want)
		}
	}
}

// A heading whose task leaves a new item behind.
func TestHeadingMakes(t *testing.T) {
	for title, want := range map[string]bool{
		"Creating a new transfer token":   true, // Strapi's Data Management doc
		"Adding a new locale":             true,
		"Generate an access key":          true,
		"Inviting users":                  true,
		"Deleting a role":                 false,
		"Email templates":                 false,
		"Advanced settings":               false,
		"Regenerating an API token":       false,
		"Editing an account":              false,
		"1. Create Application Password":  true,
		"How to create a service account": true,
		"How to enable 2FA":               false,
	} {
		if got := HeadingMakes(title); got != want {
			t.Errorf("HeadingMakes(%q) = %v, want %v", title, got, want)
		}
	}
}

// A making heading whose item is there on its own, not only in another item.
func TestMakesItself(t *testing.T) {
	for title, want := range map[string]bool{
		"Create a Customer":                true,
		"Adding a new API token":           true,
		"Add a webhook to the list":        true,
		"Create a token to access the API": true,
		"Add a member to your team":        true,
		"Delete a user":                    false,
		// Put into another item, it was there before (Medusa's groups and collections).
		"Add Customer to Groups":       false,
		"Add Products to a Collection": false,
		"Adding users to a group":      false,
	} {
		if got := MakesItself(title); got != want {
			t.Errorf("MakesItself(%q) = %v, want %v", title, got, want)
		}
	}
}

// The item a procedure acts on: its first step's page's, the one its heading puts others
// into, or the one its heading names.
func TestItemActedOn(t *testing.T) {
	for _, tt := range []struct{ heading, first, want string }{
		{"Add Products to Sales Channel", "Go to the sales channel's details page.", "sales channel"},
		{"Adding tokens to a team", "Log into the store.", "team"},
		{"Add Customer to Groups", "Log into the store.", "Groups"},
		{"Add a webhook to the list", "Log into the store.", "webhook"},
		{"Create a token to access the API", "Log into the store.", "token"},
		{"Remove Customer from Groups", "Log into the store.", "Customer"},
		{"Regenerating an API token", "Log into the store.", "API token"},
	} {
		if got := ItemActedOn(tt.heading, tt.first); got != tt.want {
			t.Errorf("ItemActedOn(%q, %q) = %q, want %q", tt.heading, tt.first, got, tt.want)
		}
	}
}

// A heading whose task leaves its item gone.
func TestRemovesItself(t *testing.T) {
	for title, want := range map[string]bool{
		"Deleting a role":            true,
		"Revoke an API account":      true,
		"Removing users":             true,
		"Regenerating an API token":  false,
		"Creating a new API token":   false,
		"Deactivating a user":        false, // still listed, and back with a click
		"Delete":                     true,
		"Deleted items and recovery": false,
		// Taken out of another item, it stays (Medusa's customers and categories).
		"Remove Customer from Groups":         false,
		"Remove Products from a Category":     false,
		"Remove an SSH key from your account": true,
		"Delete a token from the list":        true,
		"Remove a user from the Members page": true,
	} {
		if got := RemovesItself(title); got != want {
			t.Errorf("RemovesItself(%q) = %v, want %v", title, got, want)
		}
	}
}

// A procedure deletes its own item when its heading deletes the kind its first step acts on;
// one that takes another kind from the item, or revokes it, leaves the item there.
func TestDeletesOwnItem(t *testing.T) {
	for _, tt := range []struct {
		heading, first string
		want           bool
	}{
		{"Delete Sales Channel", "Go to the sales channel's details page.", true},
		{"Deleting a role", "Log into the store.", true},
		{"Remove Products from Sales Channel", "Go to the sales channel's details page.", false},
		{"Remove Sales Channels", "Go to the publishable API key's details page.", false},
		{"Revoke Publishable API Key", "Go to the publishable API key's details page.", false},
		{"Create Sales Channel", "Go to Settings → Sales Channels.", false},
		// Taken out of its groups, the customer stays (Medusa's customers).
		{"Remove Customer from Groups", "Go to the customer's details page.", false},
	} {
		if got := DeletesOwnItem(tt.heading, tt.first); got != tt.want {
			t.Errorf("DeletesOwnItem(%q, %q) = %v, want %v", tt.heading, tt.first, got, tt.want)
		}
	}
}

// A lead-in acts after its items when its acts past the list follow it ("… and then click
// **Next**:"), never when it acts first.
func TestActsAfterItems(t *testing.T) {
	tests := map[string]bool{
		"Fill in the following fields and then click **Next**:":                                        true,
		"In the **Template settings** section, complete the following fields and then click **Next**:": true,
		"Select the following scopes and click **Create**:":                                            true,
		"Make the following entries and press [Enter]:":                                                true,
		"Fill in the following fields:":                                                                false,
		"Click **Add** and fill in the following fields:":                                              false,
		"Click **Add**, fill in the following fields and click **Save**:":                              false,
		"Click **Save** and do the following:":                                                         false,
	}
	for s, want := range tests {
		if got := Read(s).ActsAfterItems(); got != want {
			t.Errorf("Read(%q).ActsAfterItems() = %v, want %v (%s)", s, got, want, Read(s))
		}
	}
}

// A heading numbers the part of a task it names in the ways docs write it; a number that is
// part of a word, or nothing after the number, numbers nothing.
func TestPartNumber(t *testing.T) {
	for title, want := range map[string]int{
		"2. Create Service Zone": 2, "Step 3: Campaign": 3, "Part 2 - Review": 2, "4) Save": 4,
		"2-factor authentication": 0, "Create a token": 0, "3.": 0, "10 – Clean up": 10,
	} {
		if got := PartNumber(title); got != want {
			t.Errorf("PartNumber(%q) = %d, want %d", title, got, want)
		}
	}
}

func TestOptionalPart(t *testing.T) {
	for title, want := range map[string]bool{
		"4. Inventory Kits Step (Optional)": true, "Step 3 - Optional: Add a logo": true, "[optional] 5. Review": true,
		"3. Variants Step": false, "2. Add optionally-signed keys": false, "Options": false,
	} {
		if got := OptionalPart(title); got != want {
			t.Errorf("OptionalPart(%q) = %v, want %v", title, got, want)
		}
	}
}

func TestChoiceCondition(t *testing.T) {
	for cond, want := range map[string]bool{
		"if the product has variants, such as different colors or sizes": true,
		"if you don't want to allow applying discounts to the product":   true,
		"if you want to restrict access":                                 true,
		"if prompted":                                                    false,
		"when the dialog appears":                                        false,
		"if required":                                                    false,
	} {
		if got := ChoiceCondition(cond); got != want {
			t.Errorf("ChoiceCondition(%q) = %v, want %v", cond, got, want)
		}
	}
}
