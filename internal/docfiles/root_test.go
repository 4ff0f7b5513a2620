package docfiles

import (
	"os"
	"path/filepath"
	"testing"
)

func TestRootAndInside(t *testing.T) {
	base := t.TempDir()
	repo := filepath.Join(base, "repo")
	for _, d := range []string{"repo/.git", "repo/docs/includes", "repo/docs/assets", "outside"} {
		if err := os.MkdirAll(filepath.Join(base, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(base, "outside", "victim.png"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for link, to := range map[string]string{
		"repo/docs/escape":          "outside",
		"repo/docs/assets/leak.png": "outside/victim.png",
		"repo/docs/assets/gone.png": "repo/docs/assets/nothing-here.png",
		"repo/docs/assets/shared":   "repo/docs/includes",
	} {
		if err := os.Symlink(filepath.Join(base, to), filepath.Join(base, link)); err != nil {
			t.Fatal(err)
		}
	}
	docDir := filepath.Join(repo, "docs", "includes")
	if got := Root(docDir); got != repo {
		t.Fatalf("Root = %s, want the repository %s", got, repo)
	}
	tests := []struct {
		target string
		inside bool
	}{
		{"../assets/shot.png", true},           // a sibling folder of the repository
		{"../assets/new/not-yet.png", true},    // does not exist yet
		{"../../../outside/victim.png", false}, // climbs out
		{"../escape/victim.png", false},        // a link that leads out
		{"/etc/passwd", false},
		{"../assets/leak.png", false},              // the file itself is a link that leads out
		{"../assets/gone.png", true},               // a dangling link, judged where it lies
		{"../assets/shared/x.png", true},           // a folder link that stays inside
		{"../escape/new/not-yet.png", false},       // does not exist yet, below a link out
		{"../assets/new/deeper/not-yet.png", true}, // two folders that do not exist yet
	}
	// A Resolver shared by every question, asked each twice, answers as Inside does alone.
	shared := NewResolver()
	for _, tt := range tests {
		file := tt.target
		if !filepath.IsAbs(file) {
			file = filepath.Join(docDir, tt.target)
		}
		if got, err := Inside(Root(docDir), file); got != tt.inside || err != nil {
			t.Errorf("Inside(%s) = %v, %v; want %v", tt.target, got, err, tt.inside)
		}
		for range 2 {
			if got, err := shared.Inside(shared.Root(docDir), file); got != tt.inside || err != nil {
				t.Errorf("Resolver.Inside(%s) = %v, %v; want %v", tt.target, got, err, tt.inside)
			}
		}
	}
	if _, err := shared.Inside(filepath.Join(base, "no-such-root"), filepath.Join(docDir, "x.png")); err == nil {
		t.Error("Resolver.Inside under a root that does not exist: no error")
	}
	// Without a repository or a config: the working directory, else the doc's own folder.
	plain := filepath.Join(base, "outside")
	if got := Root(plain); got != plain {
		t.Errorf("Root of a folder outside any project = %s, want itself", got)
	}
	t.Chdir(base)
	if got := Root(plain); got != base {
		t.Errorf("Root under the working directory = %s, want %s", got, base)
	}
}
