package lint

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/docdrift/docdrift/docsparse"
)

// commonRunes are the non-ASCII characters docs actually use: Latin letters with accents,
// typographic punctuation (dashes, curly quotes, ellipsis, bullets), currency, ™ and arrows.
// Their mojibake is what a round trip through Windows-1252 produces; rarer characters would
// only add false positives.
var commonRunes = []*unicode.RangeTable{{R16: []unicode.Range16{
	{Lo: 0x00A0, Hi: 0x017F, Stride: 1}, // Latin-1 Supplement, Latin Extended-A
	{Lo: 0x2010, Hi: 0x203A, Stride: 1}, // dashes, quotes, daggers, bullet, ellipsis, ‰, ‹ ›
	{Lo: 0x20AC, Hi: 0x20AC, Stride: 1}, // €
	{Lo: 0x2122, Hi: 0x2122, Stride: 1}, // ™
	{Lo: 0x2190, Hi: 0x21D4, Stride: 1}, // arrows, used in breadcrumbs
	{Lo: 0x2713, Hi: 0x2717, Stride: 1}, // check and cross marks
}}}

// mojibakeTable maps each common rune's mojibake (its UTF-8 bytes decoded as Windows-1252) to
// the rune; built once, on first use.
var mojibakeTable = sync.OnceValue(func() map[string]rune {
	m := map[string]rune{}
	for _, table := range commonRunes {
		for _, r16 := range table.R16 {
			for r := rune(r16.Lo); r <= rune(r16.Hi); r += rune(r16.Stride) {
				m[decodeCP1252([]byte(string(r)))] = r
			}
		}
	}
	return m
})

// checkMojibake scans the source (code blocks included: garbled text is garbled anywhere) for
// runs of mojibake and names the text the writer meant. Text garbled twice ("Ã¢â‚¬â€œ") is
// repaired until it reads right.
func checkMojibake(in *Input) []docsparse.Finding {
	var out []docsparse.Finding
	src := string(in.Src)
	for i := 0; i < len(src); {
		// Mojibake starts at a 0xC3 byte (see mojibakeAt), which is never inside another
		// rune: skip to the next one at memory speed rather than rune by rune.
		next := strings.IndexByte(src[i:], 0xC3)
		if next < 0 {
			break
		}
		i += next
		n := mojibakeRun(src[i:])
		if n == 0 {
			_, size := utf8.DecodeRuneInString(src[i:])
			i += size
			continue
		}
		bad := src[i : i+n]
		out = append(out, finding(in.pos(i), docsparse.Warning, "%q is probably %q", bad, repair(bad)))
		i += n
	}
	return out
}

// mojibakeRun is the length in bytes of the adjacent mojibake sequences at the start of s.
func mojibakeRun(s string) int {
	n := 0
	for {
		m := mojibakeAt(s[n:])
		if m == 0 {
			return n
		}
		n += m
	}
}

// mojibakeAt is the length in bytes of the mojibake of one rune at the start of s, or 0. A
// UTF-8 sequence is 2 to 4 bytes, so its mojibake is 2 to 4 runes; the longest match wins.
func mojibakeAt(s string) int {
	// Every UTF-8 lead byte (0xC2–0xF4) decodes to a rune from U+00C2 to U+00F4, which UTF-8
	// writes as 0xC3 and one more byte: anything else cannot start mojibake. This keeps the
	// scan of ordinary text to one comparison per byte.
	if len(s) < 2 || s[0] != 0xC3 {
		return 0
	}
	table := mojibakeTable()
	best, end := 0, 0
	for runes := 1; runes <= 4 && end < len(s); runes++ {
		_, size := utf8.DecodeRuneInString(s[end:])
		end += size
		if _, ok := table[s[:end]]; ok && runes >= 2 {
			best = end
		}
	}
	return best
}

// repair replaces every mojibake sequence in s with its rune, repeating while that uncovers
// more (text garbled twice or three times).
func repair(s string) string {
	for range 3 {
		var b strings.Builder
		for i := 0; i < len(s); {
			if n := mojibakeAt(s[i:]); n > 0 {
				b.WriteRune(mojibakeTable()[s[i:i+n]])
				i += n
				continue
			}
			_, size := utf8.DecodeRuneInString(s[i:])
			b.WriteString(s[i : i+size])
			i += size
		}
		if b.String() == s {
			break
		}
		s = b.String()
	}
	return s
}
