package watch

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// Quiet is how long a burst of file events must be quiet before it counts as one save:
// editors save by writing a temporary file and renaming it over the doc, a few events within
// milliseconds.
const Quiet = 75 * time.Millisecond

// Saves reports the docs and config files saved in what it watches, one batch of paths per
// save (or burst of saves).
type Saves struct {
	w       *fsnotify.Watcher
	files   map[string]bool // named files, absolute
	trees   []string        // named directories, absolute: their docs at any depth count
	batches <-chan []string
}

// WatchFiles watches paths — docs and directories of docs, as a run takes them — and the
// config files also names. It watches directories, never the files themselves: an editor that
// saves by renaming a new file over the old one would leave a watch on the file watching
// nothing. onError hears what the file system reports and the watch carries on.
func WatchFiles(ctx context.Context, paths, also []string, onError func(error)) (*Saves, error) {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, fmt.Errorf("watch: %w", err)
	}
	s := &Saves{w: w, files: map[string]bool{}}
	for _, p := range append(slices.Clone(paths), also...) {
		abs, err := filepath.Abs(p)
		if err != nil {
			w.Close()
			return nil, fmt.Errorf("watch: %w", err)
		}
		if info, err := os.Stat(abs); err == nil && info.IsDir() {
			s.trees = append(s.trees, abs)
			err = s.addTree(abs)
		} else {
			s.files[abs] = true
			err = w.Add(filepath.Dir(abs))
		}
		if err != nil {
			w.Close()
			return nil, fmt.Errorf("watch %s: %w", p, err)
		}
	}
	paths0 := make(chan string)
	go s.events(ctx, paths0, onError)
	s.batches = debounce(ctx, paths0, Quiet, time.After)
	return s, nil
}

// Batches delivers the paths saved, a batch per burst; it closes when the watch ends.
func (s *Saves) Batches() <-chan []string { return s.batches }

// Close stops watching.
func (s *Saves) Close() error { return s.w.Close() }

// events passes on the paths of relevant events, watching directories as they appear.
func (s *Saves) events(ctx context.Context, out chan<- string, onError func(error)) {
	defer close(out)
	for {
		select {
		case <-ctx.Done():
			return
		case err, ok := <-s.w.Errors:
			if !ok {
				return
			}
			onError(err)
		case ev, ok := <-s.w.Events:
			if !ok {
				return
			}
			if ev.Has(fsnotify.Create) && s.inTree(ev.Name) {
				if info, err := os.Stat(ev.Name); err == nil && info.IsDir() && !skipDir(filepath.Base(ev.Name)) {
					if err := s.addTree(ev.Name); err != nil {
						onError(err)
					}
				}
			}
			if ev.Op == fsnotify.Chmod || !s.relevant(ev.Name) {
				continue
			}
			select {
			case out <- ev.Name:
			case <-ctx.Done():
				return
			}
		}
	}
}

// relevant tells whether a path is one the watch reads: a named file, or a doc in a named
// directory — not an editor's swap, backup or lock file.
func (s *Saves) relevant(p string) bool {
	if s.files[p] {
		return true
	}
	base := filepath.Base(p)
	if strings.HasPrefix(base, ".") || strings.HasPrefix(base, "#") || strings.HasSuffix(base, "~") {
		return false
	}
	switch strings.ToLower(filepath.Ext(base)) {
	case ".md", ".markdown", ".mdx":
		return s.inTree(p)
	}
	return false
}

func (s *Saves) inTree(p string) bool {
	for _, t := range s.trees {
		if p == t || strings.HasPrefix(p, t+string(filepath.Separator)) {
			return true
		}
	}
	return false
}

// addTree watches dir and its subdirectories, skipping those docdrift does not read docs in.
func (s *Saves) addTree(dir string) error {
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			if errors.Is(err, fs.ErrNotExist) { // gone while walking
				return nil
			}
			return err
		case !d.IsDir():
			return nil
		case p != dir && skipDir(d.Name()):
			return filepath.SkipDir
		}
		return s.w.Add(p)
	})
}

// skipDir names the directories a run does not look for docs in (docfiles.Load).
func skipDir(name string) bool { return strings.HasPrefix(name, ".") || name == "node_modules" }
