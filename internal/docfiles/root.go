package docfiles

import (
	"os"
	"path/filepath"
	"strings"
)

// Root is the folder a doc's relative links may reach, for the doc in folder dir: the nearest
// folder at or above it holding .git or docdrift.toml (the docs' repository or project); else
// the working directory, when dir is inside it; else dir itself. A doc may show
// ../assets/shot.png; it may not make --update-images write ../../../../etc/anything.
func Root(dir string) string {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return dir
	}
	for d := abs; ; d = filepath.Dir(d) {
		for _, marker := range []string{".git", "docdrift.toml"} {
			if _, err := os.Lstat(filepath.Join(d, marker)); err == nil {
				return d
			}
		}
		if filepath.Dir(d) == d {
			break
		}
	}
	if wd, err := os.Getwd(); err == nil && within(wd, abs) {
		return wd
	}
	return abs
}

// Inside tells whether file lies inside root once symbolic links are resolved in both, so
// neither ../ nor a link inside the docs can lead out. A file that does not exist yet is
// judged by the nearest folder above it that does. Over many files, use a Resolver.
func Inside(root, file string) (bool, error) {
	return NewResolver().Inside(root, file)
}

// within tells whether path is dir or below it; both absolute and clean.
func within(dir, path string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}
