package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/docdrift/docdrift/internal/formats"
	"github.com/docdrift/docdrift/internal/progress"
	"github.com/docdrift/docdrift/internal/results"
)

// outputFlags are run's output options: how much live progress, what else stdout shows
// (--format), and the report files to write (--report), both from the format registry.
type outputFlags struct {
	quiet, verbose bool
	format         formatFlag
	reports        reportSpec
}

func (o *outputFlags) register(flags *flag.FlagSet, all []formats.Format) {
	o.format = formatFlag{all: formats.Filter(all, formats.ForConsole)}
	o.format.chosen, _ = formats.Find(all, "text", formats.ForConsole)
	o.reports = reportSpec{all: formats.Filter(all, formats.ForReport)}
	flags.BoolVar(&o.quiet, "q", false, "print only failures and the summary")
	flags.BoolVar(&o.verbose, "v", false, "print how long each step took")
	flags.Var(&o.format, "format", "`format` of the output besides the progress lines: "+formats.Names(o.format.all)+" (see Formats below)")
	flags.Var(&o.reports, "report", "write `reports`: kind=path,... with kinds "+formats.Names(o.reports.all)+
		" (see Reports below),\ne.g. html=out/html,junit=out/junit.xml")
}

// usage lists the formats and reports the flags offer, for run -h.
func (o *outputFlags) usage(w io.Writer) {
	fmt.Fprint(w, "\nFormats (--format):\n")
	listFormats(w, o.format.all)
	fmt.Fprint(w, "\nReports (--report KIND=PATH):\n")
	listFormats(w, o.reports.all)
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

// everyStep tells whether a report asked for shows every step's page.
func (o outputFlags) everyStep() bool {
	for _, rep := range o.reports.files {
		if rep.format.EveryStep {
			return true
		}
	}
	return false
}

// finish prints what the chosen format adds to stdout, then the summary, and writes every
// report; it goes on past a report it cannot write and returns all such errors.
func (r *runOutput) finish(run *formats.Run) error {
	if run.Result == nil {
		r.progress.Summary(nil)
		return nil
	}
	var errs []error
	if console := r.flags.format.chosen.Console; console != nil {
		// Before the summary: its closing line stays the output's last, for scripts.
		errs = append(errs, console(r.e.stdout, run, r.e.getenv))
	}
	r.progress.Summary(run.Result)
	for _, rep := range r.flags.reports.files {
		errs = append(errs, rep.format.Report(rep.path, run))
	}
	return errors.Join(errs...)
}

// formatFlag is --format: a format that writes a run on stdout, text by default.
type formatFlag struct {
	all    []formats.Format
	chosen formats.Format
}

func (f *formatFlag) String() string { return f.chosen.Name }

func (f *formatFlag) Set(v string) error {
	for _, c := range f.all {
		if c.Name == v {
			f.chosen = c
			return nil
		}
	}
	return fmt.Errorf("unknown format %q (want %s)", v, formats.Names(f.all))
}

// reportSpec is --report kind=path,...; the flag may be repeated.
type reportSpec struct {
	all   []formats.Format
	files []reportFile
}

type reportFile struct {
	format formats.Format
	path   string
}

func (r *reportSpec) String() string {
	var parts []string
	for _, f := range r.files {
		parts = append(parts, f.format.Name+"="+f.path)
	}
	return strings.Join(parts, ",")
}

func (r *reportSpec) Set(v string) error {
	for _, part := range strings.Split(v, ",") {
		kind, path, ok := strings.Cut(part, "=")
		kind, path = strings.TrimSpace(kind), strings.TrimSpace(path)
		format, known := formats.Find(r.all, kind, formats.ForReport)
		switch {
		case !ok || kind == "":
			return fmt.Errorf("want kind=path, got %q", part)
		case !known:
			return fmt.Errorf("unknown report %q (want %s)", kind, formats.Names(r.all))
		case path == "":
			return fmt.Errorf("%s report: no path given (%s=PATH)", kind, kind)
		}
		for _, f := range r.files {
			if f.format.Name == kind {
				return fmt.Errorf("%s report given twice", kind)
			}
		}
		r.files = append(r.files, reportFile{format, path})
	}
	return nil
}
