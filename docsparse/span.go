package docsparse

import "strings"

// LastLine is the last line of the procedure's own text: its items with their later lines,
// sub-steps, the paragraphs, tables and images under them. A run asked for a doc's line
// ("docs/oauth.md:42") runs the procedure whose lines hold it.
func (p Procedure) LastLine() int {
	return lastLine(p.Steps, p.Pos.Line)
}

func lastLine(steps []Step, last int) int {
	for _, s := range steps {
		last = max(last, s.Pos.Line)
		for _, l := range s.Lines {
			last = max(last, l.Line)
		}
		for _, b := range s.Continuation {
			last = max(last, b.Pos.Line)
			for _, l := range b.Lines {
				last = max(last, l.Line)
			}
			if b.Kind == "code" {
				last = max(last, b.Pos.Line+strings.Count(strings.TrimRight(b.Text, "\n"), "\n")+1) // and its closing fence
			}
			for _, r := range b.Rows {
				last = max(last, r.Pos.Line)
			}
		}
		for _, img := range s.Images {
			last = max(last, img.Pos.Line)
		}
		last = lastLine(s.SubSteps, last)
	}
	return last
}
