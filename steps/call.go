package steps

import (
	"context"
	"fmt"

	"github.com/cucumber/godog"
	"github.com/docdrift/docdrift/internal/understand"
)

// calledProcedure is the other procedure of the doc that a step names in a few words, a task
// with no control marked ("Create a new Application Password" under "Rotate Passwords") or a
// page another procedure opens ("Go to the user's details page"), as Config.Procedure finds
// it; nil for any other step, and inside such a procedure.
func (s *Scenario) calledProcedure(m understand.Meaning, text string) *godog.Scenario {
	if s.calling || s.cfg.Procedure == nil || len(m.Acts) != 1 {
		return nil
	}
	a := m.Acts[0]
	if a.Verb != understand.Click && !(a.Verb == understand.Go && a.Target.Kind == "page") ||
		a.Target.Words == "" || len(a.Target.Labels()) > 0 || a.Target.Icon != "" {
		return nil
	}
	return s.cfg.Procedure(s.pickle, text)
}

// pageInsideCalled is the Unmet of a step that goes to an item's page another procedure opens
// ("Go to the tax region's details page."), met inside a procedure the run is already doing
// for a step (Medusa's "View Sublevel Tax Region Details" begins so): the run follows one
// procedure's steps, not one inside another, and looked for literally, such words are never a
// control — a drift the doc does not have. nil for any other step.
func (s *Scenario) pageInsideCalled(m understand.Meaning, text string) error {
	if !s.calling || s.cfg.Procedure == nil || s.pickle == nil {
		return nil
	}
	if a := m.Acts; len(a) != 1 || a[0].Verb != understand.Go || a[0].Target.Kind != "page" || len(a[0].Target.Labels()) > 0 {
		return nil
	}
	if proc := s.cfg.Procedure(s.pickle, text); proc != nil {
		return &Unmet{fmt.Sprintf("done as %q says, inside %q: the run follows one procedure's steps for a step, not one inside another", proc.Name, s.pickle.Name)}
	}
	return nil
}

// asProcedure does a step that names another procedure of its doc as that procedure says, as a
// reader turns back to it, and notes so; where that procedure drifts, so does the step — and
// where the run carried on past its drift, this procedure goes on too, from where it led
// (Medusa's "Go to the customer group's details page." through a path renamed on the way).
func (s *Scenario) asProcedure(ctx context.Context, proc *godog.Scenario) error {
	s.calling = true
	defer func() { s.calling = false }()
	item := s.subject
	past, err := s.performToEnd(ctx, proc)
	if err != nil {
		return fmt.Errorf("done as %q says: %w", proc.Name, err)
	}
	if past != nil {
		past.Err = fmt.Errorf("done as %q says: %w", proc.Name, past.Err)
		s.record(past)
	}
	s.keepItem(item, proc)
	s.notes = append(s.notes, fmt.Sprintf("done as %q says", proc.Name))
	return nil
}
