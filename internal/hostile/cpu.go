package hostile

import (
	"syscall"
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
