package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"path"
	"path/filepath"
	"strings"

	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/docfiles"
	"github.com/docdrift/docdrift/internal/lint"
	"github.com/docdrift/docdrift/internal/runner"
)

// lintFormats writes findings, already sorted, in each output format lint offers.
var lintFormats = map[string]func(w io.Writer, fs docsparse.Findings) error{
	"text":   writeText,
	"json":   writeJSON,
	"github": writeGitHub,
}

func runLint(ctx context.Context, e *env, args []string) error {
	flags := flag.NewFlagSet("docdrift lint", flag.ContinueOnError)
	format := flags.String("format", "text", "output `format`: text, json or github (GitHub Actions annotations)")
	flags.SetOutput(io.Discard) // help and errors are printed once, below, where they belong
	flags.Usage = func() {}
	paths, err := parseInterspersed(flags, args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		lintUsage(e.stdout, flags) // asked for: it is the output
		return err
	case err != nil:
		lintUsage(e.stderr, flags)
		return usageError{fmt.Errorf("lint: %w", err)}
	case len(paths) == 0:
		lintUsage(e.stderr, flags)
		return usageError{errors.New("lint: no paths given")}
	}
	write, ok := lintFormats[*format]
	if !ok {
		return usageError{fmt.Errorf("lint: unknown format %q (want text, json or github)", *format)}
	}

	files, findings := docfiles.Load(paths)
	unreadable := 0
	for _, f := range findings {
		if f.Severity == docsparse.Error {
			unreadable++
		}
	}
	rules := lintRules()
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		in := &lint.Input{
			Doc: docsparse.Parse(f.Path, f.Src),
			Src: f.Src,
			Dir: filepath.FromSlash(path.Dir(f.Path)),
		}
		findings = append(findings, lint.Check(in, rules)...)
	}
	findings.Sort()
	if err := write(e.stdout, findings); err != nil {
		return fmt.Errorf("lint: writing findings: %w", err)
	}
	if *format == "text" {
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

func lintUsage(w io.Writer, flags *flag.FlagSet) {
	flags.SetOutput(w)
	fmt.Fprint(w, `Usage: docdrift lint [--format text|json|github] PATH...

Lint reports problems a writer can fix in Markdown docs without starting a browser. PATHs are
files, or directories searched for .md, .markdown and .mdx files (hidden directories and
node_modules are skipped). A file named explicitly is checked whatever its extension.

Findings print as file:line:col: severity: message [rule], sorted by file and position.
Exit status: 0 when there is no error-level finding, 1 when there is, 2 for bad usage or a
path that cannot be read (everything readable is still checked and printed).

Flags:
`)
	flags.PrintDefaults()
	fmt.Fprint(w, "\nRules:\n")
	fmt.Fprintf(w, "  %-16s a path that cannot be read: missing, binary, not UTF-8, over %d MiB, or empty\n",
		docfiles.Rule, docfiles.MaxSize>>20)
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

// lintRules are the built-in rules plus the runner's: a step no definition matches is found
// by lint too, without a browser.
func lintRules() []lint.Rule {
	return append(lint.Default(), runner.UndefinedStep())
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
			return append(positional, rest...), nil
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

func writeText(w io.Writer, findings docsparse.Findings) error {
	for _, f := range findings {
		if _, err := fmt.Fprintln(w, f.Error()); err != nil {
			return err
		}
	}
	return nil
}

// writeJSON writes an array (empty, never null) of findings with docsparse.Finding's field
// names: path, pos {line, col}, severity, rule, message.
func writeJSON(w io.Writer, findings docsparse.Findings) error {
	if findings == nil {
		findings = docsparse.Findings{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false) // messages quote markup such as <strike>; keep it readable
	return enc.Encode(findings)
}

// writeGitHub writes GitHub Actions workflow commands, which GitHub turns into annotations on
// the lines of a pull request.
func writeGitHub(w io.Writer, findings docsparse.Findings) error {
	for _, f := range findings {
		props := []string{"file=" + ghProperty(f.Path)}
		if f.Pos.Line > 0 {
			props = append(props, fmt.Sprintf("line=%d", f.Pos.Line))
		}
		if f.Pos.Col > 0 {
			props = append(props, fmt.Sprintf("col=%d", f.Pos.Col))
		}
		props = append(props, "title="+ghProperty("docdrift "+f.Rule))
		if _, err := fmt.Fprintf(w, "::%s %s::%s\n", ghLevel[f.Severity], strings.Join(props, ","), ghData(f.Message)); err != nil {
			return err
		}
	}
	return nil
}

// ghLevel is the workflow command for each severity.
var ghLevel = map[docsparse.Severity]string{
	docsparse.Error: "error", docsparse.Warning: "warning", docsparse.Info: "notice",
}

// ghData escapes a workflow command's message as the runner's own toolkit does.
var ghData = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace

// ghProperty escapes a workflow command property value, where ":" and "," are also special.
var ghProperty = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace
