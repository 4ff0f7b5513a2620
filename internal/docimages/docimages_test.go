package docimages

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/featuregen"
	"github.com/docdrift/docdrift/internal/results"
)

const seed = "../../testdata/seed/includes/_api_oauth_tokens.md"

func parseSeed(t *testing.T) *docsparse.Document {
	t.Helper()
	src, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	return docsparse.Parse(seed, src)
}

func TestPlaceSeed(t *testing.T) {
	var got []string
	for _, pl := range Place(parseSeed(t)) {
		got = append(got, fmt.Sprintf("%s line %d -> step %d at line %d", pl.Image.Target, pl.Image.Pos.Line, pl.Step.Number, pl.Step.Pos.Line))
	}
	want := []string{
		"../assets/CreateAccount.png line 12 -> step 4 at line 19", // "the Create API Account page shown above"
		"../assets/SaveCreds.png line 26 -> step 8 at line 22",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("placements:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestPlace(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"inside and after steps", "# T\n\n1. Open **A**.\n\n   ![a](a.png)\n2. Open **B**.\n\n![b](b.jpg)\n", []string{"a.png:3", "b.jpg:6"}},
		{"intro image without shown above", "# T\n\n![x](x.png)\n\n1. Open **A**.\n2. Open **B**.\n", nil},
		{"svg and remote images are not screenshots", "# T\n\n1. Open **A**.\n\n   ![d](d.svg) ![r](https://x.test/r.png)\n", nil},
		{"intro image and shown above", "# T\n\n<img src=\"p.png\">\n\n1. Open **A**.\n2. Open **B**, shown above.\n", []string{"p.png:6"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, pl := range Place(docsparse.Parse("t.md", []byte(tt.src))) {
				got = append(got, fmt.Sprintf("%s:%d", pl.Image.Target, pl.Step.Pos.Line))
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// picture is a w×h PNG: white with a black box over the left share of its width.
func picture(t *testing.T, w, h int, share float64) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			c := color.RGBA{255, 255, 255, 255}
			if float64(x) < share*float64(w) {
				c = color.RGBA{0, 0, 0, 255}
			}
			img.Set(x, y, c)
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestCompare(t *testing.T) {
	tests := []struct {
		name     string
		doc      []byte
		capture  []byte
		min, max float64
	}{
		{"same", picture(t, 200, 100, 0.5), picture(t, 200, 100, 0.5), 0, 0},
		{"capture at twice the size", picture(t, 200, 100, 0.5), picture(t, 400, 200, 0.5), 0, 0.02},
		{"capture scaled down for the comparison", picture(t, 200, 100, 0.5), picture(t, 80, 40, 0.5), 0, 0.02},
		{"a quarter changed", picture(t, 200, 100, 0.5), picture(t, 200, 100, 0.75), 0.24, 0.26},
		{"taller capture", picture(t, 200, 100, 0), picture(t, 200, 200, 0), 0.49, 0.51},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Compare("doc.png", tt.doc, tt.capture)
			if err != nil {
				t.Fatal(err)
			}
			if d.Changed < tt.min || d.Changed > tt.max {
				t.Errorf("changed %.3f, want %.2f–%.2f", d.Changed, tt.min, tt.max)
			}
			if d.Width != 200 || d.Height != 100 {
				t.Errorf("size %dx%d, want the doc image's 200x100", d.Width, d.Height)
			}
		})
	}
}

func TestCompareErrors(t *testing.T) {
	dir := t.TempDir()
	shot := picture(t, 10, 10, 0)
	if _, err := Compare("bad.png", []byte("not an image"), shot); err == nil || !strings.Contains(err.Error(), "bad.png: image: unknown format") {
		t.Errorf("not an image: %v", err)
	}
	if _, err := Compare("good.png", shot, []byte("junk")); err == nil || !strings.HasPrefix(err.Error(), "capture: ") {
		t.Errorf("junk capture: %v", err)
	}
	gone := &docImage{done: make(chan struct{})}
	gone.load(dir, filepath.Join(dir, "missing.png"), make(chan struct{}, 1))
	missing := NewImages(nil).compareOne(Comparison{File: filepath.Join(dir, "missing.png")}, gone, saved(t, shot), false)
	if missing.Err == nil || !strings.Contains(missing.Err.Error(), "no such file") {
		t.Errorf("missing doc image: %v", missing.Err)
	}
	if err := Update(filepath.Join(dir, "x.jpg"), nil, Diff{}); err == nil || !strings.Contains(err.Error(), "only PNG") {
		t.Errorf("Update(.jpg) = %v", err)
	}
}

// seedResult is a run of the seed's first procedure where every step passed with the same
// capture, and the struck procedures were skipped.
func seedResult(doc *docsparse.Document, shot results.Shot) *results.Result {
	p := results.Procedure{Doc: doc.Path, Name: "Obtaining an OAuth Token", Status: results.Passed}
	for _, s := range doc.Procedures[0].Steps {
		p.Steps = append(p.Steps, results.Step{Status: results.Passed, Screenshot: shot,
			Step: featuregen.Step{DocStep: fmt.Sprint(s.Number), At: featuregen.Position{Path: doc.Path, Pos: s.Pos}}})
	}
	return &results.Result{Procedures: []results.Procedure{p, {Doc: doc.Path, Name: "Revoking App Access", Status: results.Skipped}}}
}

func TestCheckAndUpdate(t *testing.T) {
	// A copy of the seed in a repository of its own, so --update-images can write over its
	// images (../assets is inside the repository).
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"includes/_api_oauth_tokens.md", "assets/CreateAccount.png", "assets/SaveCreds.png"} {
		data, err := os.ReadFile(filepath.Join("../../testdata/seed", f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, f)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(dir, "includes/_api_oauth_tokens.md")
	src, _ := os.ReadFile(path)
	doc := docsparse.Parse(path, src)
	res := seedResult(doc, saved(t, picture(t, 1280, 800, 0.3)))

	before := Check([]*docsparse.Document{doc}, res, DefaultThreshold, false)
	if len(before) != 2 {
		t.Fatalf("%d comparisons, want 2 (CreateAccount.png, SaveCreds.png)", len(before))
	}
	for _, c := range before {
		f, ok := c.Finding()
		if !c.Stale() || !ok || f.Severity != docsparse.Warning || !strings.Contains(f.Message, "no longer matches step") {
			t.Errorf("%s: stale %v, finding %v", c.Image.Target, c.Stale(), f)
		}
	}

	updated := Check([]*docsparse.Document{doc}, res, DefaultThreshold, true)
	for _, c := range updated {
		if c.Err != nil || !c.Updated {
			t.Fatalf("%s: not updated: %v", c.Image.Target, c.Err)
		}
		img, err := png.DecodeConfig(bytes.NewReader(mustRead(t, c.File)))
		if err != nil || img.Width != c.Diff.Width {
			t.Errorf("%s: rewritten image %dx%d (%v), want the doc's width %d", c.Image.Target, img.Width, img.Height, err, c.Diff.Width)
		}
	}
	for _, c := range Check([]*docsparse.Document{doc}, res, DefaultThreshold, false) {
		if c.Stale() || c.Diff.Changed > 0.01 {
			t.Errorf("%s after update: %.1f%% changed", c.Image.Target, 100*c.Diff.Changed)
		}
	}
}

func TestCheckStepDidNotRun(t *testing.T) {
	doc := parseSeed(t)
	res := seedResult(doc, results.Shot{})
	for i := range res.Procedures[0].Steps[3:] {
		res.Procedures[0].Steps[3+i].Status = results.Skipped
	}
	for _, c := range Check([]*docsparse.Document{doc}, res, DefaultThreshold, false) {
		f, _ := c.Finding()
		if c.Err == nil || !strings.Contains(f.Message, "did not reach its page") {
			t.Errorf("%s: %v", c.Image.Target, f)
		}
	}
}

// A procedure on a surface no target answers for took no picture, and none was expected:
// its images are left out, not reported as not compared.
func TestCheckNotCheckedHere(t *testing.T) {
	doc := parseSeed(t)
	res := seedResult(doc, results.Shot{})
	res.Procedures[0].Status, res.Procedures[0].Surface = results.NotChecked, "terminal"
	if got := Check([]*docsparse.Document{doc}, res, DefaultThreshold, false); len(got) != 0 {
		t.Errorf("%d comparisons, want none", len(got))
	}
}

// saved keeps png as a run keeps a step's capture: in a file.
func saved(t *testing.T, png []byte) results.Shot {
	t.Helper()
	return results.NewSpool(t.TempDir()).Save(png)
}

func mustRead(t *testing.T, file string) []byte {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
