package docsparse

import (
	"strings"

	"github.com/yuin/goldmark/ast"
)

// heading is a section together with the byte offsets the rest of the parser works with.
type heading struct {
	Section
	off int // of the heading line
}

// readHeading turns a heading node into a section. The anchor comes from, in order: a
// {#id} attribute, <span class="jumptarget" id="…">, <a name="…"> or <a id="…">, and otherwise
// the GitHub slug of the text. An explicit but empty id (id="") is no anchor, so the slug is
// used, as a reader clicking the heading on GitHub would get.
func (b *builder) readHeading(h *ast.Heading) heading {
	text := plainText(h, b.src)
	s := Section{Title: text, Level: h.Level, Pos: b.pos(h.Pos())}
	slug := b.slugs.slug(text)
	s.ID, s.IDFrom = explicitID(h, b.src)
	if s.ID == "" {
		s.ID, s.IDFrom = slug, IDFromSlug
	}
	if s.ID == "" {
		s.IDFrom = IDFromNowhere
	}
	s.Struck = b.strikes.covers(h.Pos(), h.Pos()+1) || wholeContentStruck(h, b.strikes)
	s.Recovered = b.recovered.contains(h.Pos())
	return heading{Section: s, off: h.Pos()}
}

func explicitID(h *ast.Heading, src []byte) (string, IDFrom) {
	if v, ok := h.AttributeString("id"); ok {
		if id, ok := v.([]byte); ok && strings.TrimSpace(string(id)) != "" {
			return strings.TrimSpace(string(id)), IDFromAttr
		}
	}
	for c := h.FirstChild(); c != nil; c = c.NextSibling() {
		raw, ok := c.(*ast.RawHTML)
		if !ok || raw.Segments.Len() == 0 {
			continue
		}
		for _, t := range scanHTML(src, raw.Segments.At(0).Start, raw.Segments.At(raw.Segments.Len()-1).Stop) {
			if t.kind != tokOpen {
				continue
			}
			id, _ := t.attr("id")
			switch id = strings.TrimSpace(id); {
			case t.name == "span" && id != "":
				return id, IDFromSpan
			case t.name == "a" && id != "":
				return id, IDFromAnchor
			case t.name == "a":
				if name, _ := t.attr("name"); strings.TrimSpace(name) != "" {
					return strings.TrimSpace(name), IDFromAnchor
				}
			}
		}
	}
	return "", ""
}

// wholeContentStruck reports whether a block's inline content lies inside one struck range, as
// in "## ~~Old way~~" or "1. <s>Click Legacy</s>".
func wholeContentStruck(n ast.Node, strikes *strikeSet) bool {
	lines := n.Lines()
	if lines == nil || lines.Len() == 0 {
		return false
	}
	start, end := lines.At(0).Start, lines.At(lines.Len()-1).Stop
	if n.FirstChild() != nil && n.FirstChild().Pos() >= 0 {
		start = n.FirstChild().Pos()
	}
	if last := n.LastChild(); last != nil {
		end = min(end, max(inlineEnd(last), start))
	}
	return end > start && strikes.covers(start, end)
}
