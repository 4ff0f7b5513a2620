package browser

import (
	"context"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/go-rod/rod"
	"github.com/go-rod/rod/lib/cdp"
	"github.com/go-rod/rod/lib/launcher"
)

// Connect attaches to a Chromium that is already running with remote debugging — started
// with --remote-debugging-port, a rod manager, browserless or a grid's CDP endpoint — at a
// ws:// DevTools URL, or an http:// address whose /json/version names one. Close disconnects
// and leaves that browser running. Downloads are saved to a local directory, so checking
// them needs a browser that shares this machine's filesystem.
func Connect(ctx context.Context, controlURL string, timeout time.Duration) (*Browser, error) {
	if timeout <= 0 {
		timeout = 30 * time.Second
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	u := controlURL
	if !strings.HasPrefix(u, "ws://") && !strings.HasPrefix(u, "wss://") {
		resolved, err := launcher.ResolveURL(u)
		if err != nil {
			return nil, fmt.Errorf("find the DevTools endpoint at %s: %w", controlURL, err)
		}
		u = resolved
	}
	profile, err := os.MkdirTemp("", "docdrift-remote-")
	if err != nil {
		return nil, fmt.Errorf("connect to chromium: %w", err)
	}
	ws := &cdp.WebSocket{}
	if err := ws.Connect(ctx, u, nil); err != nil {
		_ = os.RemoveAll(profile)
		return nil, fmt.Errorf("connect to chromium at %s: %w", controlURL, err)
	}
	b := &Browser{profile: profile, remote: ws}
	b.rod = rod.New().Client(cdp.New().Start(ws))
	if err := b.rod.Connect(); err != nil {
		b.Close()
		return nil, fmt.Errorf("connect to chromium at %s: %w", controlURL, err)
	}
	return b, nil
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
