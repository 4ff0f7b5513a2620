// Package tempdir makes the temporary folders a docdrift process owns, and removes those whose
// process died before it could (SIGKILL, the OOM killer, a CI runner stopped mid-job): each
// folder's name carries its owner's process id, so the next docdrift on the machine can tell.
package tempdir

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"syscall"
)

// Make creates an owner-only folder docdrift-<what>-p<pid>-<random> in the temp dir.
func Make(what string) (string, error) {
	return os.MkdirTemp("", fmt.Sprintf("docdrift-%s-p%d-", what, os.Getpid()))
}

// owned matches what Make names: os.MkdirTemp's random part is decimal.
var owned = regexp.MustCompile(`^docdrift-.+-p([1-9][0-9]{0,9})-[0-9]+$`)

// Sweep removes from dir the folders Make made for processes that no longer run and returns
// their paths. A folder whose owner runs, or whose name a process id could since have been
// given to another process, is left: best effort, never a reason to stop.
func Sweep(dir string) []string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	var removed []string
	for _, e := range entries {
		m := owned.FindStringSubmatch(e.Name())
		if m == nil || !e.IsDir() {
			continue
		}
		pid, err := strconv.Atoi(m[1])
		if err != nil || running(pid) {
			continue
		}
		path := filepath.Join(dir, e.Name())
		if os.RemoveAll(path) == nil {
			removed = append(removed, path)
		}
	}
	return removed
}

// running says whether process pid exists; one of another user counts (EPERM), as its folder
// is not ours to remove.
func running(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}
