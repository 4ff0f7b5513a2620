package config

import (
	"fmt"
	"os"
	"path/filepath"
)

// Find looks for docdrift.toml in startDir — usually the directory of the first doc on the
// command line — and then in each parent up to the filesystem root, and returns the first it
// finds, or "" and nil when there is none: a config file is optional.
//
// Like the go command looking for go.mod, it passes over a directory it cannot look into: a
// file there could not be read anyway, and an unreadable parent should not stop a run.
func Find(startDir string) (string, error) {
	dir, err := filepath.Abs(startDir)
	if err != nil {
		return "", fmt.Errorf("find %s: %w", Name, err)
	}
	for {
		path := filepath.Join(dir, Name)
		if info, err := os.Stat(path); err == nil && info.Mode().IsRegular() {
			return path, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}
