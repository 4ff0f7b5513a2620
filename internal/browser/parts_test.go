package browser_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/docdrift/docdrift/internal/browser"
	"github.com/docdrift/docdrift/internal/browser/browsertest"
)

// TestPageWithoutItsPartsDidNotLoad checks that a page whose own style sheet or script
// failed — a server error, a connection cut mid-answer — is a page that did not load, while a
// part the product itself leaves out (a 404) or one from another origin is not.
func TestPageWithoutItsPartsDidNotLoad(t *testing.T) {
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "down", http.StatusBadGateway)
	}))
	t.Cleanup(other.Close)
	part := map[string]http.HandlerFunc{
		"fine": func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("/* ok */")) },
		"500":  func(w http.ResponseWriter, r *http.Request) { http.Error(w, "boom", http.StatusInternalServerError) },
		"404":  http.NotFound,
		"cut": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Length", "5000") // promises more than it sends
			w.WriteHeader(http.StatusOK)
			w.Write([]byte("/* the first bytes */"))
			conn, _, err := http.NewResponseController(w).Hijack()
			if err == nil {
				conn.Close()
			}
		},
	}
	mux := http.NewServeMux()
	for name, h := range part {
		mux.HandleFunc("/"+name+".css", h)
		mux.HandleFunc("/"+name+".js", h)
	}
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		href := r.URL.Query().Get("part")
		if strings.HasPrefix(href, "other") {
			href = other.URL + "/app.css"
		}
		tag := `<link rel="stylesheet" href="` + href + `">`
		if strings.HasSuffix(href, ".js") {
			tag = `<script src="` + href + `"></script>`
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(`<!doctype html><title>Page</title>` + tag + `<h1>Settings</h1>`))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)

	tests := []struct {
		part, want string // want: what the reason says, "" when the page loaded
	}{
		{"/fine.css", ""},
		{"/500.css", "its style sheet " + srv.URL + "/500.css answered HTTP 500"},
		{"/cut.css", "its style sheet " + srv.URL + "/cut.css did not arrive (net::"},
		{"/500.js", "its script " + srv.URL + "/500.js answered HTTP 500"},
		{"/cut.js", "its script " + srv.URL + "/cut.js did not arrive (net::"},
		{"/404.css", ""},
		{"other.css", ""},
	}
	for _, tt := range tests {
		t.Run(tt.part, func(t *testing.T) {
			s := browsertest.Session(t)
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			open(t, ctx, s, srv.URL+"/page?part="+tt.part)
			if err := s.Settle(ctx); err != nil {
				t.Fatal(err)
			}
			err := s.NotLoaded(ctx)
			var nl *browser.NotLoadedError
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("NotLoaded = %v, want the page loaded", err)
			case tt.want != "" && (!errors.As(err, &nl) || !strings.Contains(nl.Reason, tt.want) || !nl.Again):
				t.Errorf("NotLoaded = %v, want a page to load again because %s… (document %+v)", err, tt.want, s.Document())
			}
		})
	}
}
