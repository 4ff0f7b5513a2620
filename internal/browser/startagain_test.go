package browser

import (
	"context"
	"errors"
	"testing"
)

// TestStartAgain checks the count of starts apart from a real Chromium, whose own rare crash
// at start would otherwise be counted as one of the test's planned deaths.
func TestStartAgain(t *testing.T) {
	died := errors.New("chromium: died while starting")
	tests := []struct {
		name      string
		dies      int // how many starts fail before one succeeds
		cancelled bool
		wantErr   bool
		wantTries int
	}{
		{name: "starts at once", dies: 0, wantTries: 1},
		{name: "dies once", dies: 1, wantTries: 2},
		{name: "dies twice", dies: 2, wantTries: 3},
		{name: "keeps dying", dies: 99, wantErr: true, wantTries: 3},
		{name: "the run ended", dies: 99, cancelled: true, wantErr: true, wantTries: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			if tt.cancelled {
				cancel()
			}
			tries := 0
			b, u, err := startAgain(ctx, startTries, func() (*Browser, string, error) {
				tries++
				if tries <= tt.dies {
					return nil, "", died
				}
				return &Browser{}, "ws://127.0.0.1:1/devtools", nil
			})
			if tt.wantErr != (err != nil) {
				t.Fatalf("err = %v, want an error: %v", err, tt.wantErr)
			}
			if tt.wantErr && !errors.Is(err, died) {
				t.Errorf("err = %v, want the last start's error", err)
			}
			if !tt.wantErr && (b == nil || u == "") {
				t.Errorf("got browser %v at %q, want the started one", b, u)
			}
			if tries != tt.wantTries {
				t.Errorf("started %d times, want %d", tries, tt.wantTries)
			}
		})
	}
}
