package steps

import (
	"cmp"
	"context"
	_ "embed"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/docdrift/docdrift/internal/browser"
	"github.com/docdrift/docdrift/internal/locate"
	"github.com/go-rod/rod"
)

// maxTooltips bounds how many controls with no name a step points at to read their
// tooltips: a toolbar's worth, so that a drifted label on a page of many icons costs a few
// seconds at most.
const maxTooltips = 16

// tooltipWait bounds the wait for one control's tooltip: libraries show one after a delay of
// up to about a second (n8n's canvas buttons: more than a glance), and the page is waited for
// only while it has that work pending.
const tooltipWait = 1500 * time.Millisecond

//go:embed tooltip.js
var tooltipJS string

// namedByTooltip looks for q, a control to press whose search drifted with nothing near
// (drift) and that no control of another kind answered either, among the controls with no name
// at all, only a picture: it points at each as a reader does and reads the tooltip it shows,
// once per step and label. Admin UIs built on Ant Design or Element Plus name their icon
// buttons so and no other way. A tooltip is a box with the tooltip role, the description the
// control points to, or text drawn beside it from an attribute (a CSS-only tooltip). Only a
// tooltip reading the doc's label, in any case and spacing, is taken — or, for a writer's
// unmarked words, the one tooltip holding them all; never for an item's name.
func (s *Scenario) namedByTooltip(ctx context.Context, q locate.Query, drift error) (*rod.Element, bool) {
	var nf *locate.NotFoundError
	if !errors.As(drift, &nf) || nf.Modal != "" {
		return nil, false
	}
	if _, near := locate.Confident(nf.Candidates); near {
		return nil, false // a reader takes the near label, or the run was told to stop at it
	}
	label := cmp.Or(q.Name, q.IconWord)
	if label == "" || !pressable(q.Roles) || q.Row != "" || q.Within != nil || s.triedTooltips == label ||
		itemName(label, s.subject, s.madeName) {
		// (An item's name, "In your workflow", is no icon's: its card is looked for otherwise.)
		return nil, false
	}
	s.triedTooltips = label
	named := locate.Query{Name: label, Roles: []locate.Role{locate.Checkbox, locate.Radio, locate.Textbox,
		locate.Combobox, locate.Option, locate.Heading, locate.Group}}
	if _, _, ok := s.glanceFor(ctx, named); ok && q.Name != "" {
		// The page names it, as a field, a list or a title: the step's own ways to reach such
		// a control ("select **Tags**": the Tags list opened) are a reader's, not a tooltip.
		return nil, false
	}
	step := ctx // what the control found is bound to
	if deadline, ok := ctx.Deadline(); ok {
		// A quarter of what is left stays for pressing the control, or for saying it drifted.
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, time.Until(deadline)*3/4)
		defer cancel()
	}
	page := s.session.Page.Context(ctx)
	list := func() rod.Elements {
		controls, err := page.ElementsByJS(rod.Eval(tooltipJS, "controls", maxTooltips, label))
		if err != nil {
			return nil
		}
		return controls
	}
	controls := list()
	want := strings.Join(strings.Fields(label), " ")
	var holding []*rod.Element // for words, the controls whose tooltip holds every one of them
	var held string
	relisted := -1
	for i := 0; i < len(controls); i++ {
		el := controls[i]
		tip, err := s.tooltipOf(ctx, el)
		switch {
		case err != nil && relisted < i && ctx.Err() == nil:
			// Pointing at a control can make the page draw its toolbar anew (n8n's canvas
			// buttons): the controls not yet pointed at are listed again, in the same order.
			controls, relisted = list(), i
			i--
		case err != nil || tip == "":
		case strings.EqualFold(tip, want) || q.Described && locate.Describes(tip, label):
			return s.pointedAt(step, el, label, tip), true
		case q.Described && holdsWords(tip, label):
			holding, held = append(holding, el), tip
		}
	}
	if len(holding) == 1 {
		// "Open the nodes panel": one tooltip, "Open nodes panel", holds the doc's words.
		return s.pointedAt(step, holding[0], label, held), true
	}
	return nil, false
}

// pointedAt notes that label was found as el by its tooltip, tip, and returns el bound to ctx.
func (s *Scenario) pointedAt(ctx context.Context, el *rod.Element, label, tip string) *rod.Element {
	s.notes = append(s.notes, fmt.Sprintf("%q is a control with no name but its tooltip (%q): pointed at it and pressed it as a reader would; assistive technology finds no name", label, tip))
	return el.Context(ctx)
}

// holdsWords reports a tooltip holding every word of a writer's words, in any case.
func holdsWords(tip, words string) bool {
	have := strings.Fields(strings.ToLower(tip))
	for _, w := range strings.Fields(strings.ToLower(words)) {
		if !slices.Contains(have, w) {
			return false
		}
	}
	return words != ""
}

// tooltipOf points at el and reads the tooltip it shows, with its spaces collapsed, as soon as
// one is drawn (its fade-in is not waited for); "" when the page settles showing none or el
// cannot be pointed at in time (another element covers it), an error when el is no longer on
// the page. What an earlier step read of el is not read again.
func (s *Scenario) tooltipOf(ctx context.Context, el *rod.Element) (string, error) {
	wait, stop := context.WithTimeout(ctx, tooltipWait)
	defer stop()
	tip, err := s.readTooltip(wait, el)
	if err != nil && wait.Err() != nil && ctx.Err() == nil {
		return "", nil // not a control drawn anew, to list again and point at once more
	}
	return tip, err
}

// readTooltip is tooltipOf within its wait, ctx.
func (s *Scenario) readTooltip(ctx context.Context, el *rod.Element) (string, error) {
	if known, err := el.Context(ctx).Eval(tooltipJS, "known", 0); err != nil {
		return "", err
	} else if !known.Value.Nil() {
		return strings.Join(strings.Fields(known.Value.Str()), " "), nil
	}
	seen := s.session.Mutations(ctx)
	if _, err := s.session.Page.Context(ctx).Eval(tooltipJS, "mark", 0); err != nil {
		return "", err
	}
	if err := el.Context(ctx).Hover(); err != nil {
		return "", err
	}
	for {
		res, err := el.Context(ctx).Eval(tooltipJS, "tip", 0)
		if err != nil {
			return "", err
		}
		if tip := strings.Join(strings.Fields(res.Value.Str()), " "); tip != "" {
			return tip, nil
		}
		// The tooltip's show delay is a timer the page is waited for.
		if c, err := s.session.WaitChange(ctx, seen); err != nil || c == browser.Settled {
			if err == nil {
				_, _ = el.Context(ctx).Eval(tooltipJS, "none", 0)
			}
			return "", nil
		}
		seen = s.session.Mutations(ctx)
	}
}
