package steps

import (
	"context"
	"errors"
	"fmt"
	"testing"
)

// A scenario's session is lent again when its page was sound to the end: it passed, drifted
// or met a sentence not understood. A page that never loaded or a browser that stopped
// answering may have left it stuck.
func TestSoundPage(t *testing.T) {
	for _, tt := range []struct {
		name string
		err  error
		want bool
	}{
		{"passed", nil, true},
		{"drifted", fmt.Errorf("step 3: %w", mismatch("no button named %q", "Frobnicate")), true},
		{"not understood", &NotUnderstood{Why: "no verb"}, true},
		{"did not load", fmt.Errorf("the page did not finish loading (http://x/): %w", context.DeadlineExceeded), false},
		{"anything else", errors.New("the browser stopped answering"), false},
	} {
		if got := soundPage(tt.err); got != tt.want {
			t.Errorf("%s: soundPage(%v) = %v, want %v", tt.name, tt.err, got, tt.want)
		}
	}
}
