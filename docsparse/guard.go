package docsparse

import "fmt"

// goldmark takes time quadratic in some shapes no writer produces: block quotes nested
// thousands deep on one line, and long runs of text without a space that open link after
// link ("[a]([a]([a](…"), each of which it scans to the run's end. Parse refuses such a doc
// at its first such place, before goldmark sees it, rather than stall on it.
const (
	maxQuoteDepth   = 32
	maxLinksPerWord = 32
)

// quadraticShape finds the first place in src that goldmark would parse in quadratic time.
func quadraticShape(src []byte) (off int, msg string, found bool) {
	lineStart, depth := true, 0
	wordStart, opens := 0, 0
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch {
		case c == '\n' || c == '\r':
			lineStart, depth = true, 0
		case lineStart && c == '>':
			if depth++; depth > maxQuoteDepth {
				return lineStartOf(src, i), fmt.Sprintf("block quotes nested %d deep; docdrift reads docs nested at most %d deep and did not read this one",
					quoteDepth(src, lineStartOf(src, i)), maxQuoteDepth), true
			}
		case lineStart && (c == ' ' || c == '\t'):
		default:
			lineStart = false
		}
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			wordStart, opens = i+1, 0
		case c == '(' && i > 0 && src[i-1] == ']':
			if opens++; opens > maxLinksPerWord {
				return wordStart, fmt.Sprintf("%d links opened in one run of text with no space; docdrift reads at most %d and did not read this doc",
					linksInWord(src, wordStart), maxLinksPerWord), true
			}
		}
	}
	return 0, "", false
}

func lineStartOf(src []byte, i int) int {
	for i > 0 && src[i-1] != '\n' {
		i--
	}
	return i
}

// quoteDepth counts the block quote markers that open the line at off.
func quoteDepth(src []byte, off int) int {
	n := 0
	for ; off < len(src); off++ {
		switch src[off] {
		case '>':
			n++
		case ' ', '\t':
		default:
			return n
		}
	}
	return n
}

// linksInWord counts the "](" in the run of text without spaces that starts at off.
func linksInWord(src []byte, off int) int {
	n := 0
	for i := off; i < len(src); i++ {
		switch src[i] {
		case ' ', '\t', '\n', '\r':
			return n
		case '(':
			if i > off && src[i-1] == ']' {
				n++
			}
		}
	}
	return n
}
