package docsparse

import (
	"html"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/util"
)

// plainText is what a reader sees of an inline tree: markup and HTML tags removed, backslash
// escapes and entities decoded, and all whitespace (line breaks, non-breaking spaces) folded
// into single spaces.
func plainText(n ast.Node, src []byte) string {
	var b strings.Builder
	writePlain(&b, n, src)
	return normalizeSpace(b.String())
}

func writePlain(b *strings.Builder, n ast.Node, src []byte) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		writeNode(b, c, src)
	}
}

// writeNode writes the text of one inline node.
func writeNode(b *strings.Builder, n ast.Node, src []byte) {
	switch n := n.(type) {
	case *ast.Text:
		b.WriteString(decodeText(n.Segment.Value(src)))
		if n.SoftLineBreak() || n.HardLineBreak() {
			b.WriteByte(' ')
		}
	case *ast.String:
		b.WriteString(decodeText(n.Value))
	case *ast.CodeSpan:
		for t := n.FirstChild(); t != nil; t = t.NextSibling() {
			if t, ok := t.(*ast.Text); ok {
				b.Write(t.Segment.Value(src)) // code is literal: no escapes, no entities
			}
		}
	case *ast.RawHTML:
		if isLineBreakTag(n, src) {
			b.WriteByte(' ')
		}
	case *ast.AutoLink:
		b.Write(n.Label(src))
	default:
		writePlain(b, n, src)
	}
}

// decodeText turns Markdown text as written into text as read: "\*" → "*", "&ndash;" → "–".
func decodeText(raw []byte) string {
	return html.UnescapeString(string(util.UnescapePunctuations(raw)))
}

func isLineBreakTag(n *ast.RawHTML, src []byte) bool {
	if n.Segments.Len() == 0 {
		return false
	}
	seg := n.Segments.At(0)
	toks := scanHTML(src, seg.Start, seg.Stop)
	return len(toks) == 1 && toks[0].name == "br"
}

// normalizeSpace folds every run of white space (including U+00A0 from "&#160;") into one space
// and trims the ends. Other bytes, even invalid UTF-8, are kept as written.
func normalizeSpace(s string) string {
	if !needsFolding(s) {
		return s
	}
	var b strings.Builder
	pending := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if isFoldedSpace(r) {
			pending = true
		} else {
			if pending && b.Len() > 0 {
				b.WriteByte(' ')
			}
			pending = false
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

func isFoldedSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v' || r == '\u00a0'
}

// needsFolding reports whether normalizeSpace would change s.
func needsFolding(s string) bool {
	prevSpace := true // a leading space needs trimming
	for _, r := range s {
		space := isFoldedSpace(r)
		if space && (r != ' ' || prevSpace) {
			return true
		}
		prevSpace = space
	}
	return prevSpace && s != ""
}

// stripTags is the text of a piece of raw HTML: tags and comments removed, entities decoded.
func stripTags(src []byte, start, end int) string {
	var b strings.Builder
	i := start
	for _, t := range scanHTML(src, start, end) {
		b.Write(src[i:t.start])
		if t.name == "br" || t.name == "p" || t.name == "div" || t.name == "li" {
			b.WriteByte(' ')
		}
		i = t.end
	}
	if i < end {
		b.Write(src[i:end])
	}
	return normalizeSpace(html.UnescapeString(b.String()))
}
