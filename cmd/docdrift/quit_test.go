package main

import (
	"context"
	"sync/atomic"
	"testing"
	"time"
)

func TestQuitList(t *testing.T) {
	var q quitList
	var ran atomic.Int32
	q.add(func() { ran.Add(1) })
	remove := q.add(func() { ran.Add(10) })
	remove()
	q.add(func() { time.Sleep(time.Hour) }) // a cleanup that hangs
	start := time.Now()
	q.run(100 * time.Millisecond)
	if took := time.Since(start); took > time.Second {
		t.Errorf("run took %v with a step that hangs, want about its bound", took)
	}
	if got := ran.Load(); got != 1 {
		t.Errorf("ran %d, want only the step still registered (1)", got)
	}
	var none *quitList
	none.add(func() {})() // a nil list registers nothing, and says so without panicking
}

// A browser closed the normal way leaves the quit list: a watch opens one per session, and
// each would otherwise stay listed, and in memory, until the watch ends.
func TestAClosedBrowserLeavesTheQuitList(t *testing.T) {
	var q quitList
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	for range 2 {
		_, closeBrowser, err := targetFlags{}.openBrowser(ctx, &q, false, "http://127.0.0.1:1")
		if err != nil {
			t.Fatal(err)
		}
		closeBrowser()
	}
	if n := len(q.steps); n != 0 {
		t.Errorf("%d step(s) left on the quit list after closing both browsers", n)
	}
}
