package browser_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/docdrift/docdrift/internal/browser"
)

// TestLaunchStartsAgain checks that a Chromium that dies while it starts is started again, up
// to three starts in all, and that one that keeps dying is reported after the third, with what
// it said.
func TestLaunchStartsAgain(t *testing.T) {
	tests := []struct {
		name      string
		diesTimes int // how many starts die before the real Chromium runs
		wantErr   bool
		wantTries int
	}{
		{name: "dies once", diesTimes: 1, wantTries: 2},
		{name: "dies twice", diesTimes: 2, wantTries: 3},
		{name: "keeps dying", diesTimes: 99, wantErr: true, wantTries: 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			tries := filepath.Join(dir, "tries")
			bin := filepath.Join(dir, "chromium")
			script := fmt.Sprintf(`#!/bin/sh
echo x >> %[1]q
if [ "$(wc -l < %[1]q)" -le %[2]d ]; then echo "chromium: died while starting" >&2; exit 1; fi
exec %[3]q "$@"
`, tries, tt.diesTimes, browser.DefaultChromium)
			if err := os.WriteFile(bin, []byte(script), 0o700); err != nil {
				t.Fatal(err)
			}
			b, err := browser.Launch(context.Background(), browser.Options{Bin: bin})
			if b != nil {
				defer b.Close()
			}
			if tt.wantErr {
				if err == nil || !strings.Contains(err.Error(), "died while starting") {
					t.Errorf("err = %v, want the launch error with what Chromium said", err)
				}
			} else if err != nil {
				t.Fatalf("launch: %v", err)
			}
			got, err := os.ReadFile(tries)
			if err != nil {
				t.Fatal(err)
			}
			if n := strings.Count(string(got), "x"); n != tt.wantTries {
				t.Errorf("Chromium started %d times, want %d", n, tt.wantTries)
			}
		})
	}
}
