package docfiles

import (
	"context"
	"runtime"
	"sync"
)

// Each calls do for every file on as many goroutines as the machine has cores, since reading
// a doc is independent of every other; do must be safe to call for different files at once
// and writes its result by the file's index. It returns ctx's error when ctx ended first.
func Each(ctx context.Context, files []File, do func(i int, f File)) error {
	return Parallel(ctx, len(files), func(i int) { do(i, files[i]) })
}

// Parallel calls do(i) for every i below n as Each does: on every core, each result written
// by its index. It returns ctx's error when ctx ended first.
func Parallel(ctx context.Context, n int, do func(i int)) error {
	workers := min(runtime.GOMAXPROCS(0), n)
	next := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				do(i)
			}
		}()
	}
	var err error
feed:
	for i := range n {
		select {
		case next <- i:
		case <-ctx.Done():
			err = ctx.Err()
			break feed
		}
	}
	close(next)
	wg.Wait()
	return err
}
