package browser_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/docdrift/docdrift/internal/browser"
	"github.com/docdrift/docdrift/internal/browser/browsertest"
)

// A browser endpoint that accepts and never answers must cost no more than the connect
// timeout, whether it is reached over http:// (the /json/version lookup) or ws://.
func TestConnectToASilentEndpointTimesOut(t *testing.T) {
	addr := browsertest.Silent(t)
	for _, url := range []string{"http://" + addr, addr, "ws://" + addr + "/devtools/browser/x"} {
		t.Run(url, func(t *testing.T) {
			start := time.Now()
			_, err := browser.Connect(context.Background(), url, 500*time.Millisecond)
			took := time.Since(start)
			if err == nil {
				t.Fatal("connected to an endpoint that never answers")
			}
			if took > 3*time.Second {
				t.Errorf("took %v, want about the 500ms connect timeout", took)
			}
			if !errors.Is(err, context.DeadlineExceeded) {
				t.Errorf("error %q does not say the connection timed out", err)
			}
		})
	}
}

// Cancelling the context (what docdrift does on the first SIGINT or SIGTERM) stops a connect
// at once, however long its timeout.
func TestConnectStopsWhenCancelled(t *testing.T) {
	addr := browsertest.Silent(t)
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(200*time.Millisecond, cancel)
	start := time.Now()
	_, err := browser.Connect(ctx, "http://"+addr, time.Minute)
	if err == nil {
		t.Fatal("connected to an endpoint that never answers")
	}
	if took := time.Since(start); took > 3*time.Second {
		t.Errorf("took %v after cancel, want well under a second", took)
	}
	if !errors.Is(err, context.Canceled) {
		t.Errorf("error %q does not say it was cancelled", err)
	}
}
