package lint

import (
	"bytes"
	"sort"

	"github.com/docdrift/docdrift/docsparse"
)

// starts returns the byte offset of every line start in Src, computed once per Input.
func (in *Input) starts() []int {
	if in.lineStarts == nil {
		in.lineStarts = []int{0}
		for i, b := range in.Src {
			if b == '\n' {
				in.lineStarts = append(in.lineStarts, i+1)
			}
		}
	}
	return in.lineStarts
}

// line is line n (1-based) of Src without its line ending, or nil when there is no such line.
func (in *Input) line(n int) []byte {
	starts := in.starts()
	if n < 1 || n > len(starts) {
		return nil
	}
	end := len(in.Src)
	if n < len(starts) {
		end = starts[n] - 1
	}
	return bytes.TrimSuffix(in.Src[starts[n-1]:end], []byte("\r"))
}

// pos is the line and byte column of offset off in Src.
func (in *Input) pos(off int) docsparse.Pos {
	starts := in.starts()
	n := sort.Search(len(starts), func(i int) bool { return starts[i] > off })
	return docsparse.Pos{Line: n, Col: off - starts[n-1] + 1}
}
