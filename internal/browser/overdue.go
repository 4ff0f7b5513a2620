package browser

import (
	"time"

	"github.com/go-rod/rod/lib/proto"
)

// requestWait bounds how long one request counts as in flight for a wait: one the server holds
// open (a long poll, Zammad's or Gerrit's) or never answers (seen on Strapi: a script chunk
// left "in flight" for the rest of its page) holds a page unsettled no longer, as a message
// over a WebSocket does after answerWait. A reader waits a while for a slow page, not for
// ever. Documents are not bounded: a page still loading is waited for to the step's end.
const requestWait = 10 * time.Second

// bound starts the request's time in flight; a redirect, which keeps its id, goes on with
// the time it had. Call with mu held.
func (a *activity) bound(id proto.NetworkRequestID, kind proto.NetworkResourceType) {
	if kind == proto.NetworkResourceTypeDocument {
		return
	}
	if _, ok := a.timers[id]; ok {
		return
	}
	var t *time.Timer
	t = time.AfterFunc(requestWait, func() {
		a.mu.Lock()
		defer a.mu.Unlock()
		if a.timers[id] != t {
			return // answered meanwhile, or the page forgotten
		}
		delete(a.timers, id)
		a.overdue[id] = true
		a.bump()
	})
	a.timers[id] = t
}

// unbound forgets a request's time in flight: it ended. Call with mu held.
func (a *activity) unbound(id proto.NetworkRequestID) {
	if t, ok := a.timers[id]; ok {
		t.Stop()
		delete(a.timers, id)
	}
	delete(a.overdue, id)
}

// unboundAll forgets every request's time in flight. Call with mu held.
func (a *activity) unboundAll() {
	for _, t := range a.timers {
		t.Stop()
	}
	clear(a.timers)
	clear(a.overdue)
}

// waiting is how many requests in flight a wait still waits for. Call with mu held.
func (a *activity) waiting() int { return len(a.inflight) - len(a.overdue) }
