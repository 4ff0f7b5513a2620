package watch

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestServerPages(t *testing.T) {
	s := NewServer()
	srv := httptest.NewServer(s)
	defer srv.Close()
	get := func(path string) (int, http.Header, string) {
		t.Helper()
		res, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res.StatusCode, res.Header, string(b)
	}
	if code, _, body := get("/"); code != http.StatusServiceUnavailable || !strings.Contains(body, `<script src="/_watch/live.js?v=0"`) {
		t.Errorf("before the first report: %d\n%s", code, body)
	}
	if s.Script() != "/_watch/live.js?v=1" {
		t.Errorf("script for the first report: %s", s.Script())
	}
	s.Publish(map[string][]byte{"index.html": []byte("<p>index</p>"), "01-guide.html": []byte("<p>guide</p>"), "shots/a.png": []byte("\x89PNG")}, "")
	tests := []struct {
		path        string
		code        int
		ctype, body string
	}{
		{"/", 200, "text/html; charset=utf-8", "<p>index</p>"},
		{"/01-guide.html?v=1", 200, "text/html; charset=utf-8", "<p>guide</p>"},
		{"/shots/a.png", 200, "image/png", "\x89PNG"},
		{"/_watch/live.js?v=1", 200, "text/javascript; charset=utf-8", "new EventSource(\"/_watch/events\")"},
		{"/_watch/version", 200, "application/json", `{"version":1}`},
		{"/../../etc/passwd", 404, "text/plain; charset=utf-8", "not found"},
		{"/02-gone.html", 404, "text/plain; charset=utf-8", "not found"},
	}
	for _, tt := range tests {
		code, h, body := get(tt.path)
		if code != tt.code || h.Get("Content-Type") != tt.ctype || !strings.Contains(body, tt.body) {
			t.Errorf("GET %s: %d %s\n%s", tt.path, code, h.Get("Content-Type"), body)
		}
		if !strings.Contains(h.Get("Content-Security-Policy"), "default-src 'none'; script-src 'self'") || h.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("GET %s: headers %v", tt.path, h)
		}
	}
	res, err := http.Post(srv.URL+"/", "text/plain", strings.NewReader("x"))
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST: %d", res.StatusCode)
	}
}

// An open page hears of every new report as it is published, with the step to show.
func TestServerEvents(t *testing.T) {
	s := NewServer()
	srv := httptest.NewServer(s)
	defer srv.Close()
	defer s.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, srv.URL+"/_watch/events", nil)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if ct := res.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Errorf("content type %q", ct)
	}
	lines := bufio.NewScanner(res.Body)
	next := func() news {
		t.Helper()
		for lines.Scan() {
			if data, ok := strings.CutPrefix(lines.Text(), "data: "); ok {
				var n news
				if err := json.Unmarshal([]byte(data), &n); err != nil {
					t.Fatal(err)
				}
				return n
			}
		}
		t.Fatalf("the stream ended: %v", lines.Err())
		return news{}
	}
	if n := next(); n != (news{}) {
		t.Errorf("first event %+v, want version 0", n)
	}
	for i, focus := range []string{"01-guide.html#L18", "", "02-other.html#L5"} {
		s.Publish(map[string][]byte{"index.html": nil}, focus)
		if n := next(); n.Version != i+1 || n.Focus != focus {
			t.Errorf("event %+v, want version %d at %q", n, i+1, focus)
		}
	}
	s.Close()
	for lines.Scan() { // the blank line that ends the last event, then the end
		if lines.Text() != "" {
			t.Errorf("the stream goes on after Close: %q", lines.Text())
		}
	}
	if ctx.Err() != nil {
		t.Error("the stream did not end after Close")
	}
}
