package main

import (
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
