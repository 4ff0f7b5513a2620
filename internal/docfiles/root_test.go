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
	if err := os.Symlink(filepath.Join(base, "outside"), filepath.Join(repo, "docs", "escape")); err != nil {
		t.Fatal(err)
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
	}
	for _, tt := range tests {
		file := tt.target
		if !filepath.IsAbs(file) {
			file = filepath.Join(docDir, tt.target)
		}
		if got, err := Inside(Root(docDir), file); got != tt.inside || err != nil {
			t.Errorf("Inside(%s) = %v, %v; want %v", tt.target, got, err, tt.inside)
		}
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
