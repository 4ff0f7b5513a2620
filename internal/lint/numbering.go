package lint

import (
	"strings"

	"github.com/docdrift/docdrift/docsparse"
)

// checkNumbering reports step numbers that break the sequence a list started: 6 then 8, 3 then
// 3, 5 then 2. A list numbered "1." throughout is a common Markdown style (the renderer numbers
// it) and so is starting at any number; both are fine. Sub-steps are checked the same way.
func checkNumbering(in *Input) []docsparse.Finding {
	var out []docsparse.Finding
	for _, p := range in.Doc.Procedures {
		out = append(out, numberingOf(in, p.Steps)...)
	}
	return out
}

func numberingOf(in *Input, steps []docsparse.Step) []docsparse.Finding {
	var out []docsparse.Finding
	if ordered(steps) && !allSame(steps) {
		for i := 1; i < len(steps); i++ {
			prev, s := steps[i-1].Number, steps[i]
			if s.Number != prev+1 {
				out = append(out, finding(markerPos(in, s), docsparse.Warning,
					"step numbered %d follows %d (expected %d)", s.Number, prev, prev+1))
			}
		}
	}
	for _, s := range steps {
		out = append(out, numberingOf(in, s.SubSteps)...)
	}
	return out
}

// ordered is true when the steps carry written numbers ("3." or "3)"), not bullets.
func ordered(steps []docsparse.Step) bool {
	for _, s := range steps {
		if s.Written == "" || s.Written[0] < '0' || s.Written[0] > '9' {
			return false
		}
	}
	return len(steps) > 1
}

func allSame(steps []docsparse.Step) bool {
	for _, s := range steps[1:] {
		if s.Number != steps[0].Number {
			return false
		}
	}
	return true
}

// markerPos is where a step's number is written, which is where a writer looks for it; the
// model's Pos is the start of the step's text. It falls back to that when the marker cannot be
// found on the line.
func markerPos(in *Input, s docsparse.Step) docsparse.Pos {
	line := in.line(s.Pos.Line)
	if s.Pos.Col < 1 || s.Pos.Col-1 > len(line) {
		return s.Pos
	}
	i := strings.LastIndex(string(line[:s.Pos.Col-1]), s.Written)
	if i < 0 {
		return s.Pos
	}
	return docsparse.Pos{Line: s.Pos.Line, Col: i + 1}
}
