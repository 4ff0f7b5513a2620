package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"path"
	"path/filepath"
	"strings"

	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/docfiles"
	"github.com/docdrift/docdrift/internal/formats"
	"github.com/docdrift/docdrift/internal/lint"
	"github.com/docdrift/docdrift/internal/runner"
)

func runLint(ctx context.Context, e *env, args []string) error {
	flags := flag.NewFlagSet("docdrift lint", flag.ContinueOnError)
	offered := formats.Filter(e.formats, formats.ForLint)
	format := flags.String("format", "text", "output `format`: "+formats.Names(offered)+" (see Formats below)")
	configPath := flags.String("config", "", "read where includes live from this docdrift.toml `file` (default: the first one found walking up from the first doc)")
	flags.SetOutput(io.Discard) // help and errors are printed once, below, where they belong
	flags.Usage = func() {}
	paths, err := parseInterspersed(flags, args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		lintUsage(e.stdout, flags, offered) // asked for: it is the output
		return err
	case err != nil:
		lintUsage(e.stderr, flags, offered)
		return usageError{fmt.Errorf("lint: %w", err)}
	case len(paths) == 0:
		lintUsage(e.stderr, flags, offered)
		return usageError{errors.New("lint: no paths given")}
	}
	out, ok := formats.Find(offered, *format, formats.ForLint)
	if !ok {
		return usageError{fmt.Errorf("lint: unknown format %q (want %s)", *format, formats.Names(offered))}
	}

	file, err := loadConfig(*configPath, paths)
	if err != nil {
		return err
	}
	opts := docOptions(file)
	files, findings := docfiles.Load(paths)
	unreadable := 0
	for _, f := range findings {
		if f.Severity == docsparse.Error {
			unreadable++
		}
	}
	rules := lintRules()
	resolver := docfiles.NewResolver() // the docs of one folder share its root and links
	perDoc := make([]docsparse.Findings, len(files))
	if err := docfiles.Each(ctx, files, func(i int, f docfiles.File) {
		in := &lint.Input{
			Doc:   docsparse.ParseWith(f.Path, f.Src, opts),
			Src:   f.Src,
			Dir:   filepath.FromSlash(path.Dir(f.Path)),
			Paths: resolver,
		}
		perDoc[i] = lint.Check(in, rules)
	}); err != nil {
		return err
	}
	for _, fs := range perDoc {
		findings = append(findings, fs...)
	}
	findings.Sort()
	// Buffered: a docs set has thousands of findings, and one write each costs more than
	// checking a doc.
	w := bufio.NewWriter(e.stdout)
	if err := out.Findings(w, findings); err != nil {
		return fmt.Errorf("lint: writing findings: %w", err)
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("lint: writing findings: %w", err)
	}
	if out.ForPeople {
		fmt.Fprintln(e.stderr, summary(len(files), findings))
	}

	switch worst, _ := findings.Max(); {
	case unreadable > 0:
		return usageError{fmt.Errorf("lint: %s could not be read", plural(unreadable, "input"))}
	case worst == docsparse.Error:
		return findingsError{summary(len(files), findings)}
	}
	return nil
}

func lintUsage(w io.Writer, flags *flag.FlagSet, offered []formats.Format) {
	flags.SetOutput(w)
	fmt.Fprintf(w, "Usage: docdrift lint [--format %s] PATH...\n", formatNames(offered, "|"))
	fmt.Fprint(w, `

Lint reports problems a writer can fix in Markdown docs without starting a browser. PATHs are
files, or directories searched for .md, .markdown and .mdx files (hidden directories and
node_modules are skipped). A file named explicitly is checked whatever its extension.

Findings print as file:line:col: severity: message [rule], sorted by file and position.
Exit status: 0 when there is no error-level finding, 1 when there is, 2 for bad usage or a
path that cannot be read (everything readable is still checked and printed).

Flags:
`)
	flags.PrintDefaults()
	fmt.Fprint(w, "\nFormats:\n")
	listFormats(w, offered)
	fmt.Fprint(w, "\nRules:\n")
	fmt.Fprintf(w, "  %-16s a path that cannot be read: missing, not a regular file, binary, not UTF-8, over %d KiB, or empty\n",
		docfiles.Rule, docfiles.MaxSize>>10)
	for _, r := range lintRules() {
		fmt.Fprintf(w, "  %-16s %s\n", r.Name, r.Doc)
	}
	fmt.Fprint(w, `
Examples:
  docdrift lint docs/
  docdrift lint --format json docs/oauth.md > findings.json
  docdrift lint --format github docs/    # in GitHub Actions: annotations on the pull request
`)
}

// lintRules are the built-in rules plus the runner's: a step docdrift cannot read is found by
// lint too, without a browser.
func lintRules() []lint.Rule {
	return append(lint.Default(), runner.NotUnderstoodRule())
}

// parseArgs parses a command's flags wherever they appear and returns its other arguments;
// -h prints usage on stdout and returns flag.ErrHelp, a bad flag prints it on stderr and is
// a usage error.
func (e *env) parseArgs(name string, flags *flag.FlagSet, args []string, usage func(io.Writer)) ([]string, error) {
	rest, err := parseInterspersed(flags, args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		usage(e.stdout) // asked for: it is the output
		return nil, err
	case err != nil:
		usage(e.stderr)
		return nil, usageError{fmt.Errorf("%s: %w", name, err)}
	}
	return rest, nil
}

// parseInterspersed parses flags wherever they appear among the arguments, as users of git and
// go expect (docdrift lint docs/ --format json); "--" ends the flags. Shared by the commands
// that take paths.
func parseInterspersed(flags *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := flags.Parse(args); err != nil {
			return nil, err
		}
		consumed := len(args) - flags.NArg()
		rest := flags.Args()
		if len(rest) == 0 || (consumed > 0 && args[consumed-1] == "--") {
			return append(positional, rest...), checkBounds(flags)
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
}

func summary(docs int, findings docsparse.Findings) string {
	var count [docsparse.Error + 1]int
	for _, f := range findings {
		count[f.Severity]++
	}
	return fmt.Sprintf("docdrift lint: %s checked: %s, %s, %s", plural(docs, "doc"),
		plural(count[docsparse.Error], "error"), plural(count[docsparse.Warning], "warning"),
		plural(count[docsparse.Info], "note"))
}

func plural(n int, noun string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// formatNames joins the formats' names with sep, for usage lines.
func formatNames(fs []formats.Format, sep string) string {
	names := make([]string, len(fs))
	for i, f := range fs {
		names[i] = f.Name
	}
	return strings.Join(names, sep)
}

// listFormats prints each format's name and help line, for a command's -h.
func listFormats(w io.Writer, fs []formats.Format) {
	for _, f := range fs {
		fmt.Fprintf(w, "  %-10s %s\n", f.Name, f.Help)
	}
}
