package locate

import (
	"fmt"
	"strings"
)

// inScope keeps the candidates in the table row of q.Row and the column headed q.Column.
func inScope(cands []Candidate, q Query) []Candidate {
	if q.Row == "" && q.Column == "" {
		return cands
	}
	var out []Candidate
	for _, c := range cands {
		if (q.Row == "" || rowHas(c.Row, q.Row)) && (q.Column == "" || sameHeader(c.Column, q.Column)) {
			out = append(out, c)
		}
	}
	return out
}

// rowHas reports whether one of the row's cells reads subject, alone or among other words
// ("alice" in "alice (owner)"), never as part of a longer name ("alice-admin").
func rowHas(cells []string, subject string) bool {
	want := strings.Fields(fold(subject))
	for _, cell := range cells {
		if containsWords(strings.Fields(fold(cell)), want) {
			return true
		}
	}
	return false
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
