package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/docimages"
	"github.com/docdrift/docdrift/internal/htmlreport"
	"github.com/docdrift/docdrift/internal/progress"
	"github.com/docdrift/docdrift/internal/report"
	"github.com/docdrift/docdrift/internal/results"
)

// outputFlags are run's output options: how much live progress, GitHub annotations, and the
// report files to write.
type outputFlags struct {
	quiet, verbose bool
	format         formatFlag
	reports        reportSpec
}

func (o *outputFlags) register(flags *flag.FlagSet) {
	flags.BoolVar(&o.quiet, "q", false, "print only failures and the summary")
	flags.BoolVar(&o.verbose, "v", false, "print how long each step took")
	flags.Var(&o.format, "format", "`format` of the output: text, or github for workflow annotations on the docs' lines\n(and a table in $GITHUB_STEP_SUMMARY when set)")
	flags.Var(&o.reports, "report", "write `reports`: kind=path,... with kinds html (a folder: the docs with every step marked\nand pictured; open index.html), junit (XML, screenshots in a folder beside it) and cucumber\n(JSON), e.g. html=out/html,junit=out/junit.xml,cucumber=out/cucumber.json")
}

// runOutput shows a run as it goes and writes what it found when it ends.
type runOutput struct {
	e        *env
	flags    outputFlags
	progress *progress.Printer
}

// open checks the output flags and starts live progress on e.stdout, updating lines in place
// when terminal says stdout is one; failed steps' screenshots are saved into shots as they
// happen.
func (o outputFlags) open(e *env, shots string, terminal bool) (*runOutput, error) {
	if o.quiet && o.verbose {
		return nil, usageError{errors.New("run: -q and -v cannot be used together")}
	}
	p := progress.New(e.stdout, progress.Options{
		Quiet: o.quiet, Verbose: o.verbose, Shots: shots, Now: e.now,
		Terminal: terminal, Width: columns(e),
	})
	return &runOutput{e: e, flags: o, progress: p}, nil
}

// columns is the terminal's width when the shell exports it; 0 lets progress assume 80.
func columns(e *env) int {
	n, err := strconv.Atoi(e.getenv("COLUMNS"))
	if err != nil {
		return 0
	}
	return n
}

// step is runner.Options.OnStep.
func (r *runOutput) step(p *results.Procedure, s *results.Step) { r.progress.Step(p, s) }

// wantsHTML tells whether an HTML report was asked for: it shows every step's page.
func (o outputFlags) wantsHTML() bool {
	for _, rep := range o.reports {
		if rep.kind == "html" {
			return true
		}
	}
	return false
}

// finished is what a run hands its outputs: the verdicts and what the reports show beside them.
type finished struct {
	res      *results.Result
	docs     []htmlreport.Source
	findings docsparse.Findings     // lint findings of the docs that did not stop the run
	images   []docimages.Comparison // doc images against the pages at their steps
	info     htmlreport.RunInfo
}

// finish prints the doc-image findings and, if asked, the GitHub annotations and step
// summary, then the summary, and writes every report; it goes on past a report it cannot
// write and returns all such errors.
func (r *runOutput) finish(run finished) error {
	if run.res == nil {
		r.progress.Summary(run.res)
		return nil
	}
	var imageFindings docsparse.Findings
	for _, c := range run.images {
		if f, ok := c.Finding(); ok {
			imageFindings = append(imageFindings, f)
		}
	}
	var errs []error
	// Before the summary: its closing line stays the output's last, for scripts.
	if r.flags.format == "github" {
		errs = append(errs, writeGitHub(r.e.stdout, imageFindings), report.WriteGitHub(r.e.stdout, run.res))
		if path := r.e.getenv("GITHUB_STEP_SUMMARY"); path != "" {
			errs = append(errs, appendStepSummary(path, run.res))
		}
	} else {
		errs = append(errs, writeText(r.e.stdout, imageFindings))
	}
	r.progress.Summary(run.res)
	for _, rep := range r.flags.reports {
		switch rep.kind {
		case "html":
			errs = append(errs, htmlreport.Write(rep.path, htmlreport.Input{Run: run.info, Result: run.res,
				Docs: run.docs, Findings: append(run.findings, imageFindings...), Images: run.images}))
		case "junit":
			errs = append(errs, report.WriteJUnit(rep.path, run.res))
		case "cucumber":
			errs = append(errs, report.WriteCucumber(rep.path, run.res))
		}
	}
	return errors.Join(errs...)
}

// appendStepSummary adds the run's Markdown tables to the job's summary file; other steps
// of the job write there too, so it appends.
func appendStepSummary(path string, res *results.Result) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return fmt.Errorf("github step summary: %w", err)
	}
	if err := report.WriteMarkdown(f, res); err != nil {
		f.Close()
		return fmt.Errorf("github step summary: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("github step summary: %w", err)
	}
	return nil
}

// formatFlag is --format: text (the default) or github.
type formatFlag string

func (f *formatFlag) String() string { return string(*f) }

func (f *formatFlag) Set(v string) error {
	switch v {
	case "text", "github":
		*f = formatFlag(v)
		return nil
	}
	return fmt.Errorf("unknown format %q (want text or github)", v)
}

// reportSpec is --report kind=path,...; the flag may be repeated.
type reportSpec []reportFile

type reportFile struct{ kind, path string }

// reportKinds are the reports run writes.
var reportKinds = map[string]bool{"html": true, "junit": true, "cucumber": true}

func (r *reportSpec) String() string {
	var parts []string
	for _, f := range *r {
		parts = append(parts, f.kind+"="+f.path)
	}
	return strings.Join(parts, ",")
}

func (r *reportSpec) Set(v string) error {
	for _, part := range strings.Split(v, ",") {
		kind, path, ok := strings.Cut(part, "=")
		kind, path = strings.TrimSpace(kind), strings.TrimSpace(path)
		switch {
		case !ok || kind == "":
			return fmt.Errorf("want kind=path, got %q", part)
		case !reportKinds[kind]:
			return fmt.Errorf("unknown report %q (want html, junit or cucumber)", kind)
		case path == "":
			return fmt.Errorf("%s report: no path given (%s=PATH)", kind, kind)
		}
		for _, f := range *r {
			if f.kind == kind {
				return fmt.Errorf("%s report given twice", kind)
			}
		}
		*r = append(*r, reportFile{kind, path})
	}
	return nil
}
