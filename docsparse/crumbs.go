package docsparse

import (
	"bytes"
	"regexp"
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

// expandRuns finds quoted labels and unmarked breadcrumbs inside the text runs of a sequence.
func (b *builder) expandRuns(seq []seqItem) []seqItem {
	var out []seqItem
	for _, it := range seq {
		if it.label != nil || it.boundary {
			out = append(out, it)
			continue
		}
		out = append(out, b.splitRun(it.run)...)
	}
	return out
}

// splitRun cuts a text run into text, quoted labels and plain breadcrumbs, in order.
func (b *builder) splitRun(run textRun) []seqItem {
	type found struct {
		start, end int // in run.text
		label      Label
	}
	var hits []found
	if !bytes.ContainsAny(run.text, "\"“›→»=") {
		return []seqItem{{run: run}} // most text: nothing to find, so skip the regexps
	}
	for _, m := range quoted.FindAllSubmatchIndex(run.text, -1) {
		lo, hi := m[2], m[3]
		if lo < 0 {
			lo, hi = m[4], m[5]
		}
		if text := normalizeSpace(decodeText(run.text[lo:hi])); text != "" {
			hits = append(hits, found{m[0], m[1], Label{Text: text, Kind: LabelQuoted, Pos: b.lines.pos(run.offset(lo))}})
		}
	}
	if len(hits) == 0 {
		if start, end, parts, off := plainCrumb(run.text); parts != nil {
			hits = append(hits, found{start, end, crumbLabel(parts, b.lines.pos(run.offset(off)))})
		}
	}
	var out []seqItem
	at := 0
	for _, h := range hits {
		out = append(out, seqItem{run: run.slice(at, h.start)})
		l := h.label
		out = append(out, seqItem{label: &l, off: run.offset(h.start)})
		at = h.end
	}
	return append(out, seqItem{run: run.slice(at, len(run.text))})
}

// plainCrumb finds "Settings › Advanced Settings" in unmarked text: each part is the run of
// capitalised words (or numbers) touching a separator. It returns the byte range the crumb
// covers, its parts, and the offset of its first part.
func plainCrumb(text []byte) (start, end int, parts []string, first int) {
	seps := plainCrumbSeparator.FindAllIndex(text, -1)
	if len(seps) == 0 {
		return 0, 0, nil, 0
	}
	s := string(text)
	start = capitalisedBefore(s, seps[0][0])
	if start == seps[0][0] {
		return 0, 0, nil, 0
	}
	parts = []string{strings.TrimSpace(s[start:seps[0][0]])}
	end = seps[0][1]
	for i, sep := range seps {
		if sep[0] != end && i > 0 {
			break
		}
		stop := capitalisedAfter(s, sep[1])
		if stop == sep[1] {
			break
		}
		parts = append(parts, strings.TrimSpace(s[sep[1]:stop]))
		end = stop
		if i+1 < len(seps) && seps[i+1][0] != stop {
			break
		}
	}
	if len(parts) < 2 {
		return 0, 0, nil, 0
	}
	for i, p := range parts {
		parts[i] = normalizeSpace(decodeText([]byte(p)))
	}
	return start, end, parts, start
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
	if l.Kind == LabelCode {
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
