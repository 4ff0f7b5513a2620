// Package editdist measures how far apart two labels are, for "did you mean" suggestions,
// and lists suggestions the one way every message shows them.
package editdist

import (
	"fmt"
	"strings"
)

// Levenshtein is the number of single-rune insertions, deletions and substitutions that turn
// a into b.
func Levenshtein(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// Nearest is the candidate s most likely meant — a misspelt config key, a mistyped anchor —
// compared without case: the fewest edits, ties to the first in order, and only when that
// is a plausible typo (at most a third of the longer string's length, and at least one edit).
func Nearest(s string, candidates []string) (string, bool) {
	want := []rune(strings.ToLower(s))
	best, bestDist := "", -1
	for _, c := range candidates {
		d := Levenshtein(want, []rune(strings.ToLower(c)))
		if bestDist < 0 || d < bestDist || (d == bestDist && c < best) {
			best, bestDist = c, d
		}
	}
	if bestDist < 0 {
		return "", false
	}
	limit := max(len(want), len([]rune(best))) / 3
	return best, bestDist <= max(limit, 1)
}

// Quote lists labels as every "closest:" and "nearest labels:" shows them: quoted (Go
// syntax, so a quote or a newline inside a label stays visible) and comma-separated.
func Quote(labels []string) string {
	q := make([]string, len(labels))
	for i, l := range labels {
		q[i] = fmt.Sprintf("%q", l)
	}
	return strings.Join(q, ", ")
}
