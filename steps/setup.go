package steps

import (
	"context"
	"fmt"

	"github.com/cucumber/godog"
)

// makeAsDocSays makes the item a procedure acts on as its doc says to, when no subject of the
// product's profile makes one: it performs the doc's own procedure that makes one (maker,
// "Creating an API token"), in this procedure's session, and takes the first name it typed as
// the item's. A reader who opens "Regenerating an API token" has made one that way; a run
// with no profile of the product needs nothing more to act on it.
func (s *Scenario) makeAsDocSays(ctx context.Context, maker *godog.Scenario) error {
	// Each step reads as in its own procedure; its drifts are that procedure's to report.
	own, index, drifts := s.pickle, s.index, len(s.drifts)
	defer func() { s.pickle, s.index, s.drifts = own, index, s.drifts[:drifts] }()
	s.pickle = maker
	first := len(s.created)
	for i, st := range maker.Steps {
		s.index = i
		s.drifted, s.notChecked, s.putAways, s.hoveredRow = false, "", 0, ""
		err := s.perform(ctx, st.Text)
		if err == nil && s.drifted {
			err = s.drifts[len(s.drifts)-1] // carried on past a drift: the item may not be the doc's
		}
		if err != nil {
			return fmt.Errorf("make the item as %q does: %q: %w", maker.Name, st.Text, err)
		}
	}
	s.drifted, s.notChecked = false, ""
	if len(s.created) == first {
		return fmt.Errorf("make the item as %q does: it typed no name, so the item it made cannot be told apart", maker.Name)
	}
	s.setUp = append(s.setUp, s.created[first:]...)
	s.subject = s.created[first]
	s.notes = append(s.notes, fmt.Sprintf("made %s to act on as %q does, first: no profile of the product makes one", s.subject, maker.Name))
	return nil
}
