package docsparse

import "sort"

// lineIndex holds the byte offset at which each line of a source starts, so any offset goldmark
// reports can be turned into the line:col a writer sees in an editor.
type lineIndex []int

func newLineIndex(src []byte) lineIndex {
	starts := lineIndex{0}
	for i, c := range src {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// pos converts a byte offset into a 1-based line and byte column. Offsets outside the source
// are clamped to it, so a position is always one the writer can open.
func (li lineIndex) pos(off int) Pos {
	if off < 0 {
		off = 0
	}
	line := sort.Search(len(li), func(i int) bool { return li[i] > off }) - 1
	return Pos{Line: line + 1, Col: off - li[line] + 1}
}
