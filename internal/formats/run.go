package formats

import (
	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/docimages"
	"github.com/docdrift/docdrift/internal/htmlreport"
	"github.com/docdrift/docdrift/internal/results"
)

// Run is what a finished run hands every output: the verdicts and what the reports show
// beside them.
type Run struct {
	Info     htmlreport.RunInfo
	Result   *results.Result
	Docs     []htmlreport.Source
	Findings docsparse.Findings     // lint findings of the docs that did not stop the run
	Images   []docimages.Comparison // doc images against the pages at their steps
}

// ImageFindings are what a writer should hear about the doc images, at the images' lines.
func (r *Run) ImageFindings() docsparse.Findings {
	var out docsparse.Findings
	for _, c := range r.Images {
		if f, ok := c.Finding(); ok {
			out = append(out, f)
		}
	}
	return out
}
