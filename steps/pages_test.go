package steps

import (
	"context"
	"net/http/httptest"
	"os"
	"testing"
	"time"

	"github.com/docdrift/docdrift/internal/browser/browsertest"
)

// servePages serves each path's HTML ("/" answers every path no other names) for the test
// and returns the server's URL.
func servePages(t *testing.T, pages map[string]string) string {
	t.Helper()
	srv := httptest.NewServer(browsertest.Pages(pages))
	t.Cleanup(srv.Close)
	return srv.URL
}

// scenarioAt is a scenario with a fresh browser session on url (steps of 10 s, cfg's other
// settings) and a context bounding the test's work.
func scenarioAt(t *testing.T, url string, cfg Config) (*Scenario, context.Context) {
	t.Helper()
	cfg.StepTimeout = 10 * time.Second
	sess := browsertest.Session(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	if err := sess.Page.Context(ctx).Navigate(url); err != nil {
		t.Fatal(err)
	}
	// As a run's own navigations do: under load a step could otherwise press a control of a
	// document still being parsed, before the script its click calls.
	if err := sess.Settle(ctx); err != nil {
		t.Fatal(err)
	}
	s := &Scenario{cfg: &cfg, session: sess}
	// The scenario's end, which removes the files its uploads chose, is not run here.
	t.Cleanup(func() { _ = os.RemoveAll(s.tmp) })
	return s, ctx
}

// checked is a sentence to perform and, when check is set, a script whose result the page must
// then give.
type checked struct{ sentence, check, want string }

// performChecked performs each sentence in turn on s, failing at the first that errs, and
// checks what the page says after each that has a check.
func performChecked(t *testing.T, s *Scenario, ctx context.Context, steps []checked) {
	t.Helper()
	page := s.session.Page.Context(ctx)
	for _, tt := range steps {
		if err := s.perform(ctx, tt.sentence); err != nil {
			t.Fatalf("%s: %v", tt.sentence, err)
		}
		if tt.check == "" {
			continue
		}
		res, err := page.Eval(tt.check)
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Value.Str(); got != tt.want {
			t.Errorf("%s: %s is %q, want %q", tt.sentence, tt.check, got, tt.want)
		}
	}
}
