package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/docdrift/docdrift/internal/browser"
	"github.com/docdrift/docdrift/internal/redact"
	"github.com/docdrift/docdrift/internal/results"
	"github.com/docdrift/docdrift/internal/runner"
	"github.com/docdrift/docdrift/steps"
)

// watchSession is what a watch keeps warm between saves: the targets, one browser, its pool
// of sessions, and each target's sign-in, so a rerun starts at its first step.
type watchSession struct {
	st           *watchSettings
	runID        string // names everything the watch creates: one sweep prefix for all its runs
	browser      *browser.Browser
	closeBrowser func() // closes browser and forgets it on the forced-quit list
	pool         *browser.Pool
	targets      map[string]*warmTarget // by [[product]] name, "" for the watch's own target
	names        []string               // of the targets, for the report's header
	version      string                 // the browser's, for the report's header
}

// warmTarget is an opened target and the step configuration its runs share.
type warmTarget struct {
	opened *opened
	cfg    steps.Config
}

// errNewTarget says a rerun needs a target the session did not open: a doc now belongs to
// another [[product]].
var errNewTarget = errors.New("a doc needs a target the watch has not opened")

// openSession opens the targets plans route to and a browser for them.
func openSession(ctx context.Context, e *env, st *watchSettings, plans []runner.Plan, secrets *redact.Secrets) (s *watchSession, err error) {
	s = &watchSession{st: st, runID: newRunID(e.now()), targets: map[string]*warmTarget{}}
	defer func() {
		if err != nil {
			s.close()
		}
	}()
	var urls []string
	routed := routeTargets(plans, st.file, st.run.target.spec)
	for _, rt := range routed {
		t, err := e.openTarget(ctx, "watch", rt.spec)
		if err != nil {
			return nil, err
		}
		s.targets[rt.product] = &warmTarget{opened: t}
		if !t.canLogIn() {
			return nil, usageError{fmt.Errorf("watch: %s %w", rt.what(), noCredentials(rt.spec.userVar, rt.spec.passVar))}
		}
		urls, s.names = append(urls, t.baseURL), append(s.names, t.name)
	}
	if s.browser, s.closeBrowser, err = st.run.target.openBrowser(ctx, e.quit, false, urls...); err != nil {
		return nil, infraError{err}
	}
	s.pool = browser.NewPool(s.browser)
	s.version = s.browser.Version(ctx)
	f := st.run
	serial := steps.Counter() // the session's runs share its run ID: names go on counting
	for _, rt := range routed {
		t := s.targets[rt.product]
		t.cfg = steps.Config{StepTimeout: f.stepTimeout, RunID: s.runID, Serial: serial, KeepGoing: !f.stopAtFirst,
			Sessions: steps.NewSessionCache(), Secrets: secrets} // signed in once for every rerun
		vocabulary(st.file, &t.cfg)
		hk := &steps.Housekeeper{}
		t.opened.configure(&t.cfg, hk)
		hk.Config, hk.Open, hk.Release = t.cfg, s.pool.Get, s.pool.Put
		warnUnkept(e.stderr, "watch", t.opened.profile.Name, t.cfg.Subjects)
	}
	return s, nil
}

// run runs plans on their targets with the warm sessions.
func (s *watchSession) run(ctx context.Context, plans []runner.Plan, shots *results.Spool, onStep func(*results.Procedure, *results.Step)) (*results.Result, error) {
	var res *results.Result
	f := s.st.run
	for _, rt := range routeTargets(plans, s.st.file, f.target.spec) {
		t := s.targets[rt.product]
		if t == nil {
			return res, errNewTarget
		}
		r, err := runner.Run(ctx, rt.plans, runner.Options{Config: t.cfg, Browser: s.browser, Pool: s.pool,
			IncludeStruck: f.includeStruck, Concurrency: f.concurrency, Retries: f.retries, OnStep: onStep, Shots: shots,
			Route: route(s.st.file, t.cfg.Surfaces)})
		res = mergeResults(res, r, plans)
		if err != nil {
			return res, err
		}
	}
	return res, nil
}

// warm leaves an idle browser session in the pool for the next save: a scenario that failed
// (drift included) hands its session back to be closed, and opening a new incognito context
// and page would otherwise be the next rerun's first cost.
func (s *watchSession) warm(ctx context.Context) {
	sess, err := s.pool.Get(ctx)
	if err == nil {
		_ = s.pool.Put(sess, true)
	}
}

// close closes the sessions, the browser and the targets (the runs deleted what they made).
func (s *watchSession) close() {
	if s == nil {
		return
	}
	if s.pool != nil {
		_ = s.pool.Close()
	}
	if s.closeBrowser != nil {
		s.closeBrowser()
	}
	for _, t := range s.targets {
		t.opened.close()
	}
}
