// Command faultproxy stands between docdrift and a control panel and breaks some of the
// traffic the way a flaky network or an overloaded server does: it cuts a share of the
// responses after their first bytes (the connection closes mid-response) and answers a share
// of the requests with HTTP 500. The simulator's test API (/__test/), docdrift's back door
// for setting up and cleaning up, passes untouched, so a leftover account is docdrift's fault
// and not the proxy's. It prints its address and serves until interrupted.
//
//	go run ./bench/faultproxy -target http://127.0.0.1:8080 -cut 0.3 -fail 0.1
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"os"
	"strings"
	"sync"
)

func main() {
	target := flag.String("target", "", "the control panel's base `URL`")
	cut := flag.Float64("cut", 0.3, "share of responses cut off mid-way")
	cutAfter := flag.Int("cut-after", 200, "bytes of a cut response that get through")
	fail := flag.Float64("fail", 0.1, "share of requests answered with HTTP 500")
	seed := flag.Uint64("seed", 1, "seed of the choice of which requests to break")
	flag.Parse()
	up, err := url.Parse(*target)
	if err != nil || up.Host == "" {
		fmt.Fprintln(os.Stderr, "faultproxy: -target must be an absolute URL")
		os.Exit(2)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Fprintln(os.Stderr, "faultproxy:", err)
		os.Exit(1)
	}
	p := &proxy{up: up, cut: *cut, cutAfter: *cutAfter, fail: *fail, rnd: rand.New(rand.NewPCG(*seed, 15))}
	fmt.Printf("faultproxy: http://%s -> %s\n", ln.Addr(), up)
	if err := http.Serve(ln, p); err != nil {
		fmt.Fprintln(os.Stderr, "faultproxy:", err)
		os.Exit(1)
	}
}

type proxy struct {
	up             *url.URL
	cut, fail      float64
	cutAfter       int
	mu             sync.Mutex
	rnd            *rand.Rand
	cuts, failures int
}

// fault picks what happens to one request: "" (passes), "cut" or "fail".
func (p *proxy) fault(r *http.Request) string {
	if strings.HasPrefix(r.URL.Path, "/__test/") {
		return ""
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	switch x := p.rnd.Float64(); {
	case x < p.fail:
		p.failures++
		return "fail"
	case x < p.fail+p.cut:
		p.cuts++
		return "cut"
	}
	return ""
}

func (p *proxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	fault := p.fault(r)
	if fault == "fail" {
		http.Error(w, "injected fault: internal server error", http.StatusInternalServerError)
		return
	}
	out := r.Clone(r.Context())
	out.RequestURI = ""
	out.URL.Scheme, out.URL.Host, out.Host = p.up.Scheme, p.up.Host, p.up.Host
	resp, err := http.DefaultTransport.RoundTrip(out)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	if fault != "cut" {
		for k, v := range resp.Header {
			w.Header()[k] = v
		}
		w.WriteHeader(resp.StatusCode)
		_, _ = io.Copy(w, resp.Body)
		return
	}
	// Serialize the whole response as the server framed it (a length, or chunks), send its
	// first bytes, and drop the connection. The framing stays: a server that dies mid-answer
	// leaves it, and it is what lets any client tell a cut answer from a whole one — a body
	// ended only by the connection closing would look whole to a browser and a reader alike.
	var raw bytes.Buffer
	_ = resp.Write(&raw)
	conn, buf, err := http.NewResponseController(w).Hijack()
	if err != nil {
		return
	}
	defer conn.Close()
	_, _ = buf.Write(raw.Bytes()[:min(p.cutAfter, raw.Len())])
	_ = buf.Flush()
}
