package docsparse

import (
	"strconv"
	"strings"
	"unicode"
)

// slugger makes GitHub-style heading anchors: lower-case, punctuation and symbols dropped
// except "-" and "_", each space turned into "-", and repeats numbered "-1", "-2", … in
// document order (github-slugger's algorithm).
type slugger map[string]int

func (s slugger) slug(text string) string {
	base := slugify(text)
	slug := base
	for {
		if _, taken := s[slug]; !taken {
			break
		}
		s[base]++
		slug = base + "-" + strconv.Itoa(s[base])
	}
	s[slug] = 0
	return slug
}

func slugify(text string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(text)) {
		switch {
		case r == ' ':
			b.WriteByte('-')
		case r == '-' || r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r):
			b.WriteRune(r)
		}
	}
	return b.String()
}
