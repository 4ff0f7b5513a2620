package browser

import (
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/go-rod/rod/lib/proto"
)

// activity follows, from the browser's side, what a page does that its scripts cannot see
// whole: the main frame loading a new document, every request in flight (fetches, lazy
// script chunks, images), and messages sent over a WebSocket awaiting an answer (sockets.go). The session's event loop feeds it; waits watch its changed channel.
type activity struct {
	mu       sync.Mutex
	frame    proto.PageFrameID
	loading  bool                            // the main frame is loading a document
	inflight map[proto.NetworkRequestID]bool // true: scripts may act on its answer
	// timers run out each request's time in flight; overdue are those whose time ran out,
	// still in flight but no longer waited for (overdue.go).
	timers  map[proto.NetworkRequestID]*time.Timer
	overdue map[proto.NetworkRequestID]bool
	last    time.Time     // the last action, or answer a script may act on
	gen     uint64        // bumped on every event that counts
	changed chan struct{} // closed and replaced on every event that counts
	navs    uint64        // new documents committed in the main frame
	urls    uint64        // same-document URL changes (history.pushState, hash links)
	doc     Document
	docReq  proto.NetworkRequestID
	// frameDocs is the document request each frame, the main one included, loads or shows.
	frameDocs map[proto.PageFrameID]proto.NetworkRequestID
	origins   map[string]bool                        // of every document the page loaded, frames included: where it may have stored data
	parts     map[proto.NetworkRequestID]part        // the current document's own style sheets and scripts
	failing   map[proto.NetworkRequestID]int         // server errors whose raw answer came before their request's event
	asks      map[proto.NetworkRequestID]uint64      // WebSockets awaiting an answer, by the ask's number (sockets.go)
	changing  map[proto.NetworkRequestID]sentRequest // requests to change something, awaiting an answer (refused.go)
	refused   []Refusal
	sent      int // requests to change something sent so far (refused.go)
	askN      uint64
	lastAct   time.Time     // the last action on the page, or new document in it
	closed    bool          // the tab is gone: it closed itself, or was closed
	gone      chan struct{} // closed with it
}

// Document is what the browser saw of the main frame's current document arriving.
type Document struct {
	URL    string
	Status int    // HTTP status; 0 before any document or for one not fetched (about:blank)
	Method string // the request's: "POST" for a form sent, "GET" for a page asked for
	// Sent are the names of the fields a POST sent (never their values); nil when unknown.
	Sent   []string
	Failed string // the network error that cut its loading short ("net::ERR_EMPTY_RESPONSE")
	// Broken is a style sheet or script of its own that did not arrive, as a reader would say
	// it ("its style sheet http://…/app.css answered HTTP 500"): the page shows, but not as
	// built — unstyled, or without the code that renders and drives it.
	Broken string
}

// mark is a moment of the activity: what a wait compares against.
type mark struct {
	gen        uint64
	busy       bool // a document is loading or a request is in flight
	last       time.Time
	changed    <-chan struct{}
	navs, urls uint64
	closed     bool
}

func newActivity(frame proto.PageFrameID) *activity {
	return &activity{frame: frame, inflight: map[proto.NetworkRequestID]bool{}, changed: make(chan struct{}), last: time.Now(),
		origins: map[string]bool{}, parts: map[proto.NetworkRequestID]part{}, failing: map[proto.NetworkRequestID]int{},
		frameDocs: map[proto.PageFrameID]proto.NetworkRequestID{}, asks: map[proto.NetworkRequestID]uint64{}, gone: make(chan struct{}),
		changing: map[proto.NetworkRequestID]sentRequest{}, timers: map[proto.NetworkRequestID]*time.Timer{}, overdue: map[proto.NetworkRequestID]bool{}}
}

func (a *activity) now() mark {
	a.mu.Lock()
	defer a.mu.Unlock()
	return mark{gen: a.gen, busy: a.loading || a.waiting() > 0 || len(a.asks) > 0, last: a.last, changed: a.changed, navs: a.navs, urls: a.urls, closed: a.closed}
}

func (a *activity) document() Document {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.doc
}

// markClosed records that the tab is gone.
func (a *activity) markClosed() {
	a.mu.Lock()
	defer a.mu.Unlock()
	if !a.closed {
		a.closed = true
		close(a.gone)
		a.bump()
	}
}

// bump records that something counted happened; call with mu held.
func (a *activity) bump() {
	a.gen++
	close(a.changed)
	a.changed = make(chan struct{})
}

// reactive are the requests whose answers a page's scripts act on, and so may render from
// a moment after they arrive. The others only count while in flight: documents (their
// scripts have run by the load event the tracker waits for), images, style sheets, fonts,
// the favicon.
var reactive = map[proto.NetworkResourceType]bool{
	proto.NetworkResourceTypeXHR: true, proto.NetworkResourceTypeFetch: true, proto.NetworkResourceTypeScript: true,
}

// handlers are the session's event callbacks that feed the activity.
func (a *activity) handlers() []any {
	return append(a.socketHandlers(),
		func(e *proto.InspectorDetached) { a.markClosed() },
		func(e *proto.PageFrameStartedLoading) { a.frameLoading(e.FrameID, true) },
		func(e *proto.PageFrameStoppedLoading) { a.frameLoading(e.FrameID, false) },
		func(e *proto.PageFrameDetached) { a.frameGone(e.FrameID) },
		func(e *proto.PageFrameNavigated) {
			if e.Frame.ID != a.frame {
				return
			}
			a.mu.Lock()
			defer a.mu.Unlock()
			a.navs++               // a new document: same-document routes start and stop "loading" too
			a.lastAct = time.Now() // its scripts ask their server for what to show
			a.bump()
		},
		func(e *proto.PageNavigatedWithinDocument) {
			if e.FrameID != a.frame {
				return
			}
			a.mu.Lock()
			defer a.mu.Unlock()
			a.urls++
			a.doc.URL = e.URL
			a.last = time.Now() // the route's view may render a moment later
			a.bump()
		},
		func(e *proto.NetworkRequestWillBeSent) {
			// Event streams stay open by design; waiting for them would never end.
			if e.Type == proto.NetworkResourceTypeEventSource || e.Type == proto.NetworkResourceTypeWebSocket {
				return
			}
			// A worker's own script is fetched by the worker: Chromium reports it to the page
			// with no loader and its end only to the worker, so it would hold every wait for
			// requestWait (n8n's editor starts one on each page).
			if e.Type == proto.NetworkResourceTypeScript && e.LoaderID == "" {
				return
			}
			a.mu.Lock()
			defer a.mu.Unlock()
			a.inflight[e.RequestID] = reactive[e.Type] // a redirect keeps its id: counted once
			a.bound(e.RequestID, e.Type)
			if e.Type == proto.NetworkResourceTypeDocument {
				if o := originOf(e.Request.URL); o != "" {
					a.origins[o] = true
				}
				a.frameLoads(e.FrameID, e.RequestID)
			}
			a.noteRequest(e) // before a new document replaces the page that sent it
			if e.Type == proto.NetworkResourceTypeDocument && e.FrameID == a.frame {
				a.docReq = e.RequestID
				a.doc = Document{URL: e.Request.URL, Method: strings.ToUpper(e.Request.Method)}
				if a.doc.Method == "POST" {
					a.doc.Sent = sentFields(e.Request)
				}
				clear(a.parts)
				clear(a.failing)
			}
			if p, ok := partOf(e, a.frame, a.doc.URL); ok {
				a.parts[e.RequestID] = p
				if status := a.failing[e.RequestID]; status != 0 {
					a.doc.Broken = p.answered(status)
				}
			}
			a.bump()
		},
		func(e *proto.NetworkResponseReceived) {
			a.mu.Lock()
			defer a.mu.Unlock()
			if p, ok := a.parts[e.RequestID]; ok && e.Response.Status >= 500 {
				a.doc.Broken = p.answered(e.Response.Status)
			}
			a.noteAnswer(e)
			if e.Type == proto.NetworkResourceTypeDocument && e.FrameID == a.frame && e.RequestID == a.docReq {
				a.doc.URL, a.doc.Status = e.Response.URL, e.Response.Status
			}
		},
		// Chromium reports no responseReceived for a style sheet it refuses (an error page
		// served as text/plain or text/html); the raw answer's status still arrives here,
		// often before the request's own event.
		func(e *proto.NetworkResponseReceivedExtraInfo) {
			if e.StatusCode < 500 {
				return
			}
			a.mu.Lock()
			defer a.mu.Unlock()
			if p, ok := a.parts[e.RequestID]; ok {
				a.doc.Broken = p.answered(e.StatusCode)
			} else {
				a.failing[e.RequestID] = e.StatusCode
			}
		},
		func(e *proto.NetworkLoadingFinished) { a.requestDone(e.RequestID, "") },
		func(e *proto.NetworkLoadingFailed) {
			why := e.ErrorText
			if e.Canceled {
				why = "" // superseded by another navigation, or stopped by the page: not a failure
			}
			a.requestDone(e.RequestID, why)
		},
		func(e *proto.NetworkRequestServedFromCache) { a.requestDone(e.RequestID, "") },
	)
}

// frameLoads records that a frame loads a new document. The one it was still receiving gets
// no more events — never for the main frame, not always for a frame inside (seen under load)
// — so counted, it would keep every later page from settling. Call with mu held.
func (a *activity) frameLoads(frame proto.PageFrameID, doc proto.NetworkRequestID) {
	if old, ok := a.frameDocs[frame]; ok && old != doc {
		delete(a.inflight, old)
	}
	a.frameDocs[frame] = doc
}

// frameGone drops a frame removed from the page, with the document it was receiving.
func (a *activity) frameGone(frame proto.PageFrameID) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if doc, ok := a.frameDocs[frame]; ok {
		delete(a.inflight, doc)
		delete(a.frameDocs, frame)
		a.bump()
	}
}

func (a *activity) frameLoading(frame proto.PageFrameID, loading bool) {
	if frame != a.frame {
		return
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	a.loading = loading
	a.bump()
}

func (a *activity) requestDone(id proto.NetworkRequestID, failed string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	acts, ok := a.inflight[id]
	if !ok {
		return
	}
	delete(a.inflight, id)
	a.unbound(id)
	delete(a.changing, id) // answered without a response event (a network error): nothing refused
	if acts {
		a.last = time.Now()
	}
	if id == a.docReq && failed != "" {
		a.doc.Failed = failed
	}
	if p, ok := a.parts[id]; ok && failed != "" {
		a.doc.Broken = p.failed(failed)
	}
	a.bump()
}

// forget drops what the activity knew of the documents before about:blank, as a fresh page
// knows nothing: their requests were cancelled with them, and an answer that still arrives
// for one is ignored. It returns the origins those documents came from.
func (a *activity) forget() (origins []string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	clear(a.inflight)
	a.unboundAll()
	clear(a.parts)
	clear(a.failing)
	clear(a.frameDocs)
	clear(a.asks)
	clear(a.changing)
	a.doc, a.docReq = Document{}, ""
	for o := range a.origins {
		origins = append(origins, o)
	}
	clear(a.origins)
	a.bump()
	return origins
}

// originOf is the scheme and host of an http(s) URL, "" for any other (about:blank, data:).
func originOf(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.Scheme + "://" + u.Host
}

// acted records an action on the page (a click, typing) as activity at t: what it causes
// may take a moment to show.
func (a *activity) acted(t time.Time) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.last, a.lastAct = t, t
}

// Loading reports whether the page's main frame is loading a document.
func (s *Session) Loading() bool {
	s.activity.mu.Lock()
	defer s.activity.mu.Unlock()
	return s.activity.loading
}

// Loaded names the document the session is on: its tab and how many documents that tab has
// loaded. Two moves (see Moves) with one Loaded between them changed a single-page app's
// route, not the document.
func (s *Session) Loaded() (proto.TargetTargetID, uint64) {
	return s.Page.TargetID, s.activity.now().navs
}

// Moves counts the page's navigations so far, new documents and same-document URL changes
// alike: a step compares two counts to tell whether the page went somewhere.
func (s *Session) Moves() uint64 {
	m := s.activity.now()
	return uint64(s.moveOffset + int64(m.navs+m.urls))
}
