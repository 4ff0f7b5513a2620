package steps

import (
	"context"

	"github.com/docdrift/docdrift/internal/browser"
	"github.com/docdrift/docdrift/internal/understand"
)

// pressKeys presses a key or a chord where the reader's focus is — after typing into a field,
// that field: "Type the name and press **Enter**" submits it — and waits for what it caused,
// as a click does. A confirmation prompt the next step answers is armed first.
func (s *Scenario) pressKeys(ctx context.Context, a understand.Act) error {
	keys, err := browser.Chord(a.Value)
	if err != nil {
		return &NotUnderstood{Why: err.Error()}
	}
	ctx, cancel := s.step(ctx)
	defer cancel()
	// A click waits for its control to show; a key has none, so it waits for the page.
	if err := s.waitSettled(ctx); err != nil {
		return err
	}
	s.armConfirmation()
	return s.caused(ctx, func() error { return s.session.Press(ctx, keys...) })
}
