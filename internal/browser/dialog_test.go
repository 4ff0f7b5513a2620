package browser_test

import (
	"context"
	"testing"
	"time"

	"github.com/docdrift/docdrift/internal/browser"
	"github.com/docdrift/docdrift/internal/browser/browsertest"
	"github.com/go-rod/rod/lib/proto"
)

const confirmPage = `<title>untouched</title>
<button id="del" onclick="document.title = confirm('Delete 1 account?') ? 'deleted' : 'kept'">Delete</button>`

func TestConfirmIsAnsweredAsArmed(t *testing.T) {
	srv := serve(t, map[string]string{"/": confirmPage})
	for _, tc := range []struct {
		arm       bool // whether a step armed an answer
		accept    bool
		wantTitle string
	}{
		{arm: true, accept: true, wantTitle: "deleted"},
		{arm: true, accept: false, wantTitle: "kept"},
		{arm: false, wantTitle: "kept"}, // unexpected confirm() is never confirmed
	} {
		s := browsertest.Session(t)
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		p := s.Page.Context(ctx)
		if err := p.Navigate(srv.URL); err != nil {
			t.Fatal(err)
		}
		el, err := p.Element("#del")
		if err != nil {
			t.Fatal(err)
		}
		var wait *browser.DialogWait
		if tc.arm {
			wait = s.ExpectDialog(tc.accept)
		}
		if err := el.Click(proto.InputMouseButtonLeft, 1); err != nil {
			t.Fatal(err)
		}
		var d browser.Dialog
		if tc.arm {
			if d, err = wait.Wait(ctx); err != nil {
				t.Fatal(err)
			}
		} else {
			un := s.UnexpectedDialogs()
			if len(un) != 1 {
				t.Fatalf("unexpected dialogs = %v, want one", un)
			}
			d = un[0]
		}
		if d.Type != "confirm" || d.Message != "Delete 1 account?" || d.Accepted != tc.accept || d.Expected != tc.arm {
			t.Errorf("dialog = %+v, want confirm %q accepted=%v expected=%v", d, "Delete 1 account?", tc.accept, tc.arm)
		}
		title := p.MustEval(`() => document.title`).Str()
		if title != tc.wantTitle {
			t.Errorf("title = %q, want %q", title, tc.wantTitle)
		}
		cancel()
	}
}

func TestExpectDialogTimesOut(t *testing.T) {
	s := browsertest.Session(t)
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	if _, err := s.ExpectDialog(true).Wait(ctx); err == nil {
		t.Fatal("wait for a dialog that never opens: err = nil")
	}
}

// A cancelled answer is never given to a later dialog: that one gets the default (Cancel).
func TestCancelledDialogAnswerIsNotUsed(t *testing.T) {
	s := browsertest.Session(t)
	srv := serve(t, map[string]string{"/": `<title>kept</title><button onclick="if (confirm('Delete?')) document.title = 'deleted'">Delete</button>`})
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	p := s.Page.Context(ctx)
	if err := p.Navigate(srv.URL); err != nil {
		t.Fatal(err)
	}
	s.ExpectDialog(true).Cancel()
	if err := p.MustElement("button").Click(proto.InputMouseButtonLeft, 1); err != nil {
		t.Fatal(err)
	}
	if title := p.MustEval(`() => document.title`).Str(); title != "kept" {
		t.Errorf("title = %q: a cancelled answer accepted a later confirm()", title)
	}
	if un := s.UnexpectedDialogs(); len(un) != 1 || un[0].Accepted {
		t.Errorf("unexpected dialogs = %+v, want one, dismissed", un)
	}
}
