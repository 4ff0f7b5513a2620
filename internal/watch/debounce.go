package watch

import (
	"context"
	"slices"
	"time"
)

// debounce gathers the paths arriving on in into batches: a batch is ready once quiet has
// passed with no new path — an editor's save is a burst of events (write a temporary file,
// rename it over the doc, touch a backup) — and each path is in it once, in arrival order.
// Paths that arrive while the reader of out is busy wait for it in the next batch. after
// starts each wait (time.After outside tests). out closes when in does or ctx ends.
func debounce(ctx context.Context, in <-chan string, quiet time.Duration, after func(time.Duration) <-chan time.Time) <-chan []string {
	out := make(chan []string)
	go func() {
		defer close(out)
		var (
			gathering, ready []string
			fire             <-chan time.Time
			send             chan<- []string // out once a batch is ready, else nil
		)
		for {
			select {
			case <-ctx.Done():
				return
			case p, ok := <-in:
				if !ok {
					return
				}
				if !slices.Contains(gathering, p) {
					gathering = append(gathering, p)
				}
				fire = after(quiet)
			case <-fire:
				for _, p := range gathering {
					if !slices.Contains(ready, p) {
						ready = append(ready, p)
					}
				}
				gathering, fire, send = nil, nil, out
			case send <- ready:
				ready, send = nil, nil
			}
		}
	}()
	return out
}
