package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// runCmd runs "docdrift run args..." as main does and returns the exit code and output.
func runCmd(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errs bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	args = append([]string{"run", "--step-timeout", "4s", "--screenshots", t.TempDir()}, args...)
	err := run(ctx, args, &out, &errs)
	return exitCode(err, &errs), out.String(), errs.String()
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return lines[len(lines)-1]
}

func TestRunReferenceDraft(t *testing.T) {
	t.Chdir("../..")
	tests := []struct {
		name  string
		args  []string
		code  int
		last  string
		lines []string
	}{
		{"2017 passes", []string{seed}, exitOK, "1 passed, 0 failed, 2 skipped", []string{
			`"Revoking App Access" skipped: struck out in the doc`,
		}},
		{"2023 drifts at step 2", []string{"--era", "2023", seed}, exitFindings, "0 passed, 1 failed, 2 skipped", []string{
			seed + `:17:5: step 2 "Select **Advanced Settings**.": no link, button, menu item or tab named "Advanced Settings"`,
			`(closest: "Settings"); carried on with "Settings"`,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runCmd(t, tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tt.code, stdout, stderr)
			}
			if got := lastLine(stdout); got != tt.last {
				t.Errorf("last line %q, want %q", got, tt.last)
			}
			for _, l := range tt.lines {
				if !strings.Contains(stdout, l) {
					t.Errorf("output lacks %q:\n%s", l, stdout)
				}
			}
		})
	}
}

// Phrasing no step definition matches is refused before a browser starts: with a Chromium
// that does not exist, the run still ends with exit 2 and the steps at their lines.
func TestRunStrictRefusesNotUnderstoodBeforeTheBrowser(t *testing.T) {
	doc := filepath.Join(t.TempDir(), "odd.md")
	os.WriteFile(doc, []byte("# Odd\n\n## Do it\n\n1. Log into the store.\n2. Wave at the screen.\n3. Hum the **Save** tune.\n"), 0o644)
	code, stdout, stderr := runCmd(t, "--strict", "--chrome", "/nonexistent/chromium", doc)
	if code != exitUsage {
		t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, exitUsage, stdout, stderr)
	}
	for _, want := range []string{
		doc + `:6:4: warning: step 2 "Wave at the screen.": not understood: docdrift has no action for the verb “Wave”`,
		doc + `:7:4: warning: step 3 "Hum the **Save** tune.": not understood: docdrift has no action for the verb “Hum”`,
		"nothing was run",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
}

// Without --strict, a sentence docdrift cannot read stops only its own procedure, at that
// step; every other procedure runs in full, and the run exits 2 after reporting them all.
func TestRunPartialRunsUpToWhatIsNotUnderstood(t *testing.T) {
	doc := filepath.Join(t.TempDir(), "odd.md")
	os.WriteFile(doc, []byte("# Odd\n\n## Readable\n\n1. Log into the store.\n2. Select **Advanced Settings**.\n\n"+
		"## Odd\n\n1. Log into the store.\n2. Wave at the screen.\n3. Select **Advanced Settings**.\n"), 0o644)
	code, stdout, stderr := runCmd(t, doc)
	if code != exitUsage {
		t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, exitUsage, stdout, stderr)
	}
	for _, want := range []string{
		`"Readable" passed`,
		"? step 2 not understood: Wave at the screen.",
		"step 3 skipped: Select **Advanced Settings**.",
		"1 passed, 0 failed, 1 not understood, 0 skipped",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("stdout lacks %q:\n%s", want, stdout)
		}
	}
	if !strings.Contains(stderr, "not understood") {
		t.Errorf("stderr does not say why the run exits 2:\n%s", stderr)
	}
}

// A writer reruns one procedure by the place the run printed for it, or by its heading: only
// it runs, --strict minds only its steps, and a place that holds no procedure is refused
// before the browser starts with where the doc's procedures are.
func TestRunPicksProcedures(t *testing.T) {
	doc := filepath.Join(t.TempDir(), "odd.md")
	os.WriteFile(doc, []byte("# Odd\n\n## Readable\n\n1. Log into the store.\n2. Select **Advanced Settings**.\n\n"+
		"## Odd\n\n1. Log into the store.\n2. Wave at the screen.\n"), 0o644)
	for _, args := range [][]string{{"--strict", doc + ":3:1"}, {"--strict", doc + ":6"}, {"--run", "^readable$", doc}} {
		code, stdout, stderr := runCmd(t, args...)
		if code != exitOK || lastLine(stdout) != "1 passed, 0 failed, 0 skipped" || strings.Contains(stdout, `"Odd"`) {
			t.Errorf("%q: exit %d, want %d, only \"Readable\" run\nstdout:\n%s\nstderr:\n%s", args, code, exitOK, stdout, stderr)
		}
	}
	for args, want := range map[string]string{
		doc + ":2":   doc + ":2: no procedure at this line; its procedures are at lines 3-6 \"Readable\", 8-11 \"Odd\"",
		"--run=wave": `--run "wave": no procedure's heading matches`,
	} {
		argv := append([]string{"--chrome", "/nonexistent/chromium"}, strings.Fields(args)...)
		if !strings.HasSuffix(args, ":2") {
			argv = append(argv, doc)
		}
		code, stdout, stderr := runCmd(t, argv...)
		if code != exitUsage || !strings.Contains(stderr, want) {
			t.Errorf("%s: exit %d, want %d and %q\nstdout:\n%s\nstderr:\n%s", args, code, exitUsage, want, stdout, stderr)
		}
	}
}

// A target that is down is the environment's failure (exit 3), reported within the step
// timeout, and leaves no Chromium behind.
func TestRunDeadTarget(t *testing.T) {
	t.Chdir("../..")
	t.Setenv("DOCDRIFT_USERNAME", "owner@example.invalid")
	t.Setenv("DOCDRIFT_PASSWORD", "not-a-real-password")
	start := time.Now()
	code, stdout, stderr := runCmd(t, "--base-url", "http://127.0.0.1:9", seed)
	if code != exitInfra {
		t.Errorf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, exitInfra, stdout, stderr)
	}
	if took := time.Since(start); took > 20*time.Second {
		t.Errorf("took %v to give up on a dead target", took)
	}
	if strings.Contains(stdout+stderr, "not-a-real-password") {
		t.Error("the password reached the output")
	}
	if n := ourChromiums(t); n > 0 {
		t.Errorf("%d Chromium processes started by this test are still running", n)
	}
}

// ourChromiums counts running Chromium processes descended from this test process (other
// packages' tests may run browsers at the same time).
func ourChromiums(t *testing.T) int {
	t.Helper()
	stats, err := filepath.Glob("/proc/[0-9]*/stat")
	if err != nil {
		t.Fatal(err)
	}
	parent := map[int]int{}
	name := map[int]string{}
	for _, st := range stats {
		b, err := os.ReadFile(st)
		if err != nil {
			continue
		}
		// pid (comm) state ppid ...; comm may hold spaces, so split at the last ')'.
		s := string(b)
		open, end := strings.IndexByte(s, '('), strings.LastIndexByte(s, ')')
		if open < 0 || end < open {
			continue
		}
		var pid, ppid int
		var state string
		fmt.Sscan(s[:open], &pid)
		fmt.Sscan(s[end+1:], &state, &ppid)
		parent[pid], name[pid] = ppid, s[open+1:end]
	}
	self, n := os.Getpid(), 0
	for pid, comm := range name {
		if !strings.HasPrefix(comm, "chromium") {
			continue
		}
		for p := parent[pid]; p > 1; p = parent[p] {
			if p == self {
				n++
				break
			}
		}
	}
	return n
}

// The reports a CI job reads point at the doc: JUnit and Cucumber files, GitHub annotations
// and the job's step summary, with the closing line still last.
func TestRunWritesReports(t *testing.T) {
	t.Chdir("../..")
	dir := t.TempDir()
	summary := filepath.Join(dir, "summary.md")
	t.Setenv("GITHUB_STEP_SUMMARY", summary)
	junit, cucumber := filepath.Join(dir, "junit.xml"), filepath.Join(dir, "cucumber.json")
	code, stdout, stderr := runCmd(t, "--era", "2023", "--format", "github",
		"--report", "junit="+junit+",cucumber="+cucumber, seed)
	if code != exitFindings {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	if !strings.Contains(stdout, "::error file="+seed+",line=17,col=5,") {
		t.Errorf("no annotation at the doc's line:\n%s", stdout)
	}
	if got := lastLine(stdout); got != "0 passed, 1 failed, 2 skipped" {
		t.Errorf("last line %q", got)
	}
	for file, want := range map[string]string{
		junit:    `file="` + seed + `"`,
		cucumber: `"uri": "` + seed + `"`,
		summary:  "Advanced Settings",
	} {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(b), want) {
			t.Errorf("%s lacks %q", filepath.Base(file), want)
		}
	}
}
