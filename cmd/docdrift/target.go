package main

import (
	"context"
	"flag"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/docdrift/docdrift/internal/browser"
	"github.com/docdrift/docdrift/internal/creds"
	"github.com/docdrift/docdrift/internal/panel"
	"github.com/docdrift/docdrift/internal/profile"
	"github.com/docdrift/docdrift/internal/target"
	"github.com/docdrift/docdrift/internal/target/keep"
	"github.com/docdrift/docdrift/steps"
	"github.com/go-rod/rod/lib/proto"
)

// targetSpec says which target to open and how to log into it. It is plain data so that it
// can come from flags, from a config file, or — once a run drives several products — from a
// list of them, each opened the same way by openTarget.
type targetSpec struct {
	baseURL          string // "" serves the embedded simulator
	era              string // the simulator's UI era
	seed             uint64 // the simulator's seed
	credentials      string // an owner-only KEY=VALUE file with the owner's credentials
	session          string // a session saved by docdrift login --save-session
	userVar, passVar string // the environment variables holding the owner's credentials
	baseURLVar       string // an environment variable that, when set, replaces baseURL
	// profile is the product's, from the config; nil takes the simulator's built-in one for
	// era (a real store at baseURL is driven as the simulator's control panel).
	profile *profile.Profile
}

// targetFlags are the flags of every command that drives a target — which one, how to log
// in, and which browser — registered by run, sweep and login alike.
type targetFlags struct {
	spec       targetSpec
	browserURL string
	chrome     string
	// product names a [[product]] of the config file (config, else the one found from the
	// working directory up) whose target to open: login and sweep.
	product, config string
	// productStepTimeout is the config file's run.step_timeout, when --product read one.
	productStepTimeout *time.Duration
}

// targetUse is what a command does with a target, which decides the flags it offers.
type targetUse struct {
	embedded bool // without --base-url the command serves the simulator (--era, --seed)
	session  bool // the command can log in with a saved session (--session)
	product  bool // the command can open a [[product]]'s target by its name (--product)
}

func (t *targetFlags) register(flags *flag.FlagSet, use targetUse) {
	t.spec.userVar, t.spec.passVar = userVar, passVar
	urlHelp := "the target's `URL` (required)"
	sessionHelp := "log in with the session saved by docdrift login --save-session `FILE` (no credentials needed)"
	if use.embedded {
		eras := make([]string, len(panel.Eras))
		for i, e := range panel.Eras {
			eras[i] = e.String()
		}
		flags.StringVar(&t.spec.era, "era", panel.Era2017.String(), "UI `era` of the embedded control panel: "+strings.Join(eras, ", "))
		flags.Uint64Var(&t.spec.seed, "seed", 1, "`seed` of the embedded control panel's store hash, users and credentials")
		urlHelp = "run against the target at `URL` instead of the embedded control panel\n(credentials from $DOCDRIFT_USERNAME and $DOCDRIFT_PASSWORD)"
		sessionHelp = "log in with the session saved by docdrift login --save-session `FILE` (with --base-url; no credentials needed)"
	}
	flags.StringVar(&t.spec.baseURL, "base-url", "", urlHelp)
	flags.StringVar(&t.spec.credentials, "credentials", "", "read the owner's $DOCDRIFT_USERNAME and $DOCDRIFT_PASSWORD from this owner-only `file` (KEY=VALUE lines)")
	if use.session {
		flags.StringVar(&t.spec.session, "session", "", sessionHelp)
	}
	if use.product {
		flags.StringVar(&t.product, "product", "", "the [[product]] `NAME`d in docdrift.toml whose target (base_url, credentials, profile) to use instead of --base-url")
		flags.StringVar(&t.config, "config", "", "read --product from this docdrift.toml `file` (default: the first one found walking up from the working directory)")
	}
	flags.StringVar(&t.browserURL, "browser-url", "", "use the Chromium already running at this DevTools `URL` (ws://…, or http://host:port) instead of starting one")
	flags.StringVar(&t.chrome, "chrome", "", "Chromium binary `path` (default /usr/bin/chromium, else chromium on $PATH)")
}

// opened is a target ready to drive: where it is, how to log in, and whether the simulator's
// test API can set up and clean up behind the pages.
type opened struct {
	name    string // for a report's header: no password in it
	baseURL string
	login   steps.Login
	cookies []*proto.NetworkCookieParam // a saved session; nil without one
	api     *target.TestAPI             // nil when the target has no test API
	// surfaces are the names docs use for the product the target is; none for a target only
	// known by its address (it answers for the docs whatever product they name).
	surfaces []string
	// profile is the product the target is: where a procedure begins, its subjects, its
	// secrets.
	profile profile.Profile
	close   func()
}

// canLogIn tells whether docdrift can log in unattended: with credentials or a session.
func (o *opened) canLogIn() bool {
	return o.cookies != nil || o.login.Username != "" && o.login.Password != ""
}

// subjects are the profile's subjects with what makes and removes their items: the
// simulator's test API, else the product's REST API or its own pages through hk (whose
// browser comes later) — the API when the profile gives both, a call being faster than a
// page load — else nothing: then cleaning up is the user's.
func (o *opened) subjects(hk *steps.Housekeeper) steps.Subjects {
	if o.api != nil {
		return keep.Subjects(*o.api, o.profile)
	}
	return steps.SubjectsOf(o.profile, func(s profile.Subject) steps.Keeper {
		switch {
		case s.API != nil:
			return hk.APIKeeper(o.profile.API, *s.API)
		case s.Pages != nil:
			return hk.Keeper(*s.Pages)
		}
		return nil
	})
}

// configure sets what cfg says about the target: where it is, how to sign in, what a
// procedure begins with, its subjects (kept through hk's pages when it has no test API) and
// its secrets.
func (o *opened) configure(cfg *steps.Config, hk *steps.Housekeeper) {
	cfg.BaseURL, cfg.Login, cfg.Cookies, cfg.Surfaces = o.baseURL, o.login, o.cookies, o.surfaces
	cfg.Start = o.profile.StartURL()
	if o.profile.SignIn.URL != "" {
		cfg.SignInURL = o.profile.Resolve(o.profile.SignIn.URL)
	}
	cfg.Subjects = o.subjects(hk)
	cfg.PageSecrets = o.profile.Secrets.Patterns
	cfg.CloseLabels = o.profile.Close
	cfg.Secrets.Add(o.login.Password)
	for _, c := range o.cookies {
		cfg.Secrets.Add(c.Value)
	}
}

// openTarget opens what spec names, the same way for every command (cmd names it in
// messages): the embedded simulator on a loopback port, or the target at spec's base URL —
// its credentials and saved session read and checked first, then probed once for the
// simulator's test API. Nothing answering at the base URL is an infrastructure error at
// once. Whether credentials are needed is the command's to say, with canLogIn.
func (e *env) openTarget(ctx context.Context, cmd string, spec targetSpec) (*opened, error) {
	if spec.baseURL == "" {
		return openEmbedded(cmd, spec)
	}
	from := "--base-url"
	if v := e.getenv(spec.baseURLVar); spec.baseURLVar != "" && v != "" {
		spec.baseURL, from = v, "$"+spec.baseURLVar
	}
	u, err := url.Parse(spec.baseURL)
	if err != nil || u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return nil, usageError{fmt.Errorf("%s: %s %q is not an absolute http(s) URL", cmd, from, spec.baseURL)}
	}
	o := &opened{name: redactedURL(u), baseURL: spec.baseURL, close: func() {}}
	if o.login, err = ownerLogin(e, spec.credentials, spec.userVar, spec.passVar); err != nil {
		return nil, usageError{fmt.Errorf("%s: %w", cmd, err)}
	}
	if spec.profile != nil {
		o.profile, o.surfaces = *spec.profile, spec.profile.Surfaces
		sign := spec.profile.SignIn
		o.login.UsernameLabel, o.login.PasswordLabel, o.login.SubmitLabel = sign.Username, sign.Password, sign.Submit
	} else if o.profile, err = simulatorProfile(cmd, spec.era); err != nil {
		return nil, err
	}
	o.profile.BaseURL = spec.baseURL
	if spec.session != "" {
		sess, err := creds.LoadSession(spec.session, spec.baseURL)
		if err != nil {
			return nil, usageError{fmt.Errorf("%s: --session: %w", cmd, err)}
		}
		o.cookies = sess.Cookies
	}
	api := target.TestAPI{BaseURL: spec.baseURL}
	has, err := api.Probe(ctx)
	if err != nil {
		return nil, infraError{fmt.Errorf("%s: %w", cmd, err)}
	}
	if has {
		o.api = &api // the simulator, served elsewhere
		if spec.profile == nil {
			o.surfaces = panel.Surfaces
		}
	}
	return o, nil
}

// simulatorProfile is the built-in profile of the simulator's era.
func simulatorProfile(cmd, era string) (profile.Profile, error) {
	if era == "" {
		era = panel.Era2017.String()
	}
	e, err := panel.ParseEra(era)
	if err != nil {
		return profile.Profile{}, usageError{fmt.Errorf("%s: --era: %w", cmd, err)}
	}
	return panel.Profile(e), nil
}

// openEmbedded serves the simulator for one command, logged in as its owner.
func openEmbedded(cmd string, spec targetSpec) (*opened, error) {
	if spec.session != "" || spec.credentials != "" {
		return nil, usageError{fmt.Errorf("%s: --session and --credentials are for a panel at --base-url; the embedded one logs itself in", cmd)}
	}
	era, err := panel.ParseEra(spec.era)
	if err != nil {
		return nil, usageError{fmt.Errorf("%s: --era: %w", cmd, err)}
	}
	emb, err := target.StartEmbedded(panel.Options{Era: era, Seed: spec.seed})
	if err != nil {
		return nil, infraError{err}
	}
	owner := emb.Server.Owner()
	prof := panel.Profile(era)
	prof.BaseURL = emb.URL
	return &opened{
		profile:  prof,
		name:     fmt.Sprintf("embedded control panel simulator, %s UI (seed %d)", era, spec.seed),
		baseURL:  emb.URL,
		login:    steps.Login{Username: owner.Email, Password: owner.Password},
		api:      &emb.API,
		surfaces: panel.Surfaces,
		close:    func() { _ = emb.Close() },
	}, nil
}

// redactedURL is a base URL as a report may show it: a password in it stays out.
func redactedURL(u *url.URL) string {
	v := *u
	v.User = nil
	return v.Redacted()
}

// openBrowser starts the system Chromium for baseURL, in a window with show, or connects to
// the one at --browser-url. A forced quit abandons it (see browser.Browser.Abandon, which
// does nothing once it is closed); one that comes while Chromium is still starting — the first
// signal has cancelled ctx, so the start is being undone — waits for that, briefly. closeIt
// closes the browser and takes it off the quit list, which a long watch would otherwise
// grow by a browser per session.
func (t targetFlags) openBrowser(ctx context.Context, quit *quitList, show bool, baseURLs ...string) (b *browser.Browser, closeIt func(), err error) {
	opened := make(chan struct{})
	forget := quit.add(func() {
		select {
		case <-opened:
		case <-time.After(2 * time.Second):
			return
		}
		if b != nil {
			b.Abandon()
		}
	})
	if t.browserURL != "" {
		b, err = browser.Connect(ctx, t.browserURL, 0)
	} else {
		b, err = browser.Launch(ctx, browser.Options{Bin: t.chrome, Show: show, AllowHosts: allowHosts(baseURLs)})
	}
	close(opened)
	if err != nil {
		forget()
		return nil, nil, err
	}
	return b, func() { _ = b.Close(); forget() }, nil
}

// allowHosts lets Chromium resolve the targets' hosts when they are not loopback.
func allowHosts(bases []string) []string {
	var hosts []string
	for _, base := range bases {
		if u, err := url.Parse(base); err == nil && u.Hostname() != "" {
			hosts = append(hosts, u.Hostname())
		}
	}
	return hosts
}
