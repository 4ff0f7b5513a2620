// Package creds reads and writes the files that hold what lets docdrift into a real store: the
// owner's credentials and a saved log-in session. Both are secrets, so both must be readable
// by their owner only, and neither is ever taken from a command line that lands in shell
// history.
package creds

import (
	"fmt"
	"io/fs"
	"os"
)

// checkPrivate refuses a secret file that others may read: a credentials file anyone on the
// machine can read is a leak waiting to happen, and saying so beats using it.
func checkPrivate(path string) error {
	info, err := os.Stat(path)
	if err != nil {
		return err
	}
	if info.IsDir() {
		return fmt.Errorf("%s: is a directory", path)
	}
	if perm := info.Mode().Perm(); perm&0o077 != 0 {
		return &OpenFileError{Path: path, Mode: perm}
	}
	return nil
}

// OpenFileError is a secret file whose permissions let others read or write it.
type OpenFileError struct {
	Path string
	Mode fs.FileMode
}

func (e *OpenFileError) Error() string {
	return fmt.Sprintf("%s: mode %04o lets others read it; run chmod 600 %s", e.Path, e.Mode, e.Path)
}

// writePrivate writes data to path readable by its owner only, replacing it atomically.
func writePrivate(path string, data []byte) error {
	tmp, err := os.CreateTemp(dirOf(path), ".docdrift-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // after a successful rename there is nothing to remove
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

func dirOf(path string) string {
	for i := len(path) - 1; i >= 0; i-- {
		if os.IsPathSeparator(path[i]) {
			return path[:i+1]
		}
	}
	return "."
}
