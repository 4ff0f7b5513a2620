package steps

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"

	"github.com/docdrift/docdrift/internal/browser"
	"github.com/docdrift/docdrift/internal/tempdir"
)

// A file to upload, of the kind the page's file input asks for: a reader uploading "your
// chosen logo" picks a picture, and a form that accepts only images refuses a text file.

// sample is one kind of file: its name and its content.
type sample struct {
	name    string
	content func() []byte
}

var (
	textSample = sample{"docdrift-sample.txt", func() []byte { return []byte("uploaded by docdrift\n") }}
	// The picture is a small square, within any logo or avatar size limit.
	imageSample = sample{"docdrift-sample.png", samplePNG}
	csvSample   = sample{"docdrift-sample.csv", func() []byte { return []byte("name,value\ndocdrift,1\n") }}
	jsonSample  = sample{"docdrift-sample.json", func() []byte { return []byte("{\"name\": \"docdrift\"}\n") }}
)

// sampleFor is the kind of file an input's accept attribute asks for ("image/*", ".png,.svg",
// "text/csv"), else the kind the doc names ("choose a picture from your computer"); a text
// file when neither says anything the run knows.
func sampleFor(accept, named string) sample {
	if strings.TrimSpace(accept) == "" {
		for _, w := range strings.Fields(strings.ToLower(named)) {
			switch strings.Trim(w, ".,") {
			case "picture", "pictures", "image", "images", "photo", "photos", "logo", "avatar", "icon", "screenshot", "png", "jpeg", "jpg":
				return imageSample
			case "csv":
				return csvSample
			case "json":
				return jsonSample
			}
		}
	}
	for _, a := range strings.Split(strings.ToLower(accept), ",") {
		switch a = strings.TrimSpace(a); {
		case strings.HasPrefix(a, "image/"), a == ".png", a == ".jpg", a == ".jpeg", a == ".gif", a == ".svg", a == ".webp", a == ".ico":
			return imageSample
		case a == "text/csv", a == ".csv":
			return csvSample
		case a == "application/json", a == ".json":
			return jsonSample
		}
	}
	return textSample
}

func samplePNG() []byte {
	img := image.NewRGBA(image.Rect(0, 0, 64, 64))
	for y := range 64 {
		for x := range 64 {
			img.Set(x, y, color.RGBA{R: 0x4a, G: 0x6c, B: 0xf7, A: 0xff})
		}
	}
	var b bytes.Buffer
	_ = png.Encode(&b, img) // writing to memory does not fail
	return b.Bytes()
}

// sampleFile writes the file an upload gives an input that accepts accept, into the
// scenario's own folder. In a run it is named as what the run types is (docdrift-<run id>-<n>
// and the sample's extension), and counted among what the scenario made: a product keeps an
// upload under its file's name, which cleanup, the warning of what is left and a sweep then
// know.
func (s *Scenario) sampleFile(accept string) (string, error) {
	if s.tmp == "" {
		dir, err := tempdir.Make("upload")
		if err != nil {
			return "", fmt.Errorf("make a file to upload: %w", err)
		}
		s.tmp = dir
	}
	f := sampleFor(accept, s.uploadNamed)
	name := f.name
	if s.cfg.RunID != "" {
		name = s.newName() + filepath.Ext(f.name)
	}
	path := filepath.Join(s.tmp, name)
	if err := os.WriteFile(path, f.content(), 0o600); err != nil {
		return "", fmt.Errorf("make a file to upload: %w", err)
	}
	if s.cfg.RunID != "" {
		s.uploaded = append(s.uploaded, name)
		if s.typedInto == nil {
			s.typedInto = map[string]string{}
		}
		s.typedInto[name] = "a file uploaded"
	}
	return path, nil
}

// chooseFile answers a file picker the reader's click opened ("Click **Upload**"), as a reader
// would: with a file of the kind it takes. The page then does what it does with it (uploads
// it, lists it), waited for like any click's effect.
func (s *Scenario) chooseFile(ctx context.Context, fc browser.FileChooser) error {
	accept, err := fc.Accepts(ctx)
	if err != nil {
		return err
	}
	path, err := s.sampleFile(accept)
	if err != nil {
		return err
	}
	if err := fc.Choose(ctx, []string{path}); err != nil {
		return err
	}
	s.picked = true
	s.notes = append(s.notes, fmt.Sprintf("the click opened the computer's file picker; the run chose %s", filepath.Base(path)))
	return s.settle(ctx)
}
