package featuregen

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// span is a half-open byte range of a step's text.
type span struct{ start, end int }

// abbreviations end with a period that does not end a sentence (compared lower-cased,
// including the period).
var abbreviations = []string{
	"e.g.", "eg.", "i.e.", "ie.", "etc.", "vs.", "cf.", "approx.", "incl.", "no.", "fig.", "ex.", "dr.",
	"mr.", "mrs.", "ms.", "st.", "p.", "pp.", "min.", "max.", "sec.", "esp.", "resp.",
}

// sentences splits a one-line step text into its sentences. A sentence ends at ".", "!" or
// "?" followed by a space and the start of a new sentence (a capital, a digit, or opening
// markup). Nothing inside **bold**, __bold__, `code`, quotes, parentheses or brackets ends a
// sentence, nor an abbreviation (e.g., i.e.) or the dots of a URL.
func sentences(text string) []span {
	var protected []bool // worked out at the first place a sentence could end: many texts have none
	var out []span
	start := 0
	for i := 0; i+2 < len(text); i++ {
		if text[i] == ' ' && text[i+1] == '.' && text[i+2] >= 'A' && text[i+2] <= 'Z' && i > start {
			// "`optional` .It is used …": a stop set apart from its sentence and run into the
			// next, as docs translated in haste write it.
			if protected == nil {
				protected = protectedRanges(text)
			}
			if !protected[i+1] {
				out = append(out, span{start, i + 2})
				start = i + 2
				continue
			}
		}
		if text[i+1] != ' ' || !startsSentence(text[i+2:]) && !lowerCaseName(text[:i+1], text[i+2:]) {
			continue
		}
		// The terminator may sit inside closing markup: "(as shown.)", "**Done.**".
		end := trimClosers(text[start : i+1])
		if end == "" || !strings.ContainsRune(".!?", rune(end[len(end)-1])) {
			continue
		}
		if protected == nil {
			protected = protectedRanges(text)
		}
		if protected[i+1] || len(end) == i+1-start && protected[i] {
			continue
		}
		if strings.HasSuffix(end, ".") && endsWithAbbreviation(end) {
			continue
		}
		out = append(out, span{start, i + 1})
		start = i + 2
	}
	if start < len(text) {
		out = append(out, span{start, len(text)})
	}
	return out
}

func trimClosers(s string) string {
	for {
		t := strings.TrimRight(s, ")]\"*_'")
		t = strings.TrimSuffix(t, "”")
		t = strings.TrimSuffix(t, "’")
		if t == s {
			return s
		}
		s = t
	}
}

func startsSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("*_`\"“'([<", r)
}

// lowerCaseName reports a sentence that starts with a name written in lower case ("Click
// **Create**. zrok begins issuing …", "Close the form. npm sends …"): after a full stop that
// closes a word of four letters or more, or markup, and before a word that no conjunction
// continues ("`email`. and click …" is a slip, not two sentences).
func lowerCaseName(before, after string) bool {
	r, _ := utf8.DecodeRuneInString(after)
	if !unicode.IsLower(r) || !strings.HasSuffix(before, ".") {
		return false
	}
	word := strings.TrimSuffix(before[strings.LastIndexByte(before, ' ')+1:], ".")
	closed := strings.Trim(word, "*_`()")
	letters := 0
	for _, c := range closed {
		if !unicode.IsLetter(c) {
			return false
		}
		letters++
	}
	if closed == word && letters < 4 {
		return false
	}
	next, rest, ok := strings.Cut(after, " ")
	if !ok || rest == "" {
		return false
	}
	switch next {
	case "and", "or", "but", "then", "if", "which", "so", "to", "as", "with", "for", "in", "on", "of":
		return false
	}
	return true
}

func endsWithAbbreviation(s string) bool {
	word := s[strings.LastIndexByte(s, ' ')+1:]
	word = strings.TrimLeft(word, "(\"“*_")
	lw := strings.ToLower(word)
	for _, a := range abbreviations {
		if lw == a {
			return true
		}
	}
	return isDottedAbbreviation(word)
}

// isDottedAbbreviation recognises "U.S." and "a.m." but not "config.json.".
func isDottedAbbreviation(word string) bool {
	parts := strings.Split(strings.TrimSuffix(word, "."), ".")
	if len(parts) < 2 {
		return false
	}
	for _, part := range parts {
		if part == "" || len(part) > 2 {
			return false
		}
	}
	return true
}

// protectedRanges marks the bytes of text that lie inside markup a sentence cannot end in.
func protectedRanges(text string) []bool {
	p := make([]bool, len(text))
	mark := func(from, to int) {
		for i := from; i < to && i < len(p); i++ {
			p[i] = true
		}
	}
	// Code spans first: nothing inside them is markup.
	spans := newPairs(text)
	for i := 0; i < len(text); i++ {
		if text[i] == '`' {
			n, skip := spans.codeSpan(i, len(text))
			mark(i, i+n)
			i += skip - 1
		}
	}
	markPairs(text, p, "**")
	markPairs(text, p, "__")
	markPairs(text, p, "\"")
	markQuotes(text, p, "“", "”")
	markBrackets(text, p, '(', ')')
	markBrackets(text, p, '[', ']')
	markURLs(text, p)
	return p
}

// markPairs protects text between successive occurrences of delim that are not already
// protected; an unpaired last delimiter protects nothing.
func markPairs(text string, p []bool, delim string) {
	open := -1
	for i := 0; i+len(delim) <= len(text); i++ {
		if p[i] || text[i:i+len(delim)] != delim {
			continue
		}
		if open < 0 {
			open = i
		} else {
			for j := open; j < i+len(delim); j++ {
				p[j] = true
			}
			open = -1
		}
		i += len(delim) - 1
	}
}

func markQuotes(text string, p []bool, open, close string) {
	for i := 0; i < len(text); {
		j := strings.Index(text[i:], open)
		if j < 0 {
			return
		}
		from := i + j
		k := strings.Index(text[from+len(open):], close)
		if k < 0 {
			return
		}
		to := from + len(open) + k + len(close)
		for x := from; x < to; x++ {
			p[x] = true
		}
		i = to
	}
}

// markBrackets protects balanced bracket pairs; unbalanced brackets protect nothing.
func markBrackets(text string, p []bool, open, close byte) {
	var stack []int
	for i := 0; i < len(text); i++ {
		if p[i] && len(stack) == 0 {
			continue
		}
		switch text[i] {
		case open:
			stack = append(stack, i)
		case close:
			if len(stack) == 0 {
				continue
			}
			from := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if len(stack) == 0 {
				for x := from; x <= i; x++ {
					p[x] = true
				}
			}
		}
	}
}

func markURLs(text string, p []bool) {
	for _, prefix := range []string{"http://", "https://", "www."} {
		for i := 0; i < len(text); {
			j := strings.Index(text[i:], prefix)
			if j < 0 {
				break
			}
			from := i + j
			to := strings.IndexByte(text[from:], ' ')
			if to < 0 {
				to = len(text)
			} else {
				to += from
			}
			// A URL's own trailing period ends the sentence it closes.
			if to > from && strings.ContainsRune(".!?", rune(text[to-1])) {
				to--
			}
			for x := from; x < to; x++ {
				p[x] = true
			}
			i = to + 1
		}
	}
}
