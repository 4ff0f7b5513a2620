package docimages

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/color"
	_ "image/jpeg" // docs show JPEG screenshots too
	"image/png"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/image/draw"
)

// DefaultThreshold is the share of changed pixels above which an image is reported as stale.
const DefaultThreshold = 0.10

// channelTolerance absorbs resampling and anti-aliasing: a pixel counts as changed only when a
// colour channel moves by more than this (of 255).
const channelTolerance = 32

// compareWidth is the width both pictures are scaled to before counting pixels: the share of
// changed area barely moves with resolution, while a retina screenshot at full size would cost
// a run hundreds of milliseconds and megabytes.
const compareWidth = 480

// Diff is how a doc image and a capture of the page differ.
type Diff struct {
	Changed float64 // share of the doc image's area that differs, 0..1
	Width   int     // of the doc image
	Height  int
}

// Compare compares doc, the bytes of the doc image at file (named in errors), with capture, a
// PNG of the page. Both
// are scaled to one width first (docs show screenshots at their own size, often a retina
// one); where the heights then differ, the part only one picture covers counts as changed.
func Compare(file string, doc, capture []byte) (Diff, error) {
	docImg, err := decodeImage(file, doc)
	if err != nil {
		return Diff{}, err
	}
	b := docImg.Bounds()
	img := &docImage{width: b.Dx(), height: b.Dy(), scaled: shrinkToWidth(docImg, min(compareWidth, b.Dx()))}
	return img.compare(capture)
}

// compare measures a capture against the doc image, already scaled to the comparison width.
func (d *docImage) compare(capture []byte) (Diff, error) {
	if d.decodeErr != nil {
		return Diff{}, d.decodeErr
	}
	shot, err := png.Decode(bytes.NewReader(capture))
	if err != nil {
		return Diff{}, fmt.Errorf("capture: %w", err)
	}
	return Diff{Changed: changed(d.scaled, shrinkToWidth(shot, d.scaled.Rect.Dx())), Width: d.width, Height: d.height}, nil
}

// Update writes the capture over the doc image, scaled to the image's width (its size class
// in the doc). Only PNG files are rewritten: PNG bytes under a .jpg name would break the doc.
func Update(file string, capture []byte, d Diff) error {
	if !strings.EqualFold(filepath.Ext(file), ".png") {
		return fmt.Errorf("%s: only PNG images are updated", file)
	}
	shot, err := png.Decode(bytes.NewReader(capture))
	if err != nil {
		return fmt.Errorf("capture: %w", err)
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, scaleToWidth(shot, d.Width)); err != nil {
		return err
	}
	mode := os.FileMode(0o644)
	if info, err := os.Stat(file); err == nil {
		mode = info.Mode().Perm()
	}
	tmp := file + ".docdrift-tmp"
	if err := os.WriteFile(tmp, buf.Bytes(), mode); err != nil {
		return err
	}
	if err := os.Rename(tmp, file); err != nil {
		_ = os.Remove(tmp)
		return err
	}
	return nil
}

func decodeImage(file string, data []byte) (image.Image, error) {
	img, _, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	if b := img.Bounds(); b.Dx() == 0 || b.Dy() == 0 {
		return nil, fmt.Errorf("%s: %w", file, errors.New("empty image"))
	}
	return img, nil
}

// scaleToWidth resizes img to width w, keeping its aspect ratio, onto white: transparent
// parts of a doc image read as the page background they are shown on.
func scaleToWidth(img image.Image, w int) *image.RGBA {
	b := img.Bounds()
	h := max(1, (b.Dy()*w+b.Dx()/2)/b.Dx())
	dst := image.NewRGBA(image.Rect(0, 0, w, h))
	draw.Draw(dst, dst.Bounds(), image.NewUniform(color.White), image.Point{}, draw.Src)
	draw.ApproxBiLinear.Scale(dst, dst.Bounds(), img, b, draw.Over, nil)
	return dst
}

// changed is the share of pixels that differ beyond channelTolerance, over the union of both
// pictures' areas (both start at the top left and are opaque).
func changed(a, b *image.RGBA) float64 {
	w, h := max(a.Rect.Dx(), b.Rect.Dx()), max(a.Rect.Dy(), b.Rect.Dy())
	diff := 0
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			inA, inB := x < a.Rect.Dx() && y < a.Rect.Dy(), x < b.Rect.Dx() && y < b.Rect.Dy()
			if inA != inB || inA && !near(a.Pix[a.PixOffset(x, y):], b.Pix[b.PixOffset(x, y):]) {
				diff++
			}
		}
	}
	return float64(diff) / float64(w*h)
}

// near compares two RGB pixels given as the start of their bytes.
func near(p, q []byte) bool {
	for i := 0; i < 3; i++ {
		d := int(p[i]) - int(q[i])
		if d > channelTolerance || d < -channelTolerance {
			return false
		}
	}
	return true
}
