package main

import (
	"sync"
	"time"
)

// quitList holds what a process told to quit at once (a second SIGINT or SIGTERM) still does
// before it ends: end the browser and delete the temp folders holding the run's pictures of
// admin pages and the browser's downloads. What is registered is undone in the normal way
// too; a step already done there is harmless to do again.
type quitList struct {
	mu    sync.Mutex
	next  int
	steps map[int]func()
}

// add registers step and returns what takes it off the list again. A nil list (tests that
// build their own env) registers nothing.
func (q *quitList) add(step func()) (remove func()) {
	if q == nil {
		return func() {}
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.steps == nil {
		q.steps = map[int]func(){}
	}
	id := q.next
	q.next++
	q.steps[id] = step
	return func() {
		q.mu.Lock()
		defer q.mu.Unlock()
		delete(q.steps, id)
	}
}

// run does every registered step at once and returns when all are done or within has
// passed: a quit that hangs on its cleanup is no quit.
func (q *quitList) run(within time.Duration) {
	q.mu.Lock()
	steps := make([]func(), 0, len(q.steps))
	for _, s := range q.steps {
		steps = append(steps, s)
	}
	q.mu.Unlock()
	var wg sync.WaitGroup
	for _, s := range steps {
		wg.Add(1)
		go func() { defer wg.Done(); s() }()
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(within):
	}
}
