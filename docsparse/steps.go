package docsparse

import (
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// readSteps turns the items of an ordered list into steps. end is where the last item's
// territory ends: images and content up to it belong to the last step.
func (b *builder) readSteps(list *ast.List, end int) []Step {
	steps := make([]Step, 0, list.ChildCount())
	for c := list.FirstChild(); c != nil; c = c.NextSibling() {
		item, ok := c.(*ast.ListItem)
		if !ok {
			continue
		}
		stop := end
		if next := item.NextSibling(); next != nil {
			stop = next.Pos()
		}
		steps = append(steps, b.readStep(item, list, len(steps), stop))
	}
	if list.IsOrdered() && sameNumbers(steps) {
		// "1." on every item is a Markdown style the renderer numbers 1, 2, 3: so do the
		// reports, or every step would be "step 1".
		for i := range steps {
			steps[i].Number += i
		}
	}
	return steps
}

// sameNumbers reports two or more steps written with one number.
func sameNumbers(steps []Step) bool {
	for _, s := range steps {
		if s.Number != steps[0].Number {
			return false
		}
	}
	return len(steps) > 1
}

func (b *builder) readStep(item *ast.ListItem, list *ast.List, index, stop int) Step {
	start := max(item.Pos(), 0)
	s := Step{Number: list.Start + index, Written: strconv.Itoa(list.Start+index) + string(list.Marker)}
	if !list.IsOrdered() {
		// A bulleted sub-step is numbered by its place, and written with its bullet.
		s.Number, s.Written = index+1, string(list.Marker)
	}
	textOff := start
	if n, written, after, ok := readMarker(b.src, start); ok {
		s.Number, s.Written, textOff = n, written, after
	}
	rest := item.FirstChild()
	if isParagraph(rest) {
		textOff = max(rest.Pos(), textOff)
		s.Text = plainText(rest, b.src)
		s.Markup = markup(rest, b.src)
		s.Lines = b.lineStarts(rest, s.Markup)
		s.Labels = b.labels(rest)
		s.Struck = wholeContentStruck(rest, b.strikes)
		rest = rest.NextSibling()
	}
	s.Pos = b.pos(textOff)
	s.Struck = s.Struck || b.strikes.covers(start, start+1)
	var nested []span
	for c := rest; c != nil; c = c.NextSibling() {
		if sub, ok := c.(*ast.List); ok {
			// Lettered, numbered and bulleted lists inside a step are its sub-steps; whether an
			// item asks for anything is for the reading of its sentences to say.
			s.SubSteps = append(s.SubSteps, b.readSteps(sub, nodeEnd(sub))...)
			nested = append(nested, span{sub.Pos(), nodeEnd(sub)})
			continue
		}
		if blk, ok := b.block(c); ok {
			s.Continuation = append(s.Continuation, blk)
		}
	}
	s.Images = b.imagesIn(start, stop, nested)
	return s
}

// isParagraph reports whether n is running text: a paragraph, or the text of a tight list item.
// readMarker reads an ordered-list marker as written at off, `^[ \t]*(\d{1,9})([.)])`, since
// goldmark keeps only the list's start number. after is where the item's text may begin.
func readMarker(src []byte, off int) (n int, written string, after int, ok bool) {
	i := off
	for i < len(src) && (src[i] == ' ' || src[i] == '\t') {
		i++
	}
	digits := i
	for i < len(src) && i-digits < 9 && isASCIIDigit(src[i]) {
		i++
	}
	if i == digits || i >= len(src) || src[i] != '.' && src[i] != ')' {
		return 0, "", 0, false
	}
	n, _ = strconv.Atoi(string(src[digits:i]))
	written = string(src[digits : i+1])
	for i++; i < len(src) && (src[i] == ' ' || src[i] == '\t'); i++ {
	}
	return n, written, i, true
}

func isParagraph(n ast.Node) bool {
	return n != nil && (n.Kind() == ast.KindParagraph || n.Kind() == ast.KindTextBlock)
}

// markup is a paragraph exactly as written, from its first character to its last.
func markup(n ast.Node, src []byte) string {
	lines := n.Lines()
	if lines.Len() == 0 {
		return ""
	}
	return strings.TrimRight(string(src[lines.At(0).Start:lines.At(lines.Len()-1).Stop]), " \t\r\n")
}

// lineStarts are where the text of each line of a block's markup after the first begins in
// the source: its first byte past the indent, which is the writer's own even where docdrift
// read the line at another indent (an MDX component's body, a <Step> it numbered).
func (b *builder) lineStarts(n ast.Node, markup string) []Pos {
	lines := n.Lines()
	if lines.Len() < 2 {
		return nil
	}
	start := lines.At(0).Start
	out := make([]Pos, 0, lines.Len()-1)
	for i := 0; i < len(markup); i++ {
		if markup[i] == '\n' {
			j := i + 1
			for j < len(markup) && (markup[j] == ' ' || markup[j] == '\t') {
				j++
			}
			out = append(out, b.pos(start+j))
		}
	}
	return out
}

// nodeEnd is the offset just after the last source byte of a block and everything in it.
func nodeEnd(n ast.Node) int {
	end := max(n.Pos(), 0)
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		if c.Type() == ast.TypeBlock {
			if l := c.Lines(); l != nil && l.Len() > 0 {
				end = max(end, l.At(l.Len()-1).Stop)
			}
			if hb, ok := c.(*ast.HTMLBlock); ok && hb.HasClosure() {
				end = max(end, hb.ClosureLine.Stop)
			}
			return ast.WalkContinue, nil
		}
		end = max(end, inlineEnd(c))
		return ast.WalkSkipChildren, nil
	})
	return end
}
