package watch

import (
	"context"
	"net/http/httptest"
	"net/url"
	"testing"
	"time"

	"github.com/docdrift/docdrift/internal/browser/browsertest"
)

// An open page of the report goes to the newest report by itself, at the step that changed,
// under the served Content-Security-Policy (no inline script runs; the live script does).
func TestLivePageFollowsPublish(t *testing.T) {
	s := NewServer()
	srv := httptest.NewServer(s)
	defer srv.Close()
	defer s.Close()
	page := func(title string) []byte {
		return []byte(`<!doctype html><html><head><title>` + title + `</title><script src="` + s.Script() + `" defer></script>` +
			`<script>document.title = "inline script ran"</script></head><body><ol><li id="L5">step</li><li id="L18">step</li></ol></body></html>`)
	}
	s.Publish(map[string][]byte{"index.html": page("first"), "01-guide.html": page("first")}, "")

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	p := browsertest.Session(t).Page.Context(ctx)
	if err := p.Navigate(srv.URL + "/01-guide.html"); err != nil {
		t.Fatal(err)
	}
	if err := p.WaitLoad(); err != nil {
		t.Fatal(err)
	}
	// The page is up to date: it stays until a newer report is out.
	if _, err := p.Eval(`() => new Promise(ok => { const e = new EventSource("/_watch/events"); e.onmessage = () => { e.close(); ok() } })`); err != nil {
		t.Fatal(err)
	}
	if info, err := p.Info(); err != nil || info.Title != "first" {
		t.Fatalf("page %+v (%v), want the first report, untouched by inline script", info, err)
	}

	wait := p.WaitNavigation("load")
	s.Publish(map[string][]byte{"index.html": page("second"), "01-guide.html": page("second")}, "01-guide.html#L18")
	wait()
	info, err := p.Info()
	if err != nil {
		t.Fatal(err)
	}
	u, err := url.Parse(info.URL)
	if err != nil || u.Path != "/01-guide.html" || u.Query().Get("v") != "2" || u.Fragment != "L18" || info.Title != "second" {
		t.Errorf("after the second report the page is %q titled %q, want /01-guide.html?v=2#L18 titled second", info.URL, info.Title)
	}
}
