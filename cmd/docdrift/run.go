package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"time"

	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/browser"
	"github.com/docdrift/docdrift/internal/creds"
	"github.com/docdrift/docdrift/internal/docfiles"
	"github.com/docdrift/docdrift/internal/formats"
	"github.com/docdrift/docdrift/internal/htmlreport"
	"github.com/docdrift/docdrift/internal/lint"
	"github.com/docdrift/docdrift/internal/panel"
	"github.com/docdrift/docdrift/internal/progress"
	"github.com/docdrift/docdrift/internal/redact"
	"github.com/docdrift/docdrift/internal/results"
	"github.com/docdrift/docdrift/internal/runner"
	"github.com/docdrift/docdrift/internal/target"
	"github.com/docdrift/docdrift/steps"
)

type runFlags struct {
	era           string
	seed          uint64
	baseURL       string
	credentials   string
	session       string
	config        string
	userVar       string // the environment variables holding the owner's credentials
	passVar       string
	chrome        string
	stepTimeout   time.Duration
	includeStruck bool
	stopAtFirst   bool
	screenshots   string
	concurrency   int
	shard         string
	browserURL    string
	retries       int
	profile       bool
	output        outputFlags
	extras        extraFlags
}

func runRun(ctx context.Context, e *env, args []string) (err error) {
	// Everything the run writes — progress, reports, the error main prints — passes the
	// secrets it learns: the owner's password, every credential a pop-up shows.
	secrets := &redact.Secrets{}
	terminal := progress.IsTerminal(e.stdout)
	e = &env{stdout: secrets.Writer(e.stdout), stderr: secrets.Writer(e.stderr), getenv: e.getenv, now: e.now, formats: e.formats}
	defer func() {
		if ctx.Err() != nil && err != nil && !errors.As(err, new(interruptedError)) {
			err = interruptedError{fmt.Errorf("run: stopped by a signal: %w", err)}
		}
		err = secrets.Error(err)
	}()
	var f runFlags
	flags := flag.NewFlagSet("docdrift run", flag.ContinueOnError)
	flags.SetOutput(io.Discard)
	flags.Usage = func() {}
	flags.StringVar(&f.era, "era", "2017", "UI `era` of the embedded control panel: 2016, 2017, 2019 or 2023")
	flags.Uint64Var(&f.seed, "seed", 1, "`seed` of the embedded control panel's store hash, users and credentials")
	flags.StringVar(&f.baseURL, "base-url", "", "run against the control panel at `URL` instead of the embedded one\n(credentials from $DOCDRIFT_USERNAME and $DOCDRIFT_PASSWORD)")
	flags.StringVar(&f.config, "config", "", "read settings from this docdrift.toml `file` (default: the first one found walking up from the first doc); flags override it")
	flags.StringVar(&f.credentials, "credentials", "", "read the owner's $DOCDRIFT_USERNAME and $DOCDRIFT_PASSWORD from this owner-only `file` (KEY=VALUE lines)")
	flags.StringVar(&f.session, "session", "", "log in with the session saved by docdrift login --save-session `FILE` (with --base-url; no credentials needed)")
	flags.StringVar(&f.browserURL, "browser-url", "", "use the Chromium already running at this DevTools `URL` (ws://…, or http://host:port) instead of starting one")
	flags.StringVar(&f.chrome, "chrome", "", "Chromium binary `path` (default /usr/bin/chromium, else chromium on $PATH)")
	flags.DurationVar(&f.stepTimeout, "step-timeout", steps.DefaultStepTimeout, "bound on each step")
	flags.BoolVar(&f.includeStruck, "include-struck", false, "also run procedures the doc strikes out")
	flags.BoolVar(&f.stopAtFirst, "stop-at-first", false, "stop a procedure at its first drifted label instead of carrying on with the closest one")
	flags.IntVar(&f.concurrency, "concurrency", 1, "run `N` procedures at once, each in its own incognito browser context")
	flags.IntVar(&f.retries, "retries", 0, "run a procedure that failed for the browser's or panel's sake up to `N` more times (never drift)")
	flags.BoolVar(&f.profile, "profile", false, "print how long each phase took (read and plan, panel, browser start, steps, cleanup, reports) to stderr")
	flags.StringVar(&f.shard, "shard", "", "run only part `K/N` of the procedures (a deterministic split, for CI matrices)")
	flags.StringVar(&f.screenshots, "screenshots", "", "`dir`ectory for screenshots of failed steps (default: a new directory under $TMPDIR)")
	f.output.register(flags, e.formats)
	f.extras.register(flags)
	paths, err := parseInterspersed(flags, args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		runUsage(e.stdout, flags, &f.output)
		return err
	case err != nil:
		runUsage(e.stderr, flags, &f.output)
		return usageError{fmt.Errorf("run: %w", err)}
	case len(paths) == 0:
		runUsage(e.stderr, flags, &f.output)
		return usageError{errors.New("run: no paths given")}
	}

	file, err := loadConfig(f.config, paths)
	if err != nil {
		return err
	}
	f.userVar, f.passVar = userVar, passVar
	var pre runner.Preconditions
	if file != nil {
		applyConfig(flags, &f, file)
		pre = file.Preconditions
	}
	if f.concurrency < 1 {
		return usageError{fmt.Errorf("run: --concurrency %d: want 1 or more", f.concurrency)}
	}
	if f.retries < 0 {
		return usageError{fmt.Errorf("run: --retries %d: want 0 or more", f.retries)}
	}
	shard := runner.Shard{K: 1, N: 1}
	if f.shard != "" {
		if shard, err = runner.ParseShard(f.shard); err != nil {
			return usageError{fmt.Errorf("run: --shard: %w", err)}
		}
	}
	clock := newPhases(e.now)
	if f.profile {
		defer clock.print(e.stderr)
	}
	plans, findings, err := planRun(e, paths, f.includeStruck, pre)
	if err != nil {
		return err
	}
	if plans, err = shard.Select(plans); err != nil {
		return usageError{fmt.Errorf("run: --shard: %w", err)}
	}
	runID := newRunID(e.now())
	shots := f.screenshots
	if shots == "" {
		shots = filepath.Join(os.TempDir(), "docdrift-"+runID)
	}
	out, err := f.output.open(e, shots, terminal) // bad output flags fail before anything starts
	if err != nil {
		return err
	}
	cfg := steps.Config{StepTimeout: f.stepTimeout, RunID: runID, KeepGoing: !f.stopAtFirst, Secrets: secrets}
	vocabulary(file, &cfg)
	clock.done("read, parse, generate, check")
	stop, err := startTarget(ctx, e, f, &cfg)
	if err != nil {
		return err
	}
	defer stop()
	secrets.Add(cfg.Login.Password)

	clock.done("control panel")
	b, err := openBrowser(ctx, f, cfg.BaseURL)
	if err != nil {
		return infraError{err}
	}
	defer b.Close()

	if hk, ok := cfg.Target.(*steps.Housekeeper); ok {
		hk.Config, hk.Open = cfg, b.NewSession
	}
	clock.done("browser start")
	started := e.now()
	docs := docsOf(plans)
	res, err := runner.Run(ctx, plans, runner.Options{Config: cfg, Browser: b, IncludeStruck: f.includeStruck,
		Concurrency: f.concurrency, Retries: f.retries, OnStep: out.step,
		ShotEveryStep: f.output.everyStep(), ShotDocSteps: f.extras.imageSteps(docs)})
	clock.done("procedures (steps: see -v), cleanup")
	run := &formats.Run{Result: res, Findings: findings, Info: htmlreport.RunInfo{Target: targetName(f), Browser: b.Version(ctx),
		Version: version(), Started: started, Duration: e.now().Sub(started), Shard: f.shard}}
	for _, p := range plans {
		run.Docs = append(run.Docs, htmlreport.Source{Doc: p.Doc, Src: p.Src})
	}
	if res != nil {
		run.Images = f.extras.checkImages(docs, res)
	}
	if werr := out.finish(run); werr != nil && err == nil {
		err = werr
	}
	if xerr := f.extras.after(res, e.stderr); xerr != nil && err == nil {
		err = xerr
	}
	clock.done("summary and reports")
	switch {
	case ctx.Err() != nil:
		return interruptedError{errors.New("run: stopped by a signal; the reports hold what ran before it")}
	case err != nil:
		return infraError{err}
	case res.Worst() == results.Broken:
		return infraError{errors.New("run: the browser or the control panel failed; see above")}
	case res.Worst() == results.Drifted:
		return findingsError{"the docs drifted from the UI"}
	}
	return nil
}

// planRun reads, parses and generates the docs, and refuses before any browser starts when
// a doc cannot be read or holds a step no definition matches (in a struck procedure too, with
// includeStruck). pre adds a config file's preconditions. It returns lint's other findings for
// the reports.
func planRun(e *env, paths []string, includeStruck bool, pre runner.Preconditions) ([]runner.Plan, docsparse.Findings, error) {
	files, blocking := docfiles.Load(paths)
	plans, genFindings := runner.PrepareWith(files, pre)
	blocking = append(blocking, genFindings...)
	var others docsparse.Findings
	for _, p := range plans {
		for _, fd := range lint.Check(&lint.Input{Doc: p.Doc, Src: p.Src, Dir: filepath.Dir(p.Doc.Path)}, lintRules()) {
			if fd.Rule == "undefined-step" && (fd.Severity == docsparse.Error || includeStruck) {
				blocking = append(blocking, fd)
			} else {
				others = append(others, fd)
			}
		}
	}
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

// docsOf lists the parsed docs of the plans.
func docsOf(plans []runner.Plan) []*docsparse.Document {
	docs := make([]*docsparse.Document, len(plans))
	for i, p := range plans {
		docs[i] = p.Doc
	}
	return docs
}

// targetName says in a report's header what the run drove.
func targetName(f runFlags) string {
	if u, err := url.Parse(f.baseURL); err == nil && f.baseURL != "" {
		u.User = nil // a password in the URL stays out of the report
		return u.Redacted()
	}
	return fmt.Sprintf("embedded control panel simulator, %s UI (seed %d)", f.era, f.seed)
}

// startTarget serves the embedded panel, or points at --base-url, and fills in cfg.
func startTarget(ctx context.Context, e *env, f runFlags, cfg *steps.Config) (stop func(), err error) {
	if f.baseURL != "" {
		u, err := url.Parse(f.baseURL)
		if err != nil || u.Scheme == "" || u.Host == "" {
			return nil, usageError{fmt.Errorf("run: --base-url %q is not an absolute URL", f.baseURL)}
		}
		login, ok, err := ownerLogin(e, f.credentials, f.userVar, f.passVar)
		if err != nil {
			return nil, err
		}
		if f.session != "" {
			sess, err := creds.LoadSession(f.session, f.baseURL)
			if err != nil {
				return nil, usageError{fmt.Errorf("run: --session: %w", err)}
			}
			cfg.Cookies = sess.Cookies
			for _, c := range sess.Cookies {
				cfg.Secrets.Add(c.Value)
			}
		} else if !ok {
			return nil, usageError{fmt.Errorf("run: --base-url %w", noCredentials(f.userVar, f.passVar))}
		}
		cfg.BaseURL = f.baseURL
		cfg.Login = login
		if api := (target.TestAPI{BaseURL: f.baseURL}); api.Probe(ctx) {
			cfg.Target = api // the simulator: set up and clean up behind the UI's back
		} else {
			cfg.Target = &steps.Housekeeper{} // a real panel: through its own pages, once the browser runs
		}
		return func() {}, nil
	}
	if f.session != "" || f.credentials != "" {
		return nil, usageError{errors.New("run: --session and --credentials are for a panel at --base-url; the embedded one logs itself in")}
	}
	era, err := panel.ParseEra(f.era)
	if err != nil {
		return nil, usageError{fmt.Errorf("run: --era: %w", err)}
	}
	emb, err := target.StartEmbedded(panel.Options{Era: era, Seed: f.seed})
	if err != nil {
		return nil, infraError{err}
	}
	owner := emb.Server.Owner()
	cfg.BaseURL = emb.URL
	cfg.Login = steps.Login{Username: owner.Email, Password: owner.Password}
	cfg.Target = emb.API
	return func() { _ = emb.Close() }, nil
}

// openBrowser starts the system Chromium, or connects to one at --browser-url.
func openBrowser(ctx context.Context, f runFlags, baseURL string) (*browser.Browser, error) {
	if f.browserURL != "" {
		return browser.Connect(ctx, f.browserURL, 0)
	}
	return browser.Launch(ctx, browser.Options{Bin: f.chrome, AllowHosts: allowHosts(baseURL)})
}

// allowHosts lets Chromium resolve the target's host when it is not loopback.
func allowHosts(base string) []string {
	u, err := url.Parse(base)
	if err != nil || u.Hostname() == "" {
		return nil
	}
	return []string{u.Hostname()}
}

// newRunID names everything a run creates: sortable by time, unique across machines.
func newRunID(now time.Time) string {
	var b [3]byte
	_, _ = rand.Read(b[:])
	return now.UTC().Format("0102t1504") + hex.EncodeToString(b[:])
}

func runUsage(w io.Writer, flags *flag.FlagSet, output *outputFlags) {
	flags.SetOutput(w)
	fmt.Fprint(w, `Usage: docdrift run [flags] PATH...

Run performs every numbered procedure of the Markdown docs in PATHs in headless Chromium,
step by step as written, against a store control panel — the embedded simulator unless
--base-url is given — and reports each step that no longer matches the UI at the doc's own
file:line, with the nearest real labels.

Examples:
  docdrift run docs/api-accounts.md                 # embedded panel, 2017 UI
  docdrift run --era 2023 docs/                     # the same docs against the 2023 UI
  docdrift run --include-struck docs/oauth.md       # also run struck-out drafts
  docdrift run --report html=out/html docs/         # the docs as a report: open out/html/index.html
  docdrift run --update-images docs/oauth.md        # refresh the screenshots the doc shows

Exit status: 0 all passed; 1 a step drifted from the UI; 2 bad usage, unreadable docs or
phrasing no step definition matches (found before the browser starts); 3 the browser or the
control panel failed.

Flags:
`)
	flags.PrintDefaults()
	output.usage(w)
}
