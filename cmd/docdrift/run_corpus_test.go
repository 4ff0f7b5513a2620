package main

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/docdrift/docdrift/internal/golden"
)

// The whole corpus of real docs by others runs with only the embedded panel as a target: every
// procedure ends with a verdict, and only the store control panel's own procedures are
// performed. Each line of testdata/run/corpus.golden is one procedure's verdict; a change to
// it is a decision about how docdrift reads someone's docs, reviewed with -update.
func TestRunCorpus(t *testing.T) {
	corpus := filepath.Join("..", "..", "testdata", "corpus")
	code, stdout, stderr := runCmd(t, "--concurrency", "2", "--config", filepath.Join(corpus, "docdrift.toml"), corpus)
	if code != exitFindings {
		t.Errorf("exit %d, want %d (the BigCommerce drafts drift from the 2017 UI)\nstderr:\n%s", code, exitFindings, stderr)
	}
	golden.Check(t, "run/corpus.golden", []byte(verdicts(stdout)))
}

var took = regexp.MustCompile(` in [0-9.]+m?s$`)

// verdicts keeps a run's one line per procedure, without its time.
func verdicts(stdout string) string {
	var b strings.Builder
	for _, line := range strings.Split(stdout, "\n") {
		for _, mark := range []string{"✓ ", "✗ ", "~ ", "- ", "? ", "! "} {
			if strings.HasPrefix(line, mark) {
				b.WriteString(took.ReplaceAllString(line, "") + "\n")
			}
		}
	}
	return b.String()
}
