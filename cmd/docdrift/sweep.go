package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"sort"
	"time"

	"github.com/docdrift/docdrift/internal/tempdir"
	"github.com/docdrift/docdrift/steps"
)

type sweepFlags struct {
	target      targetFlags
	olderThan   time.Duration
	dryRun      bool
	stepTimeout time.Duration
}

// runSweep deletes the accounts earlier runs left behind: a killed job cannot clean up.
func runSweep(ctx context.Context, e *env, args []string) error {
	var f sweepFlags
	flags := flag.NewFlagSet("docdrift sweep", flag.ContinueOnError)
	flags.SetOutput(io.Discard)
	flags.Usage = func() {}
	f.target.register(flags, targetUse{era: true, session: true, product: true})
	flags.DurationVar(&f.olderThan, "older-than", 0, "only accounts of runs that started at least this long ago (e.g. 30m: not a job still running)")
	flags.BoolVar(&f.dryRun, "dry-run", false, "list what would be deleted, delete nothing")
	flags.DurationVar(&f.stepTimeout, "step-timeout", steps.DefaultStepTimeout, "bound on each page load and action (default: the --product's run.step_timeout, else 10s)")
	usage := func(w io.Writer) { sweepUsage(w, flags) }
	rest, err := e.parseArgs("sweep", flags, args, usage)
	switch {
	case err != nil:
		return err
	case len(rest) > 0:
		return usageError{fmt.Errorf("sweep: unexpected argument %q", rest[0])}
	}
	if err := f.target.resolveProduct("sweep"); err != nil {
		return err
	}
	if st := f.target.productStepTimeout; st != nil && !flagSet(flags, "step-timeout") {
		f.stepTimeout = *st // a product slow enough to need it in its runs needs it to be swept
	}
	if f.target.spec.baseURL == "" {
		usage(e.stderr)
		return usageError{errors.New("sweep: --base-url or --product is required (an embedded panel ends with its run; there is nothing to sweep)")}
	}
	if !f.dryRun {
		if n := len(tempdir.Sweep(os.TempDir())); n > 0 {
			fmt.Fprintf(e.stdout, "removed %d temporary folder(s) of docdrift processes that ended without removing them\n", n)
		}
	}
	subjects, closeStore, err := sweepTarget(ctx, e, f)
	if err != nil {
		return err
	}
	defer closeStore()
	baseURL := f.target.spec.baseURL
	warnUnkept(e.stderr, "sweep", f.target.spec.baseURL, subjects)

	// One subject whose list or deletion fails (a locale Strapi will not delete) does not keep
	// the others from being swept; every failure is said, and the sweep fails at the end.
	var names []string
	var failed []error
	shown := make([][]string, len(subjects))
	for i, sub := range subjects {
		if sub.Keeper == nil {
			continue
		}
		if shown[i], err = sub.Keeper.Names(ctx); err != nil {
			failed = append(failed, fmt.Errorf("list the %ss of %s: %w", sub.Name, baseURL, err))
		}
		names = append(names, shown[i]...)
	}
	doomed, runs := leftovers(names, e.now(), f.olderThan)
	if len(doomed) == 0 && len(failed) == 0 {
		fmt.Fprintln(e.stdout, "nothing to sweep")
		return nil
	}
	swept := 0
	for i, sub := range subjects {
		mine := slices.DeleteFunc(slices.Clone(shown[i]), func(n string) bool { return !slices.Contains(doomed, n) })
		if len(mine) == 0 {
			continue
		}
		var err error
		verb := "would delete"
		if !f.dryRun {
			verb = "deleted"
			if err = sub.Keeper.Delete(ctx, mine); err != nil {
				failed = append(failed, fmt.Errorf("%s: %w", sub.Name, err))
			}
		}
		for _, n := range mine {
			// Said once done: a name printed as deleted is gone.
			if steps.Concerning(err, []string{n}) == nil {
				fmt.Fprintf(e.stdout, "%s %s\n", verb, n)
				swept++
			}
		}
	}
	if len(doomed) > 0 {
		fmt.Fprintf(e.stdout, "swept %d item(s) left by %d run(s)%s\n", swept, runs, map[bool]string{true: " (dry run)"}[f.dryRun])
	}
	if len(failed) > 0 {
		return infraError{fmt.Errorf("sweep: %w", errors.Join(failed...))}
	}
	return nil
}

// sweepTarget talks to the simulator's test API when the panel has one, else drives the
// panel's pages in Chromium as the owner. Nothing listening is the common case — the
// embedded panel of the run that was killed — and no login would help: openTarget says so
// before asking for credentials or starting a browser.
func sweepTarget(ctx context.Context, e *env, f sweepFlags) (steps.Subjects, func(), error) {
	t, err := e.openTarget(ctx, "sweep", f.target.spec)
	if err != nil {
		var infra infraError
		if errors.As(err, &infra) {
			err = infraError{fmt.Errorf("%w (sweep needs a panel that outlived the run: docdrift panel's test API, or a real store; the panel docdrift run embeds is gone with its run)", err)}
		}
		return nil, nil, err
	}
	if t.api != nil {
		return t.subjects(nil), t.close, nil
	}
	if len(t.profile.Subjects) == 0 {
		t.close()
		return nil, nil, usageError{fmt.Errorf("sweep: %s: no profile says what docdrift makes there, so there is nothing it knows how to sweep (--product NAME sweeps a [[product]] of docdrift.toml by its subjects; --era ERA a BigCommerce control panel)", t.name)}
	}
	if !t.canLogIn() {
		t.close()
		return nil, nil, usageError{fmt.Errorf("sweep: %s has no test API, so it is swept through its pages and %w", t.baseURL, noCredentials(f.target.spec.userVar, f.target.spec.passVar))}
	}
	b, closeBrowser, err := f.target.openBrowser(ctx, e.quit, false, t.baseURL)
	if err != nil {
		t.close()
		return nil, nil, infraError{err}
	}
	hk := &steps.Housekeeper{Open: b.NewSession}
	cfg := steps.Config{Sessions: steps.NewSessionCache(), StepTimeout: f.stepTimeout} // one sign-in for the whole sweep
	t.configure(&cfg, hk)
	hk.Config = cfg
	return cfg.Subjects, func() { closeBrowser(); t.close() }, nil
}

// flagSet reports whether the command line gave the flag named name.
func flagSet(flags *flag.FlagSet, name string) bool {
	set := false
	flags.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}

// runName is the name a run gives what it creates: docdrift-<MMDDtHHMM UTC><6 hex>-<n>, or
// dd-… in a field too short for that (steps.RunPrefix).
var runName = regexp.MustCompile(`^(?:docdrift|dd)-(\d{4}t\d{4})([0-9a-f]{6})-\d+$`)

// leftovers picks the names runs made, of runs that started at least olderThan before now,
// and counts those runs.
func leftovers(names []string, now time.Time, olderThan time.Duration) (doomed []string, runs int) {
	seen := map[string]bool{}
	for _, n := range names {
		m := runName.FindStringSubmatch(n)
		if m == nil {
			continue
		}
		started, ok := runStart(m[1], now)
		if !ok || now.Sub(started) < olderThan {
			continue
		}
		doomed = append(doomed, n)
		if id := m[1] + m[2]; !seen[id] {
			seen[id] = true
			runs++
		}
	}
	sort.Strings(doomed)
	return doomed, runs
}

// runStart reads a run id's MMDDtHHMM (UTC, no year) as the latest such time not in the
// future: this year's, else an earlier year's — up to four back, as 0229 exists only in leap
// years.
func runStart(stamp string, now time.Time) (time.Time, bool) {
	now = now.UTC()
	for y := now.Year(); y >= now.Year()-4; y-- {
		t, err := time.Parse("2006 0102t1504", fmt.Sprintf("%d %s", y, stamp))
		if err != nil || t.After(now.Add(time.Hour)) { // an hour's grace for clocks that disagree
			continue
		}
		return t, true
	}
	return time.Time{}, false
}

func sweepUsage(w io.Writer, flags *flag.FlagSet) {
	flags.SetOutput(w)
	fmt.Fprint(w, `Usage: docdrift sweep (--base-url URL | --product NAME) [flags]

Sweep deletes the items — API accounts, tokens, whatever the product's subjects are — that
earlier runs created and could not delete: a job killed with SIGKILL, a machine that died.
Runs name everything they create docdrift-<run id>-<n> (dd-<run id>-<n> in a field too
short for that), the run id starting with its UTC start time, so sweep touches nothing else, and --older-than spares runs that may still be
going. On the simulator it uses the test API; on a real store it logs in (credentials from
$DOCDRIFT_USERNAME and $DOCDRIFT_PASSWORD, --credentials or --session) and deletes through
what its profile describes: --product NAME sweeps a [[product]] of docdrift.toml (its
base_url, credentials and subjects), --era ERA a BigCommerce control panel of that era
through its pages. A product at --base-url with neither has nothing docdrift knows how to
sweep (exit 2). A target is
required: the simulator docdrift run embeds by default dies with its run, and its accounts
with it, so sweep is for a product that outlives runs (docdrift panel, a store, a product).
On this machine it also removes the temporary folders (screenshot spools, files made for
uploads) of docdrift processes that no longer run; run and watch do that too as they start.

Examples:
  docdrift sweep --base-url http://127.0.0.1:8080 --dry-run
  docdrift sweep --base-url "$STORE_URL" --era 2017 --older-than 30m   # the last step of a nightly job
  docdrift sweep --product Strapi                              # a [[product]] of docdrift.toml

Exit status: 0 swept (or nothing to sweep); 2 bad usage; 3 the panel or the browser failed.

Flags:
`)
	flags.PrintDefaults()
}
