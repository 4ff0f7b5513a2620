package steps

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/docdrift/docdrift/internal/browser"
	"github.com/docdrift/docdrift/internal/browser/browsertest"
	"github.com/docdrift/docdrift/internal/locate"
	"github.com/docdrift/docdrift/internal/understand"
	"github.com/go-rod/rod"
)

// A step that looks for the open dialog, or waits for a download, and finds none says so as
// drift only when the page arrived whole: on a page whose own style sheet answered 500 (the
// soak with faults' proxy does that to one request in ten) the dialog may be there but
// unstyled or unopened, the script that starts the download may not have run, and the step is
// the environment's failure, retried, never drift.
func TestNoDialogOnAPageThatDidNotLoadIsNotDrift(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write([]byte(`<link rel="stylesheet" href="/app.css?` + r.URL.RawQuery + `"><h1>API Accounts</h1><p>Saved.</p>`))
	})
	mux.HandleFunc("/app.css", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.RawQuery == "broken" {
			http.Error(w, "injected fault", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "text/css")
		_, _ = w.Write([]byte("h1 { color: navy }"))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	steps := []struct {
		name string
		look func(ctx context.Context, s *Scenario) error
	}{
		{"the pop-up shows fields", func(ctx context.Context, s *Scenario) error {
			return s.seeDialogFields(ctx, []string{"Client ID"})
		}},
		{"a file downloads", func(ctx context.Context, s *Scenario) error {
			s.download = s.session.ExpectDownload()
			return s.receiveDownload(ctx, "txt")
		}},
		{"a control in the dialog", func(ctx context.Context, s *Scenario) error {
			_, err := s.scoped(ctx, locate.Query{Roles: []locate.Role{locate.Button}, Name: "Done"}, []understand.Where{{Kind: "dialog"}})
			return err
		}},
	}
	pages := []struct {
		query     string
		wantDrift bool
	}{
		{"whole", true},   // no dialog on a page that arrived whole: the doc is wrong
		{"broken", false}, // the page did not load whole: nobody's drift
	}
	for _, st := range steps {
		for _, pg := range pages {
			t.Run(st.name+"/"+pg.query, func(t *testing.T) {
				sess := browsertest.Session(t)
				s := &Scenario{cfg: &Config{StepTimeout: 4 * time.Second}, session: sess}
				ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
				defer cancel()
				if err := sess.Page.Context(ctx).Navigate(srv.URL + "/?" + pg.query); err != nil {
					t.Fatal(err)
				}
				if err := sess.Page.Context(ctx).WaitLoad(); err != nil {
					t.Fatal(err)
				}
				err := st.look(ctx, s)
				var m *Mismatch
				var nl *browser.NotLoadedError
				switch {
				case pg.wantDrift && !errors.As(err, &m):
					t.Errorf("%v, want drift: no dialog on a whole page", err)
				case !pg.wantDrift && errors.As(err, &m):
					t.Errorf("drift %q on a page whose style sheet answered 500, want the page not loaded", err)
				case !pg.wantDrift && !errors.As(err, &nl):
					t.Errorf("%v, want a *browser.NotLoadedError", err)
				}
			})
		}
	}
}

// A page that fails after the step before it saw the page settle — a form's redirect that
// answered late, on a loaded machine, with a 500 the server gives once — is loaded again
// before the next step decides, as settling does: the step passes, no error, no drift.
func TestAPageThatFailedAfterTheLastSettleIsLoadedAgain(t *testing.T) {
	var failed atomic.Bool
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		// A timer set from another timer's callback: the page's tracker does not wait for it.
		_, _ = w.Write([]byte(`<h1>Saving</h1><script>setTimeout(() => setTimeout(() => location.href = "/saved", 300), 0)</script>`))
	})
	mux.HandleFunc("/saved", func(w http.ResponseWriter, r *http.Request) {
		if !failed.Swap(true) {
			http.Error(w, "injected fault", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write([]byte(`<h1>API Accounts</h1><p>Saved.</p>`))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	s, ctx := scenarioAt(t, srv.URL, Config{})
	s.loggedIn = true
	page := s.session.Page.Context(ctx)
	if err := page.Wait(rod.Eval(`() => location.pathname === "/saved" && document.readyState === "complete"`)); err != nil {
		t.Fatal(err)
	}
	if err := s.perform(ctx, "The **API Accounts** page is displayed."); err != nil {
		t.Fatalf("after a failed load: %v", err)
	}
}
