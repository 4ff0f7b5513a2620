package htmlreport

import (
	"regexp"

	"github.com/microcosm-cc/bluemonday"
)

// docPolicy is what a doc's rendered page may hold. The doc is not trusted — a pull request
// can put any HTML in it — so its raw HTML passes an allow-list sanitiser (bluemonday's
// policy for user-generated content: no script, no event handlers, no javascript: links),
// widened only for what docdrift's own step notes use: classes and ids to mark and link the
// steps, lazy-loaded pictures and figures. The page's Content-Security-Policy (page.go) is
// the second line: script cannot run even if something slipped through.
var docPolicy = func() *bluemonday.Policy {
	p := bluemonday.UGCPolicy()
	p.AllowAttrs("class").Matching(regexp.MustCompile(`^[A-Za-z0-9 _-]*$`)).Globally()
	p.AllowAttrs("id").Matching(regexp.MustCompile(`^[A-Za-z0-9_.:-]+$`)).Globally()
	p.AllowAttrs("value").Matching(bluemonday.Integer).OnElements("li")
	p.AllowAttrs("loading").Matching(regexp.MustCompile(`^lazy$`)).OnElements("img")
	p.AllowElements("figure", "figcaption", "q")
	return p
}()

// sanitize is docPolicy applied to one rendered doc page's body.
func sanitize(body string) string { return docPolicy.Sanitize(body) }
