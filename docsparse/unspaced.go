package docsparse

import (
	"bytes"
	"strings"
)

// A writer who leaves out the space after a step's number ("1.Hover over the wiki",
// "2.Click the more menu") wrote steps, and a reader follows them as steps, but Markdown
// shows them as one paragraph of running text. docdrift reads such lines as the list they
// were meant to be — two or more, numbered one after another — and says where the space is
// missing (rule "list-marker"), so the published page can be mended.

// unspacedMarker reads a line that opens with a step number and no space after it: up to
// three spaces, the number, its dot or parenthesis, then a letter or markup, never a digit
// ("1.5 GB") or white space. It returns the number and where the marker ends; ok is false for
// any other line. A byte scan, not a regular expression: every doc's every line is asked.
func unspacedMarker(l []byte) (number, end int, ok bool) {
	i := 0
	for i < len(l) && i < 3 && l[i] == ' ' {
		i++
	}
	start := i
	for i < len(l) && i-start < 9 && '0' <= l[i] && l[i] <= '9' {
		number = number*10 + int(l[i]-'0')
		i++
	}
	if i == start || i+1 >= len(l) || l[i] != '.' && l[i] != ')' {
		return 0, 0, false
	}
	if strings.IndexByte(" \t\n\r\f.)0123456789", l[i+1]) >= 0 {
		return 0, 0, false
	}
	return number, i + 1, true
}

// hasUnspacedSteps reports whether src may hold unspaced steps: a line that opens so.
func hasUnspacedSteps(src []byte) bool {
	for len(src) > 0 {
		if _, _, ok := unspacedMarker(src); ok {
			return true
		}
		i := bytes.IndexByte(src, '\n')
		if i < 0 {
			break
		}
		src = src[i+1:]
	}
	return false
}

// unspacedSteps returns, by line index, where the marker ends on each line of a run of two
// or more unspaced steps numbered one after another (blank lines between them allowed),
// outside fenced code.
func unspacedSteps(lines [][]byte) map[int]int {
	out := map[int]int{}
	var run []int // line indexes of the run so far
	var ends []int
	next := 0 // the number the run's next step would have
	flush := func() {
		if len(run) >= 2 {
			for k, i := range run {
				out[i] = ends[k]
			}
		}
		run, ends = run[:0], ends[:0]
	}
	fence := []byte(nil)
	for i, l := range lines {
		trimmed := bytes.TrimLeft(l, " ")
		if f := fenceOf(trimmed); f != nil {
			if fence == nil {
				fence = f
			} else if bytes.HasPrefix(trimmed, fence) {
				fence = nil
			}
			flush()
			continue
		}
		if fence != nil {
			continue
		}
		if len(bytes.TrimSpace(l)) == 0 {
			continue // a blank line between steps keeps the run
		}
		n, end, ok := unspacedMarker(l)
		if !ok {
			flush()
			continue
		}
		if len(run) > 0 && n != next {
			flush()
		}
		run, ends, next = append(run, i), append(ends, end), n+1
	}
	flush()
	return out
}

// fenceOf is the fence a line opens or closes code with (``` or ~~~, three or more), or nil.
func fenceOf(l []byte) []byte {
	for _, c := range []byte("`~") {
		n := 0
		for n < len(l) && l[n] == c {
			n++
		}
		if n >= 3 {
			return l[:n]
		}
	}
	return nil
}
