package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime/debug"
	"sort"
)

// Exit codes are part of docdrift's interface: CI scripts branch on them.
const (
	exitOK       = 0 // nothing wrong
	exitFindings = 1 // the docs have errors (lint) or drifted from the product (run)
	exitUsage    = 2 // bad flags or unreadable input
	exitInfra    = 3 // the browser or the target failed, not the docs
	// exitInterrupted is the shell's code for a command stopped by SIGINT (128+2), for
	// SIGTERM too: CI tells a cancelled job from a failed one by it.
	exitInterrupted = 130
)

// interruptedError means a signal stopped the command after it cleaned up (exit 130).
type interruptedError struct{ err error }

func (i interruptedError) Error() string { return i.err.Error() }
func (i interruptedError) Unwrap() error { return i.err }

// usageError marks bad invocations and unreadable input (exit 2).
type usageError struct{ err error }

func (u usageError) Error() string { return u.err.Error() }
func (u usageError) Unwrap() error { return u.err }

// findingsError means the command ran and found problems it has already printed (exit 1).
type findingsError struct{ summary string }

func (f findingsError) Error() string { return f.summary }

// unreadError means the run finished but some steps could not be read (exit 2): everything
// else ran and was reported.
type unreadError struct{ summary string }

func (u unreadError) Error() string { return u.summary }

// infraError means the environment failed: no browser, target down (exit 3).
type infraError struct{ err error }

func (i infraError) Error() string { return i.err.Error() }
func (i infraError) Unwrap() error { return i.err }

// exitCode prints err (unless the command already reported it) and maps it to an exit code.
func exitCode(err error, stderr io.Writer) int {
	if err == nil || errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	var (
		u  usageError
		f  findingsError
		i  infraError
		nu unreadError
	)
	var stopped interruptedError
	switch {
	case errors.As(err, &stopped):
		fmt.Fprintln(stderr, "docdrift:", err)
		return exitInterrupted
	case errors.As(err, &f):
		return exitFindings
	case errors.As(err, &u), errors.As(err, &nu):
		fmt.Fprintln(stderr, "docdrift:", err)
		return exitUsage
	case errors.As(err, &i):
		fmt.Fprintln(stderr, "docdrift:", err)
		return exitInfra
	default:
		fmt.Fprintln(stderr, "docdrift:", err)
		return exitInfra
	}
}

func (e *env) usage(w io.Writer) {
	fmt.Fprint(w, "docdrift checks that how-to docs still match the product UI.\n\nUsage:\n  docdrift <command> [flags] [path...]\n\nCommands:\n")
	cmds := commands()
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-8s %s\n", n, cmds[n].summary)
	}
	fmt.Fprint(w, "  version  print docdrift's version\n\nRun 'docdrift <command> -h' (or 'docdrift help <command>') for a command's flags.\n")
}

// version is the module version when installed with go install, else the VCS revision.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown)"
	}
	if v := info.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 12 {
			return "devel " + s.Value[:12]
		}
	}
	return "devel"
}
