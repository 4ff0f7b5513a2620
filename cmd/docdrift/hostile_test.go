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

// Hostile flag values are refused before anything starts, by the rules docdrift.toml obeys.
func TestHostileFlagValues(t *testing.T) {
	t.Chdir("../..")
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"run", "--step-timeout", "-1s", seed}, "run: --step-timeout -1s: must be from 100ms to 10m0s"},
		{[]string{"run", "--image-threshold", "NaN", seed}, "run: --image-threshold NaN: is not a number"},
		{[]string{"run", "--concurrency", "100000", seed}, "run: --concurrency 100000: must be from 1 to 16"},
		{[]string{"run", "--retries", "1000000", seed}, "run: --retries 1000000: must be from 0 to 10"},
		{[]string{"panel", "--latency", "-5s"}, "panel: --latency -5s: must be from 0s to 10m0s"},
		{[]string{"sweep", "--base-url", "http://127.0.0.1:9", "--older-than", "-1h"}, "sweep: --older-than -1h0m0s: must be from 0s to 8760h0m0s"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := exitCode(run(context.Background(), tt.args, &stdout, &stderr), &stderr)
			if code != exitUsage || !strings.Contains(stderr.String(), tt.want) {
				t.Errorf("exit %d, want %d with %q\n%s", code, exitUsage, tt.want, stderr.String())
			}
		})
	}
}
