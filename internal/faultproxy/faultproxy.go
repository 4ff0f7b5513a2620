// Package faultproxy is a TCP proxy on loopback that cuts connections short, as a flaky
// network or a crashing server does: chosen connections are closed after a number of bytes of
// the answer. Tests and benches put it between the browser and a target to check that a page
// that did not arrive whole is reported as the environment's failure, never as drift.
package faultproxy

import (
	"errors"
	"io"
	"net"
	"sync"
	"sync/atomic"
)

// Proxy forwards connections to one upstream address.
type Proxy struct {
	// URL is the proxy's address as a base URL: http://127.0.0.1:PORT.
	URL string

	ln       net.Listener
	upstream string
	cut      func(conn int) bool
	after    int
	conns    atomic.Int64
	cuts     atomic.Int64
	wg       sync.WaitGroup
}

// Start listens on a free loopback port and forwards to upstream (host:port). cut says which
// connections, counted from 1, are closed after `after` bytes of the answer have gone back.
func Start(upstream string, after int, cut func(conn int) bool) (*Proxy, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	p := &Proxy{URL: "http://" + ln.Addr().String(), ln: ln, upstream: upstream, cut: cut, after: after}
	p.wg.Add(1)
	go p.serve()
	return p, nil
}

// Every cuts every connection.
func Every(int) bool { return true }

// EveryNth cuts one connection in n.
func EveryNth(n int) func(int) bool { return func(c int) bool { return c%n == 0 } }

// Cuts counts the connections cut so far.
func (p *Proxy) Cuts() int { return int(p.cuts.Load()) }

// Close stops listening and waits for the connections to end.
func (p *Proxy) Close() error {
	err := p.ln.Close()
	p.wg.Wait()
	return err
}

func (p *Proxy) serve() {
	defer p.wg.Done()
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		n := int(p.conns.Add(1))
		p.wg.Add(1)
		go func() {
			defer p.wg.Done()
			p.forward(c, p.cut(n))
		}()
	}
}

func (p *Proxy) forward(client net.Conn, cut bool) {
	defer client.Close()
	server, err := net.Dial("tcp", p.upstream)
	if err != nil {
		return
	}
	defer server.Close()
	go func() {
		_, _ = io.Copy(server, client)
		_ = server.Close()
	}()
	var back io.Reader = server
	if cut {
		back = io.LimitReader(server, int64(p.after))
	}
	n, err := io.Copy(client, back)
	if cut && n == int64(p.after) && (err == nil || errors.Is(err, net.ErrClosed)) {
		p.cuts.Add(1)
	}
}
