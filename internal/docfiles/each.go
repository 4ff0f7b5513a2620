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
	workers := min(runtime.GOMAXPROCS(0), len(files))
	next := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				do(i, files[i])
			}
		}()
	}
	var err error
feed:
	for i := range files {
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
