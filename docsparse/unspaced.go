package docsparse

import (
	"bytes"
	"regexp"
	"strconv"
)

// A writer who leaves out the space after a step's number ("1.Hover over the wiki",
// "2.Click the more menu") wrote steps, and a reader follows them as steps, but Markdown
// shows them as one paragraph of running text. docdrift reads such lines as the list they
// were meant to be — two or more, numbered one after another — and says where the space is
// missing (rule "list-marker"), so the published page can be mended.

// unspacedMarker matches a line that opens with a step number and no space after it: the
// number, its dot or parenthesis, then a letter or markup, never a digit ("1.5 GB").
var unspacedMarker = regexp.MustCompile(`(?m)^ {0,3}(\d{1,9})[.)][^\s\d.)]`)

// hasUnspacedSteps reports whether src may hold unspaced steps, at memory speed.
func hasUnspacedSteps(src []byte) bool { return unspacedMarker.Match(src) }

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
		m := unspacedMarker.FindSubmatchIndex(l)
		if m == nil {
			flush()
			continue
		}
		n, err := strconv.Atoi(string(l[m[2]:m[3]]))
		if err != nil || len(run) > 0 && n != next {
			flush()
		}
		run, ends, next = append(run, i), append(ends, m[3]+1), n+1
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
