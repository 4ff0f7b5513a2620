package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"regexp"
	"sort"
	"time"

	"github.com/docdrift/docdrift/internal/browser"
	"github.com/docdrift/docdrift/internal/creds"
	"github.com/docdrift/docdrift/internal/target"
	"github.com/docdrift/docdrift/steps"
)

type sweepFlags struct {
	baseURL, credentials, session, chrome string
	olderThan                             time.Duration
	dryRun                                bool
}

// accountStore is what sweep needs of a panel: the simulator's test API, or its pages.
type accountStore interface {
	Names(ctx context.Context) ([]string, error)
	DeleteAccounts(ctx context.Context, names []string) error
}

// runSweep deletes the accounts earlier runs left behind: a killed job cannot clean up.
func runSweep(ctx context.Context, e *env, args []string) error {
	var f sweepFlags
	flags := flag.NewFlagSet("docdrift sweep", flag.ContinueOnError)
	flags.SetOutput(io.Discard)
	flags.Usage = func() {}
	flags.StringVar(&f.baseURL, "base-url", "", "the control panel's `URL` (required)")
	flags.DurationVar(&f.olderThan, "older-than", 0, "only accounts of runs that started at least this long ago (e.g. 30m: not a job still running)")
	flags.BoolVar(&f.dryRun, "dry-run", false, "list what would be deleted, delete nothing")
	flags.StringVar(&f.credentials, "credentials", "", "read $DOCDRIFT_USERNAME and $DOCDRIFT_PASSWORD from this owner-only `file`")
	flags.StringVar(&f.session, "session", "", "log in with the session saved by docdrift login --save-session `FILE`")
	flags.StringVar(&f.chrome, "chrome", "", "Chromium binary `path`, for a panel swept through its pages")
	rest, err := parseInterspersed(flags, args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		sweepUsage(e.stdout, flags)
		return err
	case err != nil:
		sweepUsage(e.stderr, flags)
		return usageError{fmt.Errorf("sweep: %w", err)}
	case len(rest) > 0:
		return usageError{fmt.Errorf("sweep: unexpected argument %q", rest[0])}
	case f.baseURL == "":
		sweepUsage(e.stderr, flags)
		return usageError{errors.New("sweep: --base-url is required (an embedded panel ends with its run; there is nothing to sweep)")}
	case f.olderThan < 0:
		return usageError{fmt.Errorf("sweep: --older-than %v: want 0 or more", f.olderThan)}
	}
	if u, err := url.Parse(f.baseURL); err != nil || u.Scheme == "" || u.Host == "" {
		return usageError{fmt.Errorf("sweep: --base-url %q is not an absolute URL", f.baseURL)}
	}
	store, closeStore, err := sweepTarget(ctx, e, f)
	if err != nil {
		return err
	}
	defer closeStore()

	names, err := store.Names(ctx)
	if err != nil {
		return infraError{fmt.Errorf("sweep: list the accounts of %s: %w", f.baseURL, err)}
	}
	doomed, runs := leftovers(names, e.now(), f.olderThan)
	verb := "deleted"
	if f.dryRun {
		verb = "would delete"
	}
	for _, n := range doomed {
		fmt.Fprintf(e.stdout, "%s %s\n", verb, n)
	}
	if len(doomed) == 0 {
		fmt.Fprintln(e.stdout, "nothing to sweep")
		return nil
	}
	if !f.dryRun {
		if err := store.DeleteAccounts(ctx, doomed); err != nil {
			return infraError{fmt.Errorf("sweep: %w", err)}
		}
	}
	fmt.Fprintf(e.stdout, "swept %d account(s) left by %d run(s)%s\n", len(doomed), runs, map[bool]string{true: " (dry run)"}[f.dryRun])
	return nil
}

// sweepTarget talks to the simulator's test API when the panel has one, else drives the
// panel's pages in Chromium as the owner.
func sweepTarget(ctx context.Context, e *env, f sweepFlags) (accountStore, func(), error) {
	api := target.TestAPI{BaseURL: f.baseURL}
	probe, cancel := context.WithTimeout(ctx, 3*time.Second)
	_, err := api.Store(probe)
	cancel()
	// Nothing listening is the common case — the embedded panel of the run that was killed —
	// and no login would help, so say that instead of asking for credentials or starting a
	// browser. A slow answer is left to the pages, which have their own timeouts.
	var refused *url.Error
	switch {
	case err == nil:
		return api, func() {}, nil
	case errors.As(err, &refused) && !refused.Timeout():
		return nil, nil, infraError{fmt.Errorf("sweep: cannot reach %s: %w (sweep needs a panel that outlived the run: docdrift panel's test API, or a real store; the panel docdrift run embeds is gone with its run)", f.baseURL, refused.Err)}
	}
	login, ok, err := ownerLogin(e, f.credentials, userVar, passVar)
	if err != nil {
		return nil, nil, err
	}
	cfg := steps.Config{BaseURL: f.baseURL, Login: login}
	if f.session != "" {
		sess, err := creds.LoadSession(f.session, f.baseURL)
		if err != nil {
			return nil, nil, usageError{fmt.Errorf("sweep: --session: %w", err)}
		}
		cfg.Cookies = sess.Cookies
	} else if !ok {
		return nil, nil, usageError{fmt.Errorf("sweep: %s has no test API, so it is swept through its pages and %w", f.baseURL, noCredentials(userVar, passVar))}
	}
	b, err := browser.Launch(ctx, browser.Options{Bin: f.chrome, AllowHosts: allowHosts(f.baseURL)})
	if err != nil {
		return nil, nil, infraError{err}
	}
	return &steps.Housekeeper{Config: cfg, Open: b.NewSession}, func() { _ = b.Close() }, nil
}

// runName is the name a run gives what it creates: docdrift-<MMDDtHHMM UTC><6 hex>-<n>.
var runName = regexp.MustCompile(`^docdrift-(\d{4}t\d{4})([0-9a-f]{6})-\d+$`)

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
	fmt.Fprint(w, `Usage: docdrift sweep --base-url URL [flags]

Sweep deletes the API accounts (store and legacy) that earlier runs created and could not
delete — a job killed with SIGKILL, a machine that died. Runs name everything they create
docdrift-<run id>-<n>, the run id starting with its UTC start time, so sweep touches nothing
else, and --older-than spares runs that may still be going. On the simulator it uses the
test API; on a real store it logs in (credentials from $DOCDRIFT_USERNAME and
$DOCDRIFT_PASSWORD, --credentials or --session) and deletes through the panel's pages.
--base-url is required: the simulator docdrift run embeds by default dies with its run, and
its accounts with it, so sweep is for a panel that outlives runs (docdrift panel, a store).

Examples:
  docdrift sweep --base-url http://127.0.0.1:8080 --dry-run
  docdrift sweep --base-url "$STORE_URL" --older-than 30m     # the last step of a nightly job

Exit status: 0 swept (or nothing to sweep); 2 bad usage; 3 the panel or the browser failed.

Flags:
`)
	flags.PrintDefaults()
}
