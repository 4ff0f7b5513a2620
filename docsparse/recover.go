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
				// "<div class="browser"><img …/></div>" right above "* Click **Finish**": MDX and
				// most renderers end a whole element on its line, so the list goes on.
				if toks = wholeElementLine(src, first.Start, first.Stop); toks == nil || !startsMarkdownBlock(src, lines.At(1).Start, lines.At(1).Stop) {
					return ast.WalkSkipChildren, nil
				}
				recovered = append(recovered, span{lines.At(1).Start, lines.At(lines.Len() - 1).Stop})
				for _, t := range toks {
					t.fragEnd = t.end
					found = append(found, t)
				}
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

// voidElements never have a closing tag.
var voidElements = map[string]bool{"img": true, "br": true, "hr": true, "input": true, "source": true, "meta": true, "link": true, "wbr": true, "col": true, "embed": true}

// wholeElementLine returns the tags on src[start:end] when the line begins with a tag and
// closes every element it opens, and nil otherwise.
func wholeElementLine(src []byte, start, end int) []htmlToken {
	toks := scanHTML(src, start, end)
	if len(toks) == 0 || strings.TrimSpace(string(src[start:toks[0].start])) != "" {
		return nil
	}
	var open []string
	for _, t := range toks {
		switch {
		case t.kind == tokComment:
		case t.kind == tokClose:
			if len(open) == 0 || open[len(open)-1] != t.name {
				return nil
			}
			open = open[:len(open)-1]
		case !voidElements[t.name] && src[t.end-2] != '/':
			open = append(open, t.name)
		}
	}
	if len(open) > 0 {
		return nil
	}
	return toks
}

// startsMarkdownBlock reports a line that plainly starts Markdown, not HTML text: a list item
// or a heading.
func startsMarkdownBlock(src []byte, start, end int) bool {
	line := strings.TrimLeft(string(src[start:end]), " ")
	if len(src[start:end])-len(line) > 3 {
		return false
	}
	switch {
	case strings.HasPrefix(line, "#"):
		return strings.HasPrefix(strings.TrimLeft(line, "#"), " ")
	case len(line) > 1 && strings.ContainsRune("*-+", rune(line[0])):
		return line[1] == ' ' || line[1] == '\t'
	}
	digits := len(line) - len(strings.TrimLeft(line, "0123456789"))
	return digits > 0 && digits < 10 && len(line) > digits+1 && (line[digits] == '.' || line[digits] == ')') && line[digits+1] == ' '
}
