package panel

import "github.com/docdrift/docdrift/internal/profile"

// Profile is the simulator's built-in product profile for an era: the BigCommerce control
// panel as its docs name it, its API accounts and how its own pages make and remove one. A
// run against the simulator makes them through its test API instead; the pages are for a
// real store, which has none.
func Profile(e Era) profile.Profile {
	l := eraLabels(e)
	p := profile.Profile{Name: "BigCommerce control panel", Surfaces: Surfaces}
	if e.hasStoreAccounts() {
		create := l.CreateAccount
		if e.hasStencil() { // the create button opens a menu
			create += " > " + l.CreateV2V3
		}
		p.Subjects = append(p.Subjects, profile.Subject{Name: StoreSubject, Words: []string{"store API account"},
			Pages: &profile.Pages{List: l.Section + " > " + l.StoreAccountsNav, Create: create, Name: l.Name,
				Save: l.Save, Dismiss: l.Done, Delete: l.DeleteLabel}})
	}
	if e.hasLegacy() {
		p.Subjects = append(p.Subjects, profile.Subject{Name: LegacySubject, Words: []string{"legacy API", "legacy account", "legacy"},
			Pages: &profile.Pages{List: l.Section + " > " + l.LegacyNav, Create: l.CreateLegacy, Name: l.Username,
				Save: l.Save, Delete: l.DeleteLabel}})
	}
	return p
}

// The simulator's subjects, by the names its profile gives them.
const (
	StoreSubject  = "API account"
	LegacySubject = "legacy API account"
)
