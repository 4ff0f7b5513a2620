// Package browsertest gives tests a real headless Chromium: one shared browser per test
// binary when the package's TestMain calls Main, else one per test. A missing Chromium fails
// the test with the install hint; it never skips, so CI cannot silently stop testing the UI.
package browsertest

import (
	"context"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/docdrift/docdrift/internal/browser"
)

var shared struct {
	enabled bool // set by Main: the shared browser lives until the test binary ends
	once    sync.Once
	b       *browser.Browser
	err     error
}

// Main runs the package's tests with one shared browser and closes it afterwards. Call it
// from TestMain: func TestMain(m *testing.M) { browsertest.Main(m) }.
func Main(m *testing.M) {
	shared.enabled = true
	code := m.Run()
	if shared.b != nil {
		_ = shared.b.Close()
	}
	os.Exit(code)
}

// Browser returns a running Chromium for t, failing t loudly when none can start.
func Browser(t testing.TB) *browser.Browser {
	t.Helper()
	if !shared.enabled {
		b, err := launch()
		if err != nil {
			t.Fatalf("browsertest: %v", err)
		}
		t.Cleanup(func() { _ = b.Close() })
		return b
	}
	shared.once.Do(func() { shared.b, shared.err = launch() })
	if shared.err != nil {
		t.Fatalf("browsertest: %v", shared.err)
	}
	return shared.b
}

// Session returns a fresh incognito page for t, closed when t ends.
func Session(t testing.TB) *browser.Session {
	t.Helper()
	b := Browser(t)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	s, err := b.NewSession(ctx)
	if err != nil {
		t.Fatalf("browsertest: %v", err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

func launch() (*browser.Browser, error) {
	return browser.Launch(context.Background(), browser.Options{})
}
