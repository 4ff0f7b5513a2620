package docimages

import (
	"fmt"
	"image"
	"os"
	"path/filepath"
	"sync"

	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/docfiles"
	"github.com/docdrift/docdrift/internal/results"
)

// Images are the doc images of a run's docs, read, decoded and compared lazily and ahead of
// the report: a procedure that starts (Started) has the images placed at its steps decoded in
// the background — tens of milliseconds for a retina screenshot — and the page captured after
// each doc step that ran (Ran) is compared with its images in the background too, so that
// work overlaps the run instead of adding to the step's capture or the run's end. An image of
// a procedure that never started is never read; a doc without images costs nothing.
type Images struct {
	docs     []*docsparse.Document
	placed   map[string]map[int][]Placement // doc path → step line → images shown there
	mu       sync.Mutex
	files    map[string]*docImage // by file path
	measured map[measureKey]*measured
	// decoding lets one picture be decoded at a time: a retina screenshot decoded and scaled
	// takes tens of megabytes, and a run's memory should not grow with how many images its
	// procedures show.
	decoding chan struct{}
}

// NewImages places the images of docs at their steps.
func NewImages(docs []*docsparse.Document) *Images {
	ims := &Images{docs: docs, placed: map[string]map[int][]Placement{}, files: map[string]*docImage{},
		measured: map[measureKey]*measured{}, decoding: make(chan struct{}, 1)}
	for _, d := range docs {
		for _, pl := range Place(d) {
			if ims.placed[d.Path] == nil {
				ims.placed[d.Path] = map[int][]Placement{}
			}
			ims.placed[d.Path][pl.Step.Pos.Line] = append(ims.placed[d.Path][pl.Step.Pos.Line], pl)
		}
	}
	return ims
}

// Any tells whether any doc shows an image at a step.
func (ims *Images) Any() bool { return len(ims.placed) > 0 }

// Shows tells whether an image of doc shows the page of the doc step on line.
func (ims *Images) Shows(doc string, line int) bool { return len(ims.placed[doc][line]) > 0 }

// Started says procedure p has begun: the images placed at its steps start decoding.
func (ims *Images) Started(p *results.Procedure) {
	for _, s := range p.Steps {
		for _, pl := range ims.placed[p.Doc][s.At.Line] {
			ims.image(p.Doc, pl)
		}
	}
}

// Ran says the doc step on line of doc has run and its page looks like shot (none when not
// captured): the images it shows start decoding, and comparing with shot.
func (ims *Images) Ran(doc string, line int, shot results.Shot) {
	for _, pl := range ims.placed[doc][line] {
		img := ims.image(doc, pl)
		if shot.Taken() {
			ims.measure(imageFile(doc, pl), img, shot)
		}
	}
}

// docImage is one image file, read and scaled for comparison once whatever steps show it.
type docImage struct {
	done chan struct{}
	// err is why the file was not read: outside the docs' root, or unreadable.
	err  error
	data []byte // the file as it was before the run
	// decodeErr is why data is no picture; else scaled is it at the comparison width.
	decodeErr     error
	scaled        *image.RGBA
	width, height int
}

// image returns the file behind a placement of doc, loading it in the background the first
// time it is asked for.
func (ims *Images) image(doc string, pl Placement) *docImage {
	file := imageFile(doc, pl)
	ims.mu.Lock()
	defer ims.mu.Unlock()
	if d := ims.files[file]; d != nil {
		return d
	}
	d := &docImage{done: make(chan struct{})}
	ims.files[file] = d
	go d.load(docfiles.Root(filepath.Dir(doc)), file, ims.decoding)
	return d
}

// load reads and scales file, provided it lies inside the docs' root: a doc must not make
// docdrift read a file elsewhere into a report.
func (d *docImage) load(root, file string, decoding chan struct{}) {
	defer close(d.done)
	decoding <- struct{}{}
	defer func() { <-decoding }()
	if ok, err := docfiles.Inside(root, file); !ok {
		if err == nil {
			err = fmt.Errorf("%s is outside the docs' root %s (symbolic links resolved); docdrift neither reads nor writes it", file, root)
		}
		d.err = err
		return
	}
	if d.data, d.err = os.ReadFile(file); d.err != nil {
		return
	}
	img, err := decodeImage(file, d.data)
	if err != nil {
		d.decodeErr = err
		return
	}
	b := img.Bounds()
	d.width, d.height = b.Dx(), b.Dy()
	d.scaled = shrinkToWidth(img, min(compareWidth, b.Dx()))
}

// measured is a capture compared with a doc image in the background.
type measured struct {
	done chan struct{}
	diff Diff
	err  error
}

// measureKey is a doc image's file and the capture it is compared with.
type measureKey struct {
	file string
	shot string
}

// measure compares img with shot, once, in the background.
func (ims *Images) measure(file string, img *docImage, shot results.Shot) *measured {
	key := measureKey{file, shot.Path}
	ims.mu.Lock()
	defer ims.mu.Unlock()
	if m := ims.measured[key]; m != nil {
		return m
	}
	m := &measured{done: make(chan struct{})}
	ims.measured[key] = m
	go func() {
		defer close(m.done)
		<-img.done
		if img.err != nil {
			return
		}
		ims.decoding <- struct{}{}
		defer func() { <-ims.decoding }()
		png, err := shot.Read()
		if err != nil {
			m.err = err
			return
		}
		m.diff, m.err = img.compare(png)
	}()
	return m
}

// imageFile is the path of a placed image: the doc's directory joined with the link's target.
func imageFile(doc string, pl Placement) string {
	return filepath.Join(filepath.Dir(doc), filepath.FromSlash(pl.Image.Target))
}
