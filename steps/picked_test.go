package steps

import (
	"slices"
	"testing"

	"github.com/cucumber/godog"
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
