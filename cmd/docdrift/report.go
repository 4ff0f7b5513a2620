package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"sort"
	"strings"

	"github.com/docdrift/docdrift/internal/formats"
)

// runReport is "docdrift report SUBCOMMAND": for now, merge.
func runReport(ctx context.Context, e *env, args []string) error {
	mergeable := formats.Filter(e.formats, formats.ForMerge)
	if len(args) == 0 || args[0] != "merge" {
		reportUsage(e.stderr, nil, mergeable)
		if len(args) == 0 {
			return usageError{errors.New("report: no subcommand given (want merge)")}
		}
		if args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
			return flag.ErrHelp
		}
		return usageError{fmt.Errorf("report: unknown subcommand %q (want merge)", args[0])}
	}
	outs := map[string]*string{}
	flags := flag.NewFlagSet("docdrift report merge", flag.ContinueOnError)
	flags.SetOutput(io.Discard)
	flags.Usage = func() {}
	for _, f := range mergeable {
		outs[f.Name] = flags.String(f.Name, "", fmt.Sprintf("write the merged %s report to `%s`: %s", f.Name, f.Target, f.Help))
	}
	inputs, err := parseInterspersed(flags, args[1:])
	asked := 0
	for _, out := range outs {
		if *out != "" {
			asked++
		}
	}
	switch {
	case errors.Is(err, flag.ErrHelp):
		reportUsage(e.stdout, flags, mergeable)
		return err
	case err != nil:
		reportUsage(e.stderr, flags, mergeable)
		return usageError{fmt.Errorf("report merge: %w", err)}
	case asked == 0:
		reportUsage(e.stderr, flags, mergeable)
		return usageError{fmt.Errorf("report merge: say what to write: %s", mergeFlags(mergeable, " and/or "))}
	case len(inputs) == 0:
		return usageError{errors.New("report merge: no shard reports given")}
	}
	found, err := findReports(inputs, mergeable)
	if err != nil {
		return usageError{fmt.Errorf("report merge: %w", err)}
	}
	var errs []error
	for _, f := range mergeable {
		out, ins := *outs[f.Name], found[f.Name]
		if out == "" {
			continue
		}
		if len(ins) == 0 {
			errs = append(errs, usageError{fmt.Errorf("report merge: no %s reports among the inputs", f.Name)})
			continue
		}
		if err := f.Merge(out, ins); err != nil {
			errs = append(errs, usageError{err})
			continue
		}
		fmt.Fprintf(e.stdout, "%s: merged %d %s report(s)\n", out, len(ins), f.Name)
	}
	return errors.Join(errs...)
}

// findReports walks files and directories for reports docdrift wrote, recognised by each
// format by content (a folder with report.json, a <testsuites name="docdrift"> file, a JSON
// array of features), and returns them by format name. A file named as an input must be one
// of them, or a typo would silently drop a shard. A report reached twice (a folder and a
// file inside it) is merged once, or its procedures would be counted twice.
func findReports(inputs []string, mergeable []formats.Format) (map[string][]string, error) {
	found := map[string][]string{}
	seen := map[string]bool{}
	add := func(name, path string) {
		key, err := filepath.Abs(path)
		if err != nil {
			key = filepath.Clean(path)
		}
		if !seen[key] {
			seen[key] = true
			found[name] = append(found[name], path)
		}
	}
	for _, in := range inputs {
		err := filepath.WalkDir(in, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			for _, f := range mergeable {
				ok, err := f.Recognise(path, d.IsDir())
				switch {
				case err != nil:
					return err
				case !ok:
					continue
				}
				add(f.Name, path)
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.IsDir() && path == in {
				return fmt.Errorf("%s is not a report docdrift writes (%s)", in, formats.Names(mergeable))
			}
			return nil
		})
		if err != nil {
			return found, err
		}
	}
	for _, paths := range found {
		sort.Strings(paths)
	}
	return found, nil
}

// mergeFlags lists merge's output flags: "--cucumber FILE, --html DIR and/or --junit FILE".
func mergeFlags(mergeable []formats.Format, last string) string {
	var parts []string
	for _, f := range mergeable {
		parts = append(parts, "--"+f.Name+" "+f.Target)
	}
	if len(parts) < 2 {
		return strings.Join(parts, "")
	}
	return strings.Join(parts[:len(parts)-1], ", ") + last + parts[len(parts)-1]
}

func reportUsage(w io.Writer, flags *flag.FlagSet, mergeable []formats.Format) {
	var opts []string
	for _, f := range mergeable {
		opts = append(opts, "[--"+f.Name+" "+f.Target+"]")
	}
	fmt.Fprintf(w, "Usage: docdrift report merge %s INPUT...\n", strings.Join(opts, " "))
	fmt.Fprintf(w, `
Merge combines the reports of CI shards (docdrift run --shard K/N --report ...) into the
reports of one run: a doc split across shards comes back together in doc order, totals are
summed again, and screenshots are copied along. INPUTs are report files or directories,
searched for the reports docdrift writes (%s).

Example (a GitHub Actions merge job that downloaded each shard's out/ into shards/):
  docdrift report merge --html out/html --junit out/junit.xml --cucumber out/cucumber.json shards/
`, formats.Names(mergeable))
	if flags != nil {
		flags.SetOutput(w)
		fmt.Fprint(w, "\nFlags:\n")
		flags.PrintDefaults()
	}
}
