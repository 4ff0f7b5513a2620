package steps

import (
	"context"
	"fmt"

	"github.com/docdrift/docdrift/internal/locate"
	"github.com/go-rod/rod"
)

// navigate follows a breadcrumb, clicking each part in turn.
func (s *Scenario) navigate(ctx context.Context, crumbs string) error {
	for _, label := range LabelPath(crumbs) {
		if err := s.clickLabel(ctx, label); err != nil {
			return err
		}
	}
	return nil
}

func (s *Scenario) clickLabel(ctx context.Context, label string) error {
	ctx, cancel := s.step(ctx)
	defer cancel()
	return s.findAndPress(ctx, locate.Query{Name: label})
}

// clickAt clicks a control the doc places on the page ("at the page's lower right-hand
// corner") and checks it is there.
func (s *Scenario) clickAt(ctx context.Context, label, place string) error {
	ctx, cancel := s.step(ctx)
	defer cancel()
	want, err := locate.ParsePosition(place)
	if err != nil {
		return err
	}
	drifts := len(s.drifts)
	el, err := s.find(ctx, locate.Query{Name: LabelText(label), Place: want})
	if err != nil {
		return err
	}
	if err := s.placed(ctx, el, fmt.Sprintf("%q", LabelText(label)), want); err != nil {
		return err
	}
	return s.pressFound(ctx, el, drifts)
}

// placed checks that el, the control the doc calls name, is where the doc puts it (want: "upper
// right", "right"). One elsewhere is drift, carried on with when the run keeps going: a reader
// told to look on the right who finds it only on the left goes on, and the doc is wrong.
func (s *Scenario) placed(ctx context.Context, el *rod.Element, name string, want locate.Position) error {
	at, err := locate.Where(ctx, el)
	if err != nil {
		return fmt.Errorf("measure where %s is: %w", name, err)
	}
	if at.Matches(want) {
		return nil
	}
	m := mismatch("%s is at the %s of the page, not the %s", name, at.InPage(), want)
	if !s.cfg.KeepGoing {
		return m
	}
	m.Continued = name
	if own := controlName(ctx, el); own != "" {
		m.Continued = own // "carried on with "Settings"", the gear the doc put elsewhere
	}
	s.record(m)
	return nil
}
