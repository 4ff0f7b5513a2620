package browser_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/docdrift/docdrift/internal/browser"
	"github.com/docdrift/docdrift/internal/browser/browsertest"
)

// A pop-up that closes itself while the session attaches to it is given up on, and leaves no
// call behind it: rod holds one lock over every attach in the browser, so a call waiting on a
// tab that went held up every later tab (a CI run: "go to the new tab: context deadline
// exceeded" on the step after one whose pop-up closed itself).
func TestAPopUpGoneWhileAttachedHoldsUpNoLaterTab(t *testing.T) {
	srv := serve(t, map[string]string{
		"/":     `<title>Admin</title>`,
		"/bye":  `<title>Bye</title><script>window.close()</script>`,
		"/docs": `<title>Reference</title>`,
	})
	s := browsertest.Session(t)
	ctx := context.Background()
	open := func(path string) (bool, error) {
		t.Helper()
		before, err := s.Opened(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.Page.Eval(`(p) => { window.open(p) }`, path); err != nil {
			t.Fatal(err)
		}
		step, cancel := context.WithTimeout(ctx, 5*time.Second)
		defer cancel()
		return s.FollowOpened(step, before)
	}
	for round := range 5 {
		if err := s.Page.Navigate(srv.URL); err != nil {
			t.Fatal(err)
		}
		followed, err := open("/bye")
		if err != nil && !errors.Is(err, browser.ErrTabClosed) {
			t.Fatalf("round %d, a pop-up that closes itself: %v", round, err)
		}
		if followed {
			if _, err := s.BackFromClosed(ctx, nil); err != nil {
				t.Fatal(err)
			}
		}
		if followed, err := open("/docs"); err != nil || !followed {
			t.Fatalf("round %d, the tab after it: followed %v, %v", round, followed, err)
		}
		if title := s.Page.MustInfo().Title; title != "Reference" {
			t.Fatalf("round %d: on %q, want the tab opened, Reference", round, title)
		}
		if err := s.Reset(ctx); err != nil {
			t.Fatal(err)
		}
	}
}
