package browser

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/docdrift/docdrift/internal/tempdir"
	"github.com/go-rod/rod"
	"github.com/go-rod/rod/lib/cdp"
)

// Connect attaches to a Chromium that is already running with remote debugging — started
// with --remote-debugging-port, a rod manager, browserless or a grid's CDP endpoint — at a
// ws:// DevTools URL, or an http:// address (or host:port) whose /json/version names one.
// Close disconnects and leaves that browser running. Downloads are saved to a local
// directory, so checking them needs a browser that shares this machine's filesystem.
//
// Every part of connecting — the /json/version lookup, the WebSocket handshake and the first
// protocol call — is bounded by timeout (0 means 30s) and by ctx: an endpoint that accepts
// and never answers costs the timeout, and cancelling ctx stops the attempt at once.
func Connect(ctx context.Context, controlURL string, timeout time.Duration) (*Browser, error) {
	if timeout <= 0 {
		timeout = 30 * time.Second
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	fail := func(err error) (*Browser, error) {
		if cerr := ctx.Err(); cerr != nil && !errors.Is(err, cerr) {
			err = fmt.Errorf("%w (%v)", cerr, err)
		}
		return nil, fmt.Errorf("connect to chromium at %s: %w", controlURL, err)
	}
	u := controlURL
	if !strings.HasPrefix(u, "ws://") && !strings.HasPrefix(u, "wss://") {
		resolved, err := resolveDevTools(ctx, u)
		if err != nil {
			return fail(err)
		}
		u = resolved
	}
	profile, err := tempdir.Make("remote")
	if err != nil {
		return nil, fmt.Errorf("connect to chromium: %w", err)
	}
	dial := &boundDialer{}
	ws := &cdp.WebSocket{Dialer: dial}
	// Until Connect returns, the end of ctx closes the connection: rod's handshake and its
	// first call read without a deadline, and a closed connection is what ends them.
	stop := context.AfterFunc(ctx, dial.close)
	defer stop()
	if err := ws.Connect(ctx, u, nil); err != nil {
		_ = os.RemoveAll(profile)
		return fail(err)
	}
	b := &Browser{profile: profile, remote: ws}
	b.rod = rod.New().Client(cdp.New().Start(checkedSocket{ws}))
	if err := b.rod.Connect(); err != nil {
		b.Close()
		return fail(err)
	}
	if !stop() { // ctx ended while the first call succeeded: the connection is already closed
		b.Close()
		return fail(ctx.Err())
	}
	return b, nil
}

// resolveDevTools asks an http:// DevTools address (or a bare host:port) for its browser's
// WebSocket URL, keeping the host the user gave: behind a port forward or in a container the
// browser names an address only it can reach.
func resolveDevTools(ctx context.Context, addr string) (string, error) {
	if _, err := strconv.Atoi(addr); err == nil {
		addr = "127.0.0.1:" + addr // a bare port, as rod and Chromium's flag write it
	}
	if !strings.Contains(addr, "://") {
		addr = "http://" + addr
	}
	base, err := url.Parse(addr)
	if err != nil || base.Host == "" || (base.Scheme != "http" && base.Scheme != "https") {
		return "", fmt.Errorf("want ws://…, http://host:port or host:port, not %q", addr)
	}
	version := *base
	version.Path, version.RawQuery, version.Fragment = "/json/version", "", ""
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, version.String(), nil)
	if err != nil {
		return "", err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", fmt.Errorf("find the DevTools endpoint: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("find the DevTools endpoint: %s answered %s", version.String(), resp.Status)
	}
	var info struct {
		WebSocketDebuggerURL string `json:"webSocketDebuggerUrl"`
	}
	if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(&info); err != nil {
		return "", fmt.Errorf("find the DevTools endpoint: %s: %w", version.String(), err)
	}
	ws, err := url.Parse(info.WebSocketDebuggerURL)
	if err != nil || (ws.Scheme != "ws" && ws.Scheme != "wss") {
		return "", fmt.Errorf("find the DevTools endpoint: %s names no ws:// URL", version.String())
	}
	ws.Host = base.Host
	return ws.String(), nil
}

// boundDialer dials like net.Dialer and remembers the connection, so that the end of the
// connect deadline can close it.
type boundDialer struct {
	mu     sync.Mutex
	conn   net.Conn
	closed bool
}

func (d *boundDialer) DialContext(ctx context.Context, network, address string) (net.Conn, error) {
	conn, err := (&net.Dialer{}).DialContext(ctx, network, address)
	if err != nil {
		return nil, err
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.closed {
		conn.Close()
		return nil, net.ErrClosed
	}
	d.conn = conn
	return conn, nil
}

func (d *boundDialer) close() {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.closed = true
	if d.conn != nil {
		d.conn.Close()
	}
}

// checkedSocket passes on only well-formed JSON messages: rod's reader panics on anything
// else, which would take docdrift down with a stack trace instead of an error.
type checkedSocket struct{ *cdp.WebSocket }

func (s checkedSocket) Read() ([]byte, error) {
	data, err := s.WebSocket.Read()
	if err == nil && !json.Valid(data) {
		_ = s.WebSocket.Close()
		return nil, errors.New("the browser sent a message that is not JSON")
	}
	return data, err
}

// disconnect ends a remote connection, leaving the browser to whoever runs it.
func (b *Browser) disconnect() error {
	err := b.remote.Close()
	if rerr := os.RemoveAll(b.profile); rerr != nil {
		return fmt.Errorf("close chromium connection: %w", rerr)
	}
	if err != nil && !strings.Contains(err.Error(), "closed") {
		return fmt.Errorf("close chromium connection: %w", err)
	}
	return nil
}
