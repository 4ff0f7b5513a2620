package locate

import (
	"slices"
	"sort"
	"strings"

	"github.com/docdrift/docdrift/internal/editdist"
)

// Thresholds of "close enough to suggest" and "clearly the one the writer meant".
const (
	closeEnough     = 0.3
	confidentScore  = 0.5
	confidentMargin = 0.1
	maxSuggestions  = 3
)

// similarity scores b against the name a writer wrote, from 0 to 1. It averages three views
// of a renamed label: characters (Levenshtein), shared words in any order, and words in the
// same place. The last lets "Legacy API Accounts" prefer "Legacy API Settings" (a renamed
// word) over "API Accounts" (a different item that happens to share two words). A label that
// holds the other's words in order ("Settings", "Store-level API accounts") is always close.
func similarity(want, b string) float64 {
	fa, fb := fold(want), fold(b)
	if fa == fb {
		return 1
	}
	wa, wb := words(want), words(b)
	if opposes(wa, wb) {
		// "Publish" for "Unpublish" is no renamed label but the opposite act: pressing it
		// would undo what the doc asks, so it is never carried on with, nor suggested.
		return 0
	}
	s := (ratio([]rune(fa), []rune(fb)) + overlap(wa, wb) + aligned(wa, wb)) / 3
	if containsWords(wa, wb) || containsWords(wb, wa) {
		s = max(s, 0.5)
	}
	if dropsInnerWord(wa, wb) || dropsInnerWord(wb, wa) {
		// "Add new assets" and "Add assets": a qualifier dropped between the verb and its
		// object is the same control renamed, closer than a button holding one of its words
		// ("New").
		s = max(s, 0.65)
	}
	if sameWords(wa, wb) {
		// "Password confirmation" and "Confirm Password": the same words reordered and
		// inflected are closer than a label holding only some of them ("Password").
		s = max(s, 0.65)
	}
	return s
}

// negations are the prefixes that make a word its opposite: unpublish, disconnect,
// deactivate, noncompliant, inactive.
var negations = []string{"un", "dis", "de", "non", "in"}

// opposes reports names where a word of one is a word of the other negated ("Unpublish
// entries", "Publish entries"), the stem at least four letters long, and that stem is not
// also in the negated word's own name.
func opposes(a, b []string) bool {
	negates := func(x, y []string) bool {
		for _, w := range x {
			for _, p := range negations {
				stem, ok := strings.CutPrefix(w, p)
				if ok && len(stem) >= 4 && slices.Contains(y, stem) && !slices.Contains(x, stem) {
					return true
				}
			}
		}
		return false
	}
	return negates(a, b) || negates(b, a)
}

// dropsInnerWord reports long as short with one word more, neither first nor last: the two
// agree on how they begin and end.
func dropsInnerWord(long, short []string) bool {
	if len(short) < 2 || len(long) != len(short)+1 {
		return false
	}
	for i := 1; i < len(long)-1; i++ {
		if slices.Equal(long[:i], short[:i]) && slices.Equal(long[i+1:], short[i:]) {
			return true
		}
	}
	return false
}

// sameWords reports two names of as many words, each matching one of the other's.
func sameWords(a, b []string) bool {
	if len(a) != len(b) || len(a) < 2 {
		return false
	}
	matched := func(w string, in []string) bool {
		for _, x := range in {
			if wordRatio(w, x) > 0 {
				return true
			}
		}
		return false
	}
	for i := range a {
		if !matched(a[i], b) || !matched(b[i], a) {
			return false
		}
	}
	return true
}

// ratio is 1 - edit distance / longer length.
func ratio(a, b []rune) float64 {
	n := max(len(a), len(b))
	if n == 0 {
		return 1
	}
	return 1 - float64(editdist.Levenshtein(a, b))/float64(n)
}

// overlap is the soft share of words: each word of the shorter list counts its best match.
func overlap(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	short, long := a, b
	if len(short) > len(long) {
		short, long = long, short
	}
	sum := 0.0
	for _, w := range short {
		best := 0.0
		for _, x := range long {
			best = max(best, wordRatio(w, x))
		}
		sum += best
	}
	return sum / float64(len(long))
}

// aligned compares words at the same position from the start.
func aligned(a, b []string) float64 {
	n := max(len(a), len(b))
	if n == 0 {
		return 0
	}
	sum := 0.0
	for i := 0; i < min(len(a), len(b)); i++ {
		sum += wordRatio(a[i], b[i])
	}
	return sum / float64(n)
}

// wordRatio compares two words, only counting near-identical ones (plural, a typo) and one
// that is the other's stem ("confirm", "confirmation").
func wordRatio(a, b string) float64 {
	r := ratio([]rune(a), []rune(b))
	if r < 0.75 {
		short, long := a, b
		if len(short) > len(long) {
			short, long = long, short
		}
		if len(short) >= 5 && strings.HasPrefix(long, short) {
			return 0.75
		}
		return 0
	}
	return r
}

// closest ranks candidates by similarity to want, keeping the close-enough ones, best first,
// one per distinct name (a sidebar link and its breadcrumb twin count once).
func closest(cands []Candidate, want string) []Candidate {
	var out []Candidate
	seen := map[string]bool{}
	for _, c := range cands {
		best := 0.0
		for _, n := range c.names() {
			best = max(best, similarity(want, n))
		}
		key := fold(c.Label())
		if best < closeEnough || seen[key] {
			continue
		}
		seen[key] = true
		c.Score = best
		out = append(out, c)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Score > out[j].Score })
	if len(out) > maxSuggestions {
		out = out[:maxSuggestions]
	}
	return out
}

// Confident returns the one candidate clearly closer than the rest, if there is one: the
// runner carries on with it after recording the drift.
func Confident(c []Candidate) (Candidate, bool) {
	if len(c) == 0 || c[0].Score < confidentScore {
		return Candidate{}, false
	}
	if len(c) > 1 && c[0].Score-c[1].Score < confidentMargin {
		return Candidate{}, false
	}
	return c[0], true
}
