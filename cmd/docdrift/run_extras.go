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

	images *docimages.Images // of the run's docs, once planned
}

func (e *extraFlags) register(flags *flag.FlagSet) {
	flags.StringVar(&e.suggestFixes, "suggest-fixes", "", "write to `FILE` a patch (git apply) renaming every drifted label the run carried on with to the label it found")
	flags.BoolVar(&e.updateImages, "update-images", false, "write the page at each doc image's step over the image (PNG, scaled to its width, secrets masked)")
	flags.Float64Var(&e.imageThreshold, "image-threshold", 100*docimages.DefaultThreshold, "warn when more than this `percent` of a doc image's pixels differ from the page at its step")
}

// imageSteps places the docs' images at their steps and names those steps, for the runner to
// capture; nil when no doc shows an image at a step.
func (e *extraFlags) imageSteps(docs []*docsparse.Document) func(doc string, line int) bool {
	e.images = docimages.NewImages(docs)
	if !e.images.Any() {
		return nil
	}
	return e.images.Shows
}

// stepDone starts decoding a procedure's doc images once its first step is done, and
// comparing the images a step that just ran shows with its page, so the comparisons are
// ready by the end of the run.
func (e *extraFlags) stepDone(p *results.Procedure, s *results.Step) {
	if e.images == nil {
		return
	}
	if s == &p.Steps[0] {
		e.images.Started(p)
	}
	if s.Screenshot.Taken() && s.DocStep != "" {
		e.images.Ran(p.Doc, s.At.Line, s.Screenshot)
	}
}

// checkImages compares every doc image with the page at its step, or refreshes it.
func (e *extraFlags) checkImages(docs []*docsparse.Document, res *results.Result) []docimages.Comparison {
	if e.images == nil {
		e.images = docimages.NewImages(docs)
	}
	return e.images.Check(res, e.imageThreshold/100, e.updateImages)
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
