package docsparse

import (
	"strings"

	"github.com/docdrift/docdrift/internal/mdsource"
	"github.com/yuin/goldmark/ast"
)

// maxRecoveryRounds bounds how often a swallowed block is unwrapped: "<strike>\n<del>\n## X"
// needs two rounds; real documents never need more than a few.
const maxRecoveryRounds = 8

// span is a byte range of the source, [start, end).
type span struct{ start, end int }

func (s span) contains(off int) bool { return s.start <= off && off < s.end }

// recoverSwallowed undoes what CommonMark does to "<strike>\n## Heading": an HTML block that
// starts with a lone tag ends only at a blank line, so the heading (and anything up to the
// blank line) is raw HTML. It parses src and, while some HTML block opens with a line holding nothing but
// strike-out tags, blanks those tags out (in a copy, keeping every offset) and parses again so
// the Markdown after them becomes real headings, paragraphs and lists. It returns the final
// tree, the blanked tags (they still open strike-outs) and the byte ranges that were recovered
// (each swallowed block after its tag line).
func recoverSwallowed(src []byte, parse func([]byte) ast.Node) (root ast.Node, masked []htmlToken, recovered []span) {
	root = parse(src)
	for round := 0; round < maxRecoveryRounds; round++ {
		var found []htmlToken
		_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			hb, ok := n.(*ast.HTMLBlock)
			if !entering || !ok {
				return ast.WalkContinue, nil
			}
			lines := hb.Lines()
			if lines.Len() < 2 || hb.HTMLBlockType < ast.HTMLBlockType6 {
				return ast.WalkSkipChildren, nil
			}
			first := lines.At(0)
			toks := strikeOnlyLine(src, first.Start, first.Stop)
			if toks == nil {
				return ast.WalkSkipChildren, nil
			}
			// Later strike-only lines in the same block would open the next swallowing block
			// once this one is unwrapped: blank them now rather than one round each.
			for i := 1; i < lines.Len(); i++ {
				l := lines.At(i)
				toks = append(toks, strikeOnlyLine(src, l.Start, l.Stop)...)
			}
			for _, t := range toks {
				t.fragEnd = t.end
				found = append(found, t)
			}
			whole, _ := htmlBlockSpan(hb)
			recovered = append(recovered, span{lines.At(1).Start, whole.end})
			return ast.WalkSkipChildren, nil
		})
		if len(found) == 0 {
			break
		}
		if len(masked) == 0 {
			src = append([]byte(nil), src...) // never write to the caller's bytes
		}
		for _, t := range found {
			mdsource.Blank(src, t.start, t.end)
		}
		masked = append(masked, found...)
		root = parse(src)
	}
	return root, masked, recovered
}

// strikeOnlyLine returns the tags on src[start:end] when the line holds strike-out tags and
// whitespace only, and nil otherwise.
func strikeOnlyLine(src []byte, start, end int) []htmlToken {
	toks := scanHTML(src, start, end)
	if len(toks) == 0 {
		return nil
	}
	rest := []byte(string(src[start:end]))
	for _, t := range toks {
		if !isStrikeTag(t) {
			return nil
		}
		mdsource.Blank(rest, t.start-start, t.end-start)
	}
	if strings.TrimSpace(string(rest)) != "" {
		return nil
	}
	return toks
}
