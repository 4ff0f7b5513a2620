package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/docdrift/docdrift/internal/config"
	"github.com/docdrift/docdrift/internal/redact"
	"github.com/docdrift/docdrift/internal/results"
	"github.com/docdrift/docdrift/internal/runner"
	"github.com/docdrift/docdrift/internal/tempdir"
	"github.com/docdrift/docdrift/internal/watch"
)

// watchSettings are what watch runs with: run's flags and the config file, which a save of
// docdrift.toml reads again, and watch's own flags.
type watchSettings struct {
	run      *runFlags
	paths    []string
	file     *config.File // nil without a docdrift.toml
	listen   string
	verdicts string
}

// notForWatch are run's flags that make no sense for a watch: reports and patches are for
// a run that ends, shards for CI.
var notForWatch = []string{"shard", "report", "format", "suggest-fixes", "update-images", "profile"}

// runWatch watches the docs and their docdrift.toml and, on each save, runs again the
// procedures whose text changed, in one browser kept signed in, printing the verdicts as run
// does and serving the report, which refreshes itself in the open browser tab.
func runWatch(ctx context.Context, e *env, args []string) (err error) {
	secrets := &redact.Secrets{}
	e = e.redacting(secrets)
	defer func() { err = secrets.Error(err) }()
	st, err := parseWatch(e, args)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", st.listen)
	if err != nil {
		return usageError{fmt.Errorf("watch: --listen: %w", err)}
	}
	live := watch.NewServer()
	hs := &http.Server{Handler: live, ReadHeaderTimeout: 5 * time.Second}
	go func() { _ = hs.Serve(ln) }()
	defer func() {
		live.Close()
		sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 2*time.Second)
		defer cancel()
		_ = hs.Shutdown(sctx)
	}()
	saves, err := watch.WatchFiles(ctx, st.paths, configPaths(st), func(err error) { fmt.Fprintf(e.stderr, "watch: %v\n", err) })
	if err != nil {
		return infraError{err}
	}
	defer saves.Close()
	fmt.Fprintf(e.stdout, "docdrift watch: report at http://%s/ — watching %s (Ctrl-C to stop)\n", ln.Addr(), strings.Join(st.paths, " "))

	tempdir.Sweep(os.TempDir()) // spools of runs killed before they could remove them
	spool, err := tempdir.Make("watch")
	if err != nil {
		return infraError{fmt.Errorf("watch: screenshot spool: %w", err)}
	}
	defer os.RemoveAll(spool)
	defer e.quit.add(func() { _ = os.RemoveAll(spool) })()
	w := &watcher{e: e, args: args, st: st, live: live, secrets: secrets, shots: results.NewSpool(spool)}
	defer w.close()
	if err := w.verdictsOpen(); err != nil {
		return err
	}
	if err := w.cycle(ctx, nil); err != nil {
		return err
	}
	for {
		select {
		case <-ctx.Done():
			return interruptedError{errors.New("watch: stopped by a signal")}
		case batch, ok := <-saves.Batches():
			if !ok {
				if ctx.Err() != nil {
					return interruptedError{errors.New("watch: stopped by a signal")}
				}
				return infraError{errors.New("watch: the file system stopped reporting saves")}
			}
			if err := w.cycle(ctx, batch); err != nil {
				return err
			}
		}
	}
}

// parseWatch reads watch's flags and the config file, as run does.
func parseWatch(e *env, args []string) (*watchSettings, error) {
	st := &watchSettings{run: &runFlags{}}
	flags := flag.NewFlagSet("docdrift watch", flag.ContinueOnError)
	st.run.register(flags, e)
	flags.StringVar(&st.listen, "listen", "127.0.0.1:0", "serve the live report at this loopback `address` (default: a free port)")
	flags.StringVar(&st.verdicts, "verdicts-json", "", "also write each step's verdict, with the time it arrived, as a JSON line to `file` (- for stdout): for scripts and benchmarks")
	usage := func(w io.Writer) { watchUsage(w, flags) }
	paths, err := e.parseArgs("watch", flags, args, usage)
	switch {
	case err != nil:
		return nil, err
	case len(paths) == 0:
		usage(e.stderr)
		return nil, usageError{errors.New("watch: no paths given")}
	}
	if _, pick, err := runner.ParsePick(paths, "", isFile); err != nil || !pick.Whole() {
		// "docs/x.md:54", as run takes it: a watch reruns what each save changes, in whole
		// docs, and the lines under a writer's cursor move with every save.
		return nil, usageError{errors.New("watch: a watch takes whole docs, not a procedure's line; docdrift run docs/x.md:LINE runs one procedure")}
	}
	set := map[string]bool{}
	flags.Visit(func(fl *flag.Flag) { set[fl.Name] = true })
	for _, name := range notForWatch {
		if set[name] {
			return nil, usageError{fmt.Errorf("watch: --%s is for docdrift run: a watch has no end to write it at", name)}
		}
	}
	if err := loopback(st.listen); err != nil {
		return nil, usageError{fmt.Errorf("watch: --listen: %w", err)}
	}
	if st.run.output.quiet && st.run.output.verbose {
		return nil, usageError{errors.New("watch: -q and -v cannot be used together")}
	}
	st.paths = paths
	if st.file, err = loadConfig(st.run.config, paths); err != nil {
		return nil, err
	}
	if st.file != nil {
		applyConfig(flags, st.run, st.file)
	}
	return st, nil
}

// loopback refuses an address other machines could reach: the report shows the product's
// admin pages.
func loopback(addr string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return err
	}
	if host == "localhost" {
		return nil
	}
	if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
		return fmt.Errorf("%q is not a loopback address (127.0.0.1:PORT): the report shows the product's admin pages", addr)
	}
	return nil
}

// configPaths is the config file to watch besides the docs: the one read, or the one
// --config names (which a save may bring back after a bad edit).
func configPaths(st *watchSettings) []string {
	switch {
	case st.run.config != "":
		return []string{st.run.config}
	case st.file != nil:
		return []string{st.file.Path}
	}
	return nil
}

// isConfig tells whether a saved path is the watch's config file.
func isConfig(st *watchSettings, saved string) bool {
	for _, p := range configPaths(st) {
		if abs, err := filepath.Abs(p); err == nil && abs == saved {
			return true
		}
	}
	return false
}

func watchUsage(w io.Writer, flags *flag.FlagSet) {
	flags.SetOutput(w)
	fmt.Fprint(w, `Usage: docdrift watch [run flags] [--listen ADDR] [--verdicts-json FILE] PATH...

Watch runs the docs in PATHs as docdrift run does, then keeps watching them (and their
docdrift.toml): on each save it runs again only the procedures whose text changed, in one
browser kept open and signed in, and prints their verdicts as run does. A procedure that only
moved (lines added above it) keeps its verdict at its new lines. It serves the report on
127.0.0.1 — open the address it prints — and the open page refreshes by itself after each
save, scrolled to the step that changed. A save docdrift cannot use (a doc it cannot read, a
broken docdrift.toml) is reported at its line and the watch carries on with the last good
version. Ctrl-C deletes what the runs created, closes Chromium and exits 130.

Examples:
  docdrift watch docs/api-accounts.md               # embedded panel; edit the doc and save
  docdrift watch --era 2023 docs/                   # every doc under docs/, the 2023 UI
  docdrift watch --listen 127.0.0.1:8800 docs/      # the report at a port of your choice

Run's flags --shard, --report, --format, --suggest-fixes, --update-images and --profile are
for a run that ends; watch refuses them.

Flags:
`)
	flags.PrintDefaults()
}
