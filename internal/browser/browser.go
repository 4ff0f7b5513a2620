// Package browser launches the system Chromium for docdrift, safely: never a downloaded browser,
// never a network request beyond loopback and the target, never an orphaned process or profile
// directory, and one fresh incognito session per scenario.
//
// Measured on a shared 2-core Debian machine: launch+connect 0.15 s (0.6 s under heavy load),
// a launch-to-close cycle ~0.26-0.30 s (BenchmarkLaunchClose), a new session and its close
// ~0.15 s (BenchmarkSession).
//
// rod registers a global "-rod" flag on flag.CommandLine and reads os.Args when imported; Launch
// sets every launcher flag itself so that flag cannot change the browser, but a program that
// parses flag.CommandLine will still accept "-rod": give the CLI its own FlagSet.
package browser

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sync"
	"syscall"
	"time"

	"github.com/go-rod/rod"
	"github.com/go-rod/rod/lib/cdp"
	"github.com/go-rod/rod/lib/launcher"
	"github.com/go-rod/rod/lib/proto"
)

// Options says which Chromium to start and how.
type Options struct {
	// Bin is the Chromium binary; "" means /usr/bin/chromium, else the first one on PATH.
	Bin string
	// Show opens a visible window; docdrift runs headless unless asked.
	Show bool
	// AllowHosts are target host names Chromium may resolve besides localhost and 127.0.0.1.
	AllowHosts []string
	// Timeout bounds launch and connect; 0 means 30s.
	Timeout time.Duration
}

// Browser is one running Chromium, controlled over the DevTools protocol.
type Browser struct {
	rod      *rod.Browser
	launcher *launcher.Launcher // nil for a browser someone else runs (Connect)
	remote   *cdp.WebSocket     // the connection to such a browser
	profile  string
	// singleton is Chromium's socket folder in the temp dir, which a killed browser leaves.
	singleton string

	closeOnce sync.Once
	closeErr  error
}

// Launch starts Chromium with opts and connects to it. The returned Browser owns the process
// and its temporary profile; Close releases both.
func Launch(ctx context.Context, opts Options) (*Browser, error) {
	bin, err := findChromium(opts.Bin)
	if err != nil {
		return nil, err
	}
	timeout := opts.Timeout
	if timeout <= 0 {
		timeout = 30 * time.Second
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()

	sweepProfiles(os.TempDir())
	b, u, err := startAgain(ctx, startTries, func() (*Browser, string, error) {
		return start(ctx, bin, opts)
	})
	if err != nil {
		return nil, err
	}
	// Dial with ctx, but keep the connection itself alive beyond the launch deadline; a
	// browser that stops answering before Connect returns is killed by the deadline.
	stop := context.AfterFunc(ctx, b.kill)
	defer stop()
	ws := &cdp.WebSocket{}
	if err := ws.Connect(ctx, u, nil); err != nil {
		b.Close()
		return nil, fmt.Errorf("connect to chromium: %w", err)
	}
	b.rod = rod.New().Client(cdp.New().Start(ws))
	if err := b.rod.Connect(); err != nil {
		b.Close()
		if ctx.Err() != nil {
			err = ctx.Err()
		}
		return nil, fmt.Errorf("connect to chromium: %w", err)
	}
	return b, nil
}

// startTries is how many times Launch starts Chromium before it gives up.
const startTries = 3

// startAgain calls start until it succeeds, tries times at most, and not once ctx has ended.
// Chromium now and then dies while it starts on a loaded machine, before it prints its
// DevTools address (seen in CI with nothing on stderr but the Debian wrapper's noise, and
// twice in a row in one full test run: a zygote's broken pipe, and a crash); starting it
// again is what a person would do, and a real fault fails every time.
func startAgain(ctx context.Context, tries int, start func() (*Browser, string, error)) (*Browser, string, error) {
	b, u, err := start()
	for try := 1; try < tries && err != nil && ctx.Err() == nil; try++ {
		b, u, err = start()
	}
	return b, u, err
}

// start runs Chromium with a fresh profile until it prints its DevTools address.
func start(ctx context.Context, bin string, opts Options) (*Browser, string, error) {
	profile, err := os.MkdirTemp("", profilePrefix)
	if err != nil {
		return nil, "", fmt.Errorf("launch chromium: %w", err)
	}
	l := launcher.New().Context(ctx)
	configure(l, bin, profile, opts)
	b := &Browser{launcher: l, profile: profile}
	u, err := l.Launch()
	if err != nil {
		b.kill()
		_ = removeProfile(profile, singletonDir(profile))
		return nil, "", fmt.Errorf("launch chromium %s: %w", bin, err)
	}
	b.singleton = singletonDir(profile)
	return b, u, nil
}

// Rod is the underlying rod browser, for callers that need the protocol directly.
func (b *Browser) Rod() *rod.Browser { return b.rod }

// Version is the browser's product and version as it reports them, e.g.
// "HeadlessChrome/131.0.6778.85"; "" when it does not answer within a second.
func (b *Browser) Version(ctx context.Context) string {
	ctx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	v, err := proto.BrowserGetVersion{}.Call(b.rod.Context(ctx))
	if err != nil {
		return ""
	}
	return v.Product
}

// PID is the Chromium browser process id.
// It is 0 for a browser docdrift connected to rather than started.
func (b *Browser) PID() int {
	if b.launcher == nil {
		return 0
	}
	return b.launcher.PID()
}

// Close ends Chromium and every process it started, then removes the profile directory.
// It is safe to call more than once and from several goroutines.
func (b *Browser) Close() error { return b.end(true) }

// Abandon is what a process told to quit at once still owes the machine: Chromium ended
// without a polite close and its profile — cookies, the sessions' downloads — removed, within
// about a second. A browser someone else runs is only disconnected. After Close it does nothing.
func (b *Browser) Abandon() { _ = b.end(false) }

// end ends the browser once: politely (Browser.close, and up to 3 s for Chromium to exit)
// when asked, then SIGKILL to its process group, a wait for the exit (5 s, or 1 s for an
// impolite end, which does not report a slow one), and the profile removed.
func (b *Browser) end(polite bool) error {
	b.closeOnce.Do(func() {
		if b.launcher == nil {
			b.closeErr = b.disconnect()
			return
		}
		exited := make(chan struct{})
		go func() { b.launcher.Cleanup(); close(exited) }() // waits for exit, removes the profile
		if polite && b.rod != nil {
			// A polite Browser.close lets Chromium flush and exit; it often exits before it
			// answers, so wait for the exit, not the answer.
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			go func() { _ = b.rod.Context(ctx).Close() }()
			select {
			case <-exited:
			case <-time.After(3 * time.Second):
			}
		}
		// Sweep the whole process group either way: renderers and zygotes can outlive the
		// browser process for a moment, and a hung browser never exits on its own.
		b.kill()
		grace := 5 * time.Second
		if !polite {
			grace = time.Second
		}
		select {
		case <-exited:
		case <-time.After(grace):
			if polite {
				b.closeErr = errors.New("close chromium: process did not exit after SIGKILL")
			}
		}
		if err := removeProfile(b.profile, b.singleton); err != nil && b.closeErr == nil {
			b.closeErr = fmt.Errorf("close chromium: %w", err)
		}
	})
	return b.closeErr
}

// kill sends SIGKILL to Chromium's process group (leakless starts it as a group leader).
func (b *Browser) kill() {
	pid := b.launcher.PID()
	if pid <= 0 {
		return
	}
	pgid, err := syscall.Getpgid(pid)
	if err == nil && pgid > 1 && pgid != syscall.Getpgrp() {
		_ = syscall.Kill(-pgid, syscall.SIGKILL)
	}
	_ = syscall.Kill(pid, syscall.SIGKILL)
}
