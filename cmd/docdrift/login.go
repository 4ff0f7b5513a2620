package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/docdrift/docdrift/internal/browser"
	"github.com/docdrift/docdrift/internal/creds"
	"github.com/docdrift/docdrift/steps"
	"github.com/go-rod/rod"
)

type loginFlags struct {
	target         targetFlags
	save           string
	show, headless bool
	timeout        time.Duration
}

// runLogin logs into a panel once and saves the session, so nightly runs need no password.
func runLogin(ctx context.Context, e *env, args []string) error {
	var f loginFlags
	flags := flag.NewFlagSet("docdrift login", flag.ContinueOnError)
	flags.SetOutput(io.Discard)
	flags.Usage = func() {}
	f.target.register(flags, targetUse{product: true})
	flags.StringVar(&f.save, "save-session", "", "write the session to this `FILE`, readable by you only (required)")
	flags.BoolVar(&f.headless, "headless", false, "log in without a window even when a display is available (needs credentials)")
	flags.DurationVar(&f.timeout, "timeout", 5*time.Minute, "how long to wait for you to log in, in a window")
	usage := func(w io.Writer) { loginUsage(w, flags) }
	rest, err := e.parseArgs("login", flags, args, usage)
	switch {
	case err != nil:
		return err
	case len(rest) > 0:
		return usageError{fmt.Errorf("login: unexpected argument %q", rest[0])}
	}
	if err := f.target.resolveProduct("login"); err != nil {
		return err
	}
	if f.target.spec.baseURL == "" || f.save == "" {
		usage(e.stderr)
		return usageError{errors.New("login: --base-url (or --product) and --save-session are required")}
	}
	t, err := e.openTarget(ctx, "login", f.target.spec)
	if err != nil {
		return err
	}
	defer t.close()
	// With a display and no instruction otherwise, the owner logs in by hand (two-factor
	// prompts included) in a window of the browser docdrift starts; without one, docdrift
	// types the credentials headless.
	f.show = !f.headless && f.target.browserURL == "" && e.hasDisplay()
	if !f.show && !t.canLogIn() {
		return usageError{fmt.Errorf("login: headless %w", noCredentials(f.target.spec.userVar, f.target.spec.passVar))}
	}

	b, closeBrowser, err := f.target.openBrowser(ctx, e.quit, f.show, t.baseURL)
	if err != nil {
		return infraError{err}
	}
	defer closeBrowser()
	sess, err := b.NewSession(ctx)
	if err != nil {
		return infraError{err}
	}
	defer sess.Close()
	cfg := &steps.Config{}
	t.configure(cfg, &steps.Housekeeper{}) // where to sign in, and the form's labels
	if f.show {
		fmt.Fprintf(e.stderr, "Log into %s in the window that opened; docdrift saves the session once the panel lets you in (up to %v).\n", t.baseURL, f.timeout)
		err = waitForLogIn(ctx, sess, t.baseURL, f.timeout)
	} else {
		err = steps.LogIn(ctx, sess, cfg)
	}
	if err != nil {
		return infraError{fmt.Errorf("login: %w", err)}
	}
	cookies, err := sess.Page.Context(ctx).Cookies([]string{t.baseURL})
	if err != nil {
		return infraError{fmt.Errorf("login: read the session's cookies: %w", err)}
	}
	if err := creds.SaveSession(f.save, creds.Session{BaseURL: t.baseURL, Saved: e.now().UTC(), Cookies: creds.FromCookies(cookies)}); err != nil {
		return infraError{err}
	}
	use := fmt.Sprintf("docdrift run --base-url %s --session %s", t.baseURL, f.save)
	if f.target.product != "" { // run reads a product's target from its profile, not flags
		use = fmt.Sprintf("session_file = %q in the [[product]] named %q", f.save, f.target.product)
	}
	fmt.Fprintf(e.stdout, "%s: session for %s saved (%d cookie(s)); use it with %s\n", f.save, t.baseURL, len(cookies), use)
	return nil
}

// waitForLogIn opens the panel in the visible window and waits until it shows no log-in form.
func waitForLogIn(ctx context.Context, sess *browser.Session, baseURL string, timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	page := sess.Page.Context(ctx)
	if err := page.Navigate(baseURL); err != nil {
		return fmt.Errorf("open %s: %w", baseURL, err)
	}
	for {
		// Navigations while the owner logs in reset the page's script context: wait again.
		err := page.Wait(&rod.EvalOptions{JS: `() => document.readyState === 'complete' && !document.querySelector('input[type=password]')`})
		if err == nil {
			return nil
		}
		if ctx.Err() != nil {
			return fmt.Errorf("nobody logged in within %v", timeout)
		}
	}
}

func loginUsage(w io.Writer, flags *flag.FlagSet) {
	flags.SetOutput(w)
	fmt.Fprint(w, `Usage: docdrift login (--base-url URL | --product NAME) --save-session FILE [flags]

Login logs into the control panel once and saves the session's cookies to FILE (mode 0600),
so later runs reuse it with --session FILE and need no password. With a display it opens a
window for you to log in by hand (two-factor prompts included); without one, or with
--headless, it types the owner's credentials from $DOCDRIFT_USERNAME and $DOCDRIFT_PASSWORD or
--credentials FILE. A run whose session has expired stops with exit status 3 and says so.
--product NAME logs into a [[product]] of docdrift.toml instead: its base_url, its credentials
settings and its profile's sign-in form.

Examples:
  docdrift login --base-url https://store-abc.mybigcommerce.com/manage --save-session ~/.docdrift-session.json
  docdrift run --base-url https://store-abc.mybigcommerce.com/manage --session ~/.docdrift-session.json docs/

Flags:
`)
	flags.PrintDefaults()
}
