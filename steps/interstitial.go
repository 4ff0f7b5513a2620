package steps

import (
	"context"
	"fmt"
	"slices"

	"github.com/docdrift/docdrift/internal/locate"
	"github.com/go-rod/rod/lib/input"
)

// Interstitials are what a product puts in a reader's way that no doc mentions: a welcome
// tour that opens after signing in, a cookie consent wall, a "what's new" dialog, a
// notification that stays over the page. A reader closes them and goes on; so does a step,
// when one is all that stands between it and its control — but a dialog only when it opened
// by itself. A dialog one of the procedure's own clicks opened, on the page it is still on,
// is the doc's business: a step that goes on behind it has drifted.

// maxPutAway bounds the interstitials one step closes: a tour's dialogs can follow one
// another, and a page that reopens its dialog as fast as it is closed must not hold a step.
const maxPutAway = 3

// clicked records how one of the procedure's clicks ended: on the page it started on, or on
// a route of the same document (a single-page app's "/metadata/edit" drawing its drawer),
// with the settles it waited through (those after from, up to the one it ended at) — a dialog
// first seen open at one of them is that click's answer — or in a new document, where what
// shows is the new page's own (a welcome tour).
func (s *Scenario) clicked(before uint64, from int64, sameDocument bool) {
	after := s.session.Moves()
	if before != after || s.clicksAt != after {
		s.clickSettles = s.clickSettles[:0]
	}
	s.clicksAt = after
	if before == after || sameDocument {
		s.clickSettles = append(s.clickSettles, settleSpan{after: from, upTo: s.session.Settles()})
	}
}

// settleSpan is the page's settles after one number, up to another.
type settleSpan struct{ after, upTo int64 }

// forgetClicks is for clicks that are docdrift's, not the procedure's: signing in.
func (s *Scenario) forgetClicks() { s.clickSettles = s.clickSettles[:0] }

// openedByAClick tells whether dialog o answered one of the procedure's clicks on the page
// the reader is still on: it was first seen open when such a click settled. One seen first
// later opened by itself (a tour on a timer); one there before, with the page.
func (s *Scenario) openedByAClick(o *locate.Overlay) bool {
	return s.session.Moves() == s.clicksAt && slices.ContainsFunc(s.clickSettles, func(sp settleSpan) bool {
		return sp.after < o.FirstSettled && o.FirstSettled <= sp.upTo
	})
}

// putAwayModal closes the modal dialog the last search was limited to, when it opened by
// itself; it reports whether the search is worth repeating.
func (s *Scenario) putAwayModal(ctx context.Context) bool {
	o, err := locate.SearchedModal(ctx, s.session.Page)
	return err == nil && s.putAway(ctx, o)
}

// putAwayCovering closes what covered the control the last click aimed at, when it opened by
// itself; it reports whether the control is worth aiming at again.
func (s *Scenario) putAwayCovering(ctx context.Context) bool {
	o, err := locate.Covering(ctx, s.session.Page)
	return err == nil && s.putAway(ctx, o)
}

// putAway closes o as a reader would — its close, decline or acknowledge control, else
// Escape for a dialog — and notes it on the step. It leaves alone a dialog one of the
// procedure's clicks opened (anything else over the page — a notification, a banner — is
// nothing a doc must mention), and what it cannot close.
func (s *Scenario) putAway(ctx context.Context, o *locate.Overlay) bool {
	if o == nil || o.Dialog && s.openedByAClick(o) || s.putAways >= maxPutAway || s.passingOver {
		return false
	}
	s.putAways++
	// Closing it is docdrift's click, not the procedure's.
	settles, at := slices.Clone(s.clickSettles), s.clicksAt
	defer func() { s.clickSettles, s.clicksAt = settles, at }()
	how := "with Escape"
	if c, ok := o.Dismissal(s.cfg.CloseLabels...); ok {
		el, err := o.Control(ctx, c)
		if err != nil || s.press(ctx, el) != nil {
			return false
		}
		how = fmt.Sprintf("with %q", c.Label())
	} else {
		if !o.Dialog || s.session.Press(ctx, input.Escape) != nil || s.settle(ctx) != nil {
			return false
		}
	}
	if shown, err := o.Shown(ctx); err != nil || shown {
		return false
	}
	why := "it opened by itself"
	if !o.Dialog {
		why = "it covered the page"
	}
	s.notes = append(s.notes, fmt.Sprintf("closed %s %s: %s and the doc does not mention it", o.Name, how, why))
	return true
}
