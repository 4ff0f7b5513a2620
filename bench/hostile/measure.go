package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"syscall"
	"time"
)

// On Linux a child's peak RSS starts from the peak of the process that forked it (the
// kernel carries the larger over exec), so a lint started by this program, which holds the
// docs it makes, seemed to need at least this program's 54 MB. Each lint is therefore started
// by a fresh copy of this program run as "hostile -measure TIMEOUT COMMAND ARGS…", a few MB,
// which prints the lint's usage as JSON on stdout and passes its output on to stderr.
const measureArg = "-measure"

// usage is what a measure reports of one process.
type usage struct {
	Exit      int
	Killed    bool
	Wall, CPU time.Duration
	MaxRSSKiB int64
}

// measure runs a command as the -measure mode does and returns the exit status of the mode.
func measure(args []string) int {
	if len(args) < 2 {
		fmt.Fprintln(os.Stderr, "hostile -measure TIMEOUT COMMAND [ARG…]")
		return 2
	}
	limit, err := time.ParseDuration(args[0])
	if err != nil {
		fmt.Fprintln(os.Stderr, "hostile -measure:", err)
		return 2
	}
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	cmd := exec.CommandContext(ctx, args[1], args[2:]...)
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	start := time.Now()
	err = cmd.Run()
	u := usage{Wall: time.Since(start), Killed: ctx.Err() != nil}
	if cmd.ProcessState == nil {
		fmt.Fprintln(os.Stderr, "hostile -measure:", err)
		return 2
	}
	ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	u.Exit, u.CPU, u.MaxRSSKiB = cmd.ProcessState.ExitCode(), time.Duration(ru.Utime.Nano()+ru.Stime.Nano()), ru.Maxrss
	if err := json.NewEncoder(os.Stdout).Encode(u); err != nil {
		fmt.Fprintln(os.Stderr, "hostile -measure:", err)
		return 2
	}
	return 0
}
