package docsparse

import (
	"strings"

	"github.com/yuin/goldmark/ast"
)

// A paragraph is flattened into a sequence of label candidates and the plain text between
// them, so breadcrumbs written across several pieces ("**A** > **B**") can be joined.
type seqItem struct {
	label    *Label // a label candidate, or nil for text
	run      textRun
	boundary bool // an image or line break: text on either side does not join
}

// textRun is plain text as written, made of pieces copied from the source; offset maps a byte
// of text back to the source.
type textRun struct {
	text   []byte
	pieces []runPiece
}

type runPiece struct{ at, off int } // text[at:] starts at source offset off

func (r textRun) offset(i int) int {
	p := r.pieces[0]
	for _, q := range r.pieces[1:] {
		if q.at > i {
			break
		}
		p = q
	}
	return p.off + i - p.at
}

// slice returns text[start:end] with its offsets.
func (r textRun) slice(start, end int) textRun {
	if start >= end {
		return textRun{}
	}
	out := textRun{text: r.text[start:end], pieces: []runPiece{{0, r.offset(start)}}}
	for _, q := range r.pieces {
		if q.at > start && q.at < end {
			out.pieces = append(out.pieces, runPiece{q.at - start, q.off})
		}
	}
	return out
}

// htmlLabelKinds maps inline HTML elements writers use for UI labels to a label kind.
var htmlLabelKinds = map[string]LabelKind{
	"b": LabelBold, "strong": LabelBold, "em": LabelItalic, "i": LabelItalic, "kbd": LabelCode, "code": LabelCode,
}

// labels returns the UI labels a paragraph names, in order, each at the position of its text.
func (b *builder) labels(para ast.Node) []Label {
	// The sequence is scratch, reused for every paragraph: only the labels outlive it.
	seq := b.seq[:0]
	b.flatten(para, &seq)
	b.seq = seq
	return b.joinBreadcrumbs(b.expandRuns(seq))
}

func (b *builder) flatten(n ast.Node, seq *[]seqItem) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			appendText(seq, c.Segment.Value(b.src), c.Segment.Start)
			if c.SoftLineBreak() || c.HardLineBreak() {
				appendText(seq, []byte{' '}, c.Segment.Stop)
			}
		case *ast.String:
			appendText(seq, c.Value, max(c.Pos(), 0))
		case *ast.Emphasis:
			kind := LabelItalic
			if c.Level >= 2 {
				kind = LabelBold
			}
			b.addLabel(seq, kind, plainText(c, b.src), textStart(c))
		case *ast.CodeSpan:
			b.addLabel(seq, LabelCode, plainText(c, b.src), textStart(c))
		case *ast.RawHTML:
			if close, ok := b.htmlLabel(c, seq); ok {
				c = close
				continue
			}
			if isLineBreakTag(c, b.src) {
				*seq = append(*seq, seqItem{boundary: true})
			}
		case *ast.Image, *ast.AutoLink:
			*seq = append(*seq, seqItem{boundary: true})
		default: // links, ~~strike~~: their text is part of the sentence
			b.flatten(c, seq)
		}
	}
}

// maxLabelNodes bounds how far htmlLabel looks for a closing tag: a label is a few words, and
// a paragraph of unclosed <b> tags must not take quadratic time.
const maxLabelNodes = 32

// htmlLabel reads <span class="btn">X</span>, <b>X</b> and friends starting at open. It returns
// the closing node so the caller continues after it.
func (b *builder) htmlLabel(open *ast.RawHTML, seq *[]seqItem) (*ast.RawHTML, bool) {
	toks := rawTokens(open, b.src)
	if len(toks) != 1 || toks[0].kind != tokOpen {
		return nil, false
	}
	tag := toks[0]
	kind, ok := htmlLabelKinds[tag.name]
	if tag.name == "span" && tag.hasClass("btn") {
		kind, ok = LabelButton, true
	}
	if !ok {
		return nil, false
	}
	var text strings.Builder
	for c, n := open.NextSibling(), 0; c != nil && n < maxLabelNodes; c, n = c.NextSibling(), n+1 {
		if raw, isRaw := c.(*ast.RawHTML); isRaw {
			if t := rawTokens(raw, b.src); len(t) == 1 && t[0].kind == tokClose && t[0].name == tag.name {
				start := tag.end
				if first := open.NextSibling(); first != c {
					start = textStart(first)
				}
				b.addLabel(seq, kind, normalizeSpace(text.String()), start)
				return raw, true
			}
		}
		writeNode(&text, c, b.src)
	}
	return nil, false
}

func rawTokens(n *ast.RawHTML, src []byte) []htmlToken {
	if n.Segments.Len() == 0 {
		return nil
	}
	return scanHTML(src, n.Segments.At(0).Start, n.Segments.At(n.Segments.Len()-1).Stop)
}

func (b *builder) addLabel(seq *[]seqItem, kind LabelKind, text string, off int) {
	if text == "" {
		*seq = append(*seq, seqItem{boundary: true})
		return
	}
	*seq = append(*seq, seqItem{label: &Label{Text: text, Kind: kind, Pos: b.pos(off)}})
}

func appendText(seq *[]seqItem, text []byte, off int) {
	s := *seq
	if len(s) == 0 || s[len(s)-1].label != nil || s[len(s)-1].boundary {
		s = append(s, seqItem{})
	}
	last := &s[len(s)-1]
	last.run.pieces = append(last.run.pieces, runPiece{len(last.run.text), off})
	if len(last.run.text) == 0 {
		// Most runs are one piece of the source: share its bytes, capped so that a later
		// piece is appended to a copy and the source is never written.
		last.run.text = text[:len(text):len(text)]
		*seq = s
		return
	}
	last.run.text = append(last.run.text, text...)
	*seq = s
}

// textStart is the source offset of the first text inside an inline node.
func textStart(n ast.Node) int {
	start := -1
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := c.(*ast.Text); ok && entering {
			start = t.Segment.Start
			return ast.WalkStop, nil
		}
		return ast.WalkContinue, nil
	})
	if start < 0 {
		return max(n.Pos(), 0)
	}
	return start
}
