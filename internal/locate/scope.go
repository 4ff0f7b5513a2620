package locate

import (
	"fmt"
	"strings"
)

// inScope keeps the candidates in the table row of q.Row and the column headed q.Column. Of
// several records that read q.Row, the tightest is its row: a section drawn as one of several
// alike boxes holds its table's rows' names too (Medusa's Products section, whose own "⋯"
// comes before the row's), but the row's cell reads the name with the fewest other words.
func inScope(cands []Candidate, q Query) []Candidate {
	if q.Row == "" && q.Column == "" {
		return cands
	}
	var out []Candidate
	tightest := -1
	for _, c := range cands {
		words := 0
		if q.Row != "" {
			if words = rowHas(c.Row, q.Row); words < 0 {
				continue
			}
		}
		if q.Column != "" && !sameHeader(c.Column, q.Column) {
			continue
		}
		switch {
		case tightest < 0 || words < tightest:
			out, tightest = append(out[:0], c), words
		case words == tightest:
			out = append(out, c)
		}
	}
	return out
}

// rowHas is how many words the row's shortest cell that reads subject has, alone or among
// other words ("alice" in "alice (owner)"), never as part of a longer name ("alice-admin"); -1
// when no cell reads it.
func rowHas(cells []string, subject string) int {
	want := strings.Fields(fold(subject))
	best := -1
	for _, cell := range cells {
		if words := strings.Fields(fold(cell)); containsWords(words, want) && (best < 0 || len(words) < best) {
			best = len(words)
		}
	}
	return best
}

// sameHeader compares column headers as a reader does: case, spacing and a plural "s" aside
// ("Action" column, "Actions" header).
func sameHeader(have, want string) bool {
	h, w := fold(have), fold(want)
	return h != "" && (h == w || strings.TrimSuffix(h, "s") == strings.TrimSuffix(w, "s"))
}

// scopePhrase describes q's row and column, or the section it must be in, for messages: ` in
// the "Action" column of the row of "alice"`.
func scopePhrase(q Query) string {
	switch {
	case q.Row != "" && q.Column != "":
		return fmt.Sprintf(" in the %q column of the row of %q", q.Column, q.Row)
	case q.Column != "":
		return fmt.Sprintf(" in the %q column", q.Column)
	case q.Row != "":
		return fmt.Sprintf(" in the row of %q", q.Row)
	case (q.InSection || q.NeedsSection) && q.Section != "":
		return fmt.Sprintf(" in the %q section", q.Section)
	}
	return ""
}
