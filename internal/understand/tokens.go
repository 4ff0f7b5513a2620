package understand

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// kind is what a token is.
type kind uint8

const (
	word  kind = iota // a plain word, as written
	label             // text the writer marked as UI: **bold**, `code`, _italic_, "quoted", [icon]
	punct             // , ; : ( ) > and other separators
)

// mark is how the writer marked a label.
type mark uint8

const (
	unmarked mark = iota
	markBold
	markCode
	markItalic
	markQuoted
	markImage
)

// token is one word, label or separator of a sentence. Small on purpose: a sentence is
// tokenized into dozens of them and the clauses are slices of them.
type token struct {
	text  string // as written, markup removed for labels
	lower string // text, lower-cased, for the lexicon
	kind  kind
	mark  mark // for labels
}

func (t token) is(words ...string) bool {
	if t.kind != word {
		return false
	}
	for _, w := range words {
		if t.lower == w {
			return true
		}
	}
	return false
}

// in is is for a set of words: one lookup instead of a comparison per word.
func (t token) in(set map[string]bool) bool { return t.kind == word && set[t.lower] }

func (t token) isPunct(p ...string) bool {
	if t.kind != punct {
		return false
	}
	for _, s := range p {
		if t.text == s {
			return true
		}
	}
	return false
}

// normalise folds the typographic variants writers and editors produce into one spelling.
var normalise = strings.NewReplacer(
	"’", "'", "‘", "'", "\u00a0", " ", "\u2009", " ", "\u202f", " ", "–", " - ", "—", " - ",
	"=>", ">", "→", ">", "›", ">", "»", ">", "…", "...", " -> ", " > ",
)

// normalised folds s with normalise, skipping the replacer's scan for the plain ASCII most
// sentences are: every variant it folds is non-ASCII or holds "=>" or "->".
func normalised(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || c == '>' && i > 0 && (s[i-1] == '=' || s[i-1] == '-') {
			return normalise.Replace(s)
		}
	}
	return s
}

// wordEnd classes the ASCII bytes that end a word: a space or separator always, sentence
// punctuation when a space or the end follows (dots, colons and hyphens inside a word stay:
// URLs, file names, "e.g.", "drop-down").
var wordEnd = func() (t [utf8.RuneSelf]uint8) {
	for _, c := range []byte(" \t\n\v\f\r,;()|\"`[>") {
		t[c] = endsWord
	}
	for _, c := range []byte(":!?.") {
		t[c] = endsWordBeforeSpace
	}
	return t
}()

const (
	endsWord = 1 + iota
	endsWordBeforeSpace
)

// maxLabel bounds how far the end of a label is looked for: UI labels are short, and a
// sentence full of unclosed "_" or "**" stays linear.
const maxLabel = 200

// ahead is s from i, at most maxLabel bytes of it.
func ahead(s string, i int) string { return s[i:min(len(s), i+maxLabel)] }

// tokenize splits a sentence into words, labels and separators.
func tokenize(s string) []token {
	return tokenizeInto(make([]token, 0, len(s)/4+2), s) // about a token per five bytes of prose: rarely grown
}

// tokenBuffers hold the tokens of one Read at a time: a sentence's tokens are garbage once it
// is read (a Meaning holds strings, never tokens), and reading a docs set tokenizes every
// sentence of it.
var tokenBuffers = sync.Pool{New: func() any { return new([]token) }}

// tokenizeInto is tokenize appending to out.
func tokenizeInto(out []token, s string) []token {
	s = normalised(s)
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
			continue
		case strings.HasPrefix(s[i:], "****"):
			i += 4 // emphasis around nothing (a template value that renders elsewhere)
			continue
		case strings.HasPrefix(s[i:], "**") || strings.HasPrefix(s[i:], "__"):
			if end := strings.Index(ahead(s, i+2), s[i:i+2]); end > 0 {
				inner := s[i+2 : i+2+end]
				// "In the **From:** drop-down box": a label in a phrase, its colon the UI's own.
				named := len(out) > 0 && out[len(out)-1].is("the", "a", "an", "your", "this")
				out = appendLabel(out, inner, markBold)
				if t := strings.TrimSpace(inner); strings.HasSuffix(t, ":") && !named && len(out) > 0 && out[len(out)-1].kind == label {
					// "**Access token description:** Enter …": the colon ends the title.
					out = append(out, token{kind: punct, text: ":", lower: ":"})
				}
				i += end + 4
				continue
			}
		case c == '`':
			n := runLen(s[i:], '`')
			if end := strings.Index(ahead(s, i+n), s[i:i+n]); end >= 0 {
				out = appendLabel(out, s[i+n:i+n+end], markCode)
				i += n + end + n
				continue
			}
		case c == '"' || strings.HasPrefix(s[i:], "“"):
			// A quote closed by the other kind of mark ("the “Remove\" button") is a quote too,
			// when its own kind never closes it.
			open, closer, other := len(`"`), `"`, "”"
			if c != '"' {
				open, closer, other = len("“"), "”", `"`
			}
			rest := ahead(s, i+open)
			end, n := strings.Index(rest, closer), len(closer)
			if end < 0 {
				end, n = strings.Index(rest, other), len(other)
			}
			if end > 0 {
				out = appendLabel(out, s[i+open:i+open+end], markQuoted)
				i += open + end + n
				continue
			}
		case c == '\'' && opensQuote(s, i):
			if end := closingQuote(s, i+1); end > 0 {
				out = appendLabel(out, s[i+1:end], markQuoted)
				i = end + 1
				continue
			}
		case (c == '_' || c == '*') && opensEmphasis(s, i):
			if end := closingEmphasis(s, i+1, c); end > 0 {
				out = appendLabel(out, s[i+1:end], markItalic)
				i = end + 1
				continue
			}
		case c == '[':
			if end := strings.IndexByte(ahead(s, i+1), ']'); end > 0 {
				out = appendLabel(out, s[i+1:i+1+end], markImage)
				i += end + 2
				continue
			}
		case c == '>' || c == ',' || c == ';' || c == '(' || c == ')' || c == '|' || c == '+' && i+1 < len(s) && s[i+1] == ' ':
			out = append(out, punctAt(s, i))
			i++
			continue
		case c == ':' || c == '!' || c == '?' || c == '.':
			if i+1 >= len(s) || s[i+1] == ' ' {
				out = append(out, punctAt(s, i))
				i++
				continue
			}
		case c == '=' && (i+1 == len(s) || s[i+1] == ' ') && (i == 0 || s[i-1] == ' '):
			// "Set **action** = `Create`": an equals sign between a setting and its value says
			// what "to" does.
			out = append(out, token{kind: word, text: "=", lower: "to"})
			i++
			continue
		case c == '-' && i+1 < len(s) && s[i+1] == ' ' && (i == 0 || s[i-1] == ' '):
			out = append(out, token{kind: punct, text: "-", lower: "-"})
			i++
			continue
		}
		// A word runs to the next space or separator; dots, colons, slashes and hyphens inside
		// it stay (URLs, file names, "e.g.", "drop-down").
		j := i
		for j < len(s) {
			if c := s[j]; c < utf8.RuneSelf { // most of prose: a table lookup, not a rune search
				if wordEnd[c] == endsWord || wordEnd[c] == endsWordBeforeSpace && (j+1 >= len(s) || s[j+1] == ' ') ||
					c == '*' && strings.HasPrefix(s[j:], "**") {
					break
				}
				j++
				continue
			}
			r, n := utf8.DecodeRuneInString(s[j:])
			if unicode.IsSpace(r) || r == '“' {
				break
			}
			j += n
		}
		if j == i {
			_, n := utf8.DecodeRuneInString(s[i:])
			j = i + n
		}
		w := s[i:j]
		out = append(out, token{kind: word, text: w, lower: strings.ToLower(w)})
		i = j
	}
	stressedVerbs(out)
	return out
}

// stressedVerbs makes a word again of a verb the writer set in bold or italics to stress it
// ("**Disable** the \"Match a pattern\" validation", "On your slug field, **select**
// `Admin`"): one word the lexicon knows as a verb, opening a clause, with the label it acts
// on right after it (a determiner between). Over unmarked words it is the control's name
// ("**Save** the changes": the Save button), and "**Note**" opens an aside.
func stressedVerbs(ts []token) {
	for i, t := range ts {
		if t.kind != label || t.mark != markBold && t.mark != markItalic || i+1 >= len(ts) || strings.Contains(t.text, " ") {
			continue
		}
		opens := i == 0 || ts[i-1].isPunct(",", ":", ";") || ts[i-1].is("and", "then")
		acted := ts[i+1].kind == label || determiners[ts[i+1].lower] && i+2 < len(ts) && ts[i+2].kind == label
		if lower := strings.ToLower(t.text); opens && acted && !noteWords[lower] && len(verbsByFirst[lower]) > 0 {
			ts[i] = token{kind: word, text: t.text, lower: lower}
		}
	}
}

// punctAt is the one-byte separator at s[i], sharing the sentence's bytes: string(c) would
// allocate twice for every separator, and a sentence can be thousands of them.
func punctAt(s string, i int) token {
	p := s[i : i+1]
	return token{kind: punct, text: p, lower: p}
}

// symbolIcons name the icons writers spell as a symbol in bold or code.
var symbolIcons = map[string]string{"+": "plus", "⋮": "more", "⋯": "more", "...": "more", "…": "more",
	"•••": "more", "×": "close", "✕": "close", "⚙": "gear", "⚙️": "gear", "🗑": "trash can", "🗑️": "trash can", "✎": "pencil", "✏️": "pencil"}

// appendLabel adds a marked label; a label holding only punctuation or nothing is dropped.
func appendLabel(out []token, text string, how mark) []token {
	text = strings.Join(strings.Fields(strings.Trim(text, "*_")), " ")
	text = strings.TrimSpace(strings.TrimRight(text, ":"))
	// **"Application Passwords"**: quotes inside the emphasis mark the label twice.
	for _, q := range [][2]string{{`"`, `"`}, {"“", "”"}, {"'", "'"}} {
		if len(text) > len(q[0])+len(q[1]) && strings.HasPrefix(text, q[0]) && strings.HasSuffix(text, q[1]) && how != markQuoted {
			text = strings.TrimSpace(text[len(q[0]) : len(text)-len(q[1])])
		}
	}
	if strings.IndexFunc(text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
		if icon, ok := symbolIcons[text]; ok && (how == markBold || how == markCode) {
			// "Click the **+** button", "the **⋮** menu": a control drawn as a symbol.
			return append(out, token{kind: label, text: icon, lower: icon, mark: markImage})
		}
		return out
	}
	return append(out, token{kind: label, text: text, lower: strings.ToLower(text), mark: how})
}

func runLen(s string, c byte) int {
	n := 0
	for n < len(s) && s[n] == c {
		n++
	}
	return n
}

// opensQuote reports whether a straight single quote at i starts a quotation rather than
// being an apostrophe: it follows a space or the start, and a letter follows it.
func opensQuote(s string, i int) bool {
	return (i == 0 || s[i-1] == ' ' || s[i-1] == '(') && i+1 < len(s) && s[i+1] != ' '
}

func closingQuote(s string, from int) int {
	for j := from; j < len(s) && j < from+maxLabel; j++ {
		if s[j] == '\'' && (j+1 == len(s) || strings.IndexByte(" ,.;:)!?", s[j+1]) >= 0) {
			if j > from && s[j-1] != ' ' {
				return j
			}
		}
	}
	return -1
}

func opensEmphasis(s string, i int) bool {
	return (i == 0 || !isWordByte(s[i-1])) && i+1 < len(s) && s[i+1] != ' ' && s[i+1] != s[i]
}

func closingEmphasis(s string, from int, c byte) int {
	for j := from; j < len(s) && j < from+maxLabel; j++ {
		if s[j] == c && j > from && s[j-1] != ' ' && (j+1 == len(s) || !isWordByte(s[j+1])) {
			return j
		}
	}
	return -1
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= utf8.RuneSelf
}

// joinWords writes tokens back as text, without markup.
func joinWords(ts []token) string {
	var b strings.Builder
	writeTokens(&b, ts, false)
	return b.String()
}

// sentenceOf writes clauses back as a sentence, each label marked as its writer marked it,
// to be read again on its own.
func sentenceOf(clauses [][]token) string {
	var b strings.Builder
	for i, c := range clauses {
		if i > 0 {
			b.WriteString(", ")
		}
		writeTokens(&b, c, true)
	}
	if !lastIs(clauses[len(clauses)-1], ".") {
		b.WriteByte('.')
	}
	return b.String()
}

// writeTokens writes ts as text, spaced as written, with each label's marks when marked.
func writeTokens(b *strings.Builder, ts []token, marked bool) {
	for i, t := range ts {
		if i > 0 && !(t.kind == punct && strings.Contains(",;:.!?)", t.text)) && !ts[i-1].isPunct("(") {
			b.WriteByte(' ')
		}
		if marked && t.kind == label {
			b.WriteString(marks[t.mark][0] + t.text + marks[t.mark][1])
		} else {
			b.WriteString(t.text)
		}
	}
}

// marks are how each mark is written around a label.
var marks = [...][2]string{
	unmarked: {"", ""}, markBold: {"**", "**"}, markCode: {"`", "`"}, markItalic: {"*", "*"},
	markQuoted: {`"`, `"`}, markImage: {"[", "]"},
}
