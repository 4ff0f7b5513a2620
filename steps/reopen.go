package steps

import (
	"context"
	"fmt"

	"github.com/docdrift/docdrift/internal/locate"
	"github.com/docdrift/docdrift/internal/understand"
	"github.com/go-rod/rod"
	"github.com/go-rod/rod/lib/input"
)

// pressedAt is a control the procedure pressed, and the page it was on after the press.
type pressedAt struct {
	el    *rod.Element
	url   string
	index int // the step that pressed it
}

// remembered is how many presses a scenario keeps for reopen: the panel a step opened is
// a few presses back at most (its dropdown, an option).
const remembered = 4

// remember notes a press of el, for reopen.
func (s *Scenario) remember(el *rod.Element) {
	if len(s.pressed) == remembered {
		s.pressed = append(s.pressed[:0], s.pressed[1:]...)
	}
	s.pressed = append(s.pressed, pressedAt{el: el, url: s.session.Document().URL, index: s.index})
}

// reopen presses again a control an earlier step pressed on this same page when what q finds
// is not shown: a panel or popover that step opened has closed since (n8n's filter panel
// closes once an option is chosen in it), and a reader opens it again. It presses the latest
// such control still shown, once per step, and reports whether q shows then; when it does
// not, Escape closes what the press opened.
func (s *Scenario) reopen(ctx context.Context, q locate.Query) bool {
	if s.triedReopen {
		return false
	}
	s.triedReopen = true
	url := s.session.Document().URL
	for i := len(s.pressed) - 1; i >= 0; i-- {
		p := s.pressed[i]
		if p.index >= s.index || p.url != url {
			continue
		}
		if shown, err := p.el.Context(ctx).Visible(); err != nil || !shown || !opensOnly(ctx, p.el) {
			continue // gone with what it was in, hidden, or a control that does something
		}
		if s.press(ctx, p.el) != nil {
			return false
		}
		if _, _, ok := s.glanceFor(ctx, q); ok {
			s.notes = append(s.notes, fmt.Sprintf("%q is in what an earlier step opened, which had closed since: opened it again", q.Name))
			return true
		}
		if s.session.Press(ctx, input.Escape) == nil {
			_ = s.waitSettled(ctx)
		}
		return false
	}
	return false
}

// opensOnly reports a control whose second press only opens something again: not one that
// submits a form, nor one whose label makes or removes something ("Add user", "Delete").
func opensOnly(ctx context.Context, el *rod.Element) bool {
	r, err := el.Context(ctx).Eval(`function () {
		return { submits: !!this.form && this.type === "submit",
			label: (this.getAttribute("aria-label") || this.textContent || "").replace(/\s+/g, " ").trim() }
	}`)
	if err != nil {
		return false
	}
	label := r.Value.Get("label").Str()
	return !r.Value.Get("submits").Bool() && !understand.HeadingMakes(label) && !understand.HeadingRemoves(label)
}

// shownOrReopened reports whether the page shows what q finds, at a glance or once reopen
// opened again what an earlier step opened.
func (s *Scenario) shownOrReopened(ctx context.Context, q locate.Query) bool {
	if _, _, ok := s.glanceFor(ctx, q); ok {
		return true
	}
	return s.reopen(ctx, q)
}
