package docimages

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/featuregen"
	"github.com/docdrift/docdrift/internal/results"
)

// A doc's image path that leads outside its repository — by ../ or through a symbolic link —
// is neither read into a report nor written by --update-images.
func TestCheckRefusesImagesOutsideTheRoot(t *testing.T) {
	base := t.TempDir()
	for _, d := range []string{"repo/.git", "repo/docs", "outside"} {
		if err := os.MkdirAll(filepath.Join(base, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	victim := filepath.Join(base, "outside", "victim.png")
	original := picture(t, 200, 100, 0)
	if err := os.WriteFile(victim, original, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(base, "outside"), filepath.Join(base, "repo", "docs", "link")); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(base, "repo", "docs", "a.md")
	src := "# A\n\n## Do it\n\n1. Select **Save**.\n\n   ![s](../../outside/victim.png)\n\n2. Select **OK**.\n\n   ![s](link/victim.png)\n"
	doc := docsparse.Parse(path, []byte(src))
	p := results.Procedure{Doc: path, Name: "Do it", Status: results.Passed}
	for _, s := range doc.Procedures[0].Steps {
		p.Steps = append(p.Steps, results.Step{Status: results.Passed, Screenshot: saved(t, picture(t, 200, 100, 0.5)),
			Step: featuregen.Step{DocStep: "1", At: featuregen.Position{Path: path, Pos: s.Pos}}})
	}
	got := Check([]*docsparse.Document{doc}, &results.Result{Procedures: []results.Procedure{p}}, DefaultThreshold, true)
	if len(got) != 2 {
		t.Fatalf("%d comparisons, want 2", len(got))
	}
	for _, c := range got {
		f, _ := c.Finding()
		if c.Updated || c.Original != nil || c.Err == nil || !strings.Contains(f.Message, "outside the docs' root") {
			t.Errorf("%s: updated %v, read %d bytes, finding %q", c.Image.Target, c.Updated, len(c.Original), f.Message)
		}
	}
	if now := mustRead(t, victim); !bytes.Equal(now, original) {
		t.Error("the file outside the repository was overwritten")
	}
}
