package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/docdrift/docdrift/internal/browser"
	"github.com/docdrift/docdrift/internal/locate"
	"github.com/docdrift/docdrift/internal/record"
	"github.com/docdrift/docdrift/internal/redact"
	"github.com/docdrift/docdrift/steps"
	"github.com/go-rod/rod/lib/proto"
)

type recordFlags struct {
	target      targetFlags
	out, script string
	title       string
	screenshots bool
	force       bool
	stepTimeout time.Duration
	loginWait   time.Duration
}

// runRecord writes a procedure from what the writer does in the product: in a window when
// there is a display, else the actions of --script performed headless.
func runRecord(ctx context.Context, e *env, args []string) error {
	var f recordFlags
	flags := flag.NewFlagSet("docdrift record", flag.ContinueOnError)
	flags.SetOutput(io.Discard)
	flags.Usage = func() {}
	f.target.register(flags, targetUse{session: true, product: true})
	flags.StringVar(&f.out, "o", "", "write the procedure to this Markdown `FILE` (required)")
	flags.StringVar(&f.script, "script", "", "perform the actions of this `FILE` headless instead of recording a window (see docs/record.md)")
	flags.StringVar(&f.title, "title", "", "the procedure's `title` (default: from the output file's name)")
	flags.BoolVar(&f.screenshots, "screenshots", false, "save a picture of each step beside the output, secrets masked, and link it from the step")
	flags.BoolVar(&f.force, "force", false, "overwrite the output file (and its pictures) if it exists")
	flags.DurationVar(&f.stepTimeout, "step-timeout", 15*time.Second, "bound signing in and each scripted action")
	flags.DurationVar(&f.loginWait, "login-timeout", 5*time.Minute, "how long to wait for you to log in, in a window, when docdrift has no credentials")
	usage := func(w io.Writer) { recordUsage(w, flags) }
	rest, err := e.parseArgs("record", flags, args, usage)
	switch {
	case err != nil:
		return err
	case len(rest) > 0:
		return usageError{fmt.Errorf("record: unexpected argument %q", rest[0])}
	}
	if err := f.target.resolveProduct("record"); err != nil {
		return err
	}
	if f.target.spec.baseURL == "" || f.out == "" {
		usage(e.stderr)
		return usageError{errors.New("record: --base-url (or --product) and -o are required")}
	}
	if _, err := os.Stat(f.out); err == nil && !f.force {
		return usageError{fmt.Errorf("record: %s exists: give another -o, or --force to overwrite it", f.out)}
	}
	var script []record.Action
	if f.script != "" {
		if script, err = readScript(f.script); err != nil {
			return usageError{fmt.Errorf("record: %w", err)}
		}
	}
	show := f.script == "" && f.target.browserURL == "" && e.hasDisplay()
	if f.script == "" && !show && f.target.browserURL == "" {
		return usageError{errors.New("record: no display to open a window on ($DISPLAY and $WAYLAND_DISPLAY are empty): record where one is, or perform a --script FILE headless")}
	}
	t, err := e.openTarget(ctx, "record", f.target.spec)
	if err != nil {
		return err
	}
	defer t.close()
	if !show && !t.canLogIn() {
		return usageError{fmt.Errorf("record: headless %w", noCredentials(f.target.spec.userVar, f.target.spec.passVar))}
	}

	b, closeBrowser, err := f.target.openBrowser(ctx, e.quit, show, t.baseURL)
	if err != nil {
		return infraError{err}
	}
	defer closeBrowser()
	sess, err := b.NewSession(ctx)
	if err != nil {
		return infraError{err}
	}
	defer sess.Close()
	cfg := &steps.Config{Secrets: &redact.Secrets{}, StepTimeout: f.stepTimeout}
	t.configure(cfg, &steps.Housekeeper{})
	if err := signInToRecord(ctx, e, sess, cfg, t, show, f.loginWait); err != nil {
		return err
	}
	if show {
		fmt.Fprintf(e.stderr, "Recording in the window that opened: do the procedure, then close the window (or press Ctrl-C) to write %s.\n", f.out)
	}
	opts := record.Options{Script: script, StepTimeout: f.stepTimeout}
	if f.screenshots {
		opts.Shot = func() []byte { return steps.Screenshot(sess, cfg) }
	}
	take, recErr := record.Record(ctx, sess, opts)
	if recErr != nil && len(take.Events) == 0 && ctx.Err() == nil {
		return infraError{fmt.Errorf("record: %s", cfg.Secrets.String(recErr.Error()))}
	}
	if err := writeRecording(e, f, t, take); err != nil {
		return errors.Join(err, recErr)
	}
	switch {
	case ctx.Err() != nil:
		return interruptedError{fmt.Errorf("record: stopped by a signal; what was recorded is in %s", f.out)}
	case recErr != nil:
		if errors.As(recErr, new(*locate.NotFoundError)) {
			// A script line naming what the product does not show: the script's to fix (exit 2).
			return usageError{fmt.Errorf("record: %s (the steps before it are in %s)", cfg.Secrets.String(recErr.Error()), f.out)}
		}
		return infraError{fmt.Errorf("record: %w", recErr)}
	}
	return nil
}

// signInToRecord signs in as a run does — with the saved session, else the credentials —
// and with neither, waits for the writer to sign in in the window.
func signInToRecord(ctx context.Context, e *env, sess *browser.Session, cfg *steps.Config, t *opened, show bool, wait time.Duration) error {
	page := sess.Page.Context(ctx)
	// The size a run's pages have, so layouts (and pictures) match what a run will see.
	if err := page.SetViewport(&proto.EmulationSetDeviceMetricsOverride{Width: 1280, Height: 800}); err != nil && !show {
		return infraError{fmt.Errorf("record: size the page: %w", err)}
	}
	if t.cookies != nil {
		if err := page.SetCookies(t.cookies); err != nil {
			return infraError{fmt.Errorf("record: restore the saved session: %w", err)}
		}
	}
	var err error
	if t.canLogIn() {
		err = steps.LogIn(ctx, sess, cfg)
	} else {
		fmt.Fprintf(e.stderr, "Log into %s in the window that opened; recording starts once the product lets you in (up to %v).\n", t.baseURL, wait)
		err = waitForLogIn(ctx, sess, cfg.Start, wait)
	}
	if err != nil {
		return infraError{fmt.Errorf("record: sign in: %s", cfg.Secrets.String(err.Error()))}
	}
	return nil
}

func readScript(path string) ([]record.Action, error) {
	file, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("--script: %w", err)
	}
	defer file.Close()
	return record.ParseScript(path, file)
}

// writeRecording writes the procedure and its pictures, and says what it wrote.
func writeRecording(e *env, f recordFlags, t *opened, take record.Take) error {
	product := record.Product{Known: []string{t.login.Password}, Patterns: t.profile.Secrets.Patterns}
	for _, s := range t.profile.Subjects {
		if s.Pages != nil && s.Pages.Name != "" {
			product.NameFields = append(product.NameFields, s.Pages.Name)
		}
	}
	recorded, skipped := record.Compose(take.Events, take.End, product)
	doc := record.Doc{Title: f.title, Source: t.name, Steps: recorded}
	if doc.Title == "" {
		doc.Title = titleFromFile(f.out)
	}
	base := strings.TrimSuffix(filepath.Base(f.out), filepath.Ext(f.out))
	for i := range recorded {
		shot := take.ShotOf(recorded, i)
		if shot == nil {
			doc.Shots = append(doc.Shots, "")
			continue
		}
		name := fmt.Sprintf("%s-step-%02d.png", base, i+1)
		if err := writeFileAtomic(filepath.Join(filepath.Dir(f.out), name), shot); err != nil {
			return infraError{fmt.Errorf("record: %w", err)}
		}
		doc.Shots = append(doc.Shots, name)
	}
	if err := writeFileAtomic(f.out, doc.Markdown()); err != nil {
		return infraError{fmt.Errorf("record: %w", err)}
	}
	removeStaleShots(f.out, base, doc.Shots)
	for _, why := range skipped {
		fmt.Fprintf(e.stderr, "record: not written: %s; add that step by hand\n", why)
	}
	fmt.Fprintf(e.stdout, "%s: %d step(s) recorded; check them with docdrift lint %s, then docdrift run it\n", f.out, len(recorded), f.out)
	return nil
}

// removeStaleShots removes the pictures of an earlier recording to the same file that this
// one did not write again (it has fewer steps, or no pictures): none is left unlinked.
func removeStaleShots(out, base string, kept []string) {
	old, _ := filepath.Glob(filepath.Join(filepath.Dir(out), base+"-step-[0-9][0-9]*.png"))
	for _, path := range old {
		if !slices.Contains(kept, filepath.Base(path)) {
			_ = os.Remove(path)
		}
	}
}

// titleFromFile makes a title of a file name: "create-api-token.md" → "Create api token".
func titleFromFile(path string) string {
	base := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	words := strings.Fields(strings.NewReplacer("-", " ", "_", " ").Replace(base))
	if len(words) == 0 {
		return "New procedure"
	}
	t := strings.Join(words, " ")
	return strings.ToUpper(t[:1]) + t[1:]
}

// writeFileAtomic writes data to path through a temporary file beside it, so a reader never
// sees half a file.
func writeFileAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

func recordUsage(w io.Writer, flags *flag.FlagSet) {
	flags.SetOutput(w)
	fmt.Fprint(w, `Usage: docdrift record (--base-url URL | --product NAME) -o FILE [--script FILE] [flags]

Record writes a how-to procedure from what you do in the product. It opens the product in a
Chromium window (when $DISPLAY or $WAYLAND_DISPLAY is set), signed in as docdrift run signs
in, and writes each click, choice and text entry you make as a numbered Markdown step:
labels in bold, menu paths as breadcrumbs ("Select **Settings** > **API Tokens**."), "In the
**Name** field, enter `+"`value`"+`.", and "This will display the **X** page." after a step
that opens another page. Close the window, or press Ctrl-C, to write FILE (Ctrl-C exits 130).

Passwords, values matching the profile's secret patterns and generated values (keys,
tokens) are never written: a placeholder sentence stands in for them. A name typed in the
field that names the item a procedure creates is written as an example, since a run types
a fresh name there.

Without a display, --script FILE performs a list of actions headless, one a line:
  click Advanced Settings
  fill Name = Nightly sync
  choose Products = read-only      (a radio of a group, or an option of a dropdown)
  check Remember me                (uncheck too)

Examples:
  docdrift record --product Strapi -o docs/create-token.md
  docdrift record --base-url http://127.0.0.1:8080 --script create.txt -o create-api-account.md --screenshots

Flags:
`)
	flags.PrintDefaults()
}
