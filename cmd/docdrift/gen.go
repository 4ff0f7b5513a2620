package main

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/docfiles"
	"github.com/docdrift/docdrift/internal/featuregen"
)

const genHelp = `Usage: docdrift gen [-o DIR] [--check] PATH...

gen writes one Gherkin feature per doc that has numbered procedures: one scenario per
procedure, one step per instruction, each step preceded by a comment naming the doc line it
came from. Features are named after the doc's path below the PATH it was found under.
Generated files start with a "DO NOT EDIT" header; gen removes the ones whose doc, under the
PATHs given, no longer has procedures.

Examples:
  docdrift gen testdata/seed/includes/_api_oauth_tokens.md
      writes features/_api_oauth_tokens.feature
  docdrift gen -o build/features docs/
      writes build/features/<path below docs/>.feature for every doc in docs/
  docdrift gen --check docs/
      writes nothing; exits 1 listing every feature that is missing, edited or orphaned

Exit status: 0 done (or up to date), 1 --check found stale features, 2 bad flags or an
unreadable PATH (the other docs are still generated).

Flags:
`

// genFeature is one feature gen would write.
type genFeature struct {
	doc     string // the doc path, as docfiles named it
	rel     string // slash-separated path below DIR
	content []byte
}

func runGen(ctx context.Context, e *env, args []string) error {
	flags := flag.NewFlagSet("gen", flag.ContinueOnError)
	dir := flags.String("o", "features", "write the features into `DIR`")
	check := flags.Bool("check", false, "write nothing; exit 1 if DIR differs from what gen would write")
	configPath := flags.String("config", "", "read where includes live from this docdrift.toml `file` (default: the first one found walking up from the first doc)")
	flags.SetOutput(io.Discard) // help and errors are printed once, below, where they belong
	flags.Usage = func() {}
	paths, err := parseInterspersed(flags, args)
	help := func(w io.Writer) {
		fmt.Fprint(w, genHelp)
		flags.SetOutput(w)
		flags.PrintDefaults()
	}
	switch {
	case errors.Is(err, flag.ErrHelp):
		help(e.stdout)
		return err
	case err != nil:
		help(e.stderr)
		return usageError{fmt.Errorf("gen: %w", err)}
	case len(paths) == 0:
		help(e.stderr)
		return usageError{errors.New("gen: no doc or directory given")}
	}

	file, err := loadConfig(*configPath, paths)
	if err != nil {
		return err
	}
	files, problems := docfiles.Load(paths)
	for _, p := range problems {
		fmt.Fprintln(e.stderr, p.Error())
	}
	planned, failed, err := planFeatures(ctx, e, paths, files, docOptions(file))
	if err != nil {
		return err
	}
	// A doc gen could not read keeps its feature: it is not gen's to call orphaned.
	for _, p := range problems {
		if p.Severity == docsparse.Error {
			failed = append(failed, p.Path)
		}
	}
	scope := genScope{args: paths, unavailable: failed}
	unusable := len(failed)

	if *check {
		stale, err := checkFeatures(*dir, scope, planned)
		if err != nil {
			return err
		}
		for _, s := range stale {
			fmt.Fprintln(e.stdout, s)
		}
		if len(stale) > 0 {
			regen := "docdrift gen " + strings.Join(paths, " ")
			if *dir != "features" {
				regen = "docdrift gen -o " + *dir + " " + strings.Join(paths, " ")
			}
			fmt.Fprintf(e.stderr, "docdrift: %s out of date in %s; run: %s\n", plural(len(stale), "feature file"), *dir, regen)
		}
		if unusable > 0 {
			return usageError{fmt.Errorf("gen: %s could not be used", plural(unusable, "input"))}
		}
		if len(stale) > 0 {
			return findingsError{plural(len(stale), "stale feature file")}
		}
		return nil
	}

	if err := writeFeatures(ctx, e.stdout, *dir, scope, planned); err != nil {
		return err
	}
	if unusable > 0 {
		return usageError{fmt.Errorf("gen: %s could not be used", plural(unusable, "input"))}
	}
	return nil
}

// planFeatures generates every feature in memory. Docs without procedures get an info line;
// a doc whose feature cannot be written is reported and listed in failed.
func planFeatures(ctx context.Context, e *env, args []string, files []docfiles.File, opts docsparse.Options) (planned []genFeature, failed []string, err error) {
	type generated struct {
		content []byte
		err     error
	}
	out := make([]generated, len(files))
	if err := docfiles.Each(ctx, files, func(i int, f docfiles.File) {
		out[i].content, out[i].err = featuregen.Generate(docsparse.ParseWith(f.Path, f.Src, opts))
	}); err != nil {
		return nil, nil, err
	}
	taken := map[string]string{} // rel → doc
	for i, f := range files {
		content, err := out[i].content, out[i].err
		if err != nil {
			fmt.Fprintln(e.stderr, err) // Generate's errors start with the doc's path
			failed = append(failed, f.Path)
			continue
		}
		if content == nil {
			fmt.Fprintln(e.stderr, genInfo(f.Path, "no numbered procedures: no feature written"))
			continue
		}
		rel := featurePath(args, f.Path)
		if other, ok := taken[rel]; ok {
			renamed := freeName(rel, taken)
			fmt.Fprintln(e.stderr, genInfo(f.Path, fmt.Sprintf("%s is already %s's feature: writing %s", rel, other, renamed)))
			rel = renamed
		}
		taken[rel] = f.Path
		planned = append(planned, genFeature{doc: f.Path, rel: rel, content: content})
	}
	return planned, failed, nil
}

// genInfo formats a note about a doc the way lint formats findings.
func genInfo(path, msg string) string {
	return docsparse.Finding{Path: path, Severity: docsparse.Info, Rule: "gen", Message: msg}.Error()
}

// featurePath names a doc's feature after its path below the argument it was found under:
// docs/setup/oauth.md found under docs/ becomes setup/oauth.feature; a doc named directly
// becomes its base name.
func featurePath(args []string, doc string) string {
	rel := path.Base(doc)
	for _, a := range args {
		a = path.Clean(filepath.ToSlash(a))
		if a == doc {
			break
		}
		if a == "." {
			rel = doc
			break
		}
		if r, ok := strings.CutPrefix(doc, a+"/"); ok {
			rel = r
			break
		}
	}
	return strings.TrimSuffix(rel, path.Ext(rel)) + ".feature"
}

// freeName picks the first of name-2.feature, name-3.feature, … not yet taken; docs are
// planned in path order, so the choice is the same on every run.
func freeName(rel string, taken map[string]string) string {
	base := strings.TrimSuffix(rel, ".feature")
	for n := 2; ; n++ {
		if name := fmt.Sprintf("%s-%d.feature", base, n); taken[name] == "" {
			return name
		}
	}
}

// genScope is what one gen run is responsible for: the docs under its arguments, less those
// it could not read.
type genScope struct {
	args        []string
	unavailable []string // docs (or directories) that could not be read or generated
}

// owns reports whether a generated feature for doc that nothing produces any more is this
// run's to report or remove.
func (s genScope) owns(doc string) bool {
	for _, u := range s.unavailable {
		if doc == u || strings.HasPrefix(doc, u+"/") {
			return false
		}
	}
	for _, a := range s.args {
		a = path.Clean(filepath.ToSlash(a))
		if a == doc || strings.HasPrefix(doc, a+"/") ||
			a == "." && !strings.HasPrefix(doc, "../") && !path.IsAbs(doc) {
			return true
		}
	}
	return false
}

// orphan is a generated feature in DIR that this run would not write.
type orphan struct {
	rel string // slash-separated, below DIR
	why string
}

// orphans lists the generated features in dir whose doc is in scope but that no planned
// feature will write: the doc is gone, has no procedures left, or now has its feature under
// another name (the PATHs changed), which would otherwise leave two features for one doc.
func orphans(dir string, scope genScope, planned []genFeature) ([]orphan, error) {
	keep := map[string]bool{}
	now := map[string]string{} // doc → its feature this run
	for _, p := range planned {
		keep[p.rel] = true
		now[p.doc] = p.rel
	}
	var out []orphan
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) && p == dir {
				return filepath.SkipDir
			}
			return err
		}
		if d.IsDir() || !strings.HasSuffix(p, ".feature") {
			return nil
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if keep[rel] {
			return nil
		}
		doc, ok, err := generatedFrom(p)
		if err != nil || !ok || !scope.owns(doc) {
			return err
		}
		why := doc + " no longer has procedures or is gone"
		if other, ok := now[doc]; ok {
			why = doc + "'s feature is now " + filepath.Join(dir, filepath.FromSlash(other))
		}
		out = append(out, orphan{rel, why})
		return nil
	})
	sort.Slice(out, func(i, j int) bool { return out[i].rel < out[j].rel })
	return out, err
}

// generatedFrom reads the doc path from a feature's "Generated from" header; ok is false for
// a feature gen did not write.
func generatedFrom(file string) (doc string, ok bool, err error) {
	f, err := os.Open(file)
	if err != nil {
		return "", false, err
	}
	defer f.Close()
	first, err := bufio.NewReader(io.LimitReader(f, 4096)).ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return "", false, err
	}
	rest, ok := strings.CutPrefix(strings.TrimRight(first, "\r\n"), featuregen.HeaderPrefix)
	if !ok {
		return "", false, nil
	}
	doc, ok = strings.CutSuffix(rest, " by docdrift gen. DO NOT EDIT.")
	return doc, ok, nil
}

// checkFeatures lists what makes dir differ from what gen would write, one line each.
func checkFeatures(dir string, scope genScope, planned []genFeature) ([]string, error) {
	var stale []string
	for _, p := range planned {
		file := filepath.Join(dir, filepath.FromSlash(p.rel))
		have, err := os.ReadFile(file)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			stale = append(stale, fmt.Sprintf("%s: missing: docdrift gen would write it from %s", file, p.doc))
		case err != nil:
			return nil, usageError{fmt.Errorf("gen --check: %w", err)}
		case !bytes.Equal(have, p.content):
			stale = append(stale, fmt.Sprintf("%s: stale: differs from what docdrift gen writes from %s", file, p.doc))
		}
	}
	gone, err := orphans(dir, scope, planned)
	if err != nil {
		return nil, usageError{fmt.Errorf("gen --check: %w", err)}
	}
	for _, o := range gone {
		stale = append(stale, fmt.Sprintf("%s: orphaned: %s", filepath.Join(dir, filepath.FromSlash(o.rel)), o.why))
	}
	return stale, nil
}

// writeFeatures writes every planned feature that changed, atomically, and removes orphans.
// Features are compared and written on every core, then reported in plan order; after a
// failure the features that were written are still reported before the error.
func writeFeatures(ctx context.Context, stdout io.Writer, dir string, scope genScope, planned []genFeature) error {
	gone, err := orphans(dir, scope, planned)
	if err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	type outcome struct {
		file    string
		changed bool
		err     error
	}
	done := make([]outcome, len(planned))
	if err := docfiles.Parallel(ctx, len(planned), func(i int) {
		p := &planned[i]
		o := outcome{file: filepath.Join(dir, filepath.FromSlash(p.rel))}
		if have, err := os.ReadFile(o.file); err != nil || !bytes.Equal(have, p.content) {
			o.changed, o.err = true, writeAtomic(o.file, p.content)
		}
		done[i] = o
	}); err != nil {
		return err
	}
	w := bufio.NewWriter(stdout) // a line per feature: one write each would cost more than comparing it
	defer w.Flush()
	var first error
	for i, o := range done {
		switch {
		case o.err != nil:
			first = cmp.Or(first, fmt.Errorf("gen: %w", o.err))
		case o.changed:
			fmt.Fprintf(w, "wrote %s from %s\n", o.file, planned[i].doc)
		default:
			fmt.Fprintf(w, "unchanged %s\n", o.file)
		}
	}
	if first != nil {
		return first
	}
	for _, o := range gone {
		file := filepath.Join(dir, filepath.FromSlash(o.rel))
		if err := os.Remove(file); err != nil {
			return fmt.Errorf("gen: %w", err)
		}
		fmt.Fprintf(w, "removed %s: %s\n", file, o.why)
	}
	return w.Flush()
}

// writeAtomic replaces file with content so a reader (or an interrupted run) never sees half
// a feature.
func writeAtomic(file string, content []byte) error {
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(file), "."+filepath.Base(file)+".tmp-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // a no-op once renamed
	if _, err := tmp.Write(content); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), file)
}
