package docsparse

import (
	"sort"

	"github.com/yuin/goldmark/ast"
)

// linkAt is a Link with the byte offset the step builder uses to attach images to steps.
type linkAt struct {
	Link
	off int
}

// collectLinks records every link and image target: Markdown links, images and autolinks, and
// <a href> and <img src> in raw HTML, block or inline.
func (b *builder) collectLinks(root ast.Node) {
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering || n.Pos() < 0 {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Link:
			b.addLink(Link{Target: string(n.Destination), Text: plainText(n, b.src)}, n.Pos())
		case *ast.Image:
			b.addLink(Link{Target: string(n.Destination), Text: plainText(n, b.src), Image: true}, n.Pos())
		case *ast.AutoLink:
			// As written: "www.example.com", not goldmark's "http://www.example.com".
			b.addLink(Link{Target: string(n.Label(b.src)), Text: string(n.Label(b.src))}, n.Pos())
		}
		return ast.WalkContinue, nil
	})
	for i, t := range b.tokens {
		if t.kind != tokOpen {
			continue
		}
		switch t.name {
		case "a":
			if href, ok := t.attr("href"); ok {
				b.addLink(Link{Target: href, Text: b.elementText(i)}, t.start)
			}
		case "img":
			if src, ok := t.attr("src"); ok {
				alt, _ := t.attr("alt")
				b.addLink(Link{Target: src, Text: alt, Image: true}, t.start)
			}
		}
	}
	sort.SliceStable(b.links, func(i, j int) bool { return b.links[i].off < b.links[j].off })
	for _, l := range b.links {
		b.doc.Links = append(b.doc.Links, l.Link)
	}
}

func (b *builder) addLink(l Link, off int) {
	l.Pos = b.pos(off)
	b.links = append(b.links, linkAt{Link: l, off: off})
}

// maxElementText bounds how far elementText looks for a closing tag, so one unclosed <a> cannot
// make a link's text the rest of the document.
const maxElementText = 2000

// elementText is the text between the open tag b.tokens[i] and its closing tag, when the
// closing tag follows in the same stretch of HTML.
func (b *builder) elementText(i int) string {
	open := b.tokens[i]
	for _, t := range b.tokens[i+1:] {
		if t.start-open.end > maxElementText {
			break
		}
		if t.kind == tokClose && t.name == open.name {
			return stripTags(b.src, open.end, t.start)
		}
		if t.kind == tokOpen && t.name == open.name {
			break
		}
	}
	return ""
}

// imagesIn returns the images whose position lies in [start, end) outside the skip ranges.
func (b *builder) imagesIn(start, end int, skip []span) []Link {
	var out []Link
	first := sort.Search(len(b.links), func(i int) bool { return b.links[i].off >= start })
next:
	for _, l := range b.links[first:] {
		if l.off >= end {
			break
		}
		if !l.Image {
			continue
		}
		for _, s := range skip {
			if s.contains(l.off) {
				continue next
			}
		}
		out = append(out, l.Link)
	}
	return out
}
