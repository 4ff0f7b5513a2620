package steps

import (
	"context"
	"errors"
	"fmt"

	"github.com/docdrift/docdrift/internal/locate"
	"github.com/go-rod/rod"
)

// pressedKinds are the controls a reader presses, whatever the doc called them.
var pressedKinds = []locate.Role{locate.Button, locate.Link, locate.MenuItem, locate.Tab, locate.Checkbox,
	locate.Radio, locate.Combobox, locate.Option}

// ofAnotherKind finds, for a press whose search of a marked name drifted (err: find carried
// on with nothing), the control of that very name of another kind: "select **Delete** box"
// where Delete is a button. A doc's word for what a control is, is loose; its name is what a
// reader goes by, and the run notes the difference. Never for a name in plain words, which
// any control's words could hold.
func (s *Scenario) ofAnotherKind(ctx context.Context, q locate.Query, err error) (*rod.Element, bool) {
	if !errors.As(err, new(*Mismatch)) || q.Name == "" || q.Icon != "" || q.Described || len(q.Roles) == 0 {
		return nil, false
	}
	alt := q
	alt.Roles = pressedKinds
	if r, ok := s.renamed[q.Name]; ok {
		alt.Name = r
	}
	el, found, ok := s.glanceFor(ctx, alt)
	if !ok {
		return nil, false
	}
	s.notes = append(s.notes, fmt.Sprintf("%q is a %s, not a %s", found.Label(), found.Role(), locate.RolePhrase(q.Roles)))
	return el, true
}
