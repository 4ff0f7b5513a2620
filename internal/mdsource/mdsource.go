// Package mdsource is how docdrift reads a Markdown doc's bytes, the same way for every
// package that does — docsparse's model, lint's line rules, the HTML report's rendering: the
// one goldmark configuration, the lines (LF, CRLF, or a lone CR as old Mac editors save
// them), and what is not Markdown — a byte-order mark, YAML front matter — hidden from the
// parser without moving any offset, so every position goldmark reports is the doc's own.
package mdsource

import (
	"bytes"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
)

// New is goldmark as docdrift reads docs — CommonMark plus GFM (tables, strikethrough,
// autolinks) and {#id} heading attributes — with opts added, such as a renderer's. goldmark
// keeps each parse's state in a context, so one instance serves concurrent calls.
func New(opts ...goldmark.Option) goldmark.Markdown {
	return goldmark.New(append([]goldmark.Option{
		goldmark.WithExtensions(extension.GFM),
		goldmark.WithParserOptions(parser.WithAttribute()),
	}, opts...)...)
}

// Source is a doc's bytes made ready for goldmark. Text and Parse have the length and the
// offsets of the doc as read.
type Source struct {
	// Text is the doc with each lone CR turned into LF, which goldmark does not take for a
	// line end: what a reader of the doc's text reads. It is the doc itself when it has none.
	Text []byte
	// Parse is Text with the byte-order mark and the front matter blanked: what goldmark
	// parses (a BOM would make "\ufeff# Title" a paragraph; front matter is YAML).
	Parse       []byte
	Lines       Lines
	FrontMatter FrontMatter
}

var utf8BOM = []byte("\ufeff")

// Read prepares src for parsing; src itself is never changed.
func Read(src []byte) Source {
	text := src
	if i := loneCR(src, 0); i >= 0 {
		text = bytes.Clone(src)
		for ; i >= 0; i = loneCR(text, i+1) {
			text[i] = '\n'
		}
	}
	bom := 0
	if bytes.HasPrefix(text, utf8BOM) {
		bom = len(utf8BOM)
	}
	fm := frontMatter(text, bom)
	parse := text
	if blank := max(bom, fm.End); blank > 0 {
		parse = bytes.Clone(text)
		Blank(parse, 0, blank)
	}
	return Source{Text: text, Parse: parse, Lines: NewLines(src), FrontMatter: fm}
}

// loneCR is the offset of the first CR at or after from that no LF follows, or -1.
func loneCR(src []byte, from int) int {
	for i := from; i < len(src); i++ {
		if src[i] == '\r' && (i+1 == len(src) || src[i+1] != '\n') {
			return i
		}
	}
	return -1
}

// Blank replaces src[start:end] with spaces, keeping line ends, so that goldmark passes over
// the bytes while every offset after them stays what it was.
func Blank(src []byte, start, end int) {
	for i := start; i < end; i++ {
		if src[i] != '\n' && src[i] != '\r' {
			src[i] = ' '
		}
	}
}
