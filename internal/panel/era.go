package panel

import (
	"fmt"
	"strings"
)

// Era selects which year's control panel the simulator serves. The same task moved around the
// UI over the years; serving one era at a time lets one doc be run against several UIs.
type Era int

// The eras the reference describes (control-panel.md).
const (
	Era2016 Era = 2016 // Setup & Tools › Legacy API Accounts only
	Era2017 Era = 2017 // Advanced Settings › API Accounts / Legacy API Settings (the reference draft's era)
	Era2019 Era = 2019 // as 2017, a create dropdown with Stencil-CLI tokens and the larger scope list
	Era2023 Era = 2023 // Settings › Store-level API accounts; legacy accounts gone
)

// Eras lists every supported era, oldest first.
var Eras = []Era{Era2016, Era2017, Era2019, Era2023}

// ParseEra reads an era as written on the command line ("2017").
func ParseEra(s string) (Era, error) {
	for _, e := range Eras {
		if s == e.String() {
			return e, nil
		}
	}
	names := make([]string, len(Eras))
	for i, e := range Eras {
		names[i] = e.String()
	}
	return 0, fmt.Errorf("unknown era %q (want one of %s)", s, strings.Join(names, ", "))
}

func (e Era) String() string { return fmt.Sprint(int(e)) }

// hasStoreAccounts reports whether the era's panel can create OAuth (store API) accounts.
func (e Era) hasStoreAccounts() bool { return e >= Era2017 }

// hasLegacy reports whether the era's panel still lists legacy (basic-auth) API accounts.
func (e Era) hasLegacy() bool { return e <= Era2019 }

// hasStencil reports whether the create button is the 2019 dropdown with Stencil-CLI tokens.
func (e Era) hasStencil() bool { return e >= Era2019 }

// navItem is one link of a navigation menu.
type navItem struct {
	Label string
	Href  string
	Slug  string // stable identity, unaffected by label renames
}

// Slugs of the pages the simulator really implements; every other sidebar item is a plain page.
const (
	slugStoreAccounts   = "api-accounts"
	slugAccountAccounts = "account-api-accounts"
	slugLegacyAccounts  = "legacy-api-accounts"
)

// sectionItems is the era's settings sidebar, top to bottom (2017's from the reference; the
// others are assumptions documented in docs/panel.md).
func sectionItems(e Era) []string {
	switch e {
	case Era2016:
		return []string{"Store Profile", "Display Settings", "Shipping", "Tax", "Payments",
			"Currencies", "Legacy API Accounts"}
	case Era2023:
		return []string{"General", "Store profile", "Security & privacy", "Shipping", "Tax",
			"Payments", "Store-level API accounts", "Account-level API accounts"}
	default:
		return []string{"Web Analytics", "Checkout", "Inventory", "Order Notifications", "Returns",
			"Gift Wrapping", "Comments", "Live Chat", "Account Signup Form",
			"Affiliate Conversion Tracking", "Export Templates", "API Accounts", "Legacy API Settings"}
	}
}

// sectionLabel is the main-navigation entry that opens the era's settings sidebar.
func sectionLabel(e Era) string {
	switch e {
	case Era2016:
		return "Setup & Tools"
	case Era2023:
		return "Settings"
	default:
		return "Advanced Settings"
	}
}

// itemSlug maps a sidebar label to its URL slug; the API pages get their fixed routes.
func itemSlug(label string) string {
	switch label {
	case "API Accounts", "Store-level API accounts":
		return slugStoreAccounts
	case "Account-level API accounts":
		return slugAccountAccounts
	case "Legacy API Settings", "Legacy API Accounts":
		return slugLegacyAccounts
	}
	var b strings.Builder
	for _, r := range strings.ToLower(label) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteByte('-')
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

func slugHref(slug string) string {
	switch slug {
	case slugStoreAccounts:
		return pathStoreAccounts
	case slugAccountAccounts:
		return pathAccountAccounts
	case slugLegacyAccounts:
		return pathLegacy
	}
	return pathSection + "/" + slug
}
