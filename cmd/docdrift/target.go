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
	baseURL string // "" serves the embedded simulator
	// era is the simulator's UI era, "" when the user named none (2017). Named with a base
	// URL, it says the target is a BigCommerce control panel of that era.
	era              string
	seed             uint64 // the simulator's seed
	credentials      string // an owner-only KEY=VALUE file with the owner's credentials
	session          string // a session saved by docdrift login --save-session
	userVar, passVar string // the environment variables holding the owner's credentials
	baseURLVar       string // an environment variable that, when set, replaces baseURL
	// profile is the product's, from the config. Without one, a target with the simulator's
	// test API, or one named with an era, is driven as the control panel of that era, and any
	// other as a plain web UI (see plainProfile).
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
	// era: the target may be a BigCommerce control panel with no test API of its own, its
	// pages driven as the simulator's era draws them (--era without --seed)
	era     bool
	session bool // the command can log in with a saved session (--session)
	product bool // the command can open a [[product]]'s target by its name (--product)
}

func (t *targetFlags) register(flags *flag.FlagSet, use targetUse) {
	t.spec.userVar, t.spec.passVar = userVar, passVar
	urlHelp := "the target's `URL` (required)"
	sessionHelp := "log in with the session saved by docdrift login --save-session `FILE` (no credentials needed)"
	eras := make([]string, len(panel.Eras))
	for i, e := range panel.Eras {
		eras[i] = e.String()
	}
	const asPanel = "drive the target as a BigCommerce control panel of that era: its API accounts made and removed through its pages"
	switch {
	case use.embedded:
		flags.StringVar(&t.spec.era, "era", "", "UI `era` of the embedded control panel: "+strings.Join(eras, ", ")+" (default 2017);\nwith --base-url, "+asPanel)
	case use.era:
		flags.StringVar(&t.spec.era, "era", "", "`era` ("+strings.Join(eras, ", ")+"): "+asPanel)
	}
	if use.embedded {
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
	}
	switch {
	case spec.profile != nil:
		o.profile, o.surfaces = *spec.profile, spec.profile.Surfaces
		sign := spec.profile.SignIn
		o.login.UsernameLabel, o.login.PasswordLabel, o.login.SubmitLabel = sign.Username, sign.Password, sign.Submit
	case has || spec.era != "":
		if o.profile, err = simulatorProfile(cmd, spec.era); err != nil {
			return nil, err
		}
		o.surfaces = panel.Surfaces
	default:
		o.profile = plainProfile(u)
	}
	o.profile.BaseURL = spec.baseURL
	return o, nil
}

// plainProfile is a product nobody described: named by its address, begun at its base URL,
// signed into by the roles of its form, answering for whatever product the docs name. It
// has no subjects — nothing is made before a procedure or swept after — so a procedure acts
// on what the product already has.
func plainProfile(u *url.URL) profile.Profile {
	return profile.Profile{Name: redactedURL(u)}
}

// simulatorProfile is the built-in profile of the simulator's era.
func simulatorProfile(cmd, era string) (profile.Profile, error) {
	e, err := parseEra(cmd, era)
	return panel.Profile(e), err
}

// parseEra reads --era; none is the 2017 UI, the one the reference draft was written for.
func parseEra(cmd, era string) (panel.Era, error) {
	if era == "" {
		return panel.Era2017, nil
	}
	e, err := panel.ParseEra(era)
	if err != nil {
		return e, usageError{fmt.Errorf("%s: --era: %w", cmd, err)}
	}
	return e, nil
}

// openEmbedded serves the simulator for one command, logged in as its owner.
func openEmbedded(cmd string, spec targetSpec) (*opened, error) {
	if spec.session != "" || spec.credentials != "" {
		return nil, usageError{fmt.Errorf("%s: --session and --credentials are for a panel at --base-url; the embedded one logs itself in", cmd)}
	}
	era, err := parseEra(cmd, spec.era)
	if err != nil {
		return nil, err
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
