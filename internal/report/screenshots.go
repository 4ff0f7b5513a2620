package report

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/docdrift/docdrift/internal/results"
)

// shotKey names a step of a result: procedure index, step index.
type shotKey struct{ proc, step int }

// saveScreenshots writes every failed step's screenshot into dir and returns each file's path as
// dir joined with its name, so a relative dir gives relative paths. The directory is made only
// when there is something to save.
func saveScreenshots(dir string, res *results.Result) (map[shotKey]string, error) {
	paths := map[shotKey]string{}
	used := map[string]bool{}
	for i, p := range res.Procedures {
		for j, s := range p.Steps {
			if !s.Screenshot.Taken() || !s.Status.Failed() {
				continue
			}
			if len(paths) == 0 {
				if err := os.MkdirAll(dir, 0o755); err != nil {
					return nil, fmt.Errorf("screenshots: %w", err)
				}
			}
			name := ShotName(i+1, p, s)
			for n := 2; used[name]; n++ {
				name = strings.TrimSuffix(ShotName(i+1, p, s), ".png") + fmt.Sprintf("-%d.png", n)
			}
			used[name] = true
			path := filepath.Join(dir, name)
			if err := s.Screenshot.CopyTo(path, 0o644); err != nil {
				return nil, err
			}
			paths[shotKey{i, j}] = path
		}
	}
	return paths, nil
}

// ShotName is a step's screenshot file name: the procedure's ordinal in the run, its name and
// the step number, e.g. "02-revoking-app-access-step-3.png".
func ShotName(ordinal int, p results.Procedure, s results.Step) string {
	step := s.DocStep
	if step == "" {
		step = "0"
	}
	return fmt.Sprintf("%02d-%s-step-%s.png", ordinal, Slug(p.Name, "procedure"), step)
}

// Slug keeps the letters and digits of s, lowercased, and joins the runs with dashes, for file
// names and ids; empty is the answer when nothing is left.
func Slug(s, empty string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteByte('-')
		}
	}
	if out := strings.Trim(b.String(), "-"); out != "" {
		return out
	}
	return empty
}
