package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"

	"github.com/docdrift/docdrift/internal/htmlreport"
	"github.com/docdrift/docdrift/internal/report"
)

// runReport is "docdrift report SUBCOMMAND": for now, merge.
func runReport(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 || args[0] != "merge" {
		reportUsage(e.stderr, nil)
		if len(args) == 0 {
			return usageError{errors.New("report: no subcommand given (want merge)")}
		}
		if args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
			return flag.ErrHelp
		}
		return usageError{fmt.Errorf("report: unknown subcommand %q (want merge)", args[0])}
	}
	var html, junit, cucumber string
	flags := flag.NewFlagSet("docdrift report merge", flag.ContinueOnError)
	flags.SetOutput(io.Discard)
	flags.Usage = func() {}
	flags.StringVar(&html, "html", "", "write the merged HTML report into `DIR`")
	flags.StringVar(&junit, "junit", "", "write the merged JUnit XML to `FILE` (screenshots beside it)")
	flags.StringVar(&cucumber, "cucumber", "", "write the merged Cucumber JSON to `FILE`")
	inputs, err := parseInterspersed(flags, args[1:])
	switch {
	case errors.Is(err, flag.ErrHelp):
		reportUsage(e.stdout, flags)
		return err
	case err != nil:
		reportUsage(e.stderr, flags)
		return usageError{fmt.Errorf("report merge: %w", err)}
	case html == "" && junit == "" && cucumber == "":
		reportUsage(e.stderr, flags)
		return usageError{errors.New("report merge: say what to write: --html DIR, --junit FILE and/or --cucumber FILE")}
	case len(inputs) == 0:
		return usageError{errors.New("report merge: no shard reports given")}
	}
	found, err := findReports(inputs)
	if err != nil {
		return usageError{fmt.Errorf("report merge: %w", err)}
	}
	var errs []error
	for _, job := range []struct {
		kind, out string
		ins       []string
		merge     func(string, []string) error
	}{
		{"html", html, found.html, htmlreport.Merge},
		{"junit", junit, found.junit, report.MergeJUnit},
		{"cucumber", cucumber, found.cucumber, report.MergeCucumber},
	} {
		if job.out == "" {
			continue
		}
		if len(job.ins) == 0 {
			errs = append(errs, usageError{fmt.Errorf("report merge: no %s reports among the inputs", job.kind)})
			continue
		}
		if err := job.merge(job.out, job.ins); err != nil {
			errs = append(errs, usageError{err})
			continue
		}
		fmt.Fprintf(e.stdout, "%s: merged %d %s report(s)\n", job.out, len(job.ins), job.kind)
	}
	return errors.Join(errs...)
}

// shardReports are the docdrift reports found among the inputs.
type shardReports struct{ html, junit, cucumber []string }

// findReports walks files and directories for reports docdrift wrote, recognised by content:
// a folder with report.json, a <testsuites name="docdrift"> file, a JSON array of features.
// A file named as an input must be one of them, or a typo would silently drop a shard. A
// report reached twice (a folder and a file inside it) is merged once, or its procedures
// would be counted twice.
func findReports(inputs []string) (shardReports, error) {
	var found shardReports
	seen := map[string]bool{}
	add := func(list *[]string, path string) {
		key, err := filepath.Abs(path)
		if err != nil {
			key = filepath.Clean(path)
		}
		if !seen[key] {
			seen[key] = true
			*list = append(*list, path)
		}
	}
	for _, in := range inputs {
		err := filepath.WalkDir(in, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if _, err := os.Stat(filepath.Join(path, "report.json")); err == nil {
					add(&found.html, path)
					return filepath.SkipDir
				}
				return nil
			}
			kind, err := reportKind(path)
			switch {
			case err != nil:
				return err
			case kind == "junit":
				add(&found.junit, path)
			case kind == "cucumber":
				add(&found.cucumber, path)
			case path == in:
				return fmt.Errorf("%s is not a report docdrift writes (JUnit XML, Cucumber JSON or an HTML report folder)", in)
			}
			return nil
		})
		if err != nil {
			return found, err
		}
	}
	sort.Strings(found.html)
	sort.Strings(found.junit)
	sort.Strings(found.cucumber)
	return found, nil
}

// reportKind tells a docdrift JUnit ("junit") or Cucumber ("cucumber") report by its first
// bytes, "" for anything else. An empty shard's Cucumber report is "[]": still a shard.
func reportKind(path string) (string, error) {
	switch filepath.Ext(path) {
	case ".xml", ".json":
	default:
		return "", nil
	}
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	head := make([]byte, 512)
	n, _ := io.ReadFull(f, head)
	head = bytes.TrimSpace(head[:n])
	switch {
	case bytes.Contains(head, []byte(`<testsuites name="docdrift"`)):
		return "junit", nil
	case bytes.Equal(head, []byte("[]")),
		bytes.HasPrefix(head, []byte("[")) && bytes.Contains(head, []byte(`"uri"`)):
		return "cucumber", nil
	}
	return "", nil
}

func reportUsage(w io.Writer, flags *flag.FlagSet) {
	fmt.Fprint(w, `Usage: docdrift report merge [--html DIR] [--junit FILE] [--cucumber FILE] INPUT...

Merge combines the reports of CI shards (docdrift run --shard K/N --report ...) into the
reports of one run: a doc split across shards comes back together in doc order, totals are
summed again, and screenshots are copied along. INPUTs are report files or directories,
searched for the reports docdrift writes (an HTML report folder, JUnit XML, Cucumber JSON).

Example (a GitHub Actions merge job that downloaded each shard's out/ into shards/):
  docdrift report merge --html out/html --junit out/junit.xml --cucumber out/cucumber.json shards/
`)
	if flags != nil {
		flags.SetOutput(w)
		fmt.Fprint(w, "\nFlags:\n")
		flags.PrintDefaults()
	}
}
