package lint

import "github.com/docdrift/docdrift/internal/editdist"

// closest returns the candidate nearest to s by edit distance, when it is near enough to be a
// plausible typo: at most a third of the longer string's length, and at least one edit.
func closest(s string, candidates []string) (string, bool) {
	best, bestDist := "", -1
	for _, c := range candidates {
		d := editdist.Levenshtein([]rune(s), []rune(c))
		if bestDist < 0 || d < bestDist || (d == bestDist && c < best) {
			best, bestDist = c, d
		}
	}
	if bestDist < 0 {
		return "", false
	}
	limit := max(len([]rune(s)), len([]rune(best))) / 3
	return best, bestDist <= max(limit, 1)
}
