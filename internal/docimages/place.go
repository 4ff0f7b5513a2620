// Package docimages ties the pictures a doc shows to the steps whose page they depict, compares
// each with the page the run captured at that step, and can write the fresh capture over the
// doc's image so screenshots stop rotting along with the text.
package docimages

import (
	"strings"

	"github.com/docdrift/docdrift/docsparse"
)

// Placement is a doc image and the step whose page it shows.
type Placement struct {
	Image docsparse.Link
	Step  docsparse.Step
}

// Place finds the step each image of a procedure belongs to: an image inside a step or after it
// (before the next one) shows that step's page; an image above the list belongs to the first
// step that refers to something "shown above" — the seed's "This will display the Create API
// Account page shown above." Other images above a list depict nothing a step reaches, and are
// left out. Struck procedures are placed too; the caller decides whether they ran.
func Place(doc *docsparse.Document) []Placement {
	var out []Placement
	for i, p := range doc.Procedures {
		start := p.Heading.Pos.Line
		if i > 0 && doc.Procedures[i-1].Pos.Line > start {
			start = lastLine(doc.Procedures[i-1])
		}
		flat := flatten(p.Steps)
		if above := firstShownAbove(flat); above != nil {
			for _, l := range doc.Links {
				if l.Image && isRaster(l.Target) && l.Pos.Line > start && l.Pos.Line < p.Pos.Line {
					out = append(out, Placement{Image: l, Step: *above})
				}
			}
		}
		for _, s := range flat {
			for _, l := range s.Images {
				if isRaster(l.Target) {
					out = append(out, Placement{Image: l, Step: s})
				}
			}
		}
	}
	return out
}

// flatten lists steps and their sub-steps in doc order.
func flatten(steps []docsparse.Step) []docsparse.Step {
	var out []docsparse.Step
	for _, s := range steps {
		out = append(out, s)
		out = append(out, flatten(s.SubSteps)...)
	}
	return out
}

func firstShownAbove(steps []docsparse.Step) *docsparse.Step {
	for i := range steps {
		t := strings.ToLower(steps[i].Text)
		if strings.Contains(t, "shown above") || strings.Contains(t, "pictured above") {
			return &steps[i]
		}
	}
	return nil
}

// lastLine is the line of a procedure's last step, a bound for the next procedure's intro.
func lastLine(p docsparse.Procedure) int {
	flat := flatten(p.Steps)
	if len(flat) == 0 {
		return p.Pos.Line
	}
	line := flat[len(flat)-1].Pos.Line
	for _, l := range flat[len(flat)-1].Images {
		line = max(line, l.Pos.Line)
	}
	return line
}

// isRaster tells images a capture can be compared with (no SVG diagrams, no remote URLs).
func isRaster(target string) bool {
	t := strings.ToLower(target)
	if strings.Contains(t, "://") || strings.HasPrefix(t, "data:") {
		return false
	}
	t, _, _ = strings.Cut(t, "?")
	return strings.HasSuffix(t, ".png") || strings.HasSuffix(t, ".jpg") || strings.HasSuffix(t, ".jpeg")
}
