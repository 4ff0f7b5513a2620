package browser_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/docdrift/docdrift/internal/browser/browsertest"
	"github.com/go-rod/rod/lib/proto"
)

func TestDownloadIsCaptured(t *testing.T) {
	const body = "ACCESS TOKEN: abc\nCLIENT ID: xyz\n"
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		_, _ = w.Write([]byte(`<a id="dl" href="/creds">Download</a>
<!-- window.URL: inline handlers see document.URL first -->
<button id="blob" onclick="const a = document.createElement('a');
  a.href = window.URL.createObjectURL(new Blob(['CLIENT NAME: erp\n'], {type: 'text/plain'}));
  a.download = 'blob-creds.txt'; document.body.appendChild(a); a.click()">Save</button>`))
	})
	mux.HandleFunc("/creds", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Header().Set("Content-Disposition", `attachment; filename="api-creds.txt"`)
		_, _ = w.Write([]byte(body))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	s := browsertest.Session(t)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	p := s.Page.Context(ctx)
	if err := p.Navigate(srv.URL); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		selector, name, body, url string
	}{
		{"#dl", "api-creds.txt", body, "/creds"},
		{"#blob", "blob-creds.txt", "CLIENT NAME: erp\n", ""}, // a file the page builds itself
	} {
		el, err := p.Element(tc.selector)
		if err != nil {
			t.Fatal(err)
		}
		wait := s.ExpectDownload()
		if err := el.Click(proto.InputMouseButtonLeft, 1); err != nil {
			t.Fatal(err)
		}
		d, err := wait(ctx)
		if err != nil {
			t.Fatalf("%s: %v", tc.selector, err)
		}
		if d.Name != tc.name || string(d.Data) != tc.body || !strings.HasSuffix(d.URL, tc.url) {
			t.Errorf("%s: download = %q %q %q, want %q %q ...%s", tc.selector, d.Name, d.Data, d.URL, tc.name, tc.body, tc.url)
		}
	}
}

func TestExpectDownloadTimesOut(t *testing.T) {
	s := browsertest.Session(t)
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	_, err := s.ExpectDownload()(ctx)
	if err == nil || !strings.Contains(err.Error(), "no download started") {
		t.Fatalf("err = %v, want no download started", err)
	}
}
