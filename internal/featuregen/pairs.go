package featuregen

import (
	"sort"
	"strings"
)

// pairs knows, for one string, where each code span, bracket and HTML comment that opens in it
// closes. It is built in one pass (comments on demand, moving forward), so recognising links
// and code spans never rescans the rest of a step: rescanning made a step of 200,000 "["
// take minutes.
type pairs struct {
	s     string
	runs  []backtickRun
	close []int32 // close[i] for "[" or "(" at i: the index of its match, -1 when none;
	// built on the first match, as sentences only need code spans

	// The last search for "-->": from where, and what it found (-1: none after from).
	commentFrom, commentAt int
}

// backtickRun is a maximal run of backticks and the end of the run that closes it as a code
// span (the next run of the same length), or -1.
type backtickRun struct{ start, n, closeEnd int }

func newPairs(s string) *pairs {
	p := &pairs{s: s, commentFrom: -1}
	p.indexBackticks()
	return p
}

// indexBackticks finds every backtick run and, from the right, the next run of its length.
func (p *pairs) indexBackticks() {
	s := p.s
	for i := strings.IndexByte(s, '`'); i >= 0 && i < len(s); {
		n := runLen(s[i:], '`')
		p.runs = append(p.runs, backtickRun{start: i, n: n, closeEnd: -1})
		j := strings.IndexByte(s[i+n:], '`')
		if j < 0 {
			break
		}
		i += n + j
	}
	next := map[int]int{} // run length → end of the nearest run of that length to the right
	for k := len(p.runs) - 1; k >= 0; k-- {
		r := &p.runs[k]
		if end, ok := next[r.n]; ok {
			r.closeEnd = end
		}
		next[r.n] = r.start + r.n
	}
}

// run returns the backtick run starting exactly at i.
func (p *pairs) run(i int) (backtickRun, bool) {
	k := sort.Search(len(p.runs), func(k int) bool { return p.runs[k].start >= i })
	if k < len(p.runs) && p.runs[k].start == i {
		return p.runs[k], true
	}
	return backtickRun{}, false
}

// codeSpan is the length of the code span starting at i and ending by limit, or 0; skip is
// how far to move on when there is none (the whole backtick run: a shorter run inside an
// unclosed one opens nothing).
func (p *pairs) codeSpan(i, limit int) (n, skip int) {
	r, ok := p.run(i)
	if !ok { // i is inside a run (a string cut mid-run): count what is left of it
		return 0, runLen(p.s[i:limit], '`')
	}
	if r.closeEnd > 0 && r.closeEnd <= limit {
		return r.closeEnd - i, r.closeEnd - i
	}
	return 0, r.n
}

// indexBrackets pairs "[" with "]" and "(" with ")" by nesting, skipping backslash escapes
// and code spans as a reader of the Markdown does.
func (p *pairs) indexBrackets() {
	s := p.s
	p.close = make([]int32, len(s))
	for i := range p.close {
		p.close[i] = -1
	}
	var square, round []int32
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '`':
			_, skip := p.codeSpan(i, len(s))
			i += skip - 1
		case '[':
			square = append(square, int32(i))
		case ']':
			if n := len(square); n > 0 {
				p.close[square[n-1]] = int32(i)
				square = square[:n-1]
			}
		case '(':
			round = append(round, int32(i))
		case ')':
			if n := len(round); n > 0 {
				p.close[round[n-1]] = int32(i)
				round = round[:n-1]
			}
		}
	}
}

// match is the index of the bracket closing the one at i, if it closes before limit; else -1.
func (p *pairs) match(i, limit int) int {
	if p.close == nil {
		p.indexBrackets()
	}
	if c := int(p.close[i]); c >= 0 && c < limit {
		return c
	}
	return -1
}

// commentEnd is the end of the HTML comment "<!--" at i opens, if it closes by limit; else 0.
func (p *pairs) commentEnd(i, limit int) int {
	from := i + 4
	// Searches move forward: one that found nothing, or found a close at or past from,
	// answers every later search that starts before that close.
	if p.commentFrom < 0 || from < p.commentFrom || (p.commentAt >= 0 && from > p.commentAt) {
		p.commentFrom = from
		p.commentAt = -1
		if j := strings.Index(p.s[from:], "-->"); j >= 0 {
			p.commentAt = from + j
		}
	}
	if p.commentAt < 0 || p.commentAt+3 > limit {
		return 0
	}
	return p.commentAt + 3
}
