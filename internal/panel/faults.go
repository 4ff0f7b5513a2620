package panel

import (
	"math/rand/v2"
	"net/http"
	"sync"
	"time"
)

// faultState injects the configured Faults into page requests; the test API and static files
// are never delayed or failed.
type faultState struct {
	f    Faults
	mu   sync.Mutex
	rng  *rand.Rand     // jitter, seeded so a run's delays are reproducible
	hits map[string]int // requests seen per route pattern
}

func newFaultState(seed uint64, f Faults) *faultState {
	return &faultState{f: f, rng: rand.New(rand.NewPCG(seed, 0x6a6974746572)), hits: map[string]int{}}
}

// delay is the latency of one request: fixed part plus seeded jitter.
func (fs *faultState) delay() time.Duration {
	d := fs.f.Latency
	if fs.f.Jitter > 0 {
		fs.mu.Lock()
		d += time.Duration(fs.rng.Int64N(int64(fs.f.Jitter)))
		fs.mu.Unlock()
	}
	return d
}

// failNow counts a request to the route and reports whether it is one of the first FailFirst.
func (fs *faultState) failNow(pattern string) bool {
	if fs.f.FailFirst <= 0 {
		return false
	}
	fs.mu.Lock()
	defer fs.mu.Unlock()
	fs.hits[pattern]++
	return fs.hits[pattern] <= fs.f.FailFirst
}

// rearm restarts the transient failures, as after a reset.
func (fs *faultState) rearm() {
	fs.mu.Lock()
	clear(fs.hits)
	fs.mu.Unlock()
}

func (fs *faultState) wrap(pattern string, h http.Handler) http.Handler {
	if fs.f == (Faults{TableDelay: fs.f.TableDelay, SessionTTL: fs.f.SessionTTL, NearCap: fs.f.NearCap, WhatsNew: fs.f.WhatsNew}) {
		return h // no server-side fault configured
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if d := fs.delay(); d > 0 {
			t := time.NewTimer(d)
			select {
			case <-t.C:
			case <-r.Context().Done():
				t.Stop()
				return
			}
		}
		if fs.failNow(pattern) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Header().Set("Cache-Control", "no-store")
			w.WriteHeader(http.StatusInternalServerError)
			w.Write([]byte(transientErrorPage))
			return
		}
		h.ServeHTTP(w, r)
	})
}

// transientErrorPage is what a real panel shows during a hiccup: no navigation, a retry hint.
const transientErrorPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Something went wrong</title>
<link rel="stylesheet" href="/static/panel.css"></head>
<body class="bare"><main class="error-page"><h1>Something went wrong</h1>
<p>The control panel could not load this page. Please try again in a moment.</p></main></body></html>
`
