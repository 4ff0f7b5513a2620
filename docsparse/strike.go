package docsparse

import (
	"fmt"
	"sort"

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
type strikeSet struct {
	spans  []span // sorted by start once sealed
	maxEnd []int  // maxEnd[i] is the furthest end among spans[:i+1]
}

// htmlStrikes pairs strike-out tags; toks are in source order. A closing tag closes the nearest
// open tag of the same name; an opening tag never closed strikes out the rest of the document,
// as a browser would, and is reported.
func htmlStrikes(toks []htmlToken, srcLen int, report func(off int, msg string)) *strikeSet {
	set := &strikeSet{}
	open := map[string][]htmlToken{} // per tag name, so a stray close never scans the others
	for _, t := range toks {
		if !isStrikeTag(t) {
			continue
		}
		stack := open[t.name]
		if t.kind == tokOpen {
			open[t.name] = append(stack, t)
			continue
		}
		if len(stack) > 0 {
			set.spans = append(set.spans, span{stack[len(stack)-1].start, t.end})
			open[t.name] = stack[:len(stack)-1]
		}
	}
	// The first unclosed tag of a name strikes out all the others: one range and one finding
	// for it, however many follow (a line of a hundred thousand tags made as many findings).
	for name := range strikeTags {
		unclosed := open[name]
		if len(unclosed) == 0 {
			continue
		}
		more := ""
		if len(unclosed) > 1 {
			more = fmt.Sprintf(" (nor are %d more after it)", len(unclosed)-1)
		}
		t := unclosed[0]
		set.spans = append(set.spans, span{t.start, srcLen})
		report(t.start, fmt.Sprintf("<%s> is never closed%s, so everything after it reads as struck out; add </%s> where the draft ends", name, more, name))
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
			s.spans = append(s.spans, span{st.Pos(), end})
		}
		return ast.WalkContinue, nil
	})
}

// seal sorts the ranges so covers can answer by binary search.
func (s *strikeSet) seal() {
	sort.Slice(s.spans, func(i, j int) bool { return s.spans[i].start < s.spans[j].start })
	s.maxEnd = make([]int, len(s.spans))
	for i, r := range s.spans {
		s.maxEnd[i] = r.end
		if i > 0 {
			s.maxEnd[i] = max(r.end, s.maxEnd[i-1])
		}
	}
}

// covers reports whether [start, end) lies inside one struck range: of the ranges starting at
// or before start, the one reaching furthest must reach end.
func (s *strikeSet) covers(start, end int) bool {
	i := sort.Search(len(s.spans), func(i int) bool { return s.spans[i].start > start }) - 1
	return i >= 0 && s.maxEnd[i] >= end
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
