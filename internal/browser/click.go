package browser

import (
	"context"
	"fmt"
	"time"

	"github.com/docdrift/docdrift/internal/flattree"
	"github.com/go-rod/rod"
	"github.com/go-rod/rod/lib/proto"
)

// Blocked says why a reader could not click an element where it is.
type Blocked struct {
	Why string // "disabled", "covered", "out of reach", "redrawn" (no longer in the page)
	By  string // what covers it: `the dialog "Confirm"`, `a div`; "" when not covered
}

func (b *Blocked) Error() string {
	if b.By != "" {
		return fmt.Sprintf("%s by %s", b.Why, b.By)
	}
	return b.Why
}

// aimJS scrolls the element to the middle of the window (a fixed header or footer bar can
// cover one scrolled just into view) and finds a point of it that a click would reach: the
// middle, else points near its edges, since a toast or a badge may cover part of it. The
// element may be drawn in a web component or a same-origin frame: points are the top
// viewport's, where the mouse is.
var aimJS = flattree.With(`function () {
	if (!this.isConnected) return { why: "redrawn" };
	this.scrollIntoView({ block: "center", inline: "center" });
	if (this.disabled || this.getAttribute("aria-disabled") === "true") return { why: "disabled" };
	if (getComputedStyle(this).pointerEvents === "none") return { why: "out of reach" };
	const { closestUp, rects, hitAt, reaches, dialogName } = FLAT_TREE;
	let blocker = null;
	for (const r of rects(this)) {
		if (r.width < 1 || r.height < 1) continue;
		const dx = Math.min(4, r.width / 4), dy = Math.min(4, r.height / 4);
		const points = [[r.left + r.width / 2, r.top + r.height / 2], [r.left + dx, r.top + dy],
			[r.right - dx, r.top + dy], [r.left + dx, r.bottom - dy], [r.right - dx, r.bottom - dy]];
		for (const [x, y] of points) {
			if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
			const hit = hitAt(x, y);
			if (hit && reaches(hit, this)) return { x, y };
			blocker = blocker || hit;
		}
	}
	if (!blocker) return { why: "out of reach" };
	window[Symbol.for("docdrift.blocker")] = blocker; // for locate.Covering, which names what to close
	const box = closestUp(blocker, "dialog, [role=dialog], [role=alertdialog], [aria-modal=true]");
	if (box) {
		const name = dialogName(box);
		return { why: "covered", by: name ? "the dialog " + JSON.stringify(name) : "a dialog" };
	}
	const role = blocker.getAttribute("role");
	return { why: "covered", by: role ? "a " + role : "a " + blocker.localName };
}`)

// Aim finds the point where a click reaches el, scrolling it into view; a *Blocked when the
// element is disabled, covered, out of reach or no longer in the page (a single-page app
// drew it anew since it was found).
func (s *Session) Aim(ctx context.Context, el *rod.Element) (proto.Point, error) {
	res, err := el.Context(ctx).Eval(aimJS)
	if err != nil {
		return proto.Point{}, fmt.Errorf("find where to click: %w", err)
	}
	var aim struct {
		X, Y    float64
		Why, By string
	}
	if err := res.Value.Unmarshal(&aim); err != nil {
		return proto.Point{}, fmt.Errorf("find where to click: %w", err)
	}
	if aim.Why != "" {
		return proto.Point{}, &Blocked{Why: aim.Why, By: aim.By}
	}
	return proto.Point{X: aim.X, Y: aim.Y}, nil
}

// Click presses and releases the left mouse button at pt, as a reader's click, and counts it
// as activity: a page that has been still since is settled only a Quiet window after it,
// long enough for a navigation the click starts to announce itself. A click that opens a
// browser dialog returns once the session has answered it.
func (s *Session) Click(ctx context.Context, pt proto.Point) error {
	// A click that closes its tab (a pop-up's last button) may never hear back from the tab.
	ctx, stop := s.WhileOpen(ctx)
	defer stop()
	page := s.Page.Context(ctx)
	for _, e := range []proto.InputDispatchMouseEvent{
		{Type: proto.InputDispatchMouseEventTypeMouseMoved, X: pt.X, Y: pt.Y},
		{Type: proto.InputDispatchMouseEventTypeMousePressed, X: pt.X, Y: pt.Y, Button: proto.InputMouseButtonLeft, Buttons: ptr(1), ClickCount: 1},
		{Type: proto.InputDispatchMouseEventTypeMouseReleased, X: pt.X, Y: pt.Y, Button: proto.InputMouseButtonLeft, ClickCount: 1},
	} {
		if err := e.Call(page); err != nil {
			if s.activity.now().closed {
				return ErrTabClosed
			}
			return err
		}
	}
	s.activity.acted(time.Now())
	return nil
}

func ptr(n int) *int { return &n }
