package steps

import (
	"context"
	"fmt"

	"github.com/docdrift/docdrift/internal/locate"
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
	el, err := s.find(ctx, locate.Query{Name: LabelText(label)})
	if err != nil {
		return err
	}
	at, err := locate.Where(ctx, el)
	if err != nil {
		return fmt.Errorf("measure where %q is: %w", LabelText(label), err)
	}
	if !at.Matches(want) {
		m := mismatch("%q is at the %s of the page, not the %s", LabelText(label), at.InPage(), want)
		if !s.cfg.KeepGoing {
			return m
		}
		m.Continued = LabelText(label)
		s.record(m)
	}
	return s.press(ctx, el)
}
