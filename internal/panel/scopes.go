package panel

import (
	"slices"
	"strings"
)

// Access levels a scope can be granted at. The form's value and the level's button text.
const (
	levelNone   = "none"
	levelRead   = "read-only"
	levelModify = "modify"
	levelLogin  = "login"
	levelManage = "manage"
	levelCreate = "create"
)

// Scope is one OAuth scope of the create form: a button group of access levels, None first.
type Scope struct {
	Key    string   // form field suffix, stable across renames
	Name   string   // visible group label
	Levels []string // access levels after None
}

// Grant is one scope granted to an account at a level other than None.
type Grant struct {
	Scope string `json:"scope"` // Scope.Key
	Level string `json:"level"`
}

var readModify = []string{levelRead, levelModify}

func eraScopes(e Era) []Scope {
	if e == Era2017 {
		return []Scope{
			{"content", "Content", readModify},
			{"customers", "Customers", readModify},
			{"customers_login", "Customers Login", []string{levelLogin}},
			{"information", "Information", readModify},
			{"marketing", "Marketing", readModify},
			{"orders", "Orders", readModify},
			{"products", "Products", readModify},
		}
	}
	return []Scope{
		{"content", "Content", readModify},
		{"checkout_content", "Checkout Content", []string{levelModify}},
		{"customers", "Customers", readModify},
		{"customers_login", "Customers Login", []string{levelLogin}},
		{"information", "Information & Settings", readModify},
		{"marketing", "Marketing", readModify},
		{"orders", "Orders", readModify},
		{"transactions", "Order Transactions", readModify},
		{"products", "Products", readModify},
		{"themes", "Themes", readModify},
		{"carts", "Carts", readModify},
		{"checkouts", "Checkouts", readModify},
		{"sites", "Sites & Routes", readModify},
		{"channel_settings", "Channel Settings", readModify},
		{"channel_listings", "Channel Listings", readModify},
		{"payments", "Create Payments", []string{levelCreate}},
		{"payment_methods", "Get Payment Methods", []string{levelRead}},
		{"storefront_tokens", "Storefront API Tokens", []string{levelManage}},
		{"storefront_impersonation", "Storefront API Customer Impersonation Tokens", []string{levelManage}},
	}
}

// scopeSummary renders grants as the list page does: "Information Read-Only" for read-only
// grants, the bare name for the others, sorted alphabetically (as the reference screenshots
// show: "Customers Login, Customers Read-Only, Information, …"), comma-separated.
func scopeSummary(scopes []Scope, grants []Grant) string {
	var parts []string
	for _, s := range scopes {
		for _, g := range grants {
			if g.Scope != s.Key {
				continue
			}
			if g.Level == levelRead {
				parts = append(parts, s.Name+" Read-Only")
			} else {
				parts = append(parts, s.Name)
			}
		}
	}
	slices.Sort(parts)
	return strings.Join(parts, ", ")
}

// validGrant reports whether level is one the scope offers (None excluded).
func validGrant(scopes []Scope, g Grant) bool {
	for _, s := range scopes {
		if s.Key == g.Scope {
			for _, l := range s.Levels {
				if l == g.Level {
					return true
				}
			}
		}
	}
	return false
}
