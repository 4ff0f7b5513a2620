package browser

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/go-rod/rod/lib/proto"
)

// Pool lends a browser's sessions to scenarios that run one after another on each of a few
// workers. A scenario hands its session back when it is done with it; the next one gets it
// reset (Reset) rather than a new incognito context and page: creating and disposing of those
// costs more than a step. A reset session keeps nothing a page stored, so a scenario sees the
// product as in a new context; a scenario that may have left the session in a bad state (it
// failed) hands it back to be closed. Sessions are reset when lent, not when handed back, so
// the last ones of a run are closed without that work.
type Pool struct {
	b      *Browser
	mu     sync.Mutex
	idle   []*Session
	closed bool
	opened int // new sessions it lent
}

// NewPool lends sessions of b.
func NewPool(b *Browser) *Pool { return &Pool{b: b} }

// Get lends an idle session, reset, or opens a new one when none is idle or the idle ones
// cannot be reset.
func (p *Pool) Get(ctx context.Context) (*Session, error) {
	for {
		p.mu.Lock()
		n := len(p.idle)
		if n == 0 {
			p.mu.Unlock()
			s, err := p.b.NewSession(ctx)
			if err == nil {
				p.mu.Lock()
				p.opened++
				p.mu.Unlock()
			}
			return s, err
		}
		s := p.idle[n-1]
		p.idle = p.idle[:n-1]
		p.mu.Unlock()
		rctx, cancel := context.WithTimeout(ctx, resetTimeout)
		err := s.Reset(rctx)
		cancel()
		if err == nil {
			return s, nil
		}
		_ = s.Close() // its page is stuck: a new session serves better
		if ctx.Err() != nil {
			return nil, fmt.Errorf("reset a browser session: %w", ctx.Err())
		}
	}
}

// Opened is how many new sessions the pool has lent; the others were reset ones. Each new
// session loads the product with an empty cache.
func (p *Pool) Opened() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.opened
}

// resetTimeout bounds making a returned session ready: leaving a page is quick or the
// session is stuck.
const resetTimeout = 3 * time.Second

// Put takes a lent session back: to lend again when reuse is true, else (or once the pool is
// closed) to close.
func (p *Pool) Put(s *Session, reuse bool) error {
	p.mu.Lock()
	if reuse && !p.closed {
		p.idle = append(p.idle, s)
		p.mu.Unlock()
		return nil
	}
	p.mu.Unlock()
	return s.Close()
}

// Close closes the idle sessions; sessions put back later are closed too.
func (p *Pool) Close() error {
	p.mu.Lock()
	idle := p.idle
	p.idle, p.closed = nil, true
	p.mu.Unlock()
	var errs []error
	for _, s := range idle {
		errs = append(errs, s.Close())
	}
	return errors.Join(errs...)
}

// Reset readies a session a finished scenario used for the next one, as a fresh one starts:
// the waits armed in it end, its dialogs are forgotten, its page is left for about:blank and
// what the scenario's pages kept in the browser context — cookies, and the local storage,
// IndexedDB, caches and service workers of every origin they came from — is deleted, with
// the session storage of the document it was on. (Session storage belongs to the tab, which
// stays, and no frame is left to clear it by once the page has moved on: that of an origin the
// scenario had left stays, which the procedures of a run, on one product, seldom make.) The
// HTTP cache stays. An error means the session is no good, its page stuck: close it.
func (s *Session) Reset(ctx context.Context) error {
	s.endLease()
	s.lease, s.endLease = context.WithCancel(s.ctx)
	s.dialogs.mu.Lock()
	s.dialogs.armed, s.dialogs.unexpected = nil, nil
	s.dialogs.mu.Unlock()
	if err := s.closeTabs(ctx); err != nil {
		return fmt.Errorf("reset the session: %w", err)
	}
	page := s.Page.Context(ctx)
	if _, err := page.Eval(`() => { try { sessionStorage.clear() } catch (e) {} }`); err != nil {
		return fmt.Errorf("reset the session's storage: %w", err)
	}
	if err := page.Navigate("about:blank"); err != nil {
		return fmt.Errorf("reset the session's page: %w", err)
	}
	err := proto.StorageClearCookies{BrowserContextID: s.incognito.BrowserContextID}.Call(s.incognito.Context(ctx))
	for _, origin := range s.activity.forget() {
		err = errors.Join(err, proto.StorageClearDataForOrigin{Origin: origin, StorageTypes: "all"}.Call(page))
	}
	if err != nil {
		return fmt.Errorf("reset the session's storage: %w", err)
	}
	return nil
}
