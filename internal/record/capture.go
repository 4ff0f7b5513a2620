package record

import (
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/docdrift/docdrift/internal/browser"
	"github.com/docdrift/docdrift/internal/flattree"
	"github.com/docdrift/docdrift/internal/locate"
	"github.com/go-rod/rod"
	"github.com/go-rod/rod/lib/proto"
)

//go:embed capture.js
var captureJS string

// binding is the function the page calls to report an act; a name no product script uses.
const binding = "__docdriftRecord"

// ErrClosed means the page being recorded was closed: the writer closed the window.
var ErrClosed = errors.New("the window was closed")

// Capture listens to what the writer does in one page. Its events arrive in the order the
// page reported them, across navigations.
type Capture struct {
	sess   *browser.Session
	remove func() error // uninstalls the script from new documents

	mu     sync.Mutex
	events []Event
	syncs  map[string]bool
	asked  int           // syncs asked for, to tell their answers apart
	more   chan struct{} // signalled when events or syncs arrive
	closed chan struct{}
	stop   context.CancelFunc
	done   chan struct{}
}

// Start installs the capture in sess's page — in every document it will load, and in the one
// it shows — and starts listening.
func Start(ctx context.Context, sess *browser.Session) (*Capture, error) {
	page := sess.Page.Context(ctx)
	script := flattree.With(strings.NewReplacer("__BINDING__", binding, "__COLLECT__", locate.Script()).Replace(captureJS))
	if err := (proto.RuntimeAddBinding{Name: binding}).Call(page); err != nil {
		return nil, fmt.Errorf("listen to the page: %w", err)
	}
	remove, err := page.EvalOnNewDocument(script)
	if err != nil {
		return nil, fmt.Errorf("install the capture: %w", err)
	}
	c := &Capture{sess: sess, remove: remove, syncs: map[string]bool{},
		more: make(chan struct{}, 1), closed: make(chan struct{}), done: make(chan struct{})}
	lctx, stop := context.WithCancel(context.Background())
	c.stop = stop
	wait := sess.Page.Context(lctx).EachEvent(c.called, func(e *proto.InspectorDetached) bool {
		c.markClosed()
		return true
	})
	go func() {
		defer close(c.done)
		wait()
		// The page's connection ended without being asked to: the window (or the browser) is gone.
		if lctx.Err() == nil {
			c.markClosed()
		}
	}()
	if err := c.watchClose(ctx); err != nil {
		c.Close()
		return nil, err
	}
	if _, err := page.Evaluate(rod.Eval("() => {\n" + script + "\n}").ByUser()); err != nil {
		c.Close()
		return nil, fmt.Errorf("install the capture in the open page: %w", err)
	}
	return c, nil
}

// watchClose notices the page's target being destroyed: closing a window ends a recording.
func (c *Capture) watchClose(ctx context.Context) error {
	b := c.sess.Page.Browser()
	if err := (proto.TargetSetDiscoverTargets{Discover: true}).Call(b.Context(ctx)); err != nil {
		return fmt.Errorf("watch the window: %w", err)
	}
	lctx, stop := context.WithCancel(context.Background())
	wait := b.Context(lctx).EachEvent(func(e *proto.TargetTargetDestroyed) bool {
		if e.TargetID == c.sess.Page.TargetID {
			c.markClosed()
			return true
		}
		return false
	})
	go func() {
		wait()
		stop()
	}()
	prev := c.stop
	c.stop = func() { prev(); stop() }
	return nil
}

func (c *Capture) markClosed() {
	c.mu.Lock()
	defer c.mu.Unlock()
	select {
	case <-c.closed:
	default:
		close(c.closed)
	}
}

// called receives one report from the page.
func (c *Capture) called(e *proto.RuntimeBindingCalled) {
	if e.Name != binding {
		return
	}
	var ev Event
	if err := json.Unmarshal([]byte(e.Payload), &ev); err != nil {
		return // not ours: a page cannot break the recording by calling the binding
	}
	c.mu.Lock()
	if ev.Kind == "sync" {
		c.syncs[ev.Name] = true
	} else {
		c.events = append(c.events, ev)
	}
	c.mu.Unlock()
	select {
	case c.more <- struct{}{}:
	default:
	}
}

// Events are the acts reported so far, from the n-th on.
func (c *Capture) Events(n int) []Event {
	c.mu.Lock()
	defer c.mu.Unlock()
	if n >= len(c.events) {
		return nil
	}
	return append([]Event(nil), c.events[n:]...)
}

// Wait blocks until the page reports something after the first n events, the window closes
// (ErrClosed) or ctx ends.
func (c *Capture) Wait(ctx context.Context, n int) error {
	return c.until(ctx, func() bool { return len(c.events) > n })
}

// Sync waits until every report the page made so far has arrived: the page's reports and
// this one travel in order, so when this one arrives the others have.
func (c *Capture) Sync(ctx context.Context) error {
	c.mu.Lock()
	c.asked++
	id := fmt.Sprint("sync-", c.asked)
	c.mu.Unlock()
	payload, _ := json.Marshal(Event{Kind: "sync", Name: id})
	if _, err := c.sess.Page.Context(ctx).Eval(`(b, p) => window[b](p)`, binding, string(payload)); err != nil {
		return fmt.Errorf("read the page's reports: %w", err)
	}
	err := c.until(ctx, func() bool {
		ok := c.syncs[id]
		delete(c.syncs, id)
		return ok
	})
	if err != nil && !errors.Is(err, ErrClosed) {
		return fmt.Errorf("read the page's reports: %w", err)
	}
	return err
}

// until waits for done (called with c.mu held) to hold after a report arrives, the window
// to close (ErrClosed) or ctx to end.
func (c *Capture) until(ctx context.Context, done func() bool) error {
	for {
		c.mu.Lock()
		ok := done()
		c.mu.Unlock()
		if ok {
			return nil
		}
		select {
		case <-c.more:
		case <-c.closed:
			return ErrClosed
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// Closed is closed when the recorded page is.
func (c *Capture) Closed() <-chan struct{} { return c.closed }

// Close stops listening and uninstalls the capture from documents to come.
func (c *Capture) Close() {
	c.stop()
	<-c.done
	if c.remove != nil {
		_ = c.remove()
	}
}
