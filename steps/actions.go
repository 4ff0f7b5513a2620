package steps

import (
	"context"
	"errors"
	"fmt"

	"github.com/docdrift/docdrift/internal/browser"
	"github.com/docdrift/docdrift/internal/locate"
	"github.com/go-rod/rod/lib/proto"
)

// LogIn opens the panel at cfg.BaseURL in sess and logs in with cfg.Login, as the "Log into
// the store" step does; docdrift login uses it to save a session.
func LogIn(ctx context.Context, sess *browser.Session, cfg *Config) error {
	s := &Scenario{cfg: cfg, session: sess}
	return s.logIn(ctx)
}

// logIn opens the panel and logs in with the run's credentials when it asks for them.
func (s *Scenario) logIn(ctx context.Context) error {
	ctx, cancel := s.step(ctx)
	defer cancel()
	page := s.session.Page.Context(ctx)
	wait := page.WaitNavigation(proto.PageLifecycleEventNameLoad)
	if err := page.Navigate(s.cfg.BaseURL); err != nil {
		return fmt.Errorf("open %s: %w", s.cfg.BaseURL, err)
	}
	wait()
	if ctx.Err() != nil {
		return fmt.Errorf("open %s: the page did not finish loading: %w", s.cfg.BaseURL, ctx.Err())
	}
	if err := s.settle(ctx); err != nil {
		return err
	}
	if s.cfg.Cookies != nil {
		return s.checkSession(ctx)
	}
	userLabel, passLabel, submit := s.cfg.Login.labels()
	user, err := s.find(ctx, locate.Query{Roles: []locate.Role{locate.Textbox}, Name: userLabel})
	if err != nil {
		return err
	}
	if err := user.Input(s.cfg.Login.Username); err != nil {
		return fmt.Errorf("type the username: %w", err)
	}
	pass, err := s.find(ctx, locate.Query{Roles: []locate.Role{locate.Textbox}, Name: passLabel})
	if err != nil {
		return err
	}
	if err := pass.Input(s.cfg.Login.Password); err != nil {
		return fmt.Errorf("type the password: %w", err) // rod's error never holds the text typed
	}
	btn, err := s.find(ctx, locate.Query{Roles: []locate.Role{locate.Button}, Name: submit})
	if err != nil {
		return err
	}
	if err := s.press(ctx, btn); err != nil {
		return err
	}
	still, err := page.Eval(`() => document.querySelector('input[type=password]') !== null`)
	if err != nil {
		return fmt.Errorf("log in: %w", err)
	}
	if still.Value.Bool() {
		return fmt.Errorf("log in as %s: the panel still shows the log-in form (wrong credentials, or a session that expired at once?)", s.cfg.Login.Username)
	}
	s.loggedIn = true
	return nil
}

// ErrSessionExpired is a saved session the panel no longer accepts: an environment problem
// (exit 3), not drift, with the one command that fixes it.
var ErrSessionExpired = errors.New("the saved session has expired or was logged out: save a new one with docdrift login --save-session FILE")

// checkSession passes the log-in step of a run with a saved session when the panel shows no
// log-in form.
func (s *Scenario) checkSession(ctx context.Context) error {
	form, err := s.session.Page.Context(ctx).Eval(`() => document.querySelector('input[type=password]') !== null`)
	if err != nil {
		return fmt.Errorf("log in: %w", err)
	}
	if form.Value.Bool() {
		return ErrSessionExpired
	}
	s.loggedIn = true
	return nil
}

// navigate follows a breadcrumb, clicking each part in turn.
func (s *Scenario) navigate(ctx context.Context, crumbs string) error {
	for _, label := range LabelPath(crumbs) {
		if err := s.clickLabel(ctx, label); err != nil {
			return err
		}
	}
	return nil
}

func (s *Scenario) clickLabel(ctx context.Context, label string) error {
	ctx, cancel := s.step(ctx)
	defer cancel()
	el, err := s.find(ctx, locate.Query{Name: label})
	if err != nil {
		return err
	}
	return s.press(ctx, el)
}

// clickAt clicks a control the doc places on the page ("at the page's lower right-hand
// corner") and checks it is there.
func (s *Scenario) clickAt(ctx context.Context, label, place string) error {
	ctx, cancel := s.step(ctx)
	defer cancel()
	want, err := locate.ParsePosition(place)
	if err != nil {
		return err
	}
	el, err := s.find(ctx, locate.Query{Name: LabelText(label)})
	if err != nil {
		return err
	}
	at, err := locate.Where(ctx, el)
	if err != nil {
		return fmt.Errorf("measure where %q is: %w", LabelText(label), err)
	}
	if !at.Matches(want) {
		m := mismatch("%q is at the %s of the page, not the %s", LabelText(label), at.InPage(), want)
		if !s.cfg.KeepGoing {
			return m
		}
		m.Continued = LabelText(label)
		s.record(m)
	}
	return s.press(ctx, el)
}

// confirm answers a confirmation prompt: the browser's confirm() the click before armed, or
// a dialog on the page with the named button.
func (s *Scenario) confirm(ctx context.Context, label string) error {
	ctx, cancel := s.step(ctx)
	defer cancel()
	if s.dialog != nil {
		wait := s.dialog
		s.dialog = nil
		d, err := wait(ctx)
		if err != nil {
			return mismatch("no confirmation prompt opened: %v", err)
		}
		if d.Type != "confirm" {
			return mismatch("a %s opened, not a confirmation prompt", d.Type)
		}
		return nil
	}
	dlg, err := s.find(ctx, locate.Query{Roles: []locate.Role{locate.Dialog}})
	if err != nil {
		return mismatch("no confirmation prompt is open")
	}
	btn, err := s.find(ctx, locate.Query{Roles: []locate.Role{locate.Button}, Name: LabelText(label), Within: dlg, WithinLabel: "the confirmation dialog"})
	if err != nil {
		return err
	}
	return s.press(ctx, btn)
}
