package docfiles

import (
	"context"
	"sync/atomic"
	"testing"
)

func TestEachVisitsEveryFileOnce(t *testing.T) {
	files := make([]File, 100)
	seen := make([]int32, len(files))
	if err := Each(context.Background(), files, func(i int, _ File) { atomic.AddInt32(&seen[i], 1) }); err != nil {
		t.Fatal(err)
	}
	for i, n := range seen {
		if n != 1 {
			t.Errorf("file %d visited %d times", i, n)
		}
	}
}

func TestEachStopsWhenTheContextEnds(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var n atomic.Int32
	err := Each(ctx, make([]File, 1000), func(int, File) { n.Add(1) })
	if err == nil || n.Load() == 1000 {
		t.Errorf("Each after cancel: err %v, %d of 1000 visited", err, n.Load())
	}
}
