package lint

import (
	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/mdsource"
)

// lines indexes Src once per Input, with the line ends docsparse reads.
func (in *Input) lines() mdsource.Lines {
	if in.index == nil {
		l := mdsource.NewLines(in.Src)
		in.index = &l
	}
	return *in.index
}

// line is line n (1-based) of Src without its line end, or nil when there is no such line.
func (in *Input) line(n int) []byte { return in.lines().Line(n) }

// pos is the line and byte column of offset off in Src.
func (in *Input) pos(off int) docsparse.Pos {
	line, col := in.lines().Pos(off)
	return docsparse.Pos{Line: line, Col: col}
}
