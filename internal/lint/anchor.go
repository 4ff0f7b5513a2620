package lint

import (
	"net/url"
	"strings"

	"github.com/docdrift/docdrift/docsparse"
)

// checkAnchors reports in-doc links (#id) to ids no heading or anchor in the doc defines, and
// names the nearest id that does exist when one is close enough to be the intended one.
// Links to other pages (page.md#id, https://…#id) are not checked: the target is not loaded.
func checkAnchors(in *Input) []docsparse.Finding {
	ids := make([]string, 0, len(in.Doc.Anchors))
	known := make(map[string]bool, len(in.Doc.Anchors))
	for _, a := range in.Doc.Anchors {
		ids = append(ids, a.ID)
		known[a.ID] = true
	}
	var out []docsparse.Finding
	suggest := newSuggester(ids)
	for _, l := range in.Doc.Links {
		if l.Image || !strings.HasPrefix(l.Target, "#") || l.Target == "#" {
			continue // a bare "#" is a link to the top of the page
		}
		id := l.Target[1:]
		if u, err := url.PathUnescape(id); err == nil {
			id = u
		}
		if known[id] {
			continue
		}
		msg := "link to \"#" + id + "\" matches no heading or anchor in this doc"
		if c, ok := suggest.closest(id); ok {
			msg += " (closest: \"#" + c + "\")"
		}
		out = append(out, finding(l.Pos, docsparse.Error, "%s", msg))
	}
	return out
}
