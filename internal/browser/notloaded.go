package browser

import (
	"context"
	"fmt"
	"net/http"
)

// NotLoadedError is a page that did not arrive: an error page of the browser's own, a
// document cut short, an empty one, an HTTP error status, or one of its own style sheets or
// scripts failed. It is the network's or the
// server's fault, never the docs'.
type NotLoadedError struct {
	URL    string
	Status int    // the HTTP status, when one arrived
	Reason string // what went wrong, as a reader would say it
	// Again is whether loading it again may help: a server or network hiccup, not a 404.
	Again bool
}

func (e *NotLoadedError) Error() string {
	return fmt.Sprintf("the page at %s did not load: %s", e.URL, e.Reason)
}

// notLoadedJS reads what the page itself shows: the browser's own error page, or a document
// with nothing in it — and no web component drawing into a shadow root, whose content a
// body's text does not hold (a Lit app is one element in an empty-looking body).
const notLoadedJS = `() => ({
	url: location.href,
	errorPage: location.protocol === "chrome-error:",
	empty: !document.body || (document.body.innerText.trim() === "" &&
		document.body.querySelector("input, button, a[href], img, svg, canvas, iframe, video, [role]") === null &&
		!Array.from(document.body.querySelectorAll("*")).some((el) => el.shadowRoot && el.shadowRoot.childNodes.length > 0)),
})`

// NotLoaded checks that the page's current document arrived whole: nil when it did, else a
// *NotLoadedError. A blank page that meant to be blank (about:blank) is not checked.
func (s *Session) NotLoaded(ctx context.Context) error {
	doc := s.Document()
	res, err := s.Page.Context(ctx).Eval(notLoadedJS)
	if err != nil {
		return fmt.Errorf("read the page: %w", err)
	}
	url := res.Value.Get("url").Str()
	if url == "about:blank" {
		return nil
	}
	if doc.URL != "" {
		url = doc.URL // the browser's error page reports its own address
	}
	switch {
	case doc.Failed != "":
		return &NotLoadedError{URL: url, Status: doc.Status, Reason: "the connection failed (" + doc.Failed + ")", Again: true}
	case res.Value.Get("errorPage").Bool():
		return &NotLoadedError{URL: url, Reason: "the browser could not reach it", Again: true}
	case doc.Status >= 400 && doc.Method != "" && doc.Method != "GET" && !EnvironmentStatus(doc.Status):
		// A form the product answered with a page of its own refusal ("422: Name can't be
		// blank"): it loaded; what the step sent was turned down, which Refusals says.
		return nil
	case doc.Status >= 400:
		again := doc.Status >= 500 || doc.Status == http.StatusTooManyRequests || doc.Status == http.StatusRequestTimeout
		return &NotLoadedError{URL: url, Status: doc.Status,
			Reason: fmt.Sprintf("HTTP %d %s", doc.Status, http.StatusText(doc.Status)), Again: again}
	case res.Value.Get("empty").Bool():
		return &NotLoadedError{URL: url, Status: doc.Status, Reason: "it arrived empty", Again: true}
	case doc.Broken != "":
		return &NotLoadedError{URL: url, Status: doc.Status, Reason: doc.Broken, Again: true}
	}
	return nil
}

// EnvironmentStatus reports an HTTP error status that is the environment's rather than the
// product's answer to what was sent: the server failed (5xx), or the answer is about who is
// asking or how often (401, 407, 408, 429).
func EnvironmentStatus(status int) bool {
	switch status {
	case http.StatusUnauthorized, http.StatusProxyAuthRequired, http.StatusRequestTimeout, http.StatusTooManyRequests:
		return true
	}
	return status >= 500
}
