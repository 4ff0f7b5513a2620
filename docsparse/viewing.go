package docsparse

import (
	"slices"
	"strings"
	"unicode"

	"github.com/yuin/goldmark/ast"

	"github.com/docdrift/docdrift/internal/understand"
)

// readViewing makes a procedure of the paragraph under a heading that only views a page
// ("## View Store Details": "To view your store's details, go to Settings → Store. There, you
// can …") when its section has none of its own: the paragraph's first sentence, which takes
// the reader there, is one step — which a run checks, and which a procedure that begins on
// that page without saying how ("Click the arrow icon in the "Metadata" section") does first.
// A paragraph that only describes the page, or goes nowhere, stays prose.
func (b *builder) readViewing(root ast.Node) {
	section := -1
	first := false // the next block is the first under its heading
	for c := root.FirstChild(); c != nil; c = c.NextSibling() {
		if _, ok := c.(*ast.Heading); ok {
			section, first = section+1, true
			continue
		}
		if !first || b.decor(c) {
			continue
		}
		first = false
		p, ok := c.(*ast.Paragraph)
		if !ok || section < 0 || !understand.HeadingViews(b.sectionAt(section).Title) ||
			slices.ContainsFunc(b.procs, func(at procAt) bool { return at.section == section }) {
			continue
		}
		text := firstSentence(plainText(p, b.src))
		if !goesOnly(understand.Read(text)) {
			continue
		}
		// The sentence alone: what the paragraph says next describes the page ("There,
		// you can view and manage …"), which no reader is asked to check.
		m := firstSentence(markup(p, b.src))
		step := Step{Number: 1, Pos: b.pos(max(p.Pos(), 0)), Text: text, Markup: m, Labels: b.labels(p)}
		b.insertProcedure(Procedure{Heading: b.sectionAt(section), Within: b.enclosing(section), Pos: step.Pos,
			Steps: []Step{step}, Place: b.placeOf(section)}, procAt{section: section, off: p.Pos()})
	}
}

// decor reports a block that shows no text of its own: a comment, a component's tag
// ("<PermissionsBadge permissions={…} />"), a picture alone.
func (b *builder) decor(n ast.Node) bool {
	return b.pastDecor(n) != n || n.Kind() == ast.KindHTMLBlock ||
		n.Kind() == ast.KindParagraph && componentOnly(strings.TrimSpace(plainText(n, b.src)))
}

// componentOnly reports the text of a paragraph that is one self-closing component's tag, or
// nothing.
func componentOnly(text string) bool {
	return text == "" || len(text) > 1 && text[0] == '<' && unicode.IsUpper(rune(text[1])) &&
		!strings.Contains(text, "\n") && selfClosing([]byte(text))
}

// goesOnly reports a sentence, read as m, that only takes the reader somewhere.
func goesOnly(m understand.Meaning) bool {
	return m.Role == understand.Action && m.Understood() && len(m.Acts) > 0 &&
		!slices.ContainsFunc(m.Acts, func(a understand.Act) bool { return a.Verb != understand.Go })
}

// insertProcedure puts p, made at `at`, among the procedures in the order of the document.
func (b *builder) insertProcedure(p Procedure, at procAt) {
	i, _ := slices.BinarySearchFunc(b.procs, at, func(a, b procAt) int { return a.off - b.off })
	b.doc.Procedures = slices.Insert(b.doc.Procedures, i, p)
	b.procs = slices.Insert(b.procs, i, at)
}
