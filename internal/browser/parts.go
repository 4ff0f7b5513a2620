package browser

import (
	"fmt"
	"net/http"

	"github.com/go-rod/rod/lib/proto"
)

// part is a style sheet or script a document loads from its own origin. Without it the page
// shows, but not as built: unstyled (so "at the lower right" is wrong) or without the code
// that renders and drives it (so a menu, a download or a whole view is missing). When one does
// not arrive, what a step then sees is the network's fault, not the docs'. Parts from other
// origins are left out: docdrift blocks every host but the target's by design, and a page
// whose fonts or analytics live elsewhere is whole enough.
type part struct {
	kind string // "style sheet" or "script"
	url  string
}

// partOf says whether the request is such a part of the main frame's document at docURL.
func partOf(e *proto.NetworkRequestWillBeSent, frame proto.PageFrameID, docURL string) (part, bool) {
	if o := originOf(e.Request.URL); e.FrameID != frame || o == "" || o != originOf(docURL) {
		return part{}, false
	}
	switch e.Type {
	case proto.NetworkResourceTypeStylesheet:
		return part{kind: "style sheet", url: e.Request.URL}, true
	case proto.NetworkResourceTypeScript:
		return part{kind: "script", url: e.Request.URL}, true
	}
	return part{}, false
}

// answered describes a server error in the part's answer. Only 5xx counts: a 4xx is the
// product's own lasting choice, which loading the page again does not change.
func (p part) answered(status int) string {
	return fmt.Sprintf("its %s %s answered HTTP %d %s", p.kind, p.url, status, http.StatusText(status))
}

// failed describes a part cut short or never fetched.
func (p part) failed(why string) string {
	return fmt.Sprintf("its %s %s did not arrive (%s)", p.kind, p.url, why)
}
