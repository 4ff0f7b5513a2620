package steps

import (
	"context"
	"errors"
	"strings"

	"github.com/docdrift/docdrift/internal/locate"
	"github.com/docdrift/docdrift/internal/understand"
	"github.com/go-rod/rod"
)

// A form that asks for more than its doc says: Medusa's "Create Tax Region" needs a tax
// provider its guide never mentions, and the form, pressed, marks that field invalid and
// sends nothing. That is drift, and the step reports it; but a reader fills the field in as
// the page asks and goes on, and so does the run when it keeps going — otherwise every
// procedure that needs the item (view it, edit it, delete it) could not run at all.

// fillUnsaid answers turnedDown, the drift of pressing el that the page's own check turned
// down, sending nothing for the fields it named (Scenario.turnedDownBy): with KeepGoing, each
// is filled as a reader would fill one the doc leaves to them — any option of a list, a
// made-up value of the kind a text field takes — and el is pressed again. Sent then, the
// drift is recorded as carried past and the step goes on; else turnedDown stands.
func (s *Scenario) fillUnsaid(ctx context.Context, el *rod.Element, turnedDown error) error {
	var m *Mismatch
	marked := s.turnedDownBy
	if !s.cfg.KeepGoing || s.refilling || len(marked) == 0 || !errors.As(turnedDown, &m) {
		return turnedDown
	}
	var names []string
	picks := len(s.picks)
	defer func() { s.picks = s.picks[:picks] }() // what the page asked for names no item
	for _, f := range marked {
		if f.Name == "" || !s.fillMarked(ctx, f.Name) {
			return turnedDown // a field the run cannot tell or fill: the reader's to sort out
		}
		names = append(names, f.Name)
	}
	s.refilling = true
	again := s.press(ctx, el)
	s.refilling = false
	if again != nil {
		return turnedDown
	}
	left := ", a field the step leaves empty; the run filled it in"
	if len(names) > 1 {
		left = ", fields the step leaves empty; the run filled them in"
	}
	m.Err = errors.New(m.Err.Error() + left)
	m.Continued = strings.Join(names, ", ")
	s.record(m)
	return nil
}

// fillMarked fills the field the page calls name, as the reader picks: an option of a list
// (a select, a combo box that lists what it takes), else a value of the kind the field takes.
// False when no such field shows or it takes nothing the run can give.
func (s *Scenario) fillMarked(ctx context.Context, name string) bool {
	el, _, ok := s.glanceFor(ctx, locate.Query{Roles: []locate.Role{locate.Textbox, locate.Combobox}, Name: name})
	if !ok {
		return false
	}
	kind, _, _ := fieldFacts(ctx, el)
	switch {
	case kind == "choice" || kind == "select-one":
		return s.chooseAnyFromDropdown(ctx, name, "") == nil
	case suggestsOnly(ctx, el):
		name, err := s.chooseFirstOffered(ctx, el)
		return err == nil && name != ""
	}
	value, made, _, err := s.valueFor(ctx, el, name, understand.Act{})
	if err != nil || s.setValue(ctx, el, value) != nil {
		return false
	}
	if made {
		// A name the product saves (a sublevel's default rate, "Name"): what the step made
		// is known by it, and cleaned up or said to be left.
		s.typedName(value, name)
	}
	return true
}
