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

// TestLaunchStartsAgain checks that a Chromium process that dies while it starts is started
// again, and that one that keeps dying is reported after the third start with what it said.
// How many starts each count of deaths takes is TestStartAgain's; here the real Chromium
// after a planned death may itself die once on a loaded machine, and is started again too.
func TestLaunchStartsAgain(t *testing.T) {
	tests := []struct {
		name       string
		diesTimes  int // how many starts die before the real Chromium runs
		wantErr    bool
		wantDeaths int
	}{
		{name: "dies once", diesTimes: 1, wantDeaths: 1},
		{name: "keeps dying", diesTimes: 99, wantErr: true, wantDeaths: 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			deaths := filepath.Join(dir, "deaths")
			bin := filepath.Join(dir, "chromium")
			script := fmt.Sprintf(`#!/bin/sh
if [ "$(cat %[1]q 2>/dev/null | wc -l)" -lt %[2]d ]; then
  echo x >> %[1]q
  echo "chromium: died while starting" >&2
  exit 1
fi
exec %[3]q "$@"
`, deaths, tt.diesTimes, browser.DefaultChromium)
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
			got, err := os.ReadFile(deaths)
			if err != nil {
				t.Fatal(err)
			}
			if n := strings.Count(string(got), "x"); n != tt.wantDeaths {
				t.Errorf("Chromium died %d times while starting, want %d", n, tt.wantDeaths)
			}
		})
	}
}
