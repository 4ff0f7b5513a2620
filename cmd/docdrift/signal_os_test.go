package main

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// buildDocdrift builds the command once per test into a temporary directory.
func buildDocdrift(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "docdrift")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// browsers counts the live processes whose command line names a profile under dir.
func browsers(dir string) int {
	n := 0
	cmdlines, _ := filepath.Glob("/proc/[0-9]*/cmdline")
	for _, f := range cmdlines {
		b, err := os.ReadFile(f)
		if err == nil && strings.Contains(string(b), "--user-data-dir="+dir+"/") {
			n++
		}
	}
	return n
}

// descendants lists the processes below pid, read from /proc.
func descendants(pid int) []int {
	children := map[int][]int{}
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		p, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		stat, err := os.ReadFile(filepath.Join("/proc", e.Name(), "stat"))
		if err != nil {
			continue
		}
		// pid (comm) state ppid …: comm may hold spaces, so read after the last ')'.
		fields := strings.Fields(string(stat[strings.LastIndexByte(string(stat), ')')+1:]))
		if len(fields) > 1 {
			ppid, _ := strconv.Atoi(fields[1])
			children[ppid] = append(children[ppid], p)
		}
	}
	var out []int
	queue := []int{pid}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		out = append(out, children[p]...)
		queue = append(queue, children[p]...)
	}
	return out
}

func alive(pid int) bool {
	stat, err := os.ReadFile(filepath.Join("/proc", strconv.Itoa(pid), "stat"))
	return err == nil && !strings.Contains(string(stat[strings.LastIndexByte(string(stat), ')'):]), ") Z")
}

// Real signals to a real process: one SIGINT stops the run cleanly, two end it at once, also
// while Chromium is still starting; either way it exits 130 and leaves nothing behind: no
// Chromium, nothing in $TMPDIR (the pictures of admin pages, the browser's profile with its
// downloads, Chromium's socket folder).
func TestSignals(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	bin := buildDocdrift(t)
	tests := []struct {
		name    string
		signals int
		early   bool // the first signal while Chromium starts, not once a step ran
	}{
		{"1 signal", 1, false},
		{"2 signals", 2, false},
		{"2 signals while Chromium starts", 2, true},
	}
	for _, tt := range tests {
		signals := tt.signals
		t.Run(tt.name, func(t *testing.T) {
			tmp := shortTempDir(t)
			cmd := exec.Command(bin, "run", "--include-struck", "--step-timeout", "4s", "../../"+seed)
			stdout, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			errPipe, err := cmd.StderrPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			defer cmd.Process.Kill()
			// stderr is read as it comes: the second signal is sent once the first has been
			// taken (two sent at once can arrive as one).
			var stderr strings.Builder
			stopping, stderrDone := make(chan struct{}), make(chan struct{})
			go func() {
				defer close(stderrDone)
				errLines := bufio.NewScanner(errPipe)
				for errLines.Scan() {
					stderr.WriteString(errLines.Text() + "\n")
					if strings.Contains(errLines.Text(), "stopping, cleaning up") {
						close(stopping)
					}
				}
			}()
			lines := bufio.NewScanner(stdout)
			var tree []int
			if tt.early {
				// The first Chromium process of the run's profile: docdrift is up (a fixed
				// wait was too short for its start on a loaded machine), its browser not yet.
				deadline := time.Now().Add(30 * time.Second)
				for browsers(tmp) == 0 && time.Now().Before(deadline) {
					time.Sleep(10 * time.Millisecond) // polling the process table; nothing to wait on
				}
				if browsers(tmp) == 0 {
					t.Fatal("no Chromium of the run's profile within 30 s")
				}
			} else {
				for lines.Scan() && !strings.Contains(lines.Text(), "step 2") {
				}
				if tree = descendants(cmd.Process.Pid); len(tree) == 0 {
					t.Fatal("no Chromium below docdrift while it runs")
				}
			}
			for i := 0; i < signals; i++ {
				if i > 0 {
					select {
					case <-stopping:
					case <-time.After(10 * time.Second):
						t.Fatal("docdrift did not say it was stopping within 10 s of the first SIGINT")
					}
				}
				if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
					t.Fatal(err)
				}
			}
			go func() {
				for lines.Scan() { // keep the pipe drained until docdrift exits
				}
			}()
			done := make(chan error, 1)
			go func() { <-stderrDone; done <- cmd.Wait() }()
			select {
			case err = <-done:
			case <-time.After(30 * time.Second):
				t.Fatalf("docdrift still running 30 s after %d SIGINT(s)", signals)
			}
			if code := cmd.ProcessState.ExitCode(); code != exitInterrupted {
				t.Errorf("exit %d (%v), want %d\n%s", code, err, exitInterrupted, stderr.String())
			}
			if want := map[int]string{1: "stopping, cleaning up", 2: "quitting at once"}[signals]; !strings.Contains(stderr.String(), want) {
				t.Errorf("stderr lacks %q:\n%s", want, stderr.String())
			}
			deadline := time.Now().Add(10 * time.Second)
			for _, p := range tree {
				for alive(p) && time.Now().Before(deadline) {
					time.Sleep(50 * time.Millisecond) // polling the process table; nothing to wait on
				}
				if alive(p) {
					t.Errorf("process %d from docdrift's tree outlived it", p)
				}
			}
			// Whatever had started by the signal, no Chromium of this run's profile lives on.
			for browsers(tmp) > 0 && time.Now().Before(deadline) {
				time.Sleep(50 * time.Millisecond)
			}
			if n := browsers(tmp); n > 0 {
				t.Errorf("%d Chromium process(es) with a profile in $TMPDIR outlived docdrift", n)
			}
			var left []string
			entries, _ := os.ReadDir(tmp)
			for _, e := range entries {
				// Chromium's own scratch files, unlinked as soon as made: a kill in between
				// leaves one now and then, and nothing tells ours from another Chromium's.
				// leakless-* is rod's helper program, kept for every later run.
				if !strings.HasPrefix(e.Name(), ".org.chromium.Chromium.") && !strings.HasPrefix(e.Name(), "leakless-") {
					left = append(left, e.Name())
				}
			}
			if len(left) != 0 {
				t.Errorf("left in $TMPDIR: %v", left)
			}
		})
	}
}
