package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/docimages"
	"github.com/docdrift/docdrift/internal/fixes"
	"github.com/docdrift/docdrift/internal/results"
)

// extraFlags are what a run does for the docs beyond its verdicts: fix patches and doc images.
type extraFlags struct {
	suggestFixes   string
	updateImages   bool
	imageThreshold float64
}

func (e *extraFlags) register(flags *flag.FlagSet) {
	flags.StringVar(&e.suggestFixes, "suggest-fixes", "", "write to `FILE` a patch (git apply) renaming every drifted label the run carried on with to the label it found")
	flags.BoolVar(&e.updateImages, "update-images", false, "write the page at each doc image's step over the image (PNG, scaled to its width, secrets masked)")
	flags.Float64Var(&e.imageThreshold, "image-threshold", 100*docimages.DefaultThreshold, "warn when more than this `percent` of a doc image's pixels differ from the page at its step")
}

// imageSteps names the doc steps whose page a doc image shows, for the runner to capture.
func (e *extraFlags) imageSteps(docs []*docsparse.Document) func(doc string, line int) bool {
	want := map[string]map[int]bool{}
	for _, d := range docs {
		for _, pl := range docimages.Place(d) {
			if want[d.Path] == nil {
				want[d.Path] = map[int]bool{}
			}
			want[d.Path][pl.Step.Pos.Line] = true
		}
	}
	if len(want) == 0 {
		return nil
	}
	return func(doc string, line int) bool { return want[doc][line] }
}

// checkImages compares every doc image with the page at its step, or refreshes it.
func (e *extraFlags) checkImages(docs []*docsparse.Document, res *results.Result) []docimages.Comparison {
	return docimages.Check(docs, res, e.imageThreshold/100, e.updateImages)
}

// after does what the flags ask once the run is over.
func (e *extraFlags) after(res *results.Result, stderr io.Writer) error {
	if e.suggestFixes == "" {
		return nil
	}
	n, err := fixes.WritePatch(e.suggestFixes, res)
	fmt.Fprintf(stderr, "%s: %d doc line(s) fixed\n", e.suggestFixes, n)
	return err
}
