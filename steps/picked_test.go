package steps

import (
	"context"
	"slices"
	"testing"

	"github.com/cucumber/godog"

	"github.com/docdrift/docdrift/internal/profile"
)

// A procedure that makes its item by choosing it (a tax region, by its country) and types no
// name has that choice for its item's name; one that typed a name, or makes nothing, or chose
// only on its way there (a precondition's picks), does not. Left to the run's cleanup, such an
// item is said, never deleted by that name; made first, it is the procedure's set-up.
func TestAnItemMadeByChoosingIsKnownByTheChoice(t *testing.T) {
	for _, tt := range []struct {
		name, heading string
		created       []string
		picks         []string
		own           int // where the procedure's own picks begin
		want          string
	}{
		{"chosen, nothing typed", "Create Tax Region", nil, []string{"Afghanistan", "System"}, 0, "Afghanistan"},
		{"a name typed", "Create Tax Region", []string{"docdrift-t-1"}, []string{"Afghanistan"}, 0, ""},
		{"makes nothing", "Edit Store Details", nil, []string{"Euro"}, 0, ""},
		{"chosen before the procedure", "Create Tax Region", nil, []string{"Afghanistan"}, 1, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := &Scenario{cfg: &Config{}, created: tt.created, picks: tt.picks, ownPicks: tt.own}
			s.knownByPick(&godog.Scenario{Name: tt.heading})
			if s.pickedItem != tt.want {
				t.Errorf("item known as %q, want %q", s.pickedItem, tt.want)
			}
		})
	}
	s := &Scenario{cfg: &Config{}, created: []string{"docdrift-t-1"}, pickedItem: "Afghanistan", pickedFirst: true}
	m := s.made(s.created, &godog.Scenario{Name: "Create Tax Rate Override"})
	if !slices.Equal(m.Names, []string{"docdrift-t-1"}) || !slices.Equal(m.Picked, []string{"Afghanistan"}) || !slices.Contains(m.SetUp, "Afghanistan") {
		t.Errorf("made %+v: want the typed name to delete, and the chosen one said and set up", m)
	}
}

// A step that leaves the reader to pick items of a kind the profile keeps ("check the groups
// you want to add the customer to") gets one made first, as a reader with none would make
// one: a store with no customer group shows an empty list. Items of the procedure's own kind,
// of kinds the profile does not keep, or named by the doc, are not made.
func TestItemsToPickFromAreMadeFirst(t *testing.T) {
	groups, tags := &madeKeeper{}, &madeKeeper{}
	cfg := &Config{RunID: "1207t1800aaaaaa", Subjects: Subjects{
		{Subject: profile.Subject{Name: "customer group"}, Keeper: groups},
		{Subject: profile.Subject{Name: "product tag"}, Keeper: tags},
	}}
	s := &Scenario{cfg: cfg}
	proc := &godog.Scenario{Name: "Add Customer to Groups", Steps: []*godog.Step{
		{Text: "Go to the customer's details page."},
		{Text: "In the list that opens, check the groups you want to add the customer to."},
		{Text: "Check the **Default** box."},
		{Text: "Check the groups you want to add the customer to."},
	}}
	if err := s.pickables(context.Background(), proc, nil); err != nil {
		t.Fatal(err)
	}
	if len(groups.made) != 1 || len(tags.made) != 0 || !slices.Contains(s.created, groups.made[0]) {
		t.Errorf("made groups %q, tags %q (created %q), want one group, removed with the scenario's items", groups.made, tags.made, s.created)
	}
	s = &Scenario{cfg: cfg, kind: &cfg.Subjects[0]}
	if err := s.pickables(context.Background(), proc); err != nil || len(groups.made) != 1 {
		t.Errorf("the procedure's own kind: made %q (%v), want none more", groups.made, err)
	}
}

// The doc's own removal removes the procedure's item and what was typed for it; a group the
// profile made for the procedure to pick from is still the run's to remove (Medusa's "Remove
// Customer from Groups" left its group to the end-of-run sweep).
func TestWhatTheProfileMadeOutlivesTheDocsRemoval(t *testing.T) {
	s := &Scenario{cfg: &Config{}, created: []string{"c-1@example.com", "g-2"}, setUp: []string{"c-1@example.com"}, kept: []string{"g-2"}, pickedItem: "Afghanistan"}
	s.removed()
	if !slices.Equal(s.created, []string{"g-2"}) || len(s.setUp) != 0 || s.pickedItem != "" {
		t.Errorf("left created %q, set up %q, picked %q: want only the profile's group", s.created, s.setUp, s.pickedItem)
	}
}

// An address typed first is the item's name when no name was typed for that item before it:
// while an item is made, only the making's own typing counts — an item the profile made for
// the procedure (its customer group) is no name typed for the customer made to pick.
func TestANameTypedAlreadyIsTheMakingsOwn(t *testing.T) {
	for _, tt := range []struct {
		name       string
		making     bool
		makingFrom int
		created    []string
		setUp      []string
		want       bool
	}{
		{"making, after a group the profile made", true, 1, []string{"g-1"}, nil, false},
		{"making, a name typed", true, 1, []string{"g-1", "c-2"}, nil, true},
		{"the procedure, past its set-up", false, 0, []string{"t-1"}, []string{"t-1"}, false},
		{"the procedure, a name typed", false, 0, []string{"t-1", "l-2"}, []string{"t-1"}, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := &Scenario{making: tt.making, makingFrom: tt.makingFrom, created: tt.created, setUp: tt.setUp}
			if got := s.typedAName(); got != tt.want {
				t.Errorf("typedAName() = %v, want %v", got, tt.want)
			}
		})
	}
}
