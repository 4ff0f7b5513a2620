// Package docfiles finds the Markdown docs named on a command line and reads them safely.
//
// Every path a user names either yields files or one clear finding naming it; one bad path never
// stops the others. Files named explicitly are read whatever their extension (a writer who names
// a file means it); directories contribute only .md, .markdown and .mdx files.
package docfiles

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"syscall"

	"github.com/docdrift/docdrift/docsparse"
)

// MaxSize is the largest doc Load reads: twenty times the largest how-to in the corpus of
// real docs (24 KB), and as large as `docdrift lint` reads every pathological doc of
// bench/hostile within 2 s of CPU and 200 MB (in two runs at 512 KiB the worst took 1.42 s
// and 168 MB). At 1 MiB a list nested a thousand deep goes over (2.1–2.9 s of CPU: goldmark
// parses each line in time growing with the depth), and docs of many blocks take 1.3–2.0 s
// (bench/linearity.sh); at 16 MiB goldmark's tree alone holds about 60 bytes per byte of
// Markdown.
const MaxSize = 512 << 10

// File is one doc ready to parse.
type File struct {
	Path string // slash-separated, as the user named it (dir + relative path for files found in directories)
	Src  []byte // the file's bytes without a UTF-8 byte order mark, valid UTF-8, no NUL bytes
}

// Rule is the rule name of every finding Load reports.
const Rule = "input"

// Load expands paths (files, or directories searched recursively for .md, .markdown and .mdx,
// skipping hidden directories and node_modules) and reads each file, sorted by path, no duplicates.
// Each path that cannot be used yields one docsparse.Finding with Rule "input" and Severity Error naming it;
// the other files are still returned. An empty file yields a Warning instead and is not returned:
// there is nothing in it to check, but nothing wrong with the command line either.
func Load(paths []string) ([]File, docsparse.Findings) {
	var (
		files    []File
		findings docsparse.Findings
		seen     = map[string]bool{}
		wanted   []wantedFile
	)
	wd, wdErr := os.Getwd() // asked once: filepath.Abs would ask for every file
	add := func(name, osPath string) {
		key := filepath.Clean(osPath)
		if wdErr == nil && !filepath.IsAbs(key) {
			key = filepath.Join(wd, key)
		}
		if seen[key] {
			return
		}
		seen[key] = true
		if v := docsparse.Visible(name); v != name {
			// Every output names the doc: a name with a line break in it could write a line
			// of its choosing into a CI log.
			findings = append(findings, inputError(name, docsparse.Pos{},
				"the file name holds a line break or another control character; rename the file"))
			return
		}
		wanted = append(wanted, wantedFile{name, osPath})
	}
	for _, p := range paths {
		name := path.Clean(filepath.ToSlash(p))
		info, err := os.Stat(p)
		if err != nil {
			findings = append(findings, inputError(name, docsparse.Pos{}, describe(err)))
			continue
		}
		if !info.IsDir() {
			add(name, p)
			continue
		}
		found, problems := walk(name, p)
		findings = append(findings, problems...)
		if len(found) == 0 && len(problems) == 0 {
			findings = append(findings, inputError(name, docsparse.Pos{},
				"directory contains no Markdown docs (.md, .markdown, .mdx)"))
		}
		for _, rel := range found {
			add(path.Join(name, rel), filepath.Join(p, filepath.FromSlash(rel)))
		}
	}
	for _, r := range readAllFiles(wanted) {
		if r.problem != nil {
			findings = append(findings, *r.problem)
			continue
		}
		files = append(files, r.file)
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Path < files[j].Path })
	findings.Sort()
	return files, findings
}

// wantedFile is a doc Load is to read: its name in findings, and its path on disk.
type wantedFile struct{ name, osPath string }

// readResult is one file read, or why it could not be.
type readResult struct {
	file    File
	problem *docsparse.Finding
}

// readAllFiles reads the files on every core, each result at its file's index: reading is
// mostly waiting on the file system.
func readAllFiles(wanted []wantedFile) []readResult {
	out := make([]readResult, len(wanted))
	_ = Parallel(context.Background(), len(wanted), func(i int) { // cannot end early: no error
		out[i].file, out[i].problem = read(wanted[i].name, wanted[i].osPath)
	})
	return out
}

// isDoc reports whether a file name has one of the Markdown extensions Load looks for in
// directories.
func isDoc(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".md", ".markdown", ".mdx":
		return true
	}
	return false
}

// walk returns the docs below dir, slash-separated and relative to it.
func walk(name, dir string) ([]string, docsparse.Findings) {
	var (
		found    []string
		problems docsparse.Findings
	)
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		rel, relErr := filepath.Rel(dir, p)
		if relErr != nil {
			return relErr
		}
		rel = filepath.ToSlash(rel)
		if err != nil {
			problems = append(problems, inputError(path.Join(name, rel), docsparse.Pos{}, describe(err)))
			return nil
		}
		if d.IsDir() {
			if p != dir && skipDir(d.Name()) {
				return filepath.SkipDir
			}
			return nil
		}
		if !isDoc(d.Name()) {
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			// Follow links to files but not to directories, so a link cycle cannot trap the walk.
			if info, err := os.Stat(p); err != nil || info.IsDir() {
				if err != nil {
					problems = append(problems, inputError(path.Join(name, rel), docsparse.Pos{}, describe(err)))
				}
				return nil
			}
		}
		found = append(found, rel)
		return nil
	})
	if err != nil {
		problems = append(problems, inputError(name, docsparse.Pos{}, describe(err)))
	}
	return found, problems
}

// skipDir is true for directories no one keeps docs to check in: dot directories (.git,
// .github, editor state) and installed JavaScript packages.
func skipDir(base string) bool {
	return strings.HasPrefix(base, ".") || base == "node_modules"
}

// read opens one file and checks it is a doc we can parse, or says why not.
func read(name, osPath string) (File, *docsparse.Finding) {
	fail := func(pos docsparse.Pos, msg string) (File, *docsparse.Finding) {
		f := inputError(name, pos, msg)
		return File{}, &f
	}
	// Look before opening: opening a FIFO blocks until something writes to it.
	if info, err := os.Stat(osPath); err != nil {
		return fail(docsparse.Pos{}, describe(err))
	} else if !info.Mode().IsRegular() {
		return fail(docsparse.Pos{}, notRegular(info.Mode()))
	}
	// O_NONBLOCK too, for a file swapped for a FIFO between the look and the open; it
	// changes nothing for a regular file.
	fh, err := os.OpenFile(osPath, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return fail(docsparse.Pos{}, describe(err))
	}
	defer fh.Close()
	info, err := fh.Stat()
	if err != nil {
		return fail(docsparse.Pos{}, describe(err))
	}
	if !info.Mode().IsRegular() {
		return fail(docsparse.Pos{}, notRegular(info.Mode()))
	}
	if info.Size() > MaxSize {
		return fail(docsparse.Pos{}, tooLarge(info.Size()))
	}
	// Read one byte past the limit in case the file grew after Stat, into a buffer of the
	// size Stat gave: io.ReadAll's would start small and read again each time it grows.
	src, err := readAll(io.LimitReader(fh, MaxSize+1), int(info.Size())+1)
	if err != nil {
		return fail(docsparse.Pos{}, describe(err))
	}
	if len(src) > MaxSize {
		return fail(docsparse.Pos{}, tooLarge(int64(len(src))))
	}
	src = stripBOM(src)
	if p := checkText(src); p != nil {
		return fail(p.pos, p.msg)
	}
	if len(bytes.TrimSpace(src)) == 0 {
		return File{}, &docsparse.Finding{
			Path: name, Severity: docsparse.Warning, Rule: Rule, Message: "empty file, nothing to check",
		}
	}
	return File{Path: name, Src: src}, nil
}

// readAll reads r to its end into a buffer of size bytes, grown if r holds more.
func readAll(r io.Reader, size int) ([]byte, error) {
	buf := make([]byte, 0, max(size, 512))
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if errors.Is(err, io.EOF) {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
}

// notRegular says what kind of file a doc path turned out to be.
func notRegular(m fs.FileMode) string {
	kind := "a special file"
	switch {
	case m.IsDir():
		kind = "a directory"
	case m&fs.ModeNamedPipe != 0:
		kind = "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		kind = "a socket"
	case m&fs.ModeDevice != 0:
		kind = "a device"
	}
	return "not a regular file but " + kind + "; docdrift reads only regular files"
}

func tooLarge(size int64) string {
	return fmt.Sprintf("file is %d bytes (%s), over the %s limit for a doc", size, sizeName(size), sizeName(MaxSize))
}

// sizeName is a size in KiB or MiB, whichever reads best.
func sizeName(n int64) string {
	if n < 1<<20 {
		return fmt.Sprintf("%.0f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
}

// describe turns an fs error into the short reason a user needs: the path is already in the
// finding, so *PathError's copy of it is dropped.
func describe(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or directory"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	return err.Error()
}

func inputError(name string, pos docsparse.Pos, msg string) docsparse.Finding {
	return docsparse.Finding{Path: name, Pos: pos, Severity: docsparse.Error, Rule: Rule, Message: msg}
}
