package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/docdrift/docdrift/internal/panel"
)

// panelFlags are the simulator's options as flags: era, seed, address, faults and drift.
type panelFlags struct {
	era, addr  string
	seed       uint64
	faults     panel.Faults
	rename     renames
	saveTop    bool
	gear       bool
	noDownload bool
	noTestAPI  bool
}

// renames is a repeatable "Old=New" flag.
type renames map[string]string

func (r renames) String() string { return "" }

func (r renames) Set(v string) error {
	from, to, ok := strings.Cut(v, "=")
	if !ok || strings.TrimSpace(from) == "" || strings.TrimSpace(to) == "" {
		return fmt.Errorf("want OLD=NEW, got %q", v)
	}
	r[strings.TrimSpace(from)] = strings.TrimSpace(to)
	return nil
}

func (f *panelFlags) register(flags *flag.FlagSet) {
	f.rename = renames{}
	flags.StringVar(&f.era, "era", "2017", "UI `era`: 2016, 2017, 2019 or 2023")
	flags.StringVar(&f.addr, "addr", "127.0.0.1:0", "listen `address`; loopback unless given explicitly")
	flags.Uint64Var(&f.seed, "seed", 1, "`seed` of the store hash, users' passwords and generated credentials")
	flags.DurationVar(&f.faults.Latency, "latency", 0, "fixed delay added to every request")
	flags.DurationVar(&f.faults.Jitter, "jitter", 0, "plus a random delay up to this much per request (seeded)")
	flags.DurationVar(&f.faults.TableDelay, "table-delay", 0, "tables appear this long after their page loads")
	flags.IntVar(&f.faults.FailFirst, "fail-first", 0, "the first `N` requests to each route answer HTTP 500")
	flags.DurationVar(&f.faults.SessionTTL, "session-ttl", 0, "log-in sessions expire after this long (0: never)")
	flags.BoolVar(&f.faults.NearCap, "near-cap", false, "start with 49 of the 50 allowed API accounts")
	flags.BoolVar(&f.faults.WhatsNew, "whats-new", false, "open a \"What's new\" dialog over the first page after each log-in, which no doc mentions")
	flags.Var(f.rename, "rename", "rename a visible label, `OLD=NEW` (repeatable): drift the docs have not caught up with")
	flags.BoolVar(&f.saveTop, "save-top-left", false, "move the create forms' Save to the top left")
	flags.BoolVar(&f.gear, "gear-icon", false, "show a gear icon, as the docs describe, in the legacy Action column instead of •••")
	flags.BoolVar(&f.noDownload, "no-download", false, "offer no credentials .txt download after Save")
	flags.BoolVar(&f.noTestAPI, "no-test-api", false, "serve no /__test/ API, like a real store: docdrift run and sweep --era then work through the pages")
}

func (f *panelFlags) options() (panel.Options, error) {
	era, err := panel.ParseEra(f.era)
	if err != nil {
		return panel.Options{}, err
	}
	opts := panel.Options{Era: era, Seed: f.seed, Faults: f.faults, NoTestAPI: f.noTestAPI, Drift: panel.Drift{
		Rename: f.rename, SaveTopLeft: f.saveTop, NoDownload: f.noDownload,
	}}
	if f.gear {
		opts.Drift.LegacyAction = panel.ActionGear
	}
	return opts, nil
}

func runPanel(ctx context.Context, e *env, args []string) error {
	var f panelFlags
	flags := flag.NewFlagSet("docdrift panel", flag.ContinueOnError)
	flags.SetOutput(io.Discard)
	flags.Usage = func() {}
	f.register(flags)
	err := flags.Parse(args)
	if err == nil {
		err = checkBounds(flags)
	}
	switch {
	case errors.Is(err, flag.ErrHelp):
		panelUsage(e.stdout, flags)
		return err
	case err != nil:
		panelUsage(e.stderr, flags)
		return usageError{fmt.Errorf("panel: %w", err)}
	case flags.NArg() > 0:
		panelUsage(e.stderr, flags)
		return usageError{fmt.Errorf("panel: unexpected argument %q", flags.Arg(0))}
	}
	opts, err := f.options()
	if err != nil {
		return usageError{fmt.Errorf("panel: --era: %w", err)}
	}
	ln, err := net.Listen("tcp", f.addr)
	if err != nil {
		return infraError{fmt.Errorf("panel: %w", err)}
	}
	srv := panel.New(opts)
	hs := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second}
	owner, staff := srv.Owner(), srv.Staff()
	fmt.Fprintf(e.stdout, "docdrift panel: era %s store %s at http://%s/\n", opts.Era, srv.StoreHash(), ln.Addr())
	fmt.Fprintf(e.stdout, "  owner: %s  password: %s\n", owner.Email, owner.Password)
	fmt.Fprintf(e.stdout, "  staff: %s  password: %s (not the owner: cannot create API accounts)\n", staff.Email, staff.Password)
	fmt.Fprintf(e.stdout, "  test API: http://%s/__test/ (loopback clients only); Ctrl-C stops\n", ln.Addr())

	served := make(chan error, 1)
	go func() { served <- hs.Serve(ln) }()
	select {
	case err := <-served:
		return infraError{fmt.Errorf("panel: %w", err)}
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := hs.Shutdown(shut); err != nil {
		return infraError{fmt.Errorf("panel: shut down: %w", err)}
	}
	<-served
	fmt.Fprintln(e.stdout, "docdrift panel: stopped")
	return nil
}

func panelUsage(w io.Writer, flags *flag.FlagSet) {
	flags.SetOutput(w)
	fmt.Fprint(w, `Usage: docdrift panel [flags]

Panel serves docdrift's store control-panel simulator — the target docdrift run uses by
default — so a writer can click through it, or run docs against it with --base-url. It prints
the address and the owner's and staff user's credentials, and serves until Ctrl-C. These are
the simulator's own made-up credentials; a real store's are never printed.

Examples:
  docdrift panel                                   # the 2017 UI on a free loopback port
  docdrift panel --era 2023 --addr 127.0.0.1:8080
  docdrift panel --rename "Advanced Settings=Store Setup" --save-top-left
  docdrift panel --latency 50ms --jitter 300ms --fail-first 1

Flags:
`)
	flags.PrintDefaults()
}
