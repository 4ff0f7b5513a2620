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
	off  []int32 // a doc is far smaller than 2 GiB; half the size of []int, built per byte
}

var (
	htmlTagRE   = regexp.MustCompile(`^</?([A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*)?/?>`)
	autolinkRE  = regexp.MustCompile(`^<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*|[^<>\s@]+@[^<>\s@]+)>`)
	entityRE    = regexp.MustCompile(`^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});`)
	imgAltRE    = regexp.MustCompile(`(?i)\salt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))`)
	kramdownRE  = regexp.MustCompile(`^\{:[^{}\n]*\}`)
	variantRE   = regexp.MustCompile(`^\{:\s*\.[\w-]+-only\s*\}$`)
	blockTagsRE = regexp.MustCompile(`(?i)^(br|p|div|li|ul|ol|tr|td|th|table|hr)$`)
	// buttonClassRE finds a class that says the element draws a button: class="btn",
	// class="action btn-primary".
	buttonClassRE = regexp.MustCompile(`(?i)\sclass\s*=\s*["'][^"']*\bbtn\b`)
)

// htmlEmphasis is the Markdown mark of HTML's emphasis elements.
var htmlEmphasis = map[string]string{"b": "**", "strong": "**", "em": "*", "i": "*"}

// cleanMarkup keeps what a writer would recognise of their own step: emphasis and code spans
// exactly as written, link text without its target, images as their [alt text], HTML reduced
// to its text, entities and backslash escapes decoded, all whitespace collapsed to single
// spaces on one line.
func cleanMarkup(src string) stepText {
	// The text is seldom longer than the markup: size both once.
	b := textBuilder{pendSpace: -1, pairs: newPairs(src), off: make([]int32, 0, len(src))}
	b.buf.Grow(len(src))
	b.clean(0, len(src))
	return b.finish()
}

type textBuilder struct {
	pairs     *pairs          // of the whole markup; clean reads it from here
	buf       strings.Builder // its String is the text itself, not a copy
	off       []int32
	pendSpace int // offset of a pending run of whitespace, or -1
	started   bool
	spans     []bool // the <span>s open, and whether each is a button's
}

func (b *textBuilder) finish() stepText { return stepText{text: b.buf.String(), off: b.off} }

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
			b.buf.WriteByte(' ')
			b.off = append(b.off, int32(b.pendSpace))
			b.pendSpace = -1
		}
		n, _ := b.buf.WriteRune(r)
		for range n {
			b.off = append(b.off, int32(at))
		}
		b.started = true
	}
}

// clean appends the text of the markup between offsets from and to.
func (b *textBuilder) clean(from, to int) {
	src := b.pairs.s[:to]
	for i := from; i < to; {
		rest := src[i:]
		at := i
		switch c := src[i]; {
		case c == '`':
			n, skip := b.pairs.codeSpan(i, to)
			if n > 0 {
				for j, r := range rest[:n] {
					b.emit(string(r), at+j)
				}
			} else {
				b.emit(rest[:skip], at)
			}
			i += skip
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
			if strings.HasPrefix(rest, "<>") || strings.HasPrefix(rest, "</>") {
				i += len("<>") + boolInt(strings.HasPrefix(rest, "</>")) // an MDX fragment's bounds
				continue
			}
			if strings.HasPrefix(rest, "<!--") {
				if end := b.pairs.commentEnd(i, to); end > 0 {
					i = end
					continue
				}
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
				case strings.HasSuffix(m[0], "/>") && imgAlt(m[0]) != "":
					// An MDX icon component, `<InlineIcon Icon={…} alt="three-dots" />`: shown
					// by its alt text, as an image is.
					b.image(imgAlt(m[0]), at)
				case !strings.HasPrefix(m[0], "</") && iconComponent(m[1], m[0]) != "":
					// `<Icon name="gear-six" />`, `<EditIcon />`: the picture the reader sees.
					b.image(iconComponent(m[1], m[0]), at)
				case blockTagsRE.MatchString(tag):
					b.space(at)
				case tag == "kbd" && !strings.HasSuffix(m[0], "/>"):
					// "Press <Kbd>R</Kbd>": a key, marked as code is, so a reader of the step
					// still sees the doc said which key (understand presses it).
					b.emit("`", at)
				case htmlEmphasis[tag] != "" && !strings.HasSuffix(m[0], "/>"):
					// "Click <b>Save changes</b>": HTML's emphasis is Markdown's, a label.
					b.emit(htmlEmphasis[tag], at)
				case tag == "span" && !strings.HasSuffix(m[0], "/>"):
					// "click <span class="btn">Remove from Update</span>": a button's name, in
					// bold; which </span> closes it is the last one opened.
					if strings.HasPrefix(m[0], "</") {
						if n := len(b.spans); n > 0 {
							if b.spans[n-1] {
								b.emit("**", at)
							}
							b.spans = b.spans[:n-1]
						}
					} else {
						btn := buttonClassRE.MatchString(m[0])
						b.spans = append(b.spans, btn)
						if btn {
							b.emit("**", at)
						}
					}
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
			if textEnd, end := b.pairs.link(i+1, to); end > 0 {
				b.image(src[i+2:textEnd], at)
				i = end
				continue
			}
		case c == '[':
			if textEnd, end := b.pairs.link(i, to); end > 0 {
				b.clean(i+1, textEnd)
				i = end
				continue
			}
		case c == '{':
			if m := kramdownRE.FindString(rest); m != "" {
				if b.started || !variantRE.MatchString(m) {
					i += len(m) // kramdown attribute lists and {::nomarkdown} switches render as nothing
					continue
				}
				// "{:.ee-only}" before a step says which edition it is for: the reader sees it
				// as a badge, and understand reads it as where the step applies.
				b.emitPlain(m, at)
				i += len(m)
				continue
			}
			if n := templateLen(rest); n > 0 {
				i += n // a template tag or variable ({% … %}, {{ … }}): its value is not in the doc
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

// iconComponent is the icon an MDX or web component draws — `<Icon name="gear-six" />`,
// `<Icon icon="mdi:delete-outline" />`, `<EditIcon />` — named by its name or icon attribute
// (an icon set's "set:" prefix left out) or else by its own name; "" when the tag is no icon.
func iconComponent(name, tag string) string {
	base, ok := strings.CutSuffix(name, "Icon")
	if !ok {
		return ""
	}
	if m := iconAttrRE.FindStringSubmatch(tag); m != nil {
		v := m[1] + m[2]
		return v[strings.LastIndexByte(v, ':')+1:]
	}
	return strings.ToLower(strings.TrimSpace(camelWords.ReplaceAllString(base, "$1 $2")))
}

var (
	iconAttrRE = regexp.MustCompile(`\s(?:name|icon)\s*=\s*(?:"([^"{}]+)"|'([^'{}]+)')`)
	camelWords = regexp.MustCompile(`([a-z0-9])([A-Z])`)
)

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

// link recognises an inline link or reference link at the "[" at i, ending by limit
// ("[text](target)", "[text][ref]"): textEnd is the index of the "]" closing the text, end
// the index just past the whole link; end is 0 when no link starts at i.
func (p *pairs) link(i, limit int) (textEnd, end int) {
	textEnd = p.match(i, limit)
	if textEnd < 0 || textEnd+1 >= limit {
		return 0, 0
	}
	switch p.s[textEnd+1] {
	case '(', '[': // a reference label cannot hold brackets, so its own pair is its end
		if c := p.match(textEnd+1, limit); c > 0 {
			return textEnd, c + 1
		}
	}
	return 0, 0
}

// maxTemplate bounds how far a template tag's end is looked for, so a doc full of unclosed
// "{%" stays linear.
const maxTemplate = 256

// templateLen is the length of a template tag or expression at the start of s: {% … %},
// {{ … }}, {{< … >}}, or an MDX expression such as {shared['x'].text}; 0 when s starts none.
func templateLen(s string) int {
	window := s[:min(len(s), maxTemplate)]
	for _, p := range [][2]string{{"{{<", ">}}"}, {"{{%", "%}}"}, {"{%", "%}"}, {"{{", "}}"}} {
		if strings.HasPrefix(window, p[0]) {
			if end := strings.Index(window[len(p[0]):], p[1]); end >= 0 {
				return len(p[0]) + end + len(p[1])
			}
		}
	}
	if strings.HasPrefix(window, "{:") {
		return 0
	}
	if end := strings.IndexAny(window, "}\n"); end > 0 && window[end] == '}' && strings.ContainsAny(window[1:end], "[.(") && !strings.Contains(window[1:end], "{") {
		return end + 1
	}
	return 0
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
