package docsparse

import (
	"bytes"
	"regexp"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// noteMarker recognises the ways writers flag a note: "Note:", "**Important**",
// "{{< note >}}", "{:.bs-callout-info}".
var noteMarker = regexp.MustCompile(`(?i)^(?:\*\*|__)?(?:note|important|tip|warning|caution)\b|^\{\{[<%]\s*(?:note|important|tip|warning|caution)|^\{:\s*\.bs-callout`)

// block describes content attached to a step: what kind it is and its plain text. Comments,
// empty HTML and thematic breaks carry nothing a reader sees and are left out.
func (b *builder) block(n ast.Node) (Block, bool) {
	blk := Block{Pos: b.pos(max(n.Pos(), 0))}
	switch n := n.(type) {
	case *ast.Paragraph, *ast.TextBlock:
		if isImageOnly(n, b.src) {
			blk.Kind, blk.Text = "image", plainText(n, b.src)
			return blk, true
		}
		blk.Kind, blk.Text, blk.Markup = "paragraph", plainText(n, b.src), markup(n, b.src)
		blk.Lines = b.lineStarts(n, blk.Markup)
		if noteMarker.MatchString(markup(n, b.src)) {
			blk.Kind = "note"
		}
	case *ast.List:
		blk.Kind, blk.Text = "list", b.blockText(n)
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		blk.Kind, blk.Text = "code", strings.TrimRight(string(n.Lines().Value(b.src)), "\n")
	case *ast.Blockquote:
		// "> [!WARNING]" opens a GitHub alert: the marker is how it renders, not its text.
		blk.Kind, blk.Text = "note", strings.TrimSpace(alertMarker.ReplaceAllString(b.blockText(n), ""))
	case *ast.HTMLBlock:
		return b.htmlBlock(n, blk)
	case *east.Table:
		blk.Kind, blk.Text, blk.Rows = "table", b.blockText(n), b.rows(n)
	default:
		return blk, false
	}
	if blk.Kind != "image" && b.inAdmonition(max(n.Pos(), 0)) {
		blk.Kind = "note"
	}
	return blk, blk.Text != "" || blk.Kind == "code"
}

func (b *builder) htmlBlock(n *ast.HTMLBlock, blk Block) (Block, bool) {
	s, ok := htmlBlockSpan(n)
	if !ok {
		return blk, false
	}
	blk.Text = stripTags(b.src, s.start, s.end)
	var images []string
	for _, t := range scanHTML(b.src, s.start, s.end) {
		switch {
		case t.kind == tokOpen && t.name == "img":
			alt, _ := t.attr("alt")
			images = append(images, alt)
		case t.kind == tokOpen && t.name == "aside":
			blk.Kind = "note"
		}
	}
	switch {
	case blk.Kind == "note":
	case b.inAdmonition(s.start) && blk.Text != "":
		blk.Kind = "note" // "<Note>The key is shown once.</Note>"
	case blk.Text == "" && len(images) > 0:
		blk.Kind, blk.Text = "image", normalizeSpace(strings.Join(images, " "))
	default:
		blk.Kind = "paragraph"
	}
	return blk, blk.Text != "" || blk.Kind == "image"
}

// blockText is the plain text of a container block, one line per paragraph or list item.
func (b *builder) blockText(n ast.Node) string {
	var lines []string
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch c.Kind() {
		case ast.KindParagraph, ast.KindTextBlock, ast.KindHeading, east.KindTableCell:
			if t := plainText(c, b.src); t != "" {
				lines = append(lines, t)
			}
			return ast.WalkSkipChildren, nil
		case ast.KindFencedCodeBlock, ast.KindCodeBlock:
			lines = append(lines, strings.TrimRight(string(c.Lines().Value(b.src)), "\n"))
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return strings.Join(lines, "\n")
}

// kramdownIAL is a kramdown attribute list such as "{: .zoom}", which renders as nothing.
var kramdownIAL = regexp.MustCompile(`^\{:[^}]*\}$`)

// isImageOnly reports whether a paragraph shows nothing but images (and white space or
// kramdown attributes).
func isImageOnly(n ast.Node, src []byte) bool {
	images := 0
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Image:
			images++
		case *ast.Text:
			if t := strings.TrimSpace(string(c.Segment.Value(src))); t != "" && !kramdownIAL.MatchString(t) {
				return false
			}
		default:
			return false
		}
	}
	return images > 0
}

// rows reads a table's rows, each cell's markup as written: the row's source line split at
// the pipes that are not inside a code span or escaped.
func (b *builder) rows(t *east.Table) []Row {
	var out []Row
	for r := t.FirstChild(); r != nil; r = r.NextSibling() {
		at := -1
		_ = ast.Walk(r, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
			if tx, ok := c.(*ast.Text); ok && entering && at < 0 {
				at = tx.Segment.Start
			}
			return ast.WalkContinue, nil
		})
		if at < 0 {
			continue // a row of empty cells
		}
		start := bytes.LastIndexByte(b.src[:at], '\n') + 1
		end := bytes.IndexByte(b.src[at:], '\n')
		if end < 0 {
			end = len(b.src) - at
		}
		line := strings.TrimSpace(string(b.src[start : at+end]))
		out = append(out, Row{Cells: cells(line), Pos: b.pos(start + leadingSpace(b.src[start:])), Header: r.Kind() == east.KindTableHeader})
	}
	return out
}

// cells splits a table row at its unescaped pipes outside code spans.
func cells(line string) []string {
	line = strings.TrimSuffix(strings.TrimPrefix(line, "|"), "|")
	var out []string
	code, last := false, 0
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '\\':
			i++
		case '`':
			code = !code
		case '|':
			if !code {
				out = append(out, strings.TrimSpace(line[last:i]))
				last = i + 1
			}
		}
	}
	return append(out, strings.TrimSpace(line[last:]))
}

func leadingSpace(b []byte) int {
	n := 0
	for n < len(b) && (b[n] == ' ' || b[n] == '\t') {
		n++
	}
	return n
}

// alertMarker is the type line of a GitHub alert: "[!NOTE]", "[!WARNING]", "[!TIP]".
var alertMarker = regexp.MustCompile(`^\s*\[!(?i:note|tip|important|warning|caution)\]\s*`)
