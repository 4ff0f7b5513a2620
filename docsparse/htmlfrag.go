package docsparse

import (
	"sort"

	"github.com/yuin/goldmark/ast"
)

// htmlTokens scans every piece of the tree goldmark classified as HTML, block or inline, and
// returns the tags and comments in source order. Code spans and code blocks are not HTML, so a
// "<strike>" shown as an example never strikes anything out.
func htmlTokens(root ast.Node, src []byte) []htmlToken {
	var toks []htmlToken
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.HTMLBlock:
			if s, ok := htmlBlockSpan(n); ok {
				toks = appendFragment(toks, src, s)
			}
		case *ast.RawHTML:
			if n.Segments.Len() > 0 {
				toks = appendFragment(toks, src, span{n.Segments.At(0).Start, n.Segments.At(n.Segments.Len() - 1).Stop})
			}
		}
		return ast.WalkContinue, nil
	})
	sort.SliceStable(toks, func(i, j int) bool { return toks[i].start < toks[j].start })
	return toks
}

func htmlBlockSpan(n *ast.HTMLBlock) (span, bool) {
	s := span{start: -1}
	if l := n.Lines(); l.Len() > 0 {
		s = span{l.At(0).Start, l.At(l.Len() - 1).Stop}
	}
	if n.HasClosure() {
		if s.start < 0 {
			s.start = n.ClosureLine.Start
		}
		s.end = max(s.end, n.ClosureLine.Stop)
	}
	return s, s.start >= 0 && s.end >= s.start
}

func appendFragment(toks []htmlToken, src []byte, s span) []htmlToken {
	for _, t := range scanHTML(src, s.start, s.end) {
		t.fragEnd = s.end
		toks = append(toks, t)
	}
	return toks
}
