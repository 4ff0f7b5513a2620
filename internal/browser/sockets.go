package browser

import (
	"time"

	"github.com/go-rod/rod/lib/proto"
)

// An app that talks to its server over a WebSocket (Cockpit, Phoenix LiveView, a GraphQL
// subscription client) makes no request a click could be waited on by: the click sends a
// message, and the view changes when the answer arrives. A message the page sends soon after an
// action (or a new document) is therefore in flight until the socket brings a message back, for
// at most answerWait. Messages the server pushes unasked (a metrics stream, a ticker), and what
// a page says to its server long after anything happened (a poll, a heartbeat), are not waited
// for: a chatty page would never settle.

// answerWait bounds how long a message sent over a WebSocket counts as awaiting its answer: a
// message that gets none (a heartbeat, a fire-and-forget event) holds a wait no longer.
const answerWait = time.Second

// socketHandlers are the activity's WebSocket event callbacks.
func (a *activity) socketHandlers() []any {
	return []any{
		func(e *proto.NetworkWebSocketFrameSent) { a.asked(e.RequestID) },
		func(e *proto.NetworkWebSocketFrameReceived) { a.answered(e.RequestID, true) },
		func(e *proto.NetworkWebSocketClosed) { a.answered(e.RequestID, false) },
	}
}

// asked records a message the page sent on socket id: the page may act on its answer.
func (a *activity) asked(id proto.NetworkRequestID) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if time.Since(a.lastAct) > answerWait {
		return // not what the reader did
	}
	a.await(id, answerWait)
	a.bump()
}

// followUp is how long a socket that answered is still awaited, from each message it brings:
// an answer may come in several (Cockpit's channels: "ready", the data, "close"), and a
// page drawn in a frame hears it from its shell a hop later (a message the shell posts it,
// which nothing on the page can see on its way). Never past answerWait from the action.
const followUp = 75 * time.Millisecond

// answered records a message that arrived on socket id (reply) or its closing: an answer the
// page's scripts may render from a moment later, when the page was awaiting one.
func (a *activity) answered(id proto.NetworkRequestID, reply bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if _, ok := a.asks[id]; !ok {
		return // pushed unasked
	}
	delete(a.asks, id)
	if reply {
		a.last = time.Now()
		if left := answerWait - time.Since(a.lastAct); left > 0 {
			a.await(id, min(followUp, left))
		}
	}
	a.bump()
}

// await has socket id awaited for d at most, or until its next message; a.mu is held.
func (a *activity) await(id proto.NetworkRequestID, d time.Duration) {
	a.askN++
	n := a.askN
	a.asks[id] = n
	time.AfterFunc(d, func() {
		a.mu.Lock()
		defer a.mu.Unlock()
		if a.asks[id] == n { // no answer, and no later message on the socket
			delete(a.asks, id)
			a.bump()
		}
	})
}
