package understand

import "testing"

// A page a step names in words is the one another sentence says opened, however each words it.
func TestPagesNamedInWords(t *testing.T) {
	for _, tt := range []struct {
		step, opened string
		loosely      bool
		want         bool
	}{
		{"Go to the user's details page.", "This opens the user's details page where you can also manage the user.", false, true},
		{"Go to the webhook’s settings page.", "The Webhook Settings page opens.", false, true},
		{"Go to the user's details page.", "This opens the role's details page.", true, false},
		{"Go to **Settings** > **Users**.", "This opens the Users page.", true, false},
		// A doc shortens a name once it has said which (Medusa's product collections).
		{"Go to the collection's details page.", "This opens the product collection's details page.", true, true},
		{"Go to the collection's details page.", "This opens the product collection's details page.", false, false},
		{"Go to the group's details page.", "This opens the group policy's details page.", true, false},
		// An item's page is not the list of such items (Medusa's shipping profiles).
		{"Go to the shipping profile's details page.", "This opens the Shipping Profiles page.", false, false},
		{"Go to the shipping profile's details page.", "This opens the Shipping Profiles page.", true, false},
		{"Go to the profile's details page.", "This opens the Shipping Profiles page.", true, false},
		{"Go to the shipping profile's details page.", "This opens the Shipping Profile Details page.", false, true},
	} {
		page := PageGone(tt.step)
		same := SamePage
		if tt.loosely {
			same = ShortenedPage
		}
		if got := page != "" && PageOpened(tt.opened, page, same); got != tt.want {
			t.Errorf("%q after %q (loosely %v): %v (page %q), want %v", tt.step, tt.opened, tt.loosely, got, page, tt.want)
		}
	}
	for _, tt := range []struct {
		heading, page string
		want          bool
	}{
		{"View User Details", "user's details", true},
		{"Viewing a token", "the token page", true},
		{"Edit User Details", "user's details", false},
		{"View Product Collection's Details", "collection's details", true},
		{"View Shipping Profiles", "shipping profile's details", false},
		{"View Shipping Profile Details", "shipping profile's details", true},
		{"View Tokens", "the token page", true},
		{"View Customer Details", "Customers", false},
		{"View Customer Details", "customer's details", true},
		{"Viewing a token", "Tokens", false},
	} {
		obj := ViewedPage(tt.heading)
		if got := HeadingViews(tt.heading) && (SamePage(obj, tt.page) || ShortenedPage(obj, tt.page)); got != tt.want {
			t.Errorf("heading %q for page %q: %v, want %v", tt.heading, tt.page, got, tt.want)
		}
	}
	for step, want := range map[string]string{
		"Go to the sales channel's details page.": "sales channel",
		"Go to the webhook’s page.":               "webhook",
		"Go to the settings page.":                "",
		"Go to **Settings** > **Users**.":         "",
		// The item named alone is the page the step happens on (n8n's tags doc).
		"In your workflow, select **+ Add tag**.": "workflow",
		"In your tokens, select **Add label**.":   "",
	} {
		if got := PageOwner(step); got != want {
			t.Errorf("PageOwner(%q) = %q, want %q", step, got, want)
		}
	}
	for _, tt := range []struct {
		step string
		want bool
	}{
		{"Go to the user's details page.", true},
		{"Go to the settings page.", false},
	} {
		m := Read(tt.step)
		if got := len(m.Acts) == 1 && ItemsPage(m.Acts[0].Target); got != tt.want {
			t.Errorf("%q is an item's page: %v, want %v", tt.step, got, tt.want)
		}
	}
}

// A heading that names a part of an item ("a webhook's deliveries", "API token labels") names
// the item whose page the procedure begins on.
func TestPartOwner(t *testing.T) {
	kinds := []string{"api token", "api token scope", "webhook", "sales channel"}
	for heading, want := range map[string]string{
		"Manage a Webhook's Deliveries":       "Webhook",
		"Managing API token labels":           "api token",
		"Managing API Tokens Labels":          "api token",
		"Limiting API token scope conditions": "api token scope",
		"Creating an API token":               "",
		"Edit Sales Channel Details":          "",
		"Manage Metadata":                     "",
		"Manage Webhooks":                     "",
	} {
		if got := PartOwner(HeadingObject(heading), kinds); got != want {
			t.Errorf("PartOwner(%q) = %q, want %q", heading, got, want)
		}
	}
}
