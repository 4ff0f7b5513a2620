package watch

import (
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"mime"
	"net/http"
	"path"
	"strings"
	"sync"
)

//go:embed live.js
var liveJS []byte

// LivePath is where the report's pages load the script that refreshes them; its query holds
// the version of the report the page belongs to.
const LivePath = "/_watch/live.js"

// csp is the served pages' Content-Security-Policy, as their own meta tag widens it for the
// live script: same-origin script and connections, nothing else from anywhere.
const csp = "default-src 'none'; script-src 'self'; connect-src 'self'; img-src 'self' data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"

// Server serves the newest report of a watch: its pages, the live script, and the events
// that tell an open page a newer report is out and which step to show.
type Server struct {
	mu      sync.Mutex
	files   map[string][]byte
	version int
	focus   string        // "page.html#L18", or "" to reload the page where it is
	changed chan struct{} // closed and replaced on each Publish
	done    chan struct{} // closed by Close: event streams end
	closing sync.Once
}

// NewServer returns a server with no report yet: pages answer 503 until the first Publish.
func NewServer() *Server {
	return &Server{changed: make(chan struct{}), done: make(chan struct{})}
}

// Script is the live script's address for the pages of the report to publish next.
func (s *Server) Script() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return fmt.Sprintf("%s?v=%d", LivePath, s.version+1)
}

// Publish shows files (a report's folder, as htmlreport.Files renders it with Script) from
// now on, and sends open pages to focus.
func (s *Server) Publish(files map[string][]byte, focus string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.files, s.focus = files, focus
	s.version++
	close(s.changed)
	s.changed = make(chan struct{})
}

// Close ends the event streams, so the HTTP server can shut down.
func (s *Server) Close() { s.closing.Do(func() { close(s.done) }) }

// waiting is the page before the first report: it shows it once it is out.
const waiting = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>docdrift watch</title><script src="%s?v=0" defer></script></head>
<body><p>docdrift watch: the first run has not finished yet; this page shows its report when it has.</p></body></html>
`

// news is what an event tells the page.
type news struct {
	Version int    `json:"version"`
	Focus   string `json:"focus,omitempty"`
}

func (s *Server) now() (news, <-chan struct{}) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return news{s.version, s.focus}, s.changed
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Security-Policy", csp)
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	switch r.URL.Path {
	case LivePath:
		h.Set("Content-Type", "text/javascript; charset=utf-8")
		_, _ = w.Write(liveJS)
		return
	case "/_watch/events":
		s.events(w, r.Context())
		return
	case "/_watch/version":
		n, _ := s.now()
		h.Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(n)
		return
	}
	name := strings.TrimPrefix(path.Clean(r.URL.Path), "/")
	if name == "" {
		name = "index.html"
	}
	s.mu.Lock()
	files := s.files
	s.mu.Unlock()
	if files == nil {
		h.Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusServiceUnavailable)
		fmt.Fprintf(w, waiting, LivePath)
		return
	}
	body, ok := files[name]
	if !ok {
		http.NotFound(w, r)
		return
	}
	ctype := mime.TypeByExtension(path.Ext(name))
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	h.Set("Content-Type", ctype)
	_, _ = w.Write(body)
}

// events streams the report's version (Server-Sent Events): now, and after each Publish.
func (s *Server) events(w http.ResponseWriter, ctx context.Context) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	for {
		n, changed := s.now()
		data, _ := json.Marshal(n)
		if _, err := fmt.Fprintf(w, "data: %s\n\n", data); err != nil {
			return
		}
		flusher.Flush()
		select {
		case <-changed:
		case <-ctx.Done():
			return
		case <-s.done:
			return
		}
	}
}
