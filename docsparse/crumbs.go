package docsparse

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// crumbSeparator splits a breadcrumb written inside one label: "**Stores > Settings**".
var crumbSeparator = regexp.MustCompile(`\s*(?:=>|->|>|›|→|»)\s*`)

// plainCrumbSeparator finds breadcrumbs in unmarked text. A bare ">" is too common in prose to
// count there; the arrows are not.
var plainCrumbSeparator = regexp.MustCompile(`\s*(?:=>|›|→|»)\s*`)

// quoted finds "straight" and “curly” quoted labels within one run of text.
var quoted = regexp.MustCompile(`"([^"\n]{1,80})"|“([^”\n]{1,80})”`)

func isCrumbSeparator(raw []byte) bool {
	s := strings.TrimSpace(decodeText(raw))
	return s != "" && crumbSeparator.FindString(s) == s
}

// runMarks are the bytes a quoted label or an unmarked breadcrumb needs; most text has none.
const runMarks = "\"“›→»="

// expandRuns finds quoted labels and unmarked breadcrumbs inside the text runs of a sequence.
// A sequence with nothing to find is returned as it is, so most paragraphs cost no copy.
func (b *builder) expandRuns(seq []seqItem) []seqItem {
	first := slices.IndexFunc(seq, seqItem.mayHoldLabels)
	if first < 0 {
		return seq
	}
	out := append(make([]seqItem, 0, len(seq)+4), seq[:first]...)
	for _, it := range seq[first:] {
		if !it.mayHoldLabels() {
			out = append(out, it)
			continue
		}
		out = append(out, b.splitRun(it.run)...)
	}
	return out
}

// mayHoldLabels reports a text run with a byte a quoted label or breadcrumb needs.
func (it seqItem) mayHoldLabels() bool {
	return it.label == nil && !it.boundary && bytes.ContainsAny(it.run.text, runMarks)
}

// splitRun cuts a text run into text, quoted labels and plain breadcrumbs, in order.
func (b *builder) splitRun(run textRun) []seqItem {
	var out []seqItem
	at := 0
	emit := func(start, end int, l Label) {
		out = append(out, b.splitCrumbs(run.slice(at, start))...)
		out = append(out, seqItem{label: &l})
		at = end
	}
	for _, m := range quoted.FindAllSubmatchIndex(run.text, -1) {
		lo, hi := m[2], m[3]
		if lo < 0 {
			lo, hi = m[4], m[5]
		}
		if text := normalizeSpace(decodeText(run.text[lo:hi])); text != "" {
			emit(m[0], m[1], Label{Text: text, Kind: LabelQuoted, Pos: b.pos(run.offset(lo))})
		}
	}
	return append(out, b.splitCrumbs(run.slice(at, len(run.text)))...)
}

// splitCrumbs cuts the unmarked breadcrumbs out of a text run.
func (b *builder) splitCrumbs(run textRun) []seqItem {
	var out []seqItem
	for {
		start, end, parts := plainCrumb(run.text)
		if parts == nil {
			return append(out, seqItem{run: run})
		}
		l := crumbLabel(parts, b.pos(run.offset(start)))
		out = append(out, seqItem{run: run.slice(0, start)}, seqItem{label: &l})
		run = run.slice(end, len(run.text))
	}
}

// plainCrumb finds the first "Settings › Advanced Settings" in unmarked text: each part is the
// run of capitalised words (or numbers) touching a separator. It returns the byte range the
// crumb covers and its parts, or nil parts.
func plainCrumb(text []byte) (start, end int, parts []string) {
	s := string(text)
	for _, sep := range plainCrumbSeparator.FindAllStringIndex(s, -1) {
		start = capitalisedBefore(s, sep[0])
		if start == sep[0] {
			continue
		}
		parts = []string{s[start:sep[0]]}
		end = sep[0]
		for rest := s[end:]; ; rest = s[end:] {
			m := plainCrumbSeparator.FindStringIndex(rest)
			if m == nil || m[0] != 0 {
				break
			}
			stop := capitalisedAfter(s, end+m[1])
			if stop == end+m[1] {
				break
			}
			parts = append(parts, s[end+m[1]:stop])
			end = stop
		}
		if len(parts) < 2 {
			continue
		}
		for i, p := range parts {
			parts[i] = normalizeSpace(decodeText([]byte(p)))
		}
		return start, end, parts
	}
	return 0, 0, nil
}

// leadWords start a sentence or clause rather than a breadcrumb part: "Choose File → Save".
var leadWords = map[string]bool{
	"choose": true, "click": true, "select": true, "open": true, "go": true, "navigate": true,
	"tap": true, "press": true, "expand": true, "then": true, "in": true, "on": true, "from": true,
	"under": true, "to": true, "use": true, "see": true, "visit": true, "access": true,
}

// capitalisedBefore walks back from i over capitalised words and returns where they start.
func capitalisedBefore(s string, i int) int {
	start := i
	for {
		j := strings.TrimRight(s[:start], " \t")
		k := strings.LastIndexAny(j, " \t\n") + 1
		word := j[k:]
		if !isCapitalised(word) || strings.ContainsAny(word[len(word)-1:], ",.;:()") || leadWords[strings.ToLower(word)] {
			return start
		}
		start = k
	}
}

// capitalisedAfter walks forward from i over capitalised words and returns where they end,
// leaving trailing sentence punctuation outside.
func capitalisedAfter(s string, i int) int {
	end := i
	for {
		rest := s[end:]
		lead := len(rest) - len(strings.TrimLeft(rest, " \t"))
		word := rest[lead:]
		if k := strings.IndexAny(word, " \t\n"); k >= 0 {
			word = word[:k]
		}
		trimmed := strings.TrimRight(word, ",.;:()!?")
		if !isCapitalised(trimmed) {
			return end
		}
		end += lead + len(trimmed)
		if len(trimmed) < len(word) {
			return end
		}
	}
}

func isCapitalised(word string) bool {
	r, _ := utf8.DecodeRuneInString(word)
	return word != "" && (unicode.IsUpper(r) || unicode.IsDigit(r))
}

func crumbLabel(parts []string, pos Pos) Label {
	return Label{Text: strings.Join(parts, " > "), Kind: LabelBreadcrumb, Path: parts, Pos: pos}
}

// joinBreadcrumbs turns "label sep label …" into one breadcrumb, splits labels that hold a
// breadcrumb themselves, and returns the labels in order.
func (b *builder) joinBreadcrumbs(seq []seqItem) []Label {
	var out []Label
	for i := 0; i < len(seq); i++ {
		if seq[i].label == nil {
			continue
		}
		chain := []Label{*seq[i].label}
		for i+2 < len(seq) && seq[i+1].label == nil && !seq[i+1].boundary && isCrumbSeparator(seq[i+1].run.text) && seq[i+2].label != nil {
			chain = append(chain, *seq[i+2].label)
			i += 2
		}
		var parts []string
		for _, l := range chain {
			parts = append(parts, crumbParts(l)...)
		}
		if len(parts) > 1 {
			out = append(out, crumbLabel(parts, chain[0].Pos))
			continue
		}
		out = append(out, chain[0])
	}
	return out
}

// crumbParts is a label's breadcrumb parts: its Path if it is one, its text split on
// separators when every part is non-empty, or just its text.
func crumbParts(l Label) []string {
	if l.Kind == LabelBreadcrumb {
		return l.Path
	}
	if l.Kind == LabelCode || !strings.ContainsAny(l.Text, ">›→»") {
		return []string{l.Text}
	}
	parts := crumbSeparator.Split(l.Text, -1)
	for _, p := range parts {
		if strings.TrimSpace(p) == "" {
			return []string{l.Text}
		}
	}
	return parts
}
