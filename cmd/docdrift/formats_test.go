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

	"github.com/docdrift/docdrift/internal/formats"
)

// tally is a format a test adds through the registry: a one-line count of the verdicts,
// merged by adding the shards' counts.
func tally() formats.Format {
	return formats.Format{
		Name:   "tally",
		Help:   "one line: how many procedures of each verdict",
		Target: "FILE",
		Report: func(path string, run *formats.Run) error {
			n := run.Result.Count()
			return os.WriteFile(path, fmt.Appendf(nil, "tally %d %d %d\n", n.Passed, n.Failed(), n.Skipped), 0o644)
		},
		Merge: func(out string, shards []string) error {
			var sum [3]int
			for _, in := range shards {
				var n [3]int
				data, err := os.ReadFile(in)
				if err != nil {
					return err
				}
				if _, err := fmt.Sscanf(string(data), "tally %d %d %d", &n[0], &n[1], &n[2]); err != nil {
					return fmt.Errorf("%s: %w", in, err)
				}
				for i := range sum {
					sum[i] += n[i]
				}
			}
			return os.WriteFile(out, fmt.Appendf(nil, "tally %d %d %d\n", sum[0], sum[1], sum[2]), 0o644)
		},
		Recognise: func(path string, dir bool) (bool, error) { return !dir && filepath.Ext(path) == ".tally", nil },
	}
}

// cmdWith runs docdrift with fs as its format registry.
func cmdWith(t *testing.T, fs []formats.Format, args ...string) (int, string, string) {
	t.Helper()
	var out, errs bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	e := &env{stdout: &out, stderr: &errs, getenv: func(string) string { return "" }, now: time.Now, formats: fs}
	err := e.dispatch(ctx, args)
	return exitCode(err, &errs), out.String(), errs.String()
}

// A format added to the registry is offered by run --report and report merge, and listed in
// their help, with no other change; lint, which it does not serve, leaves it out.
func TestAFormatAddedThroughTheRegistry(t *testing.T) {
	t.Chdir("../..")
	all := append(formats.All(), tally())
	for _, tt := range []struct {
		args  []string
		wants []string
		lacks string
	}{
		{[]string{"run", "-h"}, []string{"with kinds cucumber, html, junit or tally", "  tally      one line: how many procedures"}, ""},
		{[]string{"report", "merge", "-h"}, []string{"[--tally FILE]", "  -tally FILE", "write the merged tally report"}, ""},
		{[]string{"lint", "-h"}, []string{"--format github|json|text]"}, "tally"},
	} {
		code, stdout, _ := cmdWith(t, all, tt.args...)
		for _, want := range tt.wants {
			if code != exitOK || !strings.Contains(stdout, want) {
				t.Errorf("%v: exit %d, want 0 and %q in:\n%s", tt.args, code, want, stdout)
			}
		}
		if tt.lacks != "" && strings.Contains(stdout, tt.lacks) {
			t.Errorf("%v offers %s:\n%s", tt.args, tt.lacks, stdout)
		}
	}

	shards := t.TempDir()
	for _, k := range []string{"1", "2"} {
		path := filepath.Join(shards, "shard-"+k, "out.tally")
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		code, stdout, stderr := cmdWith(t, all, "run", "--step-timeout", "4s", "--screenshots", t.TempDir(),
			"--shard", k+"/2", "--report", "tally="+path, seed)
		if code != exitOK {
			t.Fatalf("shard %s: exit %d\n%s%s", k, code, stdout, stderr)
		}
	}
	merged := filepath.Join(t.TempDir(), "all.tally")
	code, stdout, stderr := cmdWith(t, all, "report", "merge", "--tally", merged, shards)
	if code != exitOK || !strings.Contains(stdout, "merged 2 tally report(s)") {
		t.Fatalf("merge: exit %d\n%s%s", code, stdout, stderr)
	}
	// The reference draft on the 2017 UI: one procedure passes, two are struck out.
	if got, _ := os.ReadFile(merged); string(got) != "tally 1 0 2\n" {
		t.Errorf("merged tally %q, want %q", got, "tally 1 0 2\n")
	}
	// Without it in the registry, the same flag is refused.
	if code, _, stderr := cmdWith(t, formats.All(), "run", "--report", "tally=x.tally", seed); code != exitUsage ||
		!strings.Contains(stderr, `unknown report "tally"`) {
		t.Errorf("without the format: exit %d\n%s", code, stderr)
	}
}
