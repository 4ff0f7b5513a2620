package steps

import (
	"context"
	"net/http/httptest"
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
	return &Scenario{cfg: &cfg, session: sess}, ctx
}
