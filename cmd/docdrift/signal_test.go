package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/docdrift/docdrift/internal/panel"
	"github.com/docdrift/docdrift/internal/target"
)

// A run stopped half-way (what SIGINT and SIGTERM do, through the context main cancels)
// deletes what it created, writes the reports gathered so far and exits 130.
func TestRunStoppedMidway(t *testing.T) {
	t.Chdir("../..")
	emb := startPanel(t, panel.Options{Era: panel.Era2017, Seed: 7})
	before, err := emb.API.Accounts(context.Background())
	if err != nil {
		t.Fatal(err)
	}

	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	stopped := make(chan time.Time, 1)
	go func() { // stop once the run has created its first account
		for ctx.Err() == nil {
			list, err := emb.API.Accounts(ctx)
			if err == nil && countPrefix(list, "docdrift-") > 0 {
				stopped <- time.Now()
				stop()
				return
			}
			time.Sleep(20 * time.Millisecond)
		}
	}()
	dir := t.TempDir()
	junit := filepath.Join(dir, "junit.xml")
	var stdout, stderr bytes.Buffer
	err = run(ctx, []string{"run", "--base-url", emb.URL, "--include-struck", "--screenshots", dir,
		"--report", "junit=" + junit, seed}, &stdout, &stderr)
	code := exitCode(err, &stderr)
	if code != exitInterrupted {
		t.Fatalf("exit %d, want %d\n%s%s", code, exitInterrupted, stdout.String(), stderr.String())
	}
	// What is bounded is the stop itself (cleanup and reports), not the work before it, which
	// a loaded machine stretches.
	select {
	case at := <-stopped:
		if took := time.Since(at); took > 15*time.Second {
			t.Errorf("stopping took %v", took)
		}
	default:
		t.Errorf("the run ended before it created an account, so it was never stopped")
	}
	if !strings.Contains(stderr.String(), "stopped by a signal") || !strings.Contains(lastLine(stdout.String()), "skipped") {
		t.Errorf("output:\n%s%s", stdout.String(), stderr.String())
	}
	if b, err := os.ReadFile(junit); err != nil || !strings.Contains(string(b), "not run: the run was interrupted") {
		t.Errorf("junit report of what ran: %v\n%s", err, b)
	}
	after, err := emb.API.Accounts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if n := countPrefix(after, "docdrift-"); n != 0 || len(after.Accounts) != len(before.Accounts) || len(after.Legacy) != len(before.Legacy) {
		t.Errorf("accounts before %d+%d, after %d+%d (%d with the run's prefix)", len(before.Accounts), len(before.Legacy), len(after.Accounts), len(after.Legacy), n)
	}
}

func countPrefix(list target.Accounts, prefix string) int {
	n := 0
	for _, a := range list.Accounts {
		if strings.HasPrefix(a.Name, prefix) {
			n++
		}
	}
	for _, l := range list.Legacy {
		if strings.HasPrefix(l.Username, prefix) {
			n++
		}
	}
	return n
}
