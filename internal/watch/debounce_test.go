package watch

import (
	"context"
	"reflect"
	"testing"
	"time"
)

// A burst of saves is one batch once the burst has been quiet for the wait; saves while the
// batch is not taken yet go into the next one.
func TestDebounce(t *testing.T) {
	tests := []struct {
		name   string
		bursts [][]string
		busy   bool // nobody takes a batch until every burst is over (a rerun is running)
		want   [][]string
	}{
		{"one save", [][]string{{"a.md"}}, false, [][]string{{"a.md"}}},
		{"an editor's rename dance", [][]string{{"a.md", "a.md", "docdrift.toml", "a.md"}}, false, [][]string{{"a.md", "docdrift.toml"}}},
		{"two bursts", [][]string{{"a.md"}, {"b.md", "a.md"}}, false, [][]string{{"a.md"}, {"b.md", "a.md"}}},
		{"two bursts during a rerun", [][]string{{"a.md"}, {"b.md", "a.md"}}, true, [][]string{{"a.md", "b.md"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			in := make(chan string)
			timers := make(chan chan time.Time, 100)
			after := func(time.Duration) <-chan time.Time {
				c := make(chan time.Time, 1)
				timers <- c
				return c
			}
			out := debounce(ctx, in, 75*time.Millisecond, after)
			var got [][]string
			take := func() {
				select {
				case b := <-out:
					got = append(got, b)
				case <-ctx.Done():
					t.Fatalf("batches %q, then nothing", got)
				}
			}
			for _, burst := range tt.bursts {
				var last chan time.Time
				for _, p := range burst {
					in <- p
					last = <-timers // each save restarts the wait
				}
				last <- time.Now()
				if !tt.busy {
					take()
				}
			}
			if tt.busy {
				in <- "sync" // handled after the last wait ended: the batch is ready
				<-timers
				take()
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("batches %q, want %q", got, tt.want)
			}
		})
	}
}

// An earlier wait that ends after a later save does not cut the burst short.
func TestDebounceRestarts(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	in := make(chan string)
	timers := make(chan chan time.Time, 10)
	out := debounce(ctx, in, time.Minute, func(time.Duration) <-chan time.Time {
		c := make(chan time.Time, 1)
		timers <- c
		return c
	})
	in <- "a.md"
	first := <-timers
	in <- "b.md"
	<-timers            // this wait never ends: the next save restarts it
	first <- time.Now() // stale: nobody listens to it any more
	in <- "c.md"        // received only after the stale wait was (not) handled
	third := <-timers
	third <- time.Now()
	select {
	case b := <-out:
		if !reflect.DeepEqual(b, []string{"a.md", "b.md", "c.md"}) {
			t.Errorf("batch %q", b)
		}
	case <-ctx.Done():
		t.Fatal("no batch")
	}
}
