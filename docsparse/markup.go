package docsparse

import (
	"bytes"
	"fmt"

	"github.com/docdrift/docdrift/internal/mdsource"
)

// For every piece of inline markup — a "[", a run of backticks, asterisks, underscores or
// tildes — goldmark builds a node or a delimiter and docsparse a label or a piece of text:
// 500 to 900 bytes each, measured on docs made of nothing else. A line of a million "[" took
// gigabytes. Real docs hold at most a few dozen pieces in a line (24 in the corpus) and about
// one in 60 bytes overall, so docdrift reads at most maxMarkupPerLine pieces in a line and
// maxMarkupPerDoc in a doc, and reads the words past that without their markup: each further
// piece is blanked (offsets kept) and a finding at the first such place says so, so the rest
// of the doc is still read.
const (
	maxMarkupPerLine = 256
	maxMarkupPerDoc  = 1 << 16
)

// markupExcess is where a doc holds more inline markup than docdrift reads.
type markupExcess struct {
	lineAt, lines, lineMost int // the first line over the line limit, how many lines are, the most in one
	docAt                   int // the first piece past the doc limit, -1 when within it
}

// excessMarkup counts the pieces of inline markup in src and, when some line or the doc holds
// more than docdrift reads, returns a copy with the excess blanked and where it was.
func excessMarkup(src []byte) (thinned []byte, ex markupExcess, found bool) {
	ex = markupExcess{lineAt: -1, docAt: -1}
	total, inLine := 0, 0
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch {
		case c == '\n':
			inLine = 0
			continue
		case c == '[':
		case c == '`' || c == '*' || c == '_' || c == '~':
			if i > 0 && src[i-1] == c {
				continue // the rest of a run: goldmark reads the run as one piece
			}
		default:
			continue
		}
		total++
		if inLine++; inLine > maxMarkupPerLine || total > maxMarkupPerDoc {
			if thinned == nil {
				thinned = bytes.Clone(src)
			}
			end := i + 1
			for c != '[' && end < len(src) && src[end] == c {
				end++
			}
			mdsource.Blank(thinned, i, end)
		}
		if inLine == maxMarkupPerLine+1 {
			if ex.lines++; ex.lineAt < 0 {
				ex.lineAt = i
			}
		}
		ex.lineMost = max(ex.lineMost, inLine)
		if total == maxMarkupPerDoc+1 {
			ex.docAt = i
		}
	}
	return thinned, ex, thinned != nil
}

// report adds the findings that say what was read as plain text.
func (ex markupExcess) report(b *builder) {
	if ex.lineAt >= 0 {
		more := ""
		if ex.lines > 1 {
			more = fmt.Sprintf(" (%d lines hold more, up to %d)", ex.lines-1, ex.lineMost)
		}
		b.finding(ex.lineAt, Error, "input", fmt.Sprintf(
			"more than %d pieces of inline markup ([, `, *, _, ~) in this line%s; docdrift ignores the markup characters in the rest of the line and reads only its words",
			maxMarkupPerLine, more))
	}
	if ex.docAt >= 0 {
		b.finding(ex.docAt, Error, "input", fmt.Sprintf(
			"the doc holds more than %d pieces of inline markup ([, `, *, _, ~); docdrift ignores the markup characters from here on and reads only the words",
			maxMarkupPerDoc))
	}
}

// thinSource blanks in source's text what excessMarkup blanked in what goldmark parses, so
// the model reads what was parsed. The two differ only where the parse hides front matter.
func thinSource(source mdsource.Source, thinned []byte) mdsource.Source {
	text := bytes.Clone(source.Text)
	for i := range thinned {
		if thinned[i] != source.Parse[i] {
			text[i] = thinned[i]
		}
	}
	source.Text, source.Parse = text, thinned
	return source
}
