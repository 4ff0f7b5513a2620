package browser_test

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/docdrift/docdrift/internal/browser"
)

// descendants lists the live processes below pid, from /proc.
func descendants(t *testing.T, pid int) []int {
	t.Helper()
	parent := map[int]int{}
	stats, _ := filepath.Glob("/proc/[0-9]*/stat")
	for _, f := range stats {
		b, err := os.ReadFile(f)
		if err != nil {
			continue // exited while we looked
		}
		// pid (comm) state ppid ...: comm may hold spaces, so split after its ')'.
		s := string(b)
		fields := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
		if len(fields) < 2 || fields[0] == "Z" {
			continue
		}
		p, _ := strconv.Atoi(filepath.Base(filepath.Dir(f)))
		parent[p], _ = strconv.Atoi(fields[1])
	}
	var out []int
	for p := range parent {
		for a := parent[p]; a > 1; a = parent[a] {
			if a == pid {
				out = append(out, p)
				break
			}
		}
	}
	return out
}

func TestCloseLeavesNothingBehind(t *testing.T) {
	before := map[int]bool{}
	for _, p := range descendants(t, os.Getpid()) {
		before[p] = true // the shared browser's, when other tests ran first
	}
	launching := time.Now()
	b, err := browser.Launch(context.Background(), browser.Options{})
	t.Logf("launched in %v", time.Since(launching))
	if err != nil {
		t.Fatal(err)
	}
	s, err := b.NewSession(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	orphan, err := b.NewSession(context.Background()) // still open when the browser closes
	if err != nil {
		t.Fatal(err)
	}
	var ours []int
	for _, p := range descendants(t, os.Getpid()) {
		if !before[p] {
			ours = append(ours, p)
		}
	}
	if len(ours) < 2 { // leakless, the browser, and its helpers
		t.Fatalf("only %v started below the test, want leakless and chromium", ours)
	}
	profile := profileDir(t, b.PID())
	if err := s.Close(); err != nil {
		t.Errorf("session close: %v", err)
	}
	closing := time.Now()
	if err := b.Close(); err != nil {
		t.Errorf("close: %v", err)
	}
	t.Logf("browser closed in %v", time.Since(closing))
	if err := b.Close(); err != nil {
		t.Errorf("second close: %v", err)
	}
	start := time.Now()
	if err := orphan.Close(); err == nil {
		t.Errorf("closing a session of a closed browser: err = nil, want the lost connection")
	}
	t.Logf("orphan session closed in %v", time.Since(start))
	if took := time.Since(start); took > 2*time.Second {
		t.Errorf("closing a session of a closed browser took %v", took)
	}
	for _, p := range ours {
		if alive(p) {
			cmd, _ := os.ReadFile(filepath.Join("/proc", strconv.Itoa(p), "cmdline"))
			t.Errorf("process %d still running after Close: %.120q", p, cmd)
		}
	}
	if _, err := os.Stat(profile); !os.IsNotExist(err) {
		t.Errorf("profile dir %s still there after Close (stat err %v)", profile, err)
	}
}

// alive reports whether pid still runs. A zombie orphan counts as gone: it holds no memory,
// and reaping it is init's job once its Chromium parent has exited.
func alive(pid int) bool {
	b, err := os.ReadFile(filepath.Join("/proc", strconv.Itoa(pid), "stat"))
	if err != nil {
		return false
	}
	s := string(b)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	return len(f) < 2 || !(f[0] == "Z" && f[1] != strconv.Itoa(os.Getpid()))
}

// profileDir reads --user-data-dir from the browser's command line.
func profileDir(t *testing.T, pid int) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("/proc", strconv.Itoa(pid), "cmdline"))
	if err != nil {
		t.Fatal(err)
	}
	for _, arg := range strings.Split(string(b), "\x00") {
		if dir, ok := strings.CutPrefix(arg, "--user-data-dir="); ok {
			return dir
		}
	}
	t.Fatalf("no --user-data-dir in %q", b)
	return ""
}

// However the browser ends — closed, closed after it stopped answering (killed), or abandoned
// by a process quitting at once — nothing of it stays in the temp dir: not its profile with
// the sessions' downloads, not the folder of Chromium's one-instance socket, which Chromium
// removes only when it exits by itself.
func TestEndingTheBrowserLeavesNothingInTheTempDir(t *testing.T) {
	tests := []struct {
		name string
		end  func(t *testing.T, b *browser.Browser)
	}{
		{"close", func(t *testing.T, b *browser.Browser) {
			if err := b.Close(); err != nil {
				t.Error(err)
			}
		}},
		{"close of a browser that stopped answering", func(t *testing.T, b *browser.Browser) {
			if err := syscall.Kill(b.PID(), syscall.SIGSTOP); err != nil {
				t.Fatal(err)
			}
			if err := b.Close(); err != nil {
				t.Error(err)
			}
		}},
		{"abandon", func(t *testing.T, b *browser.Browser) {
			start := time.Now()
			b.Abandon()
			if took := time.Since(start); took > 2*time.Second {
				t.Errorf("abandon took %v, want about a second at most", took)
			}
			if err := b.Close(); err != nil { // nothing left to do, and no error for it
				t.Errorf("close after abandon: %v", err)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Short: Chromium's socket path under it must fit in 108 bytes.
			tmp, err := os.MkdirTemp("", "dd")
			if err != nil {
				t.Fatal(err)
			}
			defer os.RemoveAll(tmp)
			t.Setenv("TMPDIR", tmp)
			b, err := browser.Launch(context.Background(), browser.Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer b.Close()
			s, err := b.NewSession(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			_ = s // left open: the browser's end takes it along
			if left, _ := filepath.Glob(filepath.Join(tmp, "org.chromium.Chromium.*")); len(left) == 0 {
				t.Fatal("no socket folder of Chromium's in the temp dir while it runs: the test would prove nothing")
			}
			pid := b.PID()
			tt.end(t, b)
			if alive(pid) {
				t.Errorf("chromium %d still running", pid)
			}
			var left []string
			entries, _ := os.ReadDir(tmp)
			for _, e := range entries {
				// Chromium's own scratch files, unlinked as soon as made: a kill in between
				// leaves one now and then, and nothing tells ours from another Chromium's.
				if !strings.HasPrefix(e.Name(), ".org.chromium.Chromium.") {
					left = append(left, e.Name())
				}
			}
			if len(left) != 0 {
				t.Errorf("left in the temp dir: %v", left)
			}
		})
	}
}
