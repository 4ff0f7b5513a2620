package docsparse

import (
	"sort"
	"strings"
)

// readAnchors records every id an in-doc link can jump to: each section's id at its heading,
// and every id= or name= attribute in raw HTML at its tag. A heading whose id came from a
// <span id> or <a name> in it is recorded once, at the heading.
func (b *builder) readAnchors() {
	type anchorAt struct {
		Anchor
		off int
	}
	all := make([]anchorAt, 0, len(b.headings))
	type lineID struct {
		line int
		id   string
	}
	fromHeading := map[lineID]bool{} // ids headings took from their own HTML, already recorded
	for _, h := range b.headings {
		if h.ID == "" {
			continue
		}
		all = append(all, anchorAt{Anchor{ID: h.ID, Pos: h.Pos}, h.off})
		if h.IDFrom == IDFromSpan || h.IDFrom == IDFromAnchor {
			fromHeading[lineID{h.Pos.Line, h.ID}] = true
		}
	}
	for _, t := range b.tokens {
		if t.kind != tokOpen {
			continue
		}
		pos := b.pos(t.start)
		for _, name := range []string{"id", "name"} {
			if name == "name" && t.name != "a" {
				continue // name= on form fields is not a link target
			}
			v, _ := t.attr(name)
			if v = strings.TrimSpace(v); v == "" || fromHeading[lineID{pos.Line, v}] {
				continue
			}
			all = append(all, anchorAt{Anchor{ID: v, Pos: pos}, t.start})
		}
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].off < all[j].off })
	b.doc.Anchors = make([]Anchor, len(all))
	for i, a := range all {
		b.doc.Anchors[i] = a.Anchor
	}
}
