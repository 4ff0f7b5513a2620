package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/docdrift/docdrift/internal/browser/browsertest"
)

// A remote browser that accepts and never answers: the first signal (a cancelled context)
// stops the run at once with 130, not after the connect timeout and not never.
func TestRunWithSilentRemoteBrowserStopsOnSignal(t *testing.T) {
	t.Chdir("../..")
	addr := browsertest.Silent(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	time.AfterFunc(300*time.Millisecond, cancel)
	var stdout, stderr bytes.Buffer
	start := time.Now()
	err := run(ctx, []string{"run", "--browser-url", "http://" + addr, "--screenshots", t.TempDir(), seed}, &stdout, &stderr)
	code := exitCode(err, &stderr)
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("stopping took %v", took)
	}
	if code != exitInterrupted || !strings.Contains(stderr.String(), "stopped by a signal") {
		t.Errorf("exit %d, want %d\n%s%s", code, exitInterrupted, stdout.String(), stderr.String())
	}
}

// Every command stops on the first SIGINT or SIGTERM (main cancels the context) and exits 130,
// the code CI reads as a cancelled job.
func TestEveryCommandStopsOnSignal(t *testing.T) {
	t.Chdir("../..")
	addr := browsertest.Silent(t)
	out := t.TempDir()
	for _, args := range [][]string{
		{"lint", "testdata/corpus"},
		{"gen", "--check", "-o", out, "testdata/corpus"},
		{"run", "--screenshots", out, seed},
		{"panel"},
		{"sweep", "--base-url", "http://" + addr},
		{"login", "--base-url", "http://" + addr, "--save-session", out + "/s.json"},
		{"report", "merge", "--junit", out + "/j.xml", "testdata"},
	} {
		t.Run(args[0], func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			cancel()
			var stdout, stderr bytes.Buffer
			start := time.Now()
			code := exitCode(run(ctx, args, &stdout, &stderr), &stderr)
			if code != exitInterrupted {
				t.Errorf("exit %d, want %d\n%s%s", code, exitInterrupted, stdout.String(), stderr.String())
			}
			if took := time.Since(start); took > 5*time.Second {
				t.Errorf("took %v after the signal", took)
			}
		})
	}
}
