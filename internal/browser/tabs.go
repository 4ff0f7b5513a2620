package browser

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/go-rod/rod"
	"github.com/go-rod/rod/lib/cdp"
	"github.com/go-rod/rod/lib/proto"
)

// A click that opens a new tab or window (a link with target=_blank, window.open) takes a
// reader there, and a tab that closes itself (a sign-in pop-up done) brings them back to the
// one that opened it. The session follows: its Page is always the tab the reader is on.

// tab is a tab the reader left for one it opened: what to come back to.
type tab struct {
	page     *rod.Page
	activity *activity
}

// Opened lists the tabs the current one has opened that are still open, to compare before and
// after a click (FollowOpened).
func (s *Session) Opened(ctx context.Context) ([]proto.TargetTargetID, error) {
	res, err := proto.TargetGetTargets{}.Call(s.incognito.Context(ctx))
	if err != nil {
		return nil, fmt.Errorf("list the tabs: %w", err)
	}
	var out []proto.TargetTargetID
	for _, t := range res.TargetInfos {
		if t.Type == proto.TargetTargetInfoTypePage && t.OpenerID == s.Page.TargetID && t.BrowserContextID == s.incognito.BrowserContextID {
			out = append(out, t.TargetID)
		}
	}
	return out, nil
}

// FollowOpened moves the session to a tab the current one opened that was not among before,
// and reports whether it did; ErrTabClosed when the tab closed before it could be reached.
func (s *Session) FollowOpened(ctx context.Context, before []proto.TargetTargetID) (bool, error) {
	now, err := s.Opened(ctx)
	if err != nil {
		return false, err
	}
	for _, id := range now {
		if slices.Contains(before, id) {
			continue
		}
		// Attaching to a tab that closes meanwhile (a pop-up that closes itself at once) may
		// never be answered: it is given up on when the tab goes, or the step's time ends, and
		// its calls are then ended too. rod holds one lock over every attach in the browser, so
		// a call left waiting on a tab that went would hold up every later tab, in every
		// session, until the run ended. Attached, the tab's calls live as long as it does.
		act := newActivity(proto.PageFrameID(id))
		s.watchClose(id, act)
		type attached struct {
			page *rod.Page
			wait func()
			err  error
		}
		res := make(chan attached, 1)
		attachCtx, giveUp := context.WithCancel(s.ctx)
		go func() {
			page, err := s.incognito.Context(attachCtx).PageFromTarget(id)
			if err != nil {
				res <- attached{err: err}
				return
			}
			wait, err := s.setUp(page, act)
			res <- attached{page: page, wait: wait, err: err}
		}()
		var a attached
		select {
		case a = <-res:
		case <-act.gone:
			giveUp()
			return false, ErrTabClosed // it came and went
		case <-ctx.Done():
			giveUp()
			return false, fmt.Errorf("go to the new tab: %w", ctx.Err())
		}
		if a.err != nil {
			giveUp()
		} else {
			context.AfterFunc(a.page.GetContext(), giveUp)
		}
		if goneWhileAttached(a.err) {
			return false, ErrTabClosed
		}
		if a.err != nil {
			return false, fmt.Errorf("go to the new tab: %w", a.err)
		}
		moves := s.Moves()
		s.tabs = append(s.tabs, tab{page: s.Page, activity: s.activity})
		s.Page, s.activity = a.page, act
		s.run(a.wait)
		s.movedOn(moves)
		return true, nil
	}
	return false, nil
}

// goneWhileAttached reports an attach that failed because the tab closed before the browser
// said it was gone: the browser no longer knows the tab (a CI run: "No target with given id
// found") or the session, or rod, seeing the tab go, cancelled the page's calls (setUp's run
// on the page's own context, never the step's).
func goneWhileAttached(err error) bool {
	return closedAlready(err) || tabGone(err) || errors.Is(err, context.Canceled)
}

// WhileOpen is ctx, ended early when the current tab closes: a call the tab was answering
// when it closed (a pop-up that closes itself once done) never hears back.
func (s *Session) WhileOpen(ctx context.Context) (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancelCause(ctx)
	gone, stop := s.activity.gone, make(chan struct{})
	go func() {
		select {
		case <-gone:
			cancel(ErrTabClosed)
		case <-stop:
		case <-ctx.Done():
		}
	}()
	return ctx, func() { close(stop); cancel(nil) }
}

// watchClose marks the tab id's activity closed when the browser says the tab is gone: a
// tab that closes itself may do so in the middle of a call to it, which then never returns.
func (s *Session) watchClose(id proto.TargetTargetID, a *activity) {
	wait := s.incognito.Context(s.ctx).EachEvent(func(e *proto.TargetTargetDestroyed) bool {
		if e.TargetID == id {
			a.markClosed()
		}
		return e.TargetID == id
	})
	done := make(chan struct{})
	s.loops = append(s.loops, done)
	go func() { defer close(done); wait() }()
}

// BackFromClosed moves the session back to the tab that opened the current one when the
// current one has closed (a pop-up that closes itself), and reports whether it did. cause is
// the error an action on the tab ended with, if any: one saying the tab is gone is enough.
func (s *Session) BackFromClosed(ctx context.Context, cause error) (bool, error) {
	if len(s.tabs) == 0 {
		return false, nil
	}
	if s.activity.now().closed || errors.Is(cause, ErrTabClosed) || tabGone(cause) {
		s.back()
		return true, s.Front(ctx)
	}
	res, err := proto.TargetGetTargets{}.Call(s.incognito.Context(ctx))
	if err != nil {
		return false, fmt.Errorf("list the tabs: %w", err)
	}
	for _, t := range res.TargetInfos {
		if t.TargetID == s.Page.TargetID {
			return false, nil
		}
	}
	s.back()
	return true, s.Front(ctx)
}

// CloseOpened closes the tabs the current one opened that were not among before, and waits
// until they are gone: a detour the reader came back from (an optional step's link to a
// reference) is not left open behind the run, which lends its session to scenario after
// scenario.
func (s *Session) CloseOpened(ctx context.Context, before []proto.TargetTargetID) error {
	now, err := s.Opened(ctx)
	if err != nil {
		return err
	}
	now = slices.DeleteFunc(now, func(id proto.TargetTargetID) bool { return slices.Contains(before, id) })
	if len(now) == 0 {
		return nil
	}
	closing := map[proto.TargetTargetID]bool{}
	// Subscribed now, before the first close, and read in gone(): a tab's end is told once.
	gone := s.incognito.Context(ctx).EachEvent(func(e *proto.TargetTargetDestroyed) bool {
		delete(closing, e.TargetID)
		return len(closing) == 0
	})
	for _, id := range now {
		closing[id] = true
		_, err := proto.TargetCloseTarget{TargetID: id}.Call(s.incognito.Context(ctx))
		if closedAlready(err) { // it closed itself meanwhile
			delete(closing, id)
		} else if err != nil {
			return fmt.Errorf("close a tab the page opened: %w", err)
		}
	}
	if len(closing) > 0 {
		gone()
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("close a tab the page opened: %w", err)
	}
	return nil
}

// Front brings the tab the reader is on to the front, as a reader's eyes are: Chromium holds
// the mouse's events to a tab behind another until their acknowledgement times out, 5 s a
// click (measured here: a click after a link opened a tab beside took 5.1 s, then 0.2 s).
func (s *Session) Front(ctx context.Context) error {
	if err := (proto.PageBringToFront{}).Call(s.Page.Context(ctx)); err != nil {
		return fmt.Errorf("bring the tab to the front: %w", err)
	}
	return nil
}

// openerGrace is how long the tab a pop-up came back to counts as just acted on: it acts on
// what the pop-up did (a message the pop-up posted before closing, a poll of its closed
// state), and nothing in the tab says so before it does.
const openerGrace = 250 * time.Millisecond

// back returns to the tab that opened the current one.
func (s *Session) back() {
	moves := s.Moves()
	prev := s.tabs[len(s.tabs)-1]
	s.tabs = s.tabs[:len(s.tabs)-1]
	s.Page, s.activity = prev.page, prev.activity
	s.movedOn(moves)
	s.activity.acted(time.Now().Add(openerGrace - Quiet))
}

// movedOn makes a change of tab one move past moves, whatever the new tab counted itself.
func (s *Session) movedOn(moves uint64) {
	m := s.activity.now()
	s.moveOffset = int64(moves) + 1 - int64(m.navs+m.urls)
}

// closeTabs closes the tabs the reader opened and returns to the first one, brought to the
// front (see Reset).
func (s *Session) closeTabs(ctx context.Context) error {
	if len(s.tabs) == 0 {
		return nil
	}
	for len(s.tabs) > 0 {
		_, err := proto.TargetCloseTarget{TargetID: s.Page.TargetID}.Call(s.incognito.Context(ctx))
		if err != nil && !s.activity.now().closed && !closedAlready(err) {
			return fmt.Errorf("close a tab the page opened: %w", err)
		}
		s.back()
	}
	return s.Front(ctx)
}

// closedAlready reports a tab closed before it was asked to close: "No target with given id".
func closedAlready(err error) bool {
	var e *cdp.Error
	return errors.As(err, &e) && e.Code == -32602
}
