package steps

import (
	"context"

	"github.com/docdrift/docdrift/internal/locate"
)

// revealInRow points at the table row that shows row, as a reader does when a list's actions
// show only under the pointer (an edit or trash icon that appears on hover), and waits for
// what that shows; it reports whether there was such a row to point at.
func (s *Scenario) revealInRow(ctx context.Context, row string) bool {
	if s.hoveredRow == row {
		return false // pointed at already: what did not show then will not now
	}
	s.hoveredRow = row
	// The search before this one saw the page settled: the row is there now or never.
	gctx, stop := context.WithTimeout(ctx, glance)
	defer stop()
	el, _, err := locate.Find(gctx, s.session.Page, locate.Query{Roles: []locate.Role{locate.Row}, Row: row})
	if err != nil {
		return false
	}
	if err := el.Context(ctx).Hover(); err != nil {
		return false
	}
	return s.waitSettled(ctx) == nil
}
