package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/browser"
	"github.com/docdrift/docdrift/internal/config"
	"github.com/docdrift/docdrift/internal/docfiles"
	"github.com/docdrift/docdrift/internal/featuregen"
	"github.com/docdrift/docdrift/internal/formats"
	"github.com/docdrift/docdrift/internal/htmlreport"
	"github.com/docdrift/docdrift/internal/lint"
	"github.com/docdrift/docdrift/internal/progress"
	"github.com/docdrift/docdrift/internal/redact"
	"github.com/docdrift/docdrift/internal/results"
	"github.com/docdrift/docdrift/internal/runner"
	"github.com/docdrift/docdrift/internal/tempdir"
	"github.com/docdrift/docdrift/steps"
)

type runFlags struct {
	target        targetFlags
	config        string
	stepTimeout   time.Duration
	includeStruck bool
	strict        bool
	stopAtFirst   bool
	screenshots   string
	concurrency   int
	shard         string
	run           string      // --run: the headings to run
	pick          runner.Pick // --run and the docs' lines asked for ("docs/x.md:42")
	retries       int
	profile       bool
	output        outputFlags
	extras        extraFlags
}

// runRun parses the command line and the config file, validates and plans everything that
// can be checked without a browser, then executes: each step refuses before the next starts.
func runRun(ctx context.Context, e *env, args []string) (err error) {
	// Everything the run writes — progress, reports, the error main prints — passes the
	// secrets it learns: the owner's password, every credential a pop-up shows.
	secrets := &redact.Secrets{}
	terminal := progress.IsTerminal(e.stdout)
	e = e.redacting(secrets)
	defer func() {
		if ctx.Err() != nil && err != nil && !errors.As(err, new(interruptedError)) {
			err = interruptedError{fmt.Errorf("run: stopped by a signal: %w", err)}
		}
		err = secrets.Error(err)
	}()
	f, paths, file, err := parseRun(e, args)
	if err != nil {
		return err
	}
	clock := newPhases(e.now)
	if f.profile {
		defer clock.print(e.stderr)
	}
	job, err := f.validate(e, paths, file, terminal)
	if err != nil {
		return err
	}
	job.cfg.Secrets = secrets
	clock.done("read, parse, generate, check")
	defer e.quit.add(func() { _ = removeTemp(job.tempShots, true); _ = removeTemp(job.shots.Dir(), true) })()
	err = job.execute(ctx, e, clock)
	// After a pass or a signal nothing of the run stays in $TMPDIR; the spool never stays, the
	// reports and the screenshot folder hold copies of what they show.
	_ = removeTemp(job.tempShots, err == nil || ctx.Err() != nil)
	_ = removeTemp(job.shots.Dir(), true)
	return err
}

// parseRun reads the flags, then the config file, whose settings fill in what the flags
// left unset.
func parseRun(e *env, args []string) (*runFlags, []string, *config.File, error) {
	f := &runFlags{}
	flags := flag.NewFlagSet("docdrift run", flag.ContinueOnError)
	f.register(flags, e)
	flags.StringVar(&f.run, "run", "", "run only the procedures whose heading matches this `regexp`, in any case (docs/x.md:LINE runs the one at that line)")
	usage := func(w io.Writer) { runUsage(w, flags, &f.output) }
	args, err := e.parseArgs("run", flags, args, usage)
	switch {
	case err != nil:
		return nil, nil, nil, err
	case len(args) == 0:
		usage(e.stderr)
		return nil, nil, nil, usageError{errors.New("run: no paths given")}
	}
	paths, pick, err := runner.ParsePick(args, f.run, isFile)
	if err != nil {
		return nil, nil, nil, usageError{fmt.Errorf("run: %w", err)}
	}
	f.pick = pick
	file, err := loadConfig(f.config, paths)
	if err != nil {
		return nil, nil, nil, err
	}
	if file != nil {
		applyConfig(flags, f, file)
	}
	return f, paths, file, nil
}

// register adds run's flags to flags (watch takes them too).
func (f *runFlags) register(flags *flag.FlagSet, e *env) {
	flags.SetOutput(io.Discard)
	flags.Usage = func() {}
	f.target.register(flags, targetUse{embedded: true, session: true})
	flags.StringVar(&f.config, "config", "", "read settings from this docdrift.toml `file` (default: the first one found walking up from the first doc); flags override it")
	flags.DurationVar(&f.stepTimeout, "step-timeout", steps.DefaultStepTimeout, "bound on each step")
	flags.BoolVar(&f.includeStruck, "include-struck", false, "also run procedures the doc strikes out")
	flags.BoolVar(&f.strict, "strict", false, "refuse to start (exit 2) when any step is not understood, instead of running every procedure up to such a step")
	flags.BoolVar(&f.stopAtFirst, "stop-at-first", false, "stop a procedure at its first drifted label instead of carrying on with the closest one")
	flags.IntVar(&f.concurrency, "concurrency", 1, "run `N` procedures at once, each in its own incognito browser context")
	flags.IntVar(&f.retries, "retries", 0, "run a procedure that failed for the browser's or panel's sake up to `N` more times (never drift, nor one that lacked its item)")
	flags.BoolVar(&f.profile, "profile", false, "print how long each phase took to stderr: reading and planning, the panel, the browser start, the procedures (their steps, signing in, screenshots, sessions, preconditions, cleanup) and the reports")
	flags.StringVar(&f.shard, "shard", "", "run only part `K/N` of the procedures (a deterministic split, for CI matrices)")
	flags.StringVar(&f.screenshots, "screenshots", "", "`dir`ectory for screenshots of failed steps (default: a new directory under $TMPDIR)")
	f.output.register(flags, e.formats)
	f.extras.register(flags)
}

// runJob is a run checked and planned, before anything starts.
type runJob struct {
	flags    *runFlags
	plans    []runner.Plan
	findings docsparse.Findings // lint findings that did not stop the run, for the reports
	out      *runOutput
	cfg      steps.Config
	// tempShots is the screenshot folder the run made under $TMPDIR ("" for --screenshots):
	// kept only when its pictures explain drift or a failure the run reported.
	tempShots string
	// shots keeps every step's picture on disk as it is taken, in a folder of its own under
	// $TMPDIR, so that memory does not grow with the steps a report shows.
	shots *results.Spool
	file  *config.File // nil without a docdrift.toml
}

// isFile reports a path that exists and is no directory.
func isFile(path string) bool {
	info, err := os.Stat(path)
	return err == nil && !info.IsDir()
}

// removeTemp deletes a temporary folder of the run's; unless all, only when it is empty.
func removeTemp(dir string, all bool) error {
	if dir == "" {
		return nil
	}
	if all {
		return os.RemoveAll(dir)
	}
	if entries, err := os.ReadDir(dir); err == nil && len(entries) == 0 {
		return os.Remove(dir)
	}
	return nil
}

// validate checks the settings, reads and plans the docs and opens the outputs; every
// problem it finds is a usage error, before a target or a browser starts.
func (f *runFlags) validate(e *env, paths []string, file *config.File, terminal bool) (*runJob, error) {
	if err := f.checkOutputs(); err != nil {
		return nil, err
	}
	shard := runner.Shard{K: 1, N: 1}
	if f.shard != "" {
		var err error
		if shard, err = runner.ParseShard(f.shard); err != nil {
			return nil, usageError{fmt.Errorf("run: --shard: %w", err)}
		}
	}
	var pre runner.Preconditions
	if file != nil {
		pre = file.Preconditions
	}
	plans, findings, err := planRun(e, paths, f.includeStruck, f.strict, f.pick, pre, docOptions(file))
	if err != nil {
		return nil, err
	}
	if plans, err = f.pick.Select(plans); err != nil {
		return nil, usageError{fmt.Errorf("run: %w", err)}
	}
	if plans, err = shard.Select(plans); err != nil {
		return nil, usageError{fmt.Errorf("run: --shard: %w", err)}
	}
	runID := newRunID(e.now())
	shots, tempShots := f.screenshots, ""
	if shots == "" {
		// Owner-only and a name no one can guess ahead: failed steps' screenshots show the
		// store's admin pages.
		if shots, err = os.MkdirTemp("", "docdrift-"+runID+"-"); err != nil {
			return nil, fmt.Errorf("run: screenshot folder: %w", err)
		}
		tempShots = shots
	}
	tempdir.Sweep(os.TempDir()) // spools of runs killed before they could remove them
	spool, err := tempdir.Make(runID + "-spool")
	if err != nil {
		_ = removeTemp(tempShots, true)
		return nil, fmt.Errorf("run: screenshot spool: %w", err)
	}
	out, err := f.output.open(e, shots, terminal)
	if err != nil {
		_ = removeTemp(tempShots, true)
		_ = removeTemp(spool, true)
		return nil, err
	}
	job := &runJob{flags: f, plans: plans, findings: findings, out: out, tempShots: tempShots, shots: results.NewSpool(spool), file: file,
		cfg: steps.Config{StepTimeout: f.stepTimeout, RunID: runID, Serial: steps.Counter(), KeepGoing: !f.stopAtFirst,
			Sessions: steps.NewSessionCache()}} // shared with housekeeping: one sign-in per run
	vocabulary(file, &job.cfg)
	return job, nil
}

// execute opens the run's targets and the browser, runs each target's procedures, writes
// the outputs and turns the verdicts into the exit status.
func (j *runJob) execute(ctx context.Context, e *env, clock *phases) error {
	f := j.flags
	targets := routeTargets(j.plans, j.file, f.target.spec)
	opened := make([]*opened, len(targets))
	var names, urls []string
	for i, rt := range targets {
		t, err := e.openTarget(ctx, "run", rt.spec)
		if err != nil {
			return err
		}
		defer t.close()
		if !t.canLogIn() { // the browser logs in through the pages, test API or not
			return usageError{fmt.Errorf("run: %s %w", rt.what(), noCredentials(rt.spec.userVar, rt.spec.passVar))}
		}
		opened[i] = t
		names, urls = append(names, t.name), append(urls, t.baseURL)
	}
	clock.done("control panel")

	b, closeBrowser, err := f.target.openBrowser(ctx, e.quit, false, urls...)
	if err != nil {
		return infraError{err}
	}
	defer closeBrowser()
	// Asked now, while the browser idles: at the end it is busy closing the run's sessions.
	browserVersion := b.Version(ctx)
	// The run's sessions close while the reports are written: the browser is closed after.
	pool := browser.NewPool(b)
	var poolClosed chan struct{}
	defer func() {
		if poolClosed == nil {
			_ = pool.Close()
			return
		}
		<-poolClosed
	}()
	clock.done("browser start")
	started := e.now()
	docs := docsOf(j.plans)
	shotDocSteps := f.extras.imageSteps(docs)
	onStep := func(p *results.Procedure, s *results.Step) {
		j.out.step(p, s)
		f.extras.stepDone(p, s)
	}
	var res *results.Result
	for i, rt := range targets {
		// Each target signs in once, with its own session, and cleans up its own subjects.
		cfg := j.cfg
		cfg.Sessions = steps.NewSessionCache()
		hk := &steps.Housekeeper{}
		opened[i].configure(&cfg, hk)
		hk.Config, hk.Open, hk.Release = cfg, pool.Get, pool.Put
		warnUnkept(e.stderr, "run", opened[i].profile.Name, cfg.Subjects)
		var r *results.Result
		r, err = runner.Run(ctx, rt.plans, runner.Options{Config: cfg, Browser: b, IncludeStruck: f.includeStruck,
			Pool: pool, Concurrency: f.concurrency, Retries: f.retries, OnStep: onStep, Route: route(j.file, cfg.Surfaces),
			Shots: j.shots, ShotEveryStep: f.output.everyStep(), ShotDocSteps: shotDocSteps})
		res = mergeResults(res, r, j.plans)
		if err != nil {
			break
		}
	}
	poolClosed = make(chan struct{})
	go func() { defer close(poolClosed); _ = pool.Close() }()
	clock.done("procedures and cleanup")
	if res != nil {
		clock.spent(res.Spent, max(f.concurrency, 1), pool.Opened())
	}
	run := &formats.Run{Result: res, Findings: j.findings, Info: htmlreport.RunInfo{Target: strings.Join(names, "; "), Browser: browserVersion,
		Version: version(), Started: started, Duration: e.now().Sub(started), Shard: f.shard}}
	for _, p := range j.plans {
		run.Docs = append(run.Docs, htmlreport.Source{Doc: p.Doc, Src: p.Src})
	}
	if res != nil {
		run.Images = f.extras.checkImages(docs, res)
	}
	if werr := j.out.finish(run); werr != nil && err == nil {
		err = werr
	}
	if xerr := f.extras.after(res, e.stderr); xerr != nil && err == nil {
		err = xerr
	}
	if serr := j.shots.Err(); serr != nil {
		fmt.Fprintf(e.stderr, "docdrift: run: %v\n", serr)
	}
	clock.done("summary and reports")
	switch {
	case ctx.Err() != nil:
		return interruptedError{errors.New("run: stopped by a signal; the reports hold what ran before it")}
	case err != nil:
		return infraError{err}
	}
	return verdictError(res)
}

// verdictError is what a finished run's verdicts make of the exit status: 3 when the
// environment failed, else 1 when the docs drifted, else 2 when a step could not be read,
// else 0 — the gravest decides, whatever else the run found.
func verdictError(res *results.Result) error {
	switch res.Worst() {
	case results.Broken:
		return infraError{fmt.Errorf("run: %s could not run: the browser or the product failed, or the run lacked what a step needs; see above", plural(res.Count().Broken, "procedure"))}
	case results.Drifted:
		return findingsError{"the docs drifted from the UI"}
	case results.NotUnderstood:
		return unreadError{fmt.Sprintf("run: %s not understood (docdrift explain says why); everything else ran", plural(res.Count().NotUnderstood, "procedure"))}
	}
	return nil
}

// planRun reads, parses and generates the docs, and refuses before any browser starts when
// a doc cannot be read or, with strict, holds a step docdrift cannot read (in a struck
// procedure too, with includeStruck). pre adds a config file's preconditions; opts says where
// the docs' includes live. It returns lint's other findings for the reports.
func planRun(e *env, paths []string, includeStruck, strict bool, pick runner.Pick, pre runner.Preconditions, opts docsparse.Options) ([]runner.Plan, docsparse.Findings, error) {
	plans, blocking, others := checkDocs(paths, includeStruck, strict, pick, pre, opts)
	if len(blocking) > 0 {
		blocking.Sort()
		for _, fd := range blocking {
			fmt.Fprintln(e.stderr, fd.Error())
		}
		return nil, nil, usageError{fmt.Errorf("run: %d problem(s) to fix before the docs can run; nothing was run", len(blocking))}
	}
	others.Sort()
	return plans, others, nil
}

// checkDocs reads, parses, generates and lints the docs: the plans of those that can run,
// the findings that stop a doc (it cannot be read or generated; with strict, a step is not
// understood) and the others, for the reports.
func checkDocs(paths []string, includeStruck, strict bool, pick runner.Pick, pre runner.Preconditions, opts docsparse.Options) (plans []runner.Plan, blocking, others docsparse.Findings) {
	files, blocking := docfiles.Load(paths)
	plans, genFindings := runner.PrepareWith(files, pre, opts)
	blocking = append(blocking, genFindings...)
	resolver := docfiles.NewResolver()
	for _, p := range plans {
		in := &lint.Input{Doc: p.Doc, Src: p.Src, Dir: filepath.Dir(p.Doc.Path), Paths: resolver}
		for _, fd := range lint.Check(in, lintRules()) {
			if fd.Rule == "not-understood" && strict && (includeStruck || !resting(p.Doc, fd.Pos)) && pick.Holds(p.Doc, fd.Pos) {
				blocking = append(blocking, fd)
			} else {
				others = append(others, fd)
			}
		}
	}
	return plans, blocking, others
}

// docsOf lists the parsed docs of the plans.
func docsOf(plans []runner.Plan) []*docsparse.Document {
	docs := make([]*docsparse.Document, len(plans))
	for i, p := range plans {
		docs[i] = p.Doc
	}
	return docs
}

// newRunID names everything a run creates: sortable by time, unique across machines.
func newRunID(now time.Time) string {
	var b [3]byte
	_, _ = rand.Read(b[:])
	return now.UTC().Format("0102t1504") + hex.EncodeToString(b[:])
}

func runUsage(w io.Writer, flags *flag.FlagSet, output *outputFlags) {
	flags.SetOutput(w)
	fmt.Fprint(w, `Usage: docdrift run [flags] PATH[:LINE]...

Run performs every procedure of the Markdown docs in PATHs (numbered lists, and bulleted
ones written as steps) in headless Chromium, step by step as written, against a web admin UI
— the embedded simulator unless --base-url is given — and reports each step that no longer
matches the UI at the doc's own file:line, with the nearest real labels. A target at
--base-url is driven as its [[product]] in docdrift.toml describes it, as a BigCommerce
control panel with --era, else as a plain web UI: signed into by its form, nothing made
before a procedure or swept after one. A doc's path with :LINE (as the run prints a
procedure's place, docs/oauth.md:54:1) runs only the procedure at that line; --run only those
whose heading matches.

Examples:
  docdrift run docs/api-accounts.md                 # embedded panel, 2017 UI
  docdrift run --era 2023 docs/                     # the same docs against the 2023 UI
  docdrift run --base-url http://127.0.0.1:9090 docs/   # your own web UI ($DOCDRIFT_USERNAME, $DOCDRIFT_PASSWORD)
  docdrift run --include-struck docs/oauth.md       # also run struck-out drafts
  docdrift run --report html=out/html docs/         # the docs as a report: open out/html/index.html
  docdrift run --update-images docs/oauth.md        # refresh the screenshots the doc shows
  docdrift run docs/oauth.md:54                     # only the procedure at line 54
  docdrift run --run 'regenerat|revok' docs/        # only procedures whose heading matches

Exit status: 0 all passed; 1 a step drifted from the UI; 2 bad usage, unreadable docs, or a
step docdrift could not read (reported after every other procedure ran; with --strict, before
the browser starts); 3 a procedure could not run: the browser or the product failed, or the run
lacked what a step needs (an item to act on). The gravest decides: 3 over 1 over 2.

Flags:
`)
	flags.PrintDefaults()
	output.usage(w)
}

// route decides where each doc's procedures happen: on the run's target when the doc is about
// it — by the config file's [[product]] docs globs, else by the product the doc names (a
// target with no names of its own takes every doc) — or, for a doc about another product, not
// checked here.
func route(file *config.File, surfaces []string) func(runner.Plan) (home, elsewhere string) {
	ours := func(name string) bool {
		for _, s := range surfaces {
			if steps.SameSurface(s, name) {
				return true
			}
		}
		return false
	}
	return func(p runner.Plan) (string, string) {
		if file != nil {
			if prod := file.About(p.Doc.Path); prod != nil {
				for _, name := range append([]string{prod.Name}, prod.Surfaces...) {
					if ours(name) || len(surfaces) == 0 {
						return name, ""
					}
				}
				return "", prod.Name
			}
		}
		main := featuregen.DocSurface(p.Doc, p.Src)
		switch {
		case main == "", ours(main):
			return "", ""
		case len(surfaces) == 0:
			return main, ""
		}
		return "", main
	}
}

// resting reports whether a position is in a procedure that does not run by default: struck
// out or skipped by a directive. A procedure holds the positions from its first step to the
// next procedure's.
func resting(doc *docsparse.Document, pos docsparse.Pos) bool {
	var in *docsparse.Procedure
	for i := range doc.Procedures {
		if p := doc.Procedures[i].Pos; p.Line < pos.Line || p.Line == pos.Line && p.Col <= pos.Col {
			in = &doc.Procedures[i]
		}
	}
	if in == nil {
		return false
	}
	_, skipped := in.Skipped()
	return in.Struck || skipped
}
