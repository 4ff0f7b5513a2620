package fixes

import (
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/docdrift/docdrift/internal/results"
)

// WritePatch writes to file one patch, relative to the current directory, with the fixes of
// every doc of res (docs are read from disk as they are now). It returns how many doc lines the
// patch changes; with none it writes an empty file. Labels that could not be placed are
// reported in the error, the rest are still written.
func WritePatch(file string, res *results.Result) (int, error) {
	byDoc := FromResult(res)
	docs := make([]string, 0, len(byDoc))
	for d := range byDoc {
		docs = append(docs, d)
	}
	sort.Strings(docs)
	var b strings.Builder
	var errs []error
	n := 0
	for _, d := range docs {
		src, err := os.ReadFile(d)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		diff, err := Diff(filepath.ToSlash(filepath.Clean(d)), src, byDoc[d])
		if err != nil {
			errs = append(errs, err)
		}
		n += strings.Count(diff, "\n+") - strings.Count(diff, "\n+++ ")
		b.WriteString(diff)
	}
	if err := os.WriteFile(file, []byte(b.String()), 0o644); err != nil {
		return 0, err
	}
	return n, errors.Join(errs...)
}
