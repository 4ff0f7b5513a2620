package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
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

// cancelOn is a writer that cancels a run once its output shows a line containing mark.
type cancelOn struct {
	mark   string
	cancel context.CancelFunc
	mu     sync.Mutex
	buf    bytes.Buffer
}

func (c *cancelOn) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.buf.Write(p)
	if strings.Contains(c.buf.String(), c.mark) {
		c.cancel()
	}
	return len(p), nil
}

// Screenshots of a store's admin pages go into a folder only the user can open, and the
// default folder under $TMPDIR does not outlive a run that stops on a signal; the spool every
// picture is written to as it is taken never outlives the run.
func TestRunTempFolders(t *testing.T) {
	t.Chdir("../..")
	t.Run("drift keeps its screenshots, owner-only", func(t *testing.T) {
		tmp := shortTempDir(t)
		var stdout, stderr bytes.Buffer
		code := exitCode(run(context.Background(), []string{"run", "--include-struck", seed}, &stdout, &stderr), &stderr)
		if code != exitFindings && code != exitInfra {
			t.Fatalf("exit %d\n%s%s", code, stdout.String(), stderr.String())
		}
		shots, _ := filepath.Glob(filepath.Join(tmp, "docdrift-*", "*.png"))
		if len(shots) == 0 {
			t.Fatalf("no screenshots under %s:\n%s", tmp, stdout.String())
		}
		for _, p := range append(shots, filepath.Dir(shots[0])) {
			info, err := os.Stat(p)
			if err != nil {
				t.Fatal(err)
			}
			if want := os.FileMode(0o600) | info.Mode()&os.ModeDir; info.IsDir() && info.Mode().Perm() != 0o700 || !info.IsDir() && info.Mode().Perm() != want.Perm() {
				t.Errorf("%s: mode %v", p, info.Mode())
			}
		}
		if spools, _ := filepath.Glob(filepath.Join(tmp, "docdrift-*-spool-*")); len(spools) != 0 {
			t.Errorf("the run's screenshot spool outlived it: %v", spools)
		}
	})
	t.Run("a signal after a screenshot leaves nothing", func(t *testing.T) {
		tmp := shortTempDir(t)
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		out := &cancelOn{mark: "screenshot:", cancel: cancel}
		var stderr bytes.Buffer
		code := exitCode(run(ctx, []string{"run", "--include-struck", seed}, out, &stderr), &stderr)
		if code != exitInterrupted {
			t.Fatalf("exit %d\n%s%s", code, out.buf.String(), stderr.String())
		}
		if left, _ := os.ReadDir(tmp); len(left) != 0 {
			t.Errorf("left in $TMPDIR after the signal: %v", left)
		}
	})
}

// shortTempDir is a fresh $TMPDIR for the test: short, as Chromium's sockets under it must be.
func shortTempDir(t *testing.T) string {
	t.Helper()
	tmp, err := os.MkdirTemp("/tmp", "dd")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(tmp) })
	t.Setenv("TMPDIR", tmp)
	return tmp
}

// An output the run cannot write is refused before anything starts (exit 2), not found out
// after the whole run (exit 3).
func TestUnwritableOutputsRefusedFirst(t *testing.T) {
	t.Chdir("../..")
	file := filepath.Join(t.TempDir(), "a-file")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"--report", "html=/proc/nope/x"}, "run: --report html=/proc/nope/x: cannot write there:"},
		{[]string{"--report", "junit=/proc/nope/j.xml"}, "run: --report junit=/proc/nope/j.xml: cannot write there:"},
		{[]string{"--report", "cucumber=" + file + "/c.json"}, "cannot write there:"},
		{[]string{"--suggest-fixes", "/proc/nope/p"}, "run: --suggest-fixes /proc/nope/p: cannot write there:"},
		{[]string{"--suggest-fixes", t.TempDir()}, "cannot write there: it is a folder"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			start := time.Now()
			args := append(append([]string{"run", "--chrome", "/nonexistent/chromium"}, tt.args...), seed)
			code := exitCode(run(context.Background(), args, &stdout, &stderr), &stderr)
			if code != exitUsage || !strings.Contains(stderr.String(), tt.want) {
				t.Errorf("exit %d, want %d with %q\n%s%s", code, exitUsage, tt.want, stdout.String(), stderr.String())
			}
			if took := time.Since(start); took > 5*time.Second {
				t.Errorf("took %v: something started before the check", took)
			}
		})
	}
}

// A doc's file name is the attacker's text too: one holding line breaks must not put a line
// of its own choosing — a CI workflow command — into any output.
func TestFileNamesAreEscaped(t *testing.T) {
	dir := t.TempDir()
	name := "a\n::add-mask::x\nb.md"
	if err := os.WriteFile(filepath.Join(dir, name), []byte("# T\n\n## P\n\n1. Select **Save**.\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"text", "json", "github"} {
		t.Run(format, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := exitCode(run(context.Background(), []string{"lint", "--format", format, dir}, &stdout, &stderr), &stderr)
			out := stdout.String() + stderr.String()
			for _, line := range strings.Split(out, "\n") {
				if strings.HasPrefix(line, "::add-mask") || strings.HasPrefix(line, "b.md") {
					t.Errorf("a line of the file name's choosing:\n%s", out)
				}
			}
			if code != exitUsage || !strings.Contains(out, "control character; rename the file") {
				t.Errorf("exit %d, want %d naming the file with its line breaks escaped:\n%s", code, exitUsage, out)
			}
		})
	}
}
