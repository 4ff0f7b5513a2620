package lint

import "github.com/docdrift/docdrift/internal/editdist"

// A suggestion costs len(id)·len(c) steps per candidate id c, so a doc of many broken links
// and many headings would cost their product: minutes for a doc of a few hundred KB.
// suggester bounds that: ids longer than maxSuggestLen are never compared (no one mistypes a
// 200-character id into a near miss), each distinct id is worked out once, and after
// suggestBudget steps in all the remaining broken links get no "closest" — their findings are
// still reported.
const (
	maxSuggestLen = 128
	suggestBudget = 50_000_000
)

type suggester struct {
	ids    []string
	cost   int // steps per rune of a broken id: the candidates' runes, plus one per candidate
	budget int
	seen   map[string]suggestion
}

type suggestion struct {
	best string
	ok   bool
}

func newSuggester(ids []string) *suggester {
	s := &suggester{budget: suggestBudget, seen: map[string]suggestion{}}
	for _, id := range ids {
		if n := len([]rune(id)); n <= maxSuggestLen {
			s.ids = append(s.ids, id)
			s.cost += n + 1
		}
	}
	return s
}

// closest is editdist.Nearest within the bounds above.
func (s *suggester) closest(id string) (string, bool) {
	if got, ok := s.seen[id]; ok {
		return got.best, got.ok
	}
	var got suggestion
	if n := len([]rune(id)); n <= maxSuggestLen {
		if s.budget -= (n + 1) * s.cost; s.budget >= 0 {
			got.best, got.ok = editdist.Nearest(id, s.ids)
		}
	}
	s.seen[id] = got
	return got.best, got.ok
}
