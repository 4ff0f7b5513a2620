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
// credentials once with HTTP 500, and cuts the first credentials download inside its headers
// (which Chromium then saves as a whole, empty file).
func TestFailedPartsAndCutDownloadsAreLoadedAgain(t *testing.T) {
	emb, err := target.StartEmbedded(panel.Options{Era: panel.Era2017, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer emb.Close()
	up, err := url.Parse(emb.URL)
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	faulted := map[string]bool{}
	first := func(what string) bool {
		mu.Lock()
		defer mu.Unlock()
		if faulted[what] {
			return false
		}
		faulted[what] = true
		return true
	}
	pass := httputil.NewSingleHostReverseProxy(up)
	pass.ModifyResponse = func(resp *http.Response) error {
		resp.Header.Set("Cache-Control", "no-store") // every page fetches its parts anew
		return nil
	}
	proxy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := r.URL.Path
		onCredentials := strings.Contains(r.Referer(), "/credentials")
		switch {
		case onCredentials && (strings.HasSuffix(p, ".css") || strings.HasSuffix(p, ".js")) && first(p):
			http.Error(w, "injected fault", http.StatusInternalServerError)
		case strings.HasSuffix(p, "/download") && first("download"):
			cutInHeaders(w, r, pass)
		default:
			pass.ServeHTTP(w, r)
		}
	}))
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
		if first(what) { // not faulted yet
			t.Errorf("the proxy never failed %s", what)
		}
	}
	for _, p := range res.Procedures {
		if p.Status != results.Passed && p.Status != results.Skipped {
			t.Errorf("%q is %s, want passed:\n%s", p.Name, p.Status, describe(res))
		}
	}
	noLeftovers(t, emb)
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
