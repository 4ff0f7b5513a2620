package main

import (
	"fmt"
	"os"
	"testing"
)

// TestMain gives the package's runs a $TMPDIR of their own and removes it afterwards: what a
// run keeps on purpose (a drifted run's screenshots) or cannot remove (a run killed with
// SIGKILL leaves its spool) would otherwise pile up in the machine's /tmp, one folder per test
// run. Short, as Chromium's sockets under it must be.
func TestMain(m *testing.M) {
	tmp, err := os.MkdirTemp("/tmp", "ddcmd")
	if err != nil {
		fmt.Fprintln(os.Stderr, "cmd/docdrift tests:", err)
		os.Exit(2)
	}
	os.Setenv("TMPDIR", tmp)
	code := m.Run()
	_ = os.RemoveAll(tmp)
	os.Exit(code)
}
