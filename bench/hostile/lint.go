package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"time"
)

// lintRun is one "docdrift lint" process on one doc.
type lintRun struct {
	build     string
	shape     string
	size      int // the doc's bytes
	exit      string
	killed    bool
	wall, cpu time.Duration
	rssMB     float64
	perMiB    time.Duration // CPU less the build's start-up, per MiB of doc
	first     string        // the first line of output
}

// lint runs b's lint on doc, killing it after limit. A small copy of this program starts it
// and reports its usage (see measure), so its peak RSS is its own.
func lint(b build, doc string, limit time.Duration) (lintRun, error) {
	self, err := os.Executable()
	if err != nil {
		return lintRun{}, err
	}
	var out firstLine
	var report bytes.Buffer
	cmd := exec.Command(self, measureArg, limit.String(), b.path, "lint", doc)
	cmd.Stdout, cmd.Stderr = &report, &out
	if err := cmd.Run(); err != nil {
		return lintRun{}, fmt.Errorf("%s lint %s: %w: %s", b.path, doc, err, out.String())
	}
	var u usage
	if err := json.Unmarshal(report.Bytes(), &u); err != nil {
		return lintRun{}, fmt.Errorf("%s lint %s: the measure's report %q: %w", b.path, doc, report.String(), err)
	}
	r := lintRun{build: b.name, wall: u.Wall, cpu: u.CPU, rssMB: float64(u.MaxRSSKiB) / 1024, killed: u.Killed, exit: strconv.Itoa(u.Exit)}
	if r.killed {
		r.exit = fmt.Sprintf("killed after %v", limit)
	}
	r.first, _, _ = strings.Cut(out.String(), "\n")
	return r, nil
}

// firstLine keeps the start of what it is written, enough for the first line: a hostile doc
// can make megabytes of findings.
type firstLine struct{ bytes.Buffer }

func (w *firstLine) Write(p []byte) (int, error) {
	if room := 4096 - w.Len(); room > 0 {
		w.Buffer.Write(p[:min(room, len(p))])
	}
	return len(p), nil
}

// leastOf lints doc n times with b and keeps the run of least CPU; a killed run ends it.
func leastOf(n int, b build, doc string, limit time.Duration) (lintRun, error) {
	var best lintRun
	for i := range n {
		r, err := lint(b, doc, limit)
		if err != nil {
			return r, err
		}
		if i == 0 || r.cpu < best.cpu {
			best = r
		}
		if r.killed {
			return r, nil
		}
	}
	return best, nil
}

// perSize sets the run's size and its CPU per MiB above the build's start-up.
func (r *lintRun) perSize(size int, startup time.Duration) {
	r.size = size
	r.perMiB = time.Duration(float64(max(r.cpu-startup, 0)) / (float64(size) / (1 << 20)))
}

// startup is the CPU a build's lint takes on a one-line doc: the process's own cost, the same
// at every size, which would otherwise swell the cost per MiB of the smallest docs.
func startup(bin, doc string) (time.Duration, error) {
	if err := os.WriteFile(doc, []byte("# Doc\n"), 0o600); err != nil {
		return 0, err
	}
	best := time.Duration(-1)
	for range 3 { // the least of three: start-up has no reason to vary but the machine's load
		r, err := lint(build{path: bin}, doc, time.Minute)
		if err != nil {
			return 0, fmt.Errorf("%s lint: %w", bin, err)
		}
		if best < 0 || r.cpu < best {
			best = r.cpu
		}
	}
	return best, nil
}

// bound is the most a doc may cost.
type bound struct {
	cpu time.Duration
	mb  float64
}

func (b bound) over(r lintRun) bool { return r.killed || r.cpu > b.cpu || r.rssMB > b.mb }
