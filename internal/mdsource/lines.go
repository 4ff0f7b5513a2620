package mdsource

import "sort"

// Lines knows where each line of a source starts, so any offset can be shown as the line and
// column a writer sees in an editor. A line ends at LF, CRLF or a lone CR.
type Lines struct {
	src    []byte
	starts []int
}

// NewLines indexes the lines of src.
func NewLines(src []byte) Lines {
	starts := []int{0}
	for i, c := range src {
		if c == '\n' || c == '\r' && (i+1 == len(src) || src[i+1] != '\n') {
			starts = append(starts, i+1)
		}
	}
	return Lines{src: src, starts: starts}
}

// Pos is the 1-based line and byte column of offset off; an offset before the source is its
// first byte, so a position is always one the writer can open.
func (l Lines) Pos(off int) (line, col int) {
	off = max(off, 0)
	n := sort.Search(len(l.starts), func(i int) bool { return l.starts[i] > off })
	return n, off - l.starts[n-1] + 1
}

// Line is line n (1-based) without its line end, or nil when there is no such line.
func (l Lines) Line(n int) []byte {
	if n < 1 || n > len(l.starts) {
		return nil
	}
	start, end := l.starts[n-1], len(l.src)
	if n < len(l.starts) {
		end = l.starts[n]
		if l.src[end-1] == '\n' {
			end--
		}
		if end > start && l.src[end-1] == '\r' {
			end--
		}
	}
	return l.src[start:end]
}

// Len is the number of lines: one more than the line ends.
func (l Lines) Len() int { return len(l.starts) }
