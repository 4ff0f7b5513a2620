package steps

import (
	"cmp"
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
	return s.pressAt(ctx, locate.Query{Name: LabelText(label)}, place)
}

// pressAt finds q where the doc puts it (place: "upper right", "right"; of several matches,
// the one there), checks that it is there, and presses it. One found only elsewhere is drift,
// carried on with when the run keeps going: a reader told to look on the right who finds it
// only on the left goes on, and the doc is wrong.
func (s *Scenario) pressAt(ctx context.Context, q locate.Query, place string) error {
	var err error
	if q.Place, err = locate.ParsePosition(place); err != nil {
		return err
	}
	drifts := len(s.drifts)
	el, err := s.find(ctx, q)
	if err != nil {
		return err
	}
	what := fmt.Sprintf("%q", q.Name)
	if q.Name == "" {
		what = fmt.Sprintf("the %s icon", q.Icon)
		if q.IconWord != "" {
			what = fmt.Sprintf("the %s (%s icon)", q.IconWord, q.Icon)
		}
	}
	at, err := locate.Where(ctx, el)
	if err != nil {
		return fmt.Errorf("measure where %s is: %w", what, err)
	}
	if !at.Matches(q.Place) {
		m := mismatch("%s is at the %s of the page, not the %s", what, at.InPage(), q.Place)
		if !s.cfg.KeepGoing {
			return m
		}
		m.Continued = cmp.Or(controlName(ctx, el), q.Name, what) // "Settings", the gear the doc put elsewhere
		s.record(m)
	}
	return s.pressFound(ctx, el, drifts)
}
