package steps

import (
	"errors"
	"testing"

	"github.com/cucumber/godog"
	"github.com/docdrift/docdrift/internal/understand"
)

// A step that goes to an item's page another procedure opens, met inside a procedure the run
// is already doing for a step, could not run — never a literal search for "tax region's
// details", a drift the doc does not have. Outside one, or a step of another kind, is not it.
func TestAPageInsideACalledProcedureIsNotFollowed(t *testing.T) {
	viewing := &godog.Scenario{Name: "View Tax Region Details"}
	cfg := &Config{Procedure: func(_ *godog.Scenario, step string) *godog.Scenario {
		if understand.PageGone(step) != "" {
			return viewing
		}
		return nil
	}}
	for _, tt := range []struct {
		step    string
		calling bool
		unmet   bool
	}{
		{"Go to the tax region's details page.", true, true},
		{"Go to the tax region's details page.", false, false},
		{"Click **Delete**.", true, false},
	} {
		s := &Scenario{cfg: cfg, calling: tt.calling, pickle: &godog.Scenario{Name: "View Sublevel Tax Region Details"}}
		err := s.pageInsideCalled(understand.Read(tt.step), tt.step)
		if got := errors.As(err, new(*Unmet)); got != tt.unmet {
			t.Errorf("%q (inside another: %v): %v, want could not run: %v", tt.step, tt.calling, err, tt.unmet)
		}
	}
}
