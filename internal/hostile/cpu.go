package hostile

import (
	"syscall"
	"testing"
	"time"
)

// CPU is the processor time (user and system, all threads: the garbage collector's too) the
// process spent while f ran. Unlike wall time it does not grow when other work shares the
// machine, so a bound on it is a bound on the work f does.
func CPU(f func()) time.Duration {
	before := usage()
	f()
	return usage() - before
}

func usage() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// Bound runs work on every shape at size bytes as a subtest of t, and fails the subtest when
// it takes more than limit of CPU time (under the race detector: a quarter of the size, ten
// times the time; see race_on.go). prepare turns the doc into what work needs, outside the
// measurement.
func Bound[T any](t *testing.T, size int, limit time.Duration, prepare func(t *testing.T, src []byte) T, work func(T)) {
	size, limit = size/raceShrink, limit*raceSlowdown
	for _, sh := range Shapes() {
		t.Run(sh.Name, func(t *testing.T) {
			in := prepare(t, sh.Make(size))
			if took := CPU(func() { work(in) }); took > limit {
				t.Errorf("%d bytes took %v of CPU, over %v", size, took, limit)
			}
		})
	}
}
