package browser

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/go-rod/rod/lib/cdp"
)

// Each way the browser or rod says a tab went while the session attached to it is a tab that
// closed, not a failure of the step; anything else stays a failure.
func TestATabGoneWhileAttachedIsATabThatClosed(t *testing.T) {
	for _, tc := range []struct {
		err  error
		gone bool
	}{
		{&cdp.Error{Code: -32602, Message: "No target with given id found"}, true},
		{&cdp.Error{Code: -32001, Message: "Session with given id not found"}, true},
		{fmt.Errorf("set up: %w", context.Canceled), true},
		{context.DeadlineExceeded, false},
		{&cdp.Error{Code: -32000, Message: "Not allowed"}, false},
		{errors.New("websocket closed"), false},
	} {
		if got := goneWhileAttached(tc.err); got != tc.gone {
			t.Errorf("goneWhileAttached(%v) = %v, want %v", tc.err, got, tc.gone)
		}
	}
}
