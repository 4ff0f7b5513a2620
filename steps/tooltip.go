package steps

import (
	"cmp"
	"context"
	_ "embed"
	"fmt"
	"strings"

	"github.com/docdrift/docdrift/internal/locate"
	"github.com/go-rod/rod"
	"github.com/go-rod/rod/lib/proto"
)

// maxTooltips bounds how many controls with no name a step points at to read their
// tooltips: a toolbar's worth, so that a drifted label on a page of many icons costs a few
// seconds at most.
const maxTooltips = 16

//go:embed tooltip.js
var tooltipJS string

// namedByTooltip looks, once per step and name, for q among the controls that have no name at
// all, only a picture, by pointing at each as a reader does and reading the tooltip it shows:
// admin UIs built on Ant Design or Element Plus name their icon buttons so and no other way.
// A tooltip is a box with the tooltip role, the description the control points to, or text
// drawn beside it from an attribute (a CSS-only tooltip). Only a tooltip reading the doc's
// label, in any case and spacing, is taken; only controls to press are looked for so.
func (s *Scenario) namedByTooltip(ctx context.Context, q locate.Query) (*rod.Element, bool) {
	label := cmp.Or(q.Name, q.IconWord)
	if label == "" || !pressable(q.Roles) || q.Row != "" || q.Within != nil || s.triedTooltips == label {
		return nil, false
	}
	s.triedTooltips = label
	page := s.session.Page.Context(ctx)
	controls, err := page.ElementsByJS(rod.Eval(tooltipJS, "controls", maxTooltips))
	if err != nil || len(controls) == 0 {
		return nil, false
	}
	want := strings.Join(strings.Fields(label), " ")
	for _, el := range controls {
		tip, ok := s.tooltipOf(ctx, el)
		if !ok {
			continue
		}
		if strings.EqualFold(tip, want) || q.Described && locate.Describes(tip, label) {
			s.notes = append(s.notes, fmt.Sprintf("%q is a control with no name but its tooltip (%q): pointed at it and pressed it as a reader would; assistive technology finds no name", label, tip))
			return el.Context(ctx), true
		}
	}
	// A tooltip left open could cover what the next look wants.
	_ = page.Mouse.MoveTo(proto.Point{X: 0, Y: 0})
	return nil, false
}

// tooltipOf points at el and reads the tooltip it shows once the page has settled, with its
// spaces collapsed; false when it shows none.
func (s *Scenario) tooltipOf(ctx context.Context, el *rod.Element) (string, bool) {
	gctx, stop := context.WithTimeout(ctx, glance)
	defer stop()
	if err := el.Context(gctx).Hover(); err != nil {
		return "", false
	}
	_ = s.waitSettled(gctx)
	res, err := el.Context(ctx).Eval(tooltipJS, "tip", 0)
	if err != nil {
		return "", false
	}
	tip := strings.Join(strings.Fields(res.Value.Str()), " ")
	return tip, tip != ""
}
