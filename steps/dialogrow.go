package steps

import (
	"context"
	"fmt"

	"github.com/go-rod/rod"

	"github.com/docdrift/docdrift/internal/locate"
)

// rowOfOpenDialog is the row a step means by "the row" while a dialog is open that does not
// show the procedure's item: a row of what the dialog edits, as a reader reads "Hover over the
// row and click the three-dots icon at its end" in a side window of key-value pairs (Medusa's
// metadata), not the item's row behind the dialog. The dialog's first table row, else — a grid
// drawn without table roles — its first text field, which starts the first row. ok is false
// when no dialog is open, it shows the item, or it has neither.
func (s *Scenario) rowOfOpenDialog(ctx context.Context) (*rod.Element, string, bool) {
	dlg, m, ok := s.glanceFor(ctx, locate.Query{Roles: []locate.Role{locate.Dialog}})
	if !ok {
		return nil, "", false
	}
	if s.subject != "" {
		if _, _, shown := s.glanceFor(ctx, locate.Query{Name: s.subject, Within: dlg}); shown {
			return nil, "", false
		}
	}
	for _, roles := range [][]locate.Role{{locate.Row}, textbox} {
		if el, _, ok := s.glanceFor(ctx, locate.Query{Roles: roles, Within: dlg}); ok {
			return el, fmt.Sprintf("%q is not in the dialog %q that is open: \"the row\" is the dialog's first", s.subject, m.Label()), true
		}
	}
	return nil, "", false
}
