package docsparse

import (
	"bytes"
	"strings"
)

// htmlToken is one tag or comment found in raw HTML, with absolute byte offsets into the source.
type htmlToken struct {
	kind       tokenKind
	name       string // lower-case tag name; empty for comments
	attrs      []htmlAttr
	start, end int    // the token is src[start:end]
	fragEnd    int    // end of the stretch of HTML (block or inline) the token was found in
	comment    string // the text between <!-- and -->
}

type tokenKind int

const (
	tokOpen tokenKind = iota
	tokClose
	tokComment
)

type htmlAttr struct {
	name  string // lower-case
	value string // as written, quotes removed
}

func (t htmlToken) attr(name string) (string, bool) {
	for _, a := range t.attrs {
		if a.name == name {
			return a.value, true
		}
	}
	return "", false
}

// hasClass reports whether the tag's class attribute lists class (or, with a trailing "*",
// a class starting with that prefix).
func (t htmlToken) hasClass(class string) bool {
	v, _ := t.attr("class")
	for _, c := range strings.Fields(v) {
		if c == class || strings.HasSuffix(class, "*") && strings.HasPrefix(c, class[:len(class)-1]) {
			return true
		}
	}
	return false
}

// scanHTML finds the tags and comments in src[start:end]. It is deliberately forgiving: it is
// fed whatever goldmark classified as HTML, and anything that is not a well-formed tag is text.
func scanHTML(src []byte, start, end int) []htmlToken {
	var toks []htmlToken
	i := start
	for i < end {
		lt := bytes.IndexByte(src[i:end], '<')
		if lt < 0 {
			break
		}
		i += lt
		tok, next, ok := scanToken(src, i, end)
		if !ok {
			i++
			continue
		}
		toks = append(toks, tok)
		i = next
	}
	return toks
}

func scanToken(src []byte, i, end int) (htmlToken, int, bool) {
	if bytes.HasPrefix(src[i:end], []byte("<!--")) {
		body := i + 4
		stop := bytes.Index(src[body:end], []byte("-->"))
		if stop < 0 {
			return htmlToken{kind: tokComment, start: i, end: end, comment: string(src[body:end])}, end, true
		}
		return htmlToken{kind: tokComment, start: i, end: body + stop + 3, comment: string(src[body : body+stop])}, body + stop + 3, true
	}
	j := i + 1
	kind := tokOpen
	if j < end && src[j] == '/' {
		kind = tokClose
		j++
	}
	nameStart := j
	for j < end && (isASCIILetter(src[j]) || j > nameStart && (isASCIIDigit(src[j]) || src[j] == '-')) {
		j++
	}
	if j == nameStart {
		return htmlToken{}, 0, false
	}
	tok := htmlToken{kind: kind, name: strings.ToLower(string(src[nameStart:j])), start: i}
	for j < end {
		for j < end && isHTMLSpace(src[j]) {
			j++
		}
		if j >= end {
			return htmlToken{}, 0, false
		}
		switch {
		case src[j] == '>':
			tok.end = j + 1
			return tok, j + 1, true
		case src[j] == '/' && j+1 < end && src[j+1] == '>':
			tok.end = j + 2
			return tok, j + 2, true
		}
		a, next, ok := scanAttr(src, j, end)
		if !ok {
			return htmlToken{}, 0, false
		}
		tok.attrs = append(tok.attrs, a)
		j = next
	}
	return htmlToken{}, 0, false
}

func scanAttr(src []byte, j, end int) (htmlAttr, int, bool) {
	nameStart := j
	for j < end && !isHTMLSpace(src[j]) && src[j] != '=' && src[j] != '>' && src[j] != '/' && src[j] != '"' && src[j] != '\'' {
		j++
	}
	if j == nameStart {
		return htmlAttr{}, 0, false
	}
	a := htmlAttr{name: strings.ToLower(string(src[nameStart:j]))}
	k := j
	for k < end && isHTMLSpace(src[k]) {
		k++
	}
	if k >= end || src[k] != '=' {
		return a, j, true
	}
	k++
	for k < end && isHTMLSpace(src[k]) {
		k++
	}
	if k >= end {
		return htmlAttr{}, 0, false
	}
	if q := src[k]; q == '"' || q == '\'' {
		stop := bytes.IndexByte(src[k+1:end], q)
		if stop < 0 {
			return htmlAttr{}, 0, false
		}
		a.value = string(src[k+1 : k+1+stop])
		return a, k + 2 + stop, true
	}
	vStart := k
	for k < end && !isHTMLSpace(src[k]) && src[k] != '>' {
		k++
	}
	a.value = string(src[vStart:k])
	return a, k, true
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isASCIIDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isHTMLSpace(c byte) bool   { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }
