package browser

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/go-rod/rod"
	"github.com/go-rod/rod/lib/proto"
)

// Session is one page in a fresh incognito browser context: its own cookies and storage, its
// own download directory, and a dialog handler armed for the page's whole life (an unhandled
// confirm() would otherwise block the click that opened it forever).
type Session struct {
	// Page is bound to the session's lifetime; bound each action with Page.Context(ctx).
	Page *rod.Page

	incognito *rod.Browser
	downloads string
	dialogs   dialogs
	choosers  fileChoosers
	activity  *activity
	settles   atomic.Int64              // the page's count of settled answers, as of the last (see Settles)
	forms     atomic.Pointer[seenForms] // what the page said of its forms, as of the last settling (see Forms)
	tabs      []tab                     // the tabs the reader left for one they opened, the last most recently
	// moveOffset keeps Moves counting up across tabs, each of which counts its own.
	moveOffset int64

	ctx       context.Context // cancelled by Close; ends the event loops
	cancel    context.CancelFunc
	lease     context.Context // one scenario's use of the session (see Reset): ends its waits
	endLease  context.CancelFunc
	loops     []chan struct{} // each tab's event loop, closed when it ends
	closeOnce sync.Once
	closeErr  error
}

// NewSession opens a blank page in a new incognito context. ctx bounds the setup only: rod
// objects keep the context they were created with, so they are created with the session's own
// and an expired ctx cancels that one while setup runs.
func (b *Browser) NewSession(ctx context.Context) (*Session, error) {
	s := &Session{}
	s.ctx, s.cancel = context.WithCancel(context.Background())
	s.lease, s.endLease = context.WithCancel(s.ctx)
	stop := context.AfterFunc(ctx, s.cancel)
	defer stop()
	fail := func(what string, err error) (*Session, error) {
		_ = s.Close()
		if ctx.Err() != nil {
			err = ctx.Err()
		}
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	inc, err := b.rod.Context(s.ctx).Incognito()
	if err != nil {
		return fail("new browser context", err)
	}
	s.incognito = inc
	// Inside the profile: whatever Close or a killed run leaves, the profile sweep removes.
	if s.downloads, err = os.MkdirTemp(b.profile, "downloads-"); err != nil {
		return fail("new browser context", err)
	}
	err = proto.BrowserSetDownloadBehavior{
		Behavior:         proto.BrowserSetDownloadBehaviorBehaviorAllowAndName,
		BrowserContextID: inc.BrowserContextID,
		DownloadPath:     s.downloads,
		EventsEnabled:    true,
	}.Call(inc)
	if err != nil {
		return fail("set download directory", err)
	}
	if s.Page, err = inc.Page(proto.TargetCreateTarget{}); err != nil {
		return fail("new page", err)
	}
	if err := s.follow(); err != nil {
		return fail("follow the page's activity", err)
	}
	return s, nil
}

// follow starts the session's event loop — dialogs answered, requests and navigations
// followed — and installs the page-side tracker in every document the page will load, before
// the document's own scripts run (they may replace setTimeout or fetch).
func (s *Session) follow() error {
	act := newActivity(proto.PageFrameID(s.Page.TargetID))
	wait, err := s.setUp(s.Page, act)
	if err != nil {
		return err
	}
	s.activity = act
	s.run(wait)
	return nil
}

// setUp makes page report to act and installs the tracker in its documents; wait runs its
// event loop. It changes nothing of the session's, so a tab that closes while it runs can be
// given up on.
func (s *Session) setUp(page *rod.Page, act *activity) (wait func(), err error) {
	// Bodies are never read: keep the browser from buffering them for us.
	buffer := 1 << 20
	page.EnableDomain(&proto.NetworkEnable{MaxTotalBufferSize: &buffer, MaxResourceBufferSize: &buffer})
	if _, err := page.EvalOnNewDocument(installJS); err != nil {
		return nil, err
	}
	wait = page.EachEvent(append([]any{s.answerDialog, s.fileChooserOpened(page)}, act.handlers()...)...)
	// After EachEvent has enabled the Page domain, which the interception needs.
	if err := interceptFileChooser(page); err != nil {
		return nil, fmt.Errorf("hold the page's file pickers: %w", err)
	}
	return wait, nil
}

// run runs an event loop until the session closes, or its tab does.
func (s *Session) run(wait func()) {
	done := make(chan struct{})
	s.loops = append(s.loops, done)
	go func() { defer close(done); wait() }()
}

// Document is what the browser saw of the page's current document arriving: its URL, HTTP
// status and any network error that cut it short.
func (s *Session) Document() Document { return s.activity.document() }

// Close disposes of the incognito context (closing its page) and removes downloaded files.
// It is safe to call more than once.
func (s *Session) Close() error {
	s.closeOnce.Do(func() {
		s.cancel()
		for _, done := range s.loops {
			<-done
		}
		var err error
		if s.incognito != nil {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			err = proto.TargetDisposeBrowserContext{BrowserContextID: s.incognito.BrowserContextID}.
				Call(s.incognito.Context(ctx))
			if err != nil {
				err = fmt.Errorf("close browser context: %w", err)
			}
		}
		if s.downloads != "" {
			err = errors.Join(err, os.RemoveAll(s.downloads))
		}
		s.closeErr = err
	})
	return s.closeErr
}
