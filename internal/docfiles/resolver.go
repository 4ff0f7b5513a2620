package docfiles

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
)

// Resolver answers Root and Inside as the functions of those names do, remembering what it
// learnt about each folder: over a docs set, every doc and every image asks the same
// questions of the same few folders, and each answer costs a handful of file-system calls.
// It is safe for concurrent use. Make one per run: folders and links may change between runs.
type Resolver struct {
	mu    sync.Mutex
	wd    *resolved            // the working directory, once asked for
	roots map[string]string    // folder as given → its Root
	real  map[string]*resolved // absolute, clean folder → filepath.EvalSymlinks of it
}

// resolved is a path with its symbolic links resolved, or why it could not be.
type resolved struct {
	path string
	err  error
}

// NewResolver returns a Resolver that knows nothing yet.
func NewResolver() *Resolver {
	return &Resolver{roots: map[string]string{}, real: map[string]*resolved{}}
}

// Root is Root(dir), worked out once per folder.
func (r *Resolver) Root(dir string) string {
	r.mu.Lock()
	root, ok := r.roots[dir]
	r.mu.Unlock()
	if ok {
		return root
	}
	root = Root(dir)
	r.mu.Lock()
	r.roots[dir] = root
	r.mu.Unlock()
	return root
}

// Inside is Inside(root, file); the folders on the way are resolved once each, so a file
// costs one more call (is it itself a link?).
func (r *Resolver) Inside(root, file string) (bool, error) {
	rootAbs, err := r.abs(root)
	if err != nil {
		return false, err
	}
	realRoot, err := r.eval(rootAbs)
	if err != nil {
		return false, err
	}
	f, err := r.abs(file)
	if err != nil {
		return false, err
	}
	if filepath.Dir(f) == f {
		return within(realRoot, f), nil
	}
	dir, err := r.leadsTo(filepath.Dir(f))
	if err != nil {
		return false, err
	}
	target := filepath.Join(dir, filepath.Base(f))
	info, err := os.Lstat(target)
	switch {
	case err == nil && info.Mode()&fs.ModeSymlink != 0:
		if linked, err := filepath.EvalSymlinks(target); err == nil {
			target = linked
		} else if !errors.Is(err, fs.ErrNotExist) {
			return false, err
		}
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return false, err
	}
	return within(realRoot, target), nil
}

// abs is filepath.Abs with the working directory asked for once.
func (r *Resolver) abs(p string) (string, error) {
	if filepath.IsAbs(p) {
		return filepath.Clean(p), nil
	}
	r.mu.Lock()
	if r.wd == nil {
		wd, err := os.Getwd()
		r.wd = &resolved{wd, err}
	}
	wd := *r.wd
	r.mu.Unlock()
	if wd.err != nil {
		return "", wd.err
	}
	return filepath.Join(wd.path, p), nil
}

// leadsTo is where the absolute, clean folder dir leads once symbolic links are resolved; a
// folder that does not exist yet leads below the nearest one above it that does.
func (r *Resolver) leadsTo(dir string) (string, error) {
	p, err := r.eval(dir)
	if errors.Is(err, fs.ErrNotExist) && filepath.Dir(dir) != dir {
		parent, err := r.leadsTo(filepath.Dir(dir))
		return filepath.Join(parent, filepath.Base(dir)), err
	}
	return p, err
}

// eval is filepath.EvalSymlinks(dir), asked once per folder.
func (r *Resolver) eval(dir string) (string, error) {
	r.mu.Lock()
	known := r.real[dir]
	r.mu.Unlock()
	if known == nil {
		p, err := filepath.EvalSymlinks(dir)
		known = &resolved{p, err}
		r.mu.Lock()
		r.real[dir] = known
		r.mu.Unlock()
	}
	return known.path, known.err
}
