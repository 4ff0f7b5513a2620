package docimages

import (
	"fmt"

	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/results"
)

// Comparison is one doc image set against the page the run captured at its step.
type Comparison struct {
	Doc       string // the doc's path as given
	Image     docsparse.Link
	File      string // the image file: the doc's directory joined with the link's target
	Step      docsparse.Step
	Original  []byte // the doc image as it was before the run
	Capture   []byte // the page at the step, PNG
	Diff      Diff   // zero when Err is set
	Threshold float64
	Updated   bool  // the capture was written over File
	Err       error // why the image could not be compared or updated
}

// Stale tells whether the image differs from the page by more than the threshold.
func (c Comparison) Stale() bool { return c.Err == nil && !c.Updated && c.Diff.Changed > c.Threshold }

// Finding is what a writer should hear about the comparison, at the image's own position:
// a warning when the image is stale or could not be checked, an info line when updated.
func (c Comparison) Finding() (docsparse.Finding, bool) {
	f := docsparse.Finding{Path: c.Doc, Pos: c.Image.Pos, Severity: docsparse.Warning, Rule: "image-drift"}
	switch {
	case c.Err != nil:
		f.Message = fmt.Sprintf("image %q not compared with step %d's page: %v", c.Image.Target, c.Step.Number, c.Err)
	case c.Updated:
		f.Severity = docsparse.Info
		f.Message = fmt.Sprintf("image %q updated from step %d's page (%.1f%% of pixels had changed)", c.Image.Target, c.Step.Number, 100*c.Diff.Changed)
	case c.Stale():
		f.Message = fmt.Sprintf("image %q no longer matches step %d's page: %.1f%% of pixels changed (threshold %.0f%%; --update-images refreshes it)",
			c.Image.Target, c.Step.Number, 100*c.Diff.Changed, 100*c.Threshold)
	default:
		return f, false
	}
	return f, true
}

// Check compares every placed image of the docs with the capture of its step, and with update
// writes the capture over the image. Images of procedures that did not run are left out; an
// image whose step did not run, or has no capture, is reported as not compared.
func Check(docs []*docsparse.Document, res *results.Result, threshold float64, update bool) []Comparison {
	return NewImages(docs).Check(res, threshold, update)
}

// Check is the package's Check for the images' docs, with the images decoded so far.
func (ims *Images) Check(res *results.Result, threshold float64, update bool) []Comparison {
	var out []Comparison
	for _, doc := range ims.docs {
		for _, pl := range Place(doc) {
			shot, ran := capture(res, doc.Path, pl.Step.Pos.Line)
			if !ran {
				continue
			}
			c := Comparison{Doc: doc.Path, Image: pl.Image, Step: pl.Step, Threshold: threshold, File: imageFile(doc.Path, pl)}
			out = append(out, ims.compareOne(c, ims.image(doc.Path, pl), shot, update))
		}
	}
	return out
}

// compareOne compares one image, and with update refreshes it, provided it lies inside the
// docs' root: a doc must not make docdrift read a file elsewhere into a report, nor write one.
func (ims *Images) compareOne(c Comparison, img *docImage, shot results.Shot, update bool) Comparison {
	<-img.done
	if img.err != nil {
		c.Err = img.err
		return c
	}
	if !shot.Taken() {
		c.Err = fmt.Errorf("step %d did not reach its page", c.Step.Number)
		return c
	}
	m := ims.measure(c.File, img, shot)
	<-m.done
	if c.Diff = m.diff; m.err != nil {
		c.Err = m.err
		return c
	}
	capture, err := shot.Read()
	if err != nil {
		c.Err = err
		return c
	}
	c.Original, c.Capture = img.data, capture
	if update {
		if err := Update(c.File, capture, c.Diff); err != nil {
			c.Err = err
			return c
		}
		c.Updated = true
	}
	return c
}

// capture finds the page after a doc step: the screenshot of the last generated step on the
// doc step's line, provided that step passed or carried on past a drift. ran is false when the
// step's procedure or the step itself did not run at all (struck out, skipped, another
// shard's, on a surface no target answers for).
func capture(res *results.Result, doc string, line int) (shot results.Shot, ran bool) {
	for _, p := range res.Procedures {
		if p.Doc != doc || p.Status == results.Skipped || p.Status == results.NotChecked {
			continue
		}
		for _, s := range p.Steps {
			if s.At.Line != line || s.DocStep == "" || s.Status == results.NotChecked {
				continue
			}
			ran = true
			switch {
			case s.Status == results.Passed, s.Status == results.Drifted && s.Continued():
				shot = s.Screenshot
			default:
				shot = results.Shot{}
			}
		}
	}
	return shot, ran
}
