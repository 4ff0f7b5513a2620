package locate

import (
	"fmt"
	"testing"
)

// The 2017 Advanced Settings sidebar (control-panel reference).
var sidebar2017 = []string{"Web Analytics", "Checkout", "Inventory", "Order Notifications", "Returns",
	"Gift Wrapping", "Comments", "Live Chat", "Account Signup Form", "Affiliate Conversion Tracking",
	"Export Templates", "API Accounts", "Legacy API Settings"}

func named(names ...string) []Candidate {
	out := make([]Candidate, len(names))
	for i, n := range names {
		out[i] = Candidate{Roles: []Role{Link}, Name: n}
	}
	return out
}

func labels(c []Candidate) string {
	var s []string
	for _, x := range c {
		s = append(s, x.Name)
	}
	return fmt.Sprintf("%q", s)
}

func TestClosest(t *testing.T) {
	for _, tc := range []struct {
		want      string
		cands     []string
		closest   string // %q of the names, best first
		confident string // "" when no candidate is clearly the one
	}{
		{"Legacy API Accounts", sidebar2017, `["Legacy API Settings" "API Accounts"]`, "Legacy API Settings"},
		{"Advanced Settings", []string{"Home", "Orders", "Products", "Customers", "Storefront", "Marketing",
			"Analytics", "Apps", "Channel Manager", "Settings"}, `["Settings"]`, "Settings"},
		{"API Accounts", []string{"General", "Store-level API accounts", "Account-level API accounts", "Security & Privacy"},
			`["Store-level API accounts" "Account-level API accounts"]`, ""},
		{"Create API Acount", []string{"Create API Account", "Cancel"}, `["Create API Account"]`, "Create API Account"},
		{"Gears", []string{"Checkout", "Returns"}, `[]`, ""},
		{"Save", []string{"Save", "Save", "Cancel"}, `["Save"]`, "Save"},
		// Strapi's profile: the same words reordered and inflected beat a label holding one.
		{"Password confirmation", []string{"Current Password", "Password", "Confirm Password"},
			`["Confirm Password" "Password"]`, "Confirm Password"},
		// The opposite act is no renamed label (Strapi 5's entry page offers "Publish" where
		// the doc says "Unpublish"): never carried on with, nor suggested.
		{"Unpublish", []string{"Publish", "Save"}, `[]`, ""},
		{"Unpublish entries", []string{"Publish entries", "Export"}, `[]`, ""},
		{"Deactivate user", []string{"Activate user"}, `[]`, ""},
		{"Connect", []string{"Disconnect", "Connect now"}, `["Connect now"]`, "Connect now"},
		{"Unpublish", []string{"Unpublish now"}, `["Unpublish now"]`, "Unpublish now"},
		// Strapi 5's media library: "Add new assets" became "Add assets", beside a "New" menu.
		{"Add new assets", []string{"New", "Add assets", "Search"}, `["Add assets" "New"]`, "Add assets"},
		{"Add assets", []string{"Add new assets", "New"}, `["Add new assets"]`, "Add new assets"},
	} {
		got := closest(named(tc.cands...), tc.want)
		for _, c := range got {
			t.Logf("%q ~ %q %.3f", tc.want, c.Name, c.Score)
		}
		if labels(got) != tc.closest {
			t.Errorf("closest(%q) = %s, want %s", tc.want, labels(got), tc.closest)
		}
		c, ok := Confident(got)
		if (ok && c.Name != tc.confident) || (!ok && tc.confident != "") {
			t.Errorf("Confident(closest(%q)) = %q %v, want %q", tc.want, c.Name, ok, tc.confident)
		}
	}
}

// Only a word dropped inside a name keeps it the same control: an outer one dropped ("API
// Accounts" of "Legacy API Accounts") may be another item.
func TestDropsInnerWord(t *testing.T) {
	for _, tc := range []struct {
		long, short string
		want        bool
	}{
		{"Add new assets", "Add assets", true},
		{"Create a new API token", "Create a API token", true},
		{"Legacy API Accounts", "API Accounts", false},
		{"Legacy API Accounts", "Legacy API", false},
		{"Add new", "Add", false}, // one word is no name to agree with at both ends
		{"Add new assets", "Add old assets", false},
		{"Add two new assets", "Add assets", false},
	} {
		if got := dropsInnerWord(words(tc.long), words(tc.short)); got != tc.want {
			t.Errorf("dropsInnerWord(%q, %q) = %v, want %v", tc.long, tc.short, got, tc.want)
		}
	}
}

func TestFoldAndMatch(t *testing.T) {
	for _, tc := range []struct {
		names []string
		want  string
		tier  Tier
	}{
		{[]string{"API Accounts"}, "API Accounts", Exact},
		{[]string{" API Accounts\n"}, "API Accounts", Exact},
		{[]string{"API  accounts"}, "API Accounts", Folded},
		{[]string{"Name:"}, "Name", Folded},
		{[]string{"Name *"}, "name", Folded},
		{[]string{"Legacy API Accounts"}, "API Accounts", NoMatch},
		{[]string{"API Accounts (3)"}, "API Accounts", NoMatch},
		{[]string{"Don\u2019t save", "x"}, "don't save", Folded},
		{[]string{"Add first step\u2026"}, "Add first step...", Folded},
		{[]string{"Save as\u2026"}, "Save as", Folded},
		{[]string{"\u2026"}, "...", Folded},
		{[]string{"Save"}, "...", NoMatch},
	} {
		if got := matchName(tc.names, tc.want); got != tc.tier {
			t.Errorf("matchName(%q, %q) = %v, want %v", tc.names, tc.want, got, tc.tier)
		}
	}
}
