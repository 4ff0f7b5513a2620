package main

import (
	"strings"
	"testing"
	"time"

	"github.com/docdrift/docdrift/internal/results"
)

// The profile says where the procedures' time went under their phase, summed over workers
// when there are several, and the total counts each phase once.
func TestProfileSaysWhereProceduresSpentTheirTime(t *testing.T) {
	at := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	now := func() time.Time { return at }
	p := newPhases(now)
	at = at.Add(75 * time.Millisecond)
	p.done("read, parse, generate, check")
	at = at.Add(10 * time.Second)
	p.done("procedures and cleanup")
	p.spent(results.Spent{Steps: 12 * time.Second, SignIn: 2 * time.Second, Screenshots: 500 * time.Millisecond,
		Sessions: time.Second, Preconditions: 3 * time.Second, Cleanup: 1500 * time.Millisecond, Sweep: 250 * time.Millisecond}, 2, 3)
	var out strings.Builder
	p.print(&out)
	want := `profile:
  read, parse, generate, check                      75.0 ms
  procedures and cleanup                         10000.0 ms
    steps (sum of 2 workers)                     12000.0 ms
      of them signing in, first page              2000.0 ms
    screenshots (sum of 2 workers)                 500.0 ms
    browser sessions, 3 new (sum of 2 workers)    1000.0 ms
    preconditions (sum of 2 workers)              3000.0 ms
    cleanup (sum of 2 workers)                    1500.0 ms
    last cleanup, sweep                            250.0 ms
  total                                          10075.0 ms
`
	if out.String() != want {
		t.Errorf("got\n%s\nwant\n%s", out.String(), want)
	}
}
