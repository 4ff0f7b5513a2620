package locate

import (
	"strings"
	"unicode"
)

// Tier says how closely a name matched: readers forgive case and spacing, nothing more.
type Tier int

const (
	NoMatch   Tier = iota
	Described      // every word of the name is in the writer's unmarked words ("create the policy" → "Create policy")
	Folded         // equal after folding case, whitespace and a trailing colon or asterisk
	Exact          // equal as written (outer whitespace aside)
)

// fold is a name as a reader compares it: case-folded, whitespace collapsed, typographic
// quotes straightened, and a label's trailing ":", "…" or required-field "*" dropped.
func fold(s string) string {
	s = strings.Map(func(r rune) rune {
		switch r {
		case '\u2018', '\u2019':
			return '\''
		case '\u201c', '\u201d':
			return '"'
		}
		if unicode.IsSpace(r) {
			return ' '
		}
		return unicode.ToLower(r)
	}, s)
	s = strings.Join(strings.Fields(strings.ReplaceAll(s, "…", "...")), " ")
	if t := strings.TrimSuffix(s, "..."); t != "" {
		// "Add first step..." is "Add first step…": a trailing ellipsis only says more follows.
		s = t
	}
	return strings.TrimRight(s, ":* ")
}

// matchName is the best tier at which any of names equals want.
func matchName(names []string, want string) Tier {
	best := NoMatch
	want = strings.TrimSpace(want)
	for _, n := range names {
		switch {
		case strings.TrimSpace(n) == want:
			return Exact
		case fold(n) == fold(want):
			best = Folded
		}
	}
	return best
}

// describedBy reports how many content words of name the writer's phrase holds, when it
// holds them all: "Click on Regenerate recovery codes" → "Regenerate recovery codes" (3),
// "Create the policy" → "Create policy" (2) and "Create" (1). 0 means no.
func describedBy(name, phrase string) int {
	have := map[string]bool{}
	for _, w := range words(phrase) {
		have[w] = true
	}
	n := 0
	for _, w := range words(name) {
		if fillers[w] {
			continue
		}
		if !have[w] {
			return 0
		}
		n++
	}
	return n
}

// Describes reports whether a writer's phrase holds every content word of name: "the Amazon
// S3 data source" describes the option "Amazon S3".
func Describes(name, phrase string) bool {
	return phrase != "" && describedBy(name, phrase) > 0
}

// shortenedTo reports how many content words of the writer's phrase a longer label holds,
// when it holds them all and they are two or more: writers name a field by the words that
// set it apart ("Enter application name" → "New Application Password Name", 2). One word
// alone ("name") would answer for every field that has it. 0 means no.
func shortenedTo(name, phrase string) int {
	if n := describedBy(phrase, name); n >= 2 {
		return n
	}
	return 0
}

// fillers are words a writer adds around a label or a label carries that say nothing of it.
var fillers = map[string]bool{"the": true, "a": true, "an": true, "your": true, "my": true, "of": true,
	"to": true, "for": true, "and": true, "on": true, "in": true, "this": true}

// words splits a folded name into words: letters and digits, or single symbols (•, ×, +).
func words(s string) []string {
	return strings.FieldsFunc(fold(s), func(r rune) bool {
		return unicode.IsSpace(r) || r == '-' || r == '_' || r == '/' || r == ',' || r == '.' || r == '(' || r == ')'
	})
}

// containsWords reports whether hay holds the words of needle consecutively.
func containsWords(hay, needle []string) bool {
	if len(needle) == 0 {
		return false
	}
	for i := 0; i+len(needle) <= len(hay); i++ {
		ok := true
		for j := range needle {
			if hay[i+j] != needle[j] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}
