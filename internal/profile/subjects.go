package profile

import (
	"strings"
	"unicode"
)

// Named returns the subject that text names, nil when it names none. Names match whole
// words, case aside, singular or plural ("Legacy API Accounts" names "legacy API account");
// where names overlap the longest wins, so "legacy API account" is not an "API account".
// When text names several subjects, the one named first is taken.
func (p *Profile) Named(text string) *Subject {
	if i := NamedIn(p.Subjects, text); i >= 0 {
		return &p.Subjects[i]
	}
	return nil
}

// NamedIn is Named over a list of subjects: the index of the one text names, or -1.
func NamedIn(subjects []Subject, text string) int {
	words := fields(text)
	for i := range words {
		if k := namedAt(subjects, words, i); k >= 0 {
			return k
		}
	}
	return -1
}

// Narrows reports whether s is a narrower kind of item than o: one of its names is one of
// o's with words before it ("end-user role" narrows "role").
func (s *Subject) Narrows(o Subject) bool {
	for _, n := range s.Names() {
		nw := fields(n)
		for _, m := range o.Names() {
			mw := fields(m)
			if len(nw) > len(mw) && matchesAt(nw, len(nw)-len(mw), mw) {
				return true
			}
		}
	}
	return false
}

// namedAt is the index of the subject whose longest name starts at words[i], or -1.
func namedAt(subjects []Subject, words []string, i int) int {
	best, bestLen := -1, 0
	for k := range subjects {
		for _, n := range subjects[k].Names() {
			nw := fields(n)
			if len(nw) > bestLen && matchesAt(words, i, nw) {
				best, bestLen = k, len(nw)
			}
		}
	}
	return best
}

func matchesAt(words []string, i int, name []string) bool {
	if len(name) == 0 || i+len(name) > len(words) {
		return false
	}
	for j, w := range name {
		got := words[i+j]
		if got != w && !(j == len(name)-1 && singular(got) == w) {
			return false
		}
	}
	return true
}

// sameName compares two names of a subject as Named does.
func sameName(a, b string) bool {
	aw, bw := fields(a), fields(b)
	return len(aw) == len(bw) && (matchesAt(bw, 0, aw) || matchesAt(aw, 0, bw))
}

// fields splits text into lower-case words, dropping possessives ("token's" → "token") and
// the punctuation around them.
func fields(text string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' && r != '-'
	}) {
		f = strings.TrimSuffix(strings.TrimSuffix(f, "'s"), "’s")
		if f = strings.Trim(f, "'’-"); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// singular undoes an English plural well enough for item names: tokens, accounts, passwords,
// keys, entries.
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ses"), strings.HasSuffix(w, "xes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w[:len(w)-1]
	}
	return w
}
