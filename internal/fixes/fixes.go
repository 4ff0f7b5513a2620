// Package fixes turns confident label drift into a unified diff of the Markdown that
// `git apply` accepts, changing only the drifted labels on the step's own line.
package fixes

import (
	"fmt"
	"sort"
	"strings"
)

// Fix replaces the label Old by New on 1-based line Line of a doc.
type Fix struct {
	Line     int
	Old, New string
}

const ctxLines = 3

// Diff returns a git-style unified diff for path (relative to the repository root) that applies
// fixes to src. A fix whose Old label is not on its line is skipped and returned as an error
// alongside the diff of the others; no applicable fix gives an empty diff.
func Diff(path string, src []byte, fixes []Fix) (string, error) {
	text := string(src)
	noEOL := !strings.HasSuffix(text, "\n")
	lines := strings.SplitAfter(text, "\n")
	if !noEOL {
		lines = lines[:len(lines)-1]
	}
	changed := map[int]string{} // 0-based line -> new content
	var errs []string
	for _, f := range fixes {
		i := f.Line - 1
		if i < 0 || i >= len(lines) {
			errs = append(errs, fmt.Sprintf("line %d: outside the doc", f.Line))
			continue
		}
		cur, ok := changed[i]
		if !ok {
			cur = lines[i]
		}
		if f.Old == "" || !strings.Contains(cur, f.Old) {
			errs = append(errs, fmt.Sprintf("line %d: %q not found", f.Line, f.Old))
			continue
		}
		changed[i] = strings.Replace(cur, f.Old, f.New, 1)
	}
	var err error
	if len(errs) > 0 {
		err = fmt.Errorf("fixes: %s", strings.Join(errs, "; "))
	}
	var idx []int
	for i, c := range changed {
		if c != lines[i] {
			idx = append(idx, i)
		}
	}
	if len(idx) == 0 {
		return "", err
	}
	sort.Ints(idx)
	var b strings.Builder
	fmt.Fprintf(&b, "diff --git a/%s b/%s\n--- a/%s\n+++ b/%s\n", path, path, path, path)
	writeLine := func(prefix, l string, last bool) {
		b.WriteString(prefix)
		b.WriteString(strings.TrimSuffix(l, "\n"))
		b.WriteString("\n")
		if last && noEOL {
			b.WriteString("\\ No newline at end of file\n")
		}
	}
	for k := 0; k < len(idx); {
		// group changes whose ctxLines would touch
		end := k
		for end+1 < len(idx) && idx[end+1]-idx[end] <= 2*ctxLines {
			end++
		}
		from := max(idx[k]-ctxLines, 0)
		to := min(idx[end]+ctxLines, len(lines)-1)
		n := to - from + 1
		fmt.Fprintf(&b, "@@ -%d,%d +%d,%d @@\n", from+1, n, from+1, n)
		for i := from; i <= to; i++ {
			last := i == len(lines)-1
			if c, ok := changed[i]; ok && c != lines[i] {
				writeLine("-", lines[i], last)
				writeLine("+", c, last)
			} else {
				writeLine(" ", lines[i], last)
			}
		}
		k = end + 1
	}
	return b.String(), err
}
