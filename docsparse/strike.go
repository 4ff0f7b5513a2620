package docsparse

import (
	"fmt"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// strikeTags are the HTML elements a writer uses to strike out a draft section.
var strikeTags = map[string]bool{"strike": true, "s": true, "del": true}

func isStrikeTag(t htmlToken) bool {
	return (t.kind == tokOpen || t.kind == tokClose) && strikeTags[t.name]
}

// strikeSet holds the byte ranges a reader sees struck through. HTML strike-outs can span any
// number of blocks (an opening tag in one HTML block, the closing one as inline HTML inside a
// list item), so they are matched by offset, not by tree structure.
type strikeSet []span

// htmlStrikes pairs strike-out tags; toks are in source order. A closing tag closes the nearest open tag
// of the same name; an opening tag never closed strikes out the rest of the document, as a
// browser would, and is reported.
func htmlStrikes(toks []htmlToken, srcLen int, report func(off int, msg string)) strikeSet {
	var set strikeSet
	var open []htmlToken
	for _, t := range toks {
		if !isStrikeTag(t) {
			continue
		}
		if t.kind == tokOpen {
			open = append(open, t)
			continue
		}
		for i := len(open) - 1; i >= 0; i-- {
			if open[i].name == t.name {
				set = append(set, span{open[i].start, t.end})
				open = append(open[:i], open[i+1:]...)
				break
			}
		}
	}
	for _, t := range open {
		set = append(set, span{t.start, srcLen})
		report(t.start, fmt.Sprintf("<%s> is never closed, so everything after it reads as struck out; add </%s> where the draft ends", t.name, t.name))
	}
	return set
}

// addGFMStrikes adds the ranges of ~~…~~ spans.
func (s *strikeSet) addGFMStrikes(root ast.Node, src []byte) {
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if st, ok := n.(*east.Strikethrough); ok && entering && st.Pos() >= 0 {
			end := inlineEnd(st)
			for end < len(src) && src[end] == '~' {
				end++
			}
			*s = append(*s, span{st.Pos(), end})
		}
		return ast.WalkContinue, nil
	})
}

// covers reports whether [start, end) lies inside one struck range.
func (s strikeSet) covers(start, end int) bool {
	for _, r := range s {
		if r.start <= start && end <= r.end {
			return true
		}
	}
	return false
}

// inlineEnd is the offset just after the last source byte of an inline node's content.
func inlineEnd(n ast.Node) int {
	end := n.Pos()
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch c := c.(type) {
		case *ast.Text:
			end = max(end, c.Segment.Stop)
		case *ast.RawHTML:
			if c.Segments.Len() > 0 {
				end = max(end, c.Segments.At(c.Segments.Len()-1).Stop)
			}
		}
		return ast.WalkContinue, nil
	})
	return end
}
