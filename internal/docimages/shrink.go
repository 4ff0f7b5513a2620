package docimages

import (
	"image"
	"image/color"
	"image/draw"
)

// shrinkToWidth scales img to width w, keeping its aspect ratio, onto white, each target
// pixel the average of every source pixel it covers. A retina screenshot shrunk this way and
// a page the browser rendered small agree to within a few pixels, where sampling four source
// pixels per target pixel (bilinear) aliases text its own way; and it reads each source pixel
// once, several times faster. A picture narrower than w is scaled up bilinearly.
func shrinkToWidth(img image.Image, w int) *image.RGBA {
	b := img.Bounds()
	if b.Dx() < w {
		return scaleToWidth(img, w)
	}
	src := image.NewRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
	draw.Draw(src, src.Rect, image.NewUniform(color.White), image.Point{}, draw.Src)
	draw.Draw(src, src.Rect, img, b.Min, draw.Over)
	h := max(1, (b.Dy()*w+b.Dx()/2)/b.Dx())
	xs, ys := spans(b.Dx(), w), spans(b.Dy(), h)
	dst := image.NewRGBA(image.Rect(0, 0, w, h))
	sums := make([]uint32, 3*w)
	for y := 0; y < h; y++ {
		clear(sums)
		for sy := ys[y]; sy < ys[y+1]; sy++ {
			row := src.Pix[sy*src.Stride:]
			for x := 0; x < w; x++ {
				for sx := xs[x]; sx < xs[x+1]; sx++ {
					p := row[4*sx : 4*sx+3]
					sums[3*x] += uint32(p[0])
					sums[3*x+1] += uint32(p[1])
					sums[3*x+2] += uint32(p[2])
				}
			}
		}
		out := dst.Pix[y*dst.Stride:]
		for x := 0; x < w; x++ {
			n := uint32((xs[x+1] - xs[x]) * (ys[y+1] - ys[y]))
			out[4*x], out[4*x+1], out[4*x+2], out[4*x+3] = uint8(sums[3*x]/n), uint8(sums[3*x+1]/n), uint8(sums[3*x+2]/n), 255
		}
	}
	return dst
}

// spans cuts n source pixels into m runs of one or more, as even as can be: run i is
// [s[i], s[i+1]).
func spans(n, m int) []int {
	s := make([]int, m+1)
	for i := range s {
		s[i] = i * n / m
	}
	return s
}
