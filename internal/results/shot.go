package results

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
)

// Shot is a step's screenshot, kept in a file from the moment it is taken: a run holds only
// where each picture is, so its memory does not grow with the number of steps it captures.
// The zero Shot is no picture.
type Shot struct {
	Path string
}

// Taken tells whether the step has a picture.
func (s Shot) Taken() bool { return s.Path != "" }

// Read returns the picture's bytes (a PNG).
func (s Shot) Read() ([]byte, error) {
	data, err := os.ReadFile(s.Path)
	if err != nil {
		return nil, fmt.Errorf("screenshot: %w", err)
	}
	return data, nil
}

// CopyTo writes the picture to path with perm, streamed rather than read whole.
func (s Shot) CopyTo(path string, perm os.FileMode) (err error) {
	in, err := os.Open(s.Path)
	if err != nil {
		return fmt.Errorf("screenshot: %w", err)
	}
	defer in.Close()
	out, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, perm)
	if err != nil {
		return fmt.Errorf("screenshot: %w", err)
	}
	defer func() {
		if cerr := out.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("screenshot: %w", cerr)
		}
	}()
	if _, err := io.Copy(out, in); err != nil {
		return fmt.Errorf("screenshot: %w", err)
	}
	return nil
}

// Spool writes a run's screenshots into one folder as they are taken, owner-only (they show
// the product's admin pages, secrets masked before they get here). The folder is made on the
// first picture; whoever made the Spool removes it once the reports have their copies.
type Spool struct {
	dir string

	mu   sync.Mutex
	n    int
	made bool
	err  error // the first picture that could not be kept
}

// NewSpool returns a Spool writing into dir.
func NewSpool(dir string) *Spool { return &Spool{dir: dir} }

// Dir is the folder the pictures go into.
func (sp *Spool) Dir() string { return sp.dir }

// Save writes png to a new file of the folder and returns it; the zero Shot when png is empty
// or cannot be written (a step without its picture beats a run that stops: Err tells why).
func (sp *Spool) Save(png []byte) Shot {
	if sp == nil || len(png) == 0 {
		return Shot{}
	}
	sp.mu.Lock()
	sp.n++
	path := filepath.Join(sp.dir, fmt.Sprintf("shot-%06d.png", sp.n))
	err := sp.err
	if err == nil && !sp.made {
		if err = os.MkdirAll(sp.dir, 0o700); err == nil {
			sp.made = true
		}
		sp.err = err
	}
	sp.mu.Unlock()
	if err != nil {
		return Shot{}
	}
	if err := os.WriteFile(path, png, 0o600); err != nil {
		sp.mu.Lock()
		if sp.err == nil {
			sp.err = err
		}
		sp.mu.Unlock()
		return Shot{}
	}
	return Shot{Path: path}
}

// Err is why a picture was not kept, nil when every one was.
func (sp *Spool) Err() error {
	if sp == nil {
		return nil
	}
	sp.mu.Lock()
	defer sp.mu.Unlock()
	if sp.err != nil {
		return fmt.Errorf("screenshots not kept in %s: %w", sp.dir, sp.err)
	}
	return nil
}
