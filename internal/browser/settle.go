package browser

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/go-rod/rod"
	"github.com/go-rod/rod/lib/cdp"
)

//go:embed settle.js
var settleJS string

// trackerJS is the page's tracker, its form checks (forms.js) included.
var trackerJS = strings.Replace(settleJS, "FORMS_JS", formsJS, 1)

// trackerOpts are the tracker's settings, as a JavaScript object.
var trackerOpts = fmt.Sprintf("{requestWait: %d}", requestWait.Milliseconds())

// installJS runs the tracker in a new document before the document's own scripts.
var installJS = "(" + trackerJS + ")(" + trackerOpts + ");"

// waitJS asks the tracker to wait, or answers null in a document that predates it; waitingJS
// installs it there first. Both call the tracker as code, never through eval: a page's
// Content-Security-Policy may forbid eval, not DevTools' own evaluations. The tracker's source
// travels only when it must: sent and compiled with every wait, it cost each a few
// milliseconds.
var (
	waitJS    = `(args) => { const t = window[Symbol.for("docdrift.activity")]; return t ? t.wait(args) : null; }`
	waitingJS = `(args) => {
	const t = window[Symbol.for("docdrift.activity")] || (` + trackerJS + `)(` + trackerOpts + `);
	return t.wait(args);
}`
)

// Quiet is how long the DOM and the network must have been still for a page to count as
// settled. A page that still has work to do says so otherwise (a pending short timer or
// frame callback, a message to itself, an animation, a request in flight, aria-busy), and
// every one of those is waited for besides, so the window only covers the hop from one
// piece of work to the next: a response to its script, a task to the next.
const Quiet = 25 * time.Millisecond

// longestPageWait bounds one wait inside the page, so a wait the Go side gave up on does not
// linger there; the loop around it asks again.
const longestPageWait = 3 * time.Second

// ErrTabClosed says the tab a wait watched is gone: it closed itself (a pop-up done), or the
// browser closed it. BackFromClosed returns to the tab that opened it.
var ErrTabClosed = errors.New("the tab closed")

// Change is how a wait for the page ended.
type Change int

const (
	Changed Change = iota // the DOM changed: look again
	Settled               // nothing changed and nothing is pending: what is there is all there is
)

// Settle waits until the page has settled: no document loading, no request in flight, no
// pending short timer or running animation, nothing marked busy, and the DOM and the network
// quiet for Quiet. A navigation that starts meanwhile is waited for too. It ends early only
// with ctx.
func (s *Session) Settle(ctx context.Context) error {
	_, err := s.wait(ctx, -1)
	return err
}

// WaitChange waits until the DOM differs from what a look at the page saw (seen is the
// mutation count the look read, see Mutations), or the page has settled without changing:
// then nothing more will come, and a search can decide that what it wants is absent.
func (s *Session) WaitChange(ctx context.Context, seen int64) (Change, error) {
	return s.wait(ctx, seen)
}

// Mutations is the page's count of DOM changes so far, -1 when the page has no tracker yet.
func (s *Session) Mutations(ctx context.Context) int64 {
	res, err := s.Page.Context(ctx).Eval(`() => { const t = window[Symbol.for("docdrift.activity")]; return t ? t.mutations : -1 }`)
	if err != nil {
		return -1
	}
	return int64(res.Value.Int())
}

// Pending says what the page still has to do — load its document, answer a request, fire a
// timer it set, finish an animation, or what it says itself (aria-busy, "Loading…") — or ""
// when nothing is pending, though its DOM may still be changing. A slow machine shows up as
// pending work; a page that only keeps redrawing (a clock, a ticker) does not.
func (s *Session) Pending(ctx context.Context) string {
	if s.activity.now().busy {
		return "the document is loading or a request is in flight"
	}
	res, err := s.Page.Context(ctx).Eval(`() => { const t = window[Symbol.for("docdrift.activity")]; return t ? t.busy() : "" }`)
	if err != nil {
		return "the page did not answer"
	}
	return res.Value.Str()
}

// pageWait is what the page's tracker answered.
type pageWait struct {
	Why       string `json:"why"`
	Mutations int64  `json:"mutations"`
	Busy      string `json:"busy"`
	Settles   int64  `json:"settles"` // the page's settled answers so far, this one included
	Forms
}

func (s *Session) wait(ctx context.Context, seen int64) (Change, error) {
	for {
		if err := ctx.Err(); err != nil {
			return 0, err
		}
		m := s.activity.now()
		if m.closed {
			return 0, ErrTabClosed
		}
		if m.busy && seen < 0 {
			// Loading or fetching: nothing in the page can settle it before the browser says so.
			select {
			case <-m.changed:
				continue
			case <-ctx.Done():
				return 0, ctx.Err()
			}
		}
		atLeast := max(Quiet-time.Since(m.last), 0) // quiet after the network's last move too
		answer := make(chan pageAnswer, 1)
		pctx, cancel := context.WithCancel(ctx)
		go func() { answer <- s.askPage(pctx, seen, !m.busy, atLeast) }()
		var a pageAnswer
		select {
		case a = <-answer:
		case <-m.changed:
			// A request or a navigation moved: ask again with what it means now.
			cancel()
			a = <-answer
			if a.err == nil && a.res.Why == "changed" {
				return Changed, nil
			}
			continue
		case <-ctx.Done():
			cancel()
			<-answer
			return 0, ctx.Err()
		}
		cancel()
		switch {
		case a.err != nil && (s.activity.now().closed || tabGone(a.err)):
			return 0, ErrTabClosed
		case a.err != nil && s.activity.now().gen != m.gen, a.err != nil && navigatedAway(a.err):
			continue // the document went away under the question: a navigation
		case a.err != nil:
			return 0, fmt.Errorf("watch the page settle: %w", a.err)
		case a.res.Why == "changed":
			return Changed, nil
		case a.res.Why == "settled" && s.activity.now().gen == m.gen:
			s.settles.Store(a.res.Settles)
			s.forms.Store(&seenForms{Forms: a.res.Forms, tab: s.Page.TargetID, navs: m.navs})
			return Settled, nil
		}
	}
}

// Settles is the page's count of the times a wait found it settled, as of the last such
// wait: the number each dialog open then was first seen at (see settle.js). It starts again
// with every new document.
func (s *Session) Settles() int64 { return s.settles.Load() }

type pageAnswer struct {
	res pageWait
	err error
}

// askPage runs the tracker's wait in the page, installing the tracker first when the
// document predates it.
func (s *Session) askPage(ctx context.Context, seen int64, settle bool, atLeast time.Duration) pageAnswer {
	longest := longestPageWait
	if d, ok := ctx.Deadline(); ok {
		longest = min(longest, time.Until(d))
	}
	args := map[string]any{
		"seen": seen, "settle": settle, "quietMs": Quiet.Milliseconds(),
		"minMs": atLeast.Milliseconds(), "maxMs": max(longest.Milliseconds(), 1),
	}
	if s.Document().Method == http.MethodPost {
		args["answered"] = true // a form's answer is read for the refusal it shows (forms.js)
	}
	var w *pageWait
	for _, js := range []string{waitJS, waitingJS} {
		res, err := s.Page.Context(ctx).Evaluate(rod.Eval(js, args).ByPromise())
		if err != nil {
			return pageAnswer{err: err}
		}
		if err := res.Value.Unmarshal(&w); err != nil {
			return pageAnswer{err: fmt.Errorf("read the page's answer: %w", err)}
		}
		if w != nil {
			return pageAnswer{res: *w}
		}
	}
	return pageAnswer{err: errors.New("read the page's answer: the tracker did not answer")}
}

// tabGone reports an evaluation that failed because the tab's DevTools session is gone with
// the tab (the session's end may reach us after the failure).
func tabGone(err error) bool {
	var e *cdp.Error
	return errors.As(err, &e) && e.Code == -32001 // "Session with given id not found"
}

// navigatedAway reports an evaluation that failed because its document was replaced.
func navigatedAway(err error) bool {
	return errors.Is(err, cdp.ErrCtxDestroyed) || errors.Is(err, cdp.ErrCtxNotFound) ||
		strings.Contains(err.Error(), "navigated or closed")
}
