package docsparse

import "github.com/docdrift/docdrift/internal/mdsource"

// lineIndex turns any offset goldmark reports into the line:col a writer sees in an editor.
type lineIndex struct{ mdsource.Lines }

func (li lineIndex) pos(off int) Pos {
	line, col := li.Pos(off)
	return Pos{Line: line, Col: col}
}
