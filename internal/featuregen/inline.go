package featuregen

import (
	"html"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// stepText is a step's markup turned into the one line a Gherkin step can hold. off[i] is the
// byte offset in the markup that produced text[i], so a sentence split out of the text can
// still point at its own column in the doc.
type stepText struct {
	text string
	off  []int
}

var (
	htmlTagRE   = regexp.MustCompile(`^</?([A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*)?/?>`)
	autolinkRE  = regexp.MustCompile(`^<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*|[^<>\s@]+@[^<>\s@]+)>`)
	entityRE    = regexp.MustCompile(`^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});`)
	imgAltRE    = regexp.MustCompile(`(?i)\salt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))`)
	kramdownRE  = regexp.MustCompile(`^\{:[^{}\n]*\}`)
	blockTagsRE = regexp.MustCompile(`(?i)^(br|p|div|li|ul|ol|tr|td|th|table|hr)$`)
)

// cleanMarkup keeps what a writer would recognise of their own step: emphasis and code spans
// exactly as written, link text without its target, images as their [alt text], HTML reduced
// to its text, entities and backslash escapes decoded, all whitespace collapsed to single
// spaces on one line.
func cleanMarkup(src string) stepText {
	b := textBuilder{pendSpace: -1}
	b.clean(src, 0)
	return b.finish()
}

type textBuilder struct {
	buf       []byte
	off       []int
	pendSpace int // offset of a pending run of whitespace, or -1
	started   bool
}

func (b *textBuilder) finish() stepText { return stepText{text: string(b.buf), off: b.off} }

func (b *textBuilder) space(at int) {
	if b.started && b.pendSpace < 0 {
		b.pendSpace = at
	}
}

func (b *textBuilder) emit(s string, at int) {
	for _, r := range s {
		if unicode.IsSpace(r) {
			b.space(at)
			continue
		}
		if unicode.IsControl(r) {
			continue // never let a control character into a Gherkin line
		}
		if b.pendSpace >= 0 {
			b.buf = append(b.buf, ' ')
			b.off = append(b.off, b.pendSpace)
			b.pendSpace = -1
		}
		n := len(b.buf)
		b.buf = utf8.AppendRune(b.buf, r)
		for range len(b.buf) - n {
			b.off = append(b.off, at)
		}
		b.started = true
	}
}

// clean appends the text of src; base is src's offset in the whole markup.
func (b *textBuilder) clean(src string, base int) {
	for i := 0; i < len(src); {
		rest := src[i:]
		at := base + i
		switch c := src[i]; {
		case c == '`':
			if n := codeSpanLen(rest); n > 0 {
				for j, r := range rest[:n] {
					b.emit(string(r), at+j)
				}
				i += n
				continue
			}
			n := runLen(rest, '`')
			b.emit(rest[:n], at)
			i += n
			continue
		case c == '\\' && len(rest) > 1 && isASCIIPunct(rest[1]):
			b.emit(rest[1:2], at)
			i += 2
			continue
		case c == '\\' && len(rest) > 1 && rest[1] == '\n':
			b.space(at)
			i += 2
			continue
		case c == '<':
			if n := htmlCommentLen(rest); n > 0 {
				i += n
				continue
			}
			if m := autolinkRE.FindStringSubmatchIndex(rest); m != nil {
				b.emitPlain(rest[m[2]:m[3]], at+m[2])
				i += m[1]
				continue
			}
			if m := htmlTagRE.FindStringSubmatch(rest); m != nil {
				tag := strings.ToLower(m[1])
				switch {
				case tag == "img" && !strings.HasPrefix(m[0], "</"):
					b.image(imgAlt(m[0]), at)
				case blockTagsRE.MatchString(tag):
					b.space(at)
				}
				i += len(m[0])
				continue
			}
		case c == '&':
			if m := entityRE.FindString(rest); m != "" {
				b.emit(html.UnescapeString(m), at)
				i += len(m)
				continue
			}
		case c == '!' && strings.HasPrefix(rest, "!["):
			if textEnd, end := linkLen(rest[1:]); end > 0 {
				b.image(rest[2:1+textEnd], at)
				i += 1 + end
				continue
			}
		case c == '[':
			if textEnd, end := linkLen(rest); end > 0 {
				b.clean(rest[1:textEnd], at+1)
				i += end
				continue
			}
		case c == '{':
			if m := kramdownRE.FindString(rest); m != "" {
				i += len(m) // kramdown attribute lists and {::nomarkdown} switches render as nothing
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(rest)
		if r == utf8.RuneError && n == 1 {
			i++ // invalid UTF-8 cannot be shown faithfully; dropping it keeps the line valid
			continue
		}
		b.emit(rest[:n], at)
		i += n
	}
}

// emitPlain writes text verbatim except for whitespace and control characters.
func (b *textBuilder) emitPlain(s string, at int) {
	for j, r := range s {
		b.emit(string(r), at+j)
	}
}

// image shows an image or icon by its alt text in brackets; an image without alt text shows
// nothing, as a screen reader would.
func (b *textBuilder) image(alt string, at int) {
	alt = strings.Join(strings.Fields(html.UnescapeString(alt)), " ")
	if alt == "" {
		return
	}
	b.emit("["+alt+"]", at)
}

func imgAlt(tag string) string {
	m := imgAltRE.FindStringSubmatch(tag)
	if m == nil {
		return ""
	}
	return m[1] + m[2] + m[3]
}

func isASCIIPunct(c byte) bool {
	return c < utf8.RuneSelf && unicode.IsPunct(rune(c)) || strings.IndexByte("$+<=>^`|~", c) >= 0
}

func runLen(s string, c byte) int {
	n := 0
	for n < len(s) && s[n] == c {
		n++
	}
	return n
}

// codeSpanLen is the length of the code span that starts s (a backtick run closed by a run
// of the same length), or 0 when the run is not closed.
func codeSpanLen(s string) int {
	open := runLen(s, '`')
	for i := open; i < len(s); {
		j := strings.IndexByte(s[i:], '`')
		if j < 0 {
			return 0
		}
		i += j
		n := runLen(s[i:], '`')
		if n == open {
			return i + n
		}
		i += n
	}
	return 0
}

func htmlCommentLen(s string) int {
	if !strings.HasPrefix(s, "<!--") {
		return 0
	}
	end := strings.Index(s[4:], "-->")
	if end < 0 {
		return 0
	}
	return 4 + end + 3
}

// linkLen recognises an inline link or reference link at the start of s ("[text](target)",
// "[text][ref]"): textEnd is the index of the "]" closing the text, end the length of the
// whole link. end is 0 when s does not start a link.
func linkLen(s string) (textEnd, end int) {
	textEnd = matchingClose(s, '[', ']')
	if textEnd < 0 || textEnd+1 >= len(s) {
		return 0, 0
	}
	switch s[textEnd+1] {
	case '(':
		if c := matchingClose(s[textEnd+1:], '(', ')'); c > 0 {
			return textEnd, textEnd + 1 + c + 1
		}
	case '[':
		if c := strings.IndexByte(s[textEnd+1:], ']'); c > 0 {
			return textEnd, textEnd + 1 + c + 1
		}
	}
	return 0, 0
}

// matchingClose returns the index of the bracket closing the one at s[0], skipping
// backslash escapes and code spans, or -1.
func matchingClose(s string, open, close byte) int {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '`':
			if n := codeSpanLen(s[i:]); n > 0 {
				i += n - 1
			}
		case open:
			depth++
		case close:
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}
