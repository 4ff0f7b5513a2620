package runner

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/docdrift/docdrift/internal/browser/browsertest"
	"github.com/docdrift/docdrift/internal/panel"
	"github.com/docdrift/docdrift/internal/results"
	"github.com/docdrift/docdrift/internal/target"
	"github.com/docdrift/docdrift/internal/target/keep"
	"github.com/docdrift/docdrift/steps"
)

// A page whose style sheet or script the server failed shows, but not as built, and a file
// cut short arrives without what it holds: both are loaded again, as a reader would, and
// never judged drift. The proxy fails the style sheet and script of the page showing the new
// credentials once with HTTP 500, and cuts credentials downloads inside their headers (which
// Chromium then saves as a whole, empty file): the first one only, or every one — a download
// that never arrives whole breaks the procedure, it does not drift.
func TestFailedPartsAndCutDownloadsAreLoadedAgain(t *testing.T) {
	tests := []struct {
		name     string
		cutEvery bool
		want     results.Status
	}{
		{"the first download cut", false, results.Passed},
		{"every download cut", true, results.Broken},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			emb, err := target.StartEmbedded(panel.Options{Era: panel.Era2017, Seed: 1})
			if err != nil {
				t.Fatal(err)
			}
			defer emb.Close()
			f := &faults{}
			proxy := httptest.NewServer(f.proxy(t, emb.URL, tt.cutEvery))
			defer proxy.Close()
			owner := emb.Server.Owner()
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
			defer cancel()
			res, err := Run(ctx, plansOf(t, seedDoc), Options{
				Config: steps.Config{BaseURL: proxy.URL, Subjects: keep.Simulator(emb.API, panel.Era2017), RunID: "parts", KeepGoing: true, StepTimeout: 10 * time.Second,
					Login: steps.Login{Username: owner.Email, Password: owner.Password}},
				Browser: browsertest.Browser(t),
			})
			if err != nil {
				t.Fatal(err)
			}
			for _, what := range []string{"/static/panel.css", "/static/panel.js", "download"} {
				if !f.failed(what) {
					t.Errorf("the proxy never failed %s", what)
				}
			}
			p := res.Procedures[0]
			if p.Status != tt.want {
				t.Errorf("%q is %s, want %s:\n%s", p.Name, p.Status, tt.want, describe(res))
			}
			if last := p.Steps[len(p.Steps)-1]; tt.want == results.Broken && (last.Err == nil || !strings.Contains(last.Err.Error(), "did not arrive whole")) {
				t.Errorf("the download step says %v, want that it did not arrive whole", last.Err)
			}
			noLeftovers(t, emb)
		})
	}
}

// faults remembers what the proxy has failed once.
type faults struct {
	mu   sync.Mutex
	done map[string]bool
}

// first reports whether what is failed now for the first time.
func (f *faults) first(what string) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.done[what] {
		return false
	}
	if f.done == nil {
		f.done = map[string]bool{}
	}
	f.done[what] = true
	return true
}

// failed reports whether what has been failed at least once.
func (f *faults) failed(what string) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.done[what]
}

// proxy passes requests to the panel at base, with the faults described above.
func (f *faults) proxy(t *testing.T, base string, cutEvery bool) http.Handler {
	up, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	pass := httputil.NewSingleHostReverseProxy(up)
	pass.ModifyResponse = func(resp *http.Response) error {
		resp.Header.Set("Cache-Control", "no-store") // every page fetches its parts anew
		return nil
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := r.URL.Path
		onCredentials := strings.Contains(r.Referer(), "/credentials")
		switch {
		case onCredentials && (strings.HasSuffix(p, ".css") || strings.HasSuffix(p, ".js")) && f.first(p):
			http.Error(w, "injected fault", http.StatusInternalServerError)
		case strings.HasSuffix(p, "/download") && (f.first("download") || cutEvery):
			cutInHeaders(w, r, pass)
		default:
			pass.ServeHTTP(w, r)
		}
	})
}

// cutInHeaders sends the first header lines of the answer, then closes the connection, as a
// server that dies mid-answer does.
func cutInHeaders(w http.ResponseWriter, r *http.Request, next http.Handler) {
	rec := httptest.NewRecorder()
	next.ServeHTTP(rec, r)
	var raw bytes.Buffer
	_ = rec.Result().Write(&raw)
	head, _, _ := strings.Cut(raw.String(), "Content-Type:")
	conn, buf, err := http.NewResponseController(w).Hijack()
	if err != nil {
		return
	}
	defer conn.Close()
	_, _ = buf.WriteString(head)
	_ = buf.Flush()
}
