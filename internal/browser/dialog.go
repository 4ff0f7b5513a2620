package browser

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/go-rod/rod/lib/proto"
)

// Dialog is a JavaScript dialog (alert, confirm, prompt, beforeunload) the page opened.
type Dialog struct {
	Type     string // "alert", "confirm", "prompt" or "beforeunload"
	Message  string
	Accepted bool // how docdrift answered it
	Expected bool // whether a step armed an answer for it
}

// dialogs answers dialogs in the order steps armed them; the rest get the default answer.
type dialogs struct {
	mu         sync.Mutex
	armed      []expectation
	unexpected []Dialog
}

type expectation struct {
	accept bool
	got    chan Dialog // buffered: the event loop never blocks on a step that gave up
}

// DialogWait is an armed answer to the next dialog the page opens.
type DialogWait struct {
	s *Session
	e expectation
}

// ExpectDialog arms the answer to the next dialog (accept: OK, else Cancel). Arm it before the
// click that opens the dialog; Wait then says what opened, and Cancel disarms an answer that
// was not used, so that no later dialog gets it.
func (s *Session) ExpectDialog(accept bool) *DialogWait {
	e := expectation{accept: accept, got: make(chan Dialog, 1)}
	s.dialogs.mu.Lock()
	s.dialogs.armed = append(s.dialogs.armed, e)
	s.dialogs.mu.Unlock()
	return &DialogWait{s: s, e: e}
}

// Wait returns the dialog the armed answer went to, waiting for it until ctx ends (and then
// disarming it).
func (w *DialogWait) Wait(ctx context.Context) (Dialog, error) {
	select {
	case d := <-w.e.got:
		return d, nil
	case <-ctx.Done():
		w.Cancel()
		return Dialog{}, fmt.Errorf("no dialog opened: %w", ctx.Err())
	}
}

// Opened returns the dialog the armed answer went to, if one opened already.
func (w *DialogWait) Opened() (Dialog, bool) {
	select {
	case d := <-w.e.got:
		return d, true
	default:
		return Dialog{}, false
	}
}

// Cancel disarms the answer if no dialog took it yet.
func (w *DialogWait) Cancel() { w.s.dialogs.disarm(w.e) }

// UnexpectedDialogs lists dialogs no step armed an answer for, oldest first.
func (s *Session) UnexpectedDialogs() []Dialog {
	s.dialogs.mu.Lock()
	defer s.dialogs.mu.Unlock()
	return append([]Dialog(nil), s.dialogs.unexpected...)
}

func (d *dialogs) disarm(e expectation) {
	d.mu.Lock()
	defer d.mu.Unlock()
	for i, a := range d.armed {
		if a.got == e.got {
			d.armed = append(d.armed[:i], d.armed[i+1:]...)
			return
		}
	}
}

// answerDialog runs on the session's event loop for every dialog the page opens. Unexpected
// dialogs are never confirmed: a stray confirm() must not delete anything.
func (s *Session) answerDialog(e *proto.PageJavascriptDialogOpening) {
	d := Dialog{Type: string(e.Type), Message: e.Message}
	s.dialogs.mu.Lock()
	var armed *expectation
	if len(s.dialogs.armed) > 0 {
		armed = &s.dialogs.armed[0]
		s.dialogs.armed = s.dialogs.armed[1:]
		d.Expected, d.Accepted = true, armed.accept
	} else {
		d.Accepted = e.Type == proto.PageDialogTypeAlert || e.Type == proto.PageDialogTypeBeforeunload
		s.dialogs.unexpected = append(s.dialogs.unexpected, d)
	}
	s.dialogs.mu.Unlock()

	ctx, cancel := context.WithTimeout(s.ctx, 5*time.Second)
	defer cancel()
	_ = proto.PageHandleJavaScriptDialog{Accept: d.Accepted}.Call(s.Page.Context(ctx))
	if armed != nil {
		armed.got <- d
	}
}
