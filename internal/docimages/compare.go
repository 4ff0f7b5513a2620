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

// Diff is how a doc image and a capture of the page differ.
type Diff struct {
	Changed float64 // share of the doc image's area that differs, 0..1
	Scaled  []byte  // the capture as a PNG scaled to the doc image's width
	Width   int     // of the doc image
	Height  int
}

// Compare reads the doc image at file and compares it with capture, a PNG of the page. The
// capture is scaled to the doc image's width first (docs show screenshots at their own size,
// often a retina one); where the heights differ, the part only one image covers counts as
// changed.
func Compare(file string, capture []byte) (Diff, error) {
	docImg, err := decodeFile(file)
	if err != nil {
		return Diff{}, err
	}
	shot, err := png.Decode(bytes.NewReader(capture))
	if err != nil {
		return Diff{}, fmt.Errorf("capture: %w", err)
	}
	scaled := scaleToWidth(shot, docImg.Bounds().Dx())
	var buf bytes.Buffer
	if err := png.Encode(&buf, scaled); err != nil {
		return Diff{}, fmt.Errorf("capture: %w", err)
	}
	b := docImg.Bounds()
	return Diff{Changed: changed(docImg, scaled), Scaled: buf.Bytes(), Width: b.Dx(), Height: b.Dy()}, nil
}

// Update writes the scaled capture over the doc image. Only PNG files are rewritten: writing
// PNG bytes under a .jpg name would break the doc.
func Update(file string, d Diff) error {
	if !strings.EqualFold(filepath.Ext(file), ".png") {
		return fmt.Errorf("%s: only PNG images are updated", file)
	}
	info, err := os.Stat(file)
	mode := os.FileMode(0o644)
	if err == nil {
		mode = info.Mode().Perm()
	}
	tmp := file + ".docdrift-tmp"
	if err := os.WriteFile(tmp, d.Scaled, mode); err != nil {
		return err
	}
	if err := os.Rename(tmp, file); err != nil {
		_ = os.Remove(tmp)
		return err
	}
	return nil
}

func decodeFile(file string) (image.Image, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	img, _, err := image.Decode(f)
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
	draw.CatmullRom.Scale(dst, dst.Bounds(), img, b, draw.Over, nil)
	return dst
}

// changed is the share of pixels that differ beyond channelTolerance, over the union of both
// images' areas (both start at the top left).
func changed(a, b image.Image) float64 {
	ab, bb := a.Bounds(), b.Bounds()
	w, h := max(ab.Dx(), bb.Dx()), max(ab.Dy(), bb.Dy())
	var diff int
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			pa, inA := pixel(a, x, y)
			pb, inB := pixel(b, x, y)
			if inA != inB || (inA && !near(pa, pb)) {
				diff++
			}
		}
	}
	return float64(diff) / float64(w*h)
}

// pixel is the colour at (x, y) from the image's top left, composited onto white.
func pixel(img image.Image, x, y int) (color.RGBA, bool) {
	b := img.Bounds()
	if x >= b.Dx() || y >= b.Dy() {
		return color.RGBA{}, false
	}
	r, g, bl, a := img.At(b.Min.X+x, b.Min.Y+y).RGBA()
	over := func(c uint32) uint8 { return uint8((c + (0xffff - a)) >> 8) }
	return color.RGBA{over(r), over(g), over(bl), 0xff}, true
}

func near(a, b color.RGBA) bool {
	d := func(x, y uint8) int {
		if x > y {
			return int(x - y)
		}
		return int(y - x)
	}
	return d(a.R, b.R) <= channelTolerance && d(a.G, b.G) <= channelTolerance && d(a.B, b.B) <= channelTolerance
}
