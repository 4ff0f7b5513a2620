package browser

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/go-rod/rod/lib/proto"
)

// Refusal is the product turning down what the page asked of it: a request the page's scripts
// sent to change something (not a GET), answered with an HTTP error. A form saved by fetch
// whose answer is 400 has not been saved, however calm the page looks afterwards.
type Refusal struct {
	Request string // method and path, no query: "POST /i18n/locales"
	Status  int
	// On is the page's address when the request was sent: one sent after a step's action
	// took the reader to another page is that page's own, as it opened.
	On string
}

func (r Refusal) String() string { return fmt.Sprintf("%s answered HTTP %d", r.Request, r.Status) }

// noteRequest remembers a request the page sends to change something on the document's own
// origin — by its scripts, or as a form a reader submits; call with mu held, before a
// document the request loads replaces the page. A third party's answer (analytics, a CDN)
// says nothing about the product.
func (a *activity) noteRequest(e *proto.NetworkRequestWillBeSent) {
	if !reactive[e.Type] && e.Type != proto.NetworkResourceTypeDocument || e.Type == proto.NetworkResourceTypeScript {
		return
	}
	switch strings.ToUpper(e.Request.Method) {
	case "", "GET", "HEAD", "OPTIONS":
		return
	}
	if o := originOf(e.Request.URL); o == "" || o != originOf(a.doc.URL) {
		return
	}
	u, err := url.Parse(e.Request.URL)
	if err != nil {
		return
	}
	a.changing[e.RequestID] = sentRequest{req: strings.ToUpper(e.Request.Method) + " " + u.EscapedPath(), on: a.doc.URL,
		document: e.Type == proto.NetworkResourceTypeDocument}
	a.sent++
}

// sentRequest is a changing request on its way: what it is, the page that sent it, and
// whether it loads a document (a form the browser sends).
type sentRequest struct {
	req, on  string
	document bool
}

// noteAnswer records a refusal when a remembered request is answered with an error; call
// with mu held.
func (a *activity) noteAnswer(e *proto.NetworkResponseReceived) {
	sent, ok := a.changing[e.RequestID]
	if !ok {
		return
	}
	delete(a.changing, e.RequestID)
	if sent.document && EnvironmentStatus(e.Response.Status) {
		return // a page that did not load, loaded again (NotLoaded), the form sent again with it
	}
	if e.Response.Status >= 400 {
		a.refused = append(a.refused, Refusal{Request: sent.req, Status: e.Response.Status, On: sent.on})
	}
}

// Refusals are the product's refusals so far in this session, oldest first: a step compares
// two counts to tell whether its action was turned down.
func (s *Session) Refusals() []Refusal {
	s.activity.mu.Lock()
	defer s.activity.mu.Unlock()
	return append([]Refusal(nil), s.activity.refused...)
}

// Sent counts the requests so far in this session that changed something on the product's
// origin, or meant to (noteRequest): a step compares two counts to tell whether its action
// sent anything.
func (s *Session) Sent() int {
	s.activity.mu.Lock()
	defer s.activity.mu.Unlock()
	return s.activity.sent
}
