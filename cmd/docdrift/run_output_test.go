package main

import (
	"bytes"
	"errors"
	"flag"
	"github.com/docdrift/docdrift/internal/golden"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/featuregen"
	"github.com/docdrift/docdrift/internal/formats"
	"github.com/docdrift/docdrift/internal/results"
)

func TestReportFlags(t *testing.T) {
	tests := []struct {
		args    []string
		want    string // the reports as kind=path,..., or the error's text
		wantErr bool
	}{
		{[]string{"--report", "junit=out/junit.xml,cucumber=out/c.json"}, "junit=out/junit.xml,cucumber=out/c.json", false},
		{[]string{"--report", "junit=a.xml", "--report", "cucumber=b.json"}, "junit=a.xml,cucumber=b.json", false},
		{[]string{"--report", "pdf=x.pdf"}, `unknown report "pdf" (want cucumber, html or junit)`, true},
		{[]string{"--report", "junit="}, "junit report: no path given (junit=PATH)", true},
		{[]string{"--report", "junit"}, `want kind=path, got "junit"`, true},
		{[]string{"--report", "junit=a.xml,junit=b.xml"}, "junit report given twice", true},
		{[]string{"--report", "html=out/html,junit=j.xml"}, "html=out/html,junit=j.xml", false},
		{[]string{"--format", "github"}, "", false},
		{[]string{"--format", "teamcity"}, `unknown format "teamcity" (want github or text)`, true},
		{[]string{"--format", "json"}, `unknown format "json" (want github or text)`, true}, // lint's only
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			var o outputFlags
			flags := flag.NewFlagSet("run", flag.ContinueOnError)
			flags.SetOutput(io.Discard)
			o.register(flags, formats.All())
			err := flags.Parse(tt.args)
			got := o.reports.String()
			if err != nil {
				got = strings.TrimPrefix(err.Error(), "invalid value "+strconv.Quote(tt.args[len(tt.args)-1])+" for flag -"+strings.TrimLeft(tt.args[len(tt.args)-2], "-")+": ")
			}
			if got != tt.want || (err != nil) != tt.wantErr {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestQuietAndVerboseRefused(t *testing.T) {
	_, err := outputFlags{quiet: true, verbose: true}.open(&env{stdout: io.Discard, getenv: func(string) string { return "" }}, "", false)
	var u usageError
	if !errors.As(err, &u) {
		t.Fatalf("got %v, want a usage error", err)
	}
}

// With --format github and $GITHUB_STEP_SUMMARY set, a run prints its lines, then the
// annotations, appends its tables to the summary file and writes the reports asked for.
func TestFinishGitHub(t *testing.T) {
	dir := t.TempDir()
	summary := filepath.Join(dir, "summary.md")
	os.WriteFile(summary, []byte("earlier step's summary\n"), 0o644)
	var stdout bytes.Buffer
	clock := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	e := &env{stdout: &stdout, stderr: io.Discard, now: func() time.Time { return clock },
		getenv: func(k string) string {
			if k == "GITHUB_STEP_SUMMARY" {
				return summary
			}
			return ""
		}}
	var o outputFlags
	o.register(flag.NewFlagSet("run", flag.ContinueOnError), formats.All())
	if err := o.format.Set("github"); err != nil {
		t.Fatal(err)
	}
	if err := o.reports.Set("junit=" + filepath.Join(dir, "junit.xml") + ",cucumber=" + filepath.Join(dir, "c.json")); err != nil {
		t.Fatal(err)
	}
	out, err := o.open(e, "", false)
	if err != nil {
		t.Fatal(err)
	}
	res := outputSample(t)
	for i := range res.Procedures {
		for j := range res.Procedures[i].Steps {
			clock = clock.Add(time.Second)
			out.step(&res.Procedures[i], &res.Procedures[i].Steps[j])
		}
	}
	if err := out.finish(&formats.Run{Result: res}); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "run/github.txt", stdout.Bytes())
	got, err := os.ReadFile(summary)
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "run/step-summary.md", got)
	for _, f := range []string{"junit.xml", "c.json", "junit-screenshots/01-revoking-app-access-step-3.png"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Error(err)
		}
	}
}

// A report that cannot be written is an error, after the others are written.
func TestFinishReportsUnwritable(t *testing.T) {
	dir := t.TempDir()
	blocker := filepath.Join(dir, "file")
	os.WriteFile(blocker, nil, 0o644)
	var o outputFlags
	o.register(flag.NewFlagSet("run", flag.ContinueOnError), formats.All())
	o.reports.Set("junit=" + filepath.Join(blocker, "junit.xml") + ",cucumber=" + filepath.Join(dir, "c.json"))
	out, _ := o.open(&env{stdout: io.Discard, now: time.Now, getenv: func(string) string { return "" }}, "", false)
	err := out.finish(&formats.Run{Result: outputSample(t)})
	if err == nil || !strings.Contains(err.Error(), "junit report") {
		t.Errorf("got %v, want the junit report's error", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "c.json")); err != nil {
		t.Errorf("the cucumber report was not written: %v", err)
	}
}

func outputSample(t testing.TB) *results.Result {
	doc := "docs/oauth.md"
	at := func(line int) featuregen.Position {
		return featuregen.Position{Path: doc, Pos: docsparse.Pos{Line: line, Col: 5}}
	}
	st := func(n, text string, line int, status results.Status) results.Step {
		return results.Step{Step: featuregen.Step{DocStep: n, Keyword: "And", Text: text, At: at(line)}, Status: status, Duration: 250 * time.Millisecond}
	}
	drift := st("3", "Select **Legacy API Accounts**.", 50, results.Drifted)
	drift.Err = errors.New(`no link, button, menu item or tab named "Legacy API Accounts" (closest: "Legacy API Settings"); carried on with "Legacy API Settings"`)
	drift.Drift = &results.Drift{Wanted: "Legacy API Accounts", Closest: []string{"Legacy API Settings"}, Continued: "Legacy API Settings"}
	drift.Screenshot = results.NewSpool(t.TempDir()).Save([]byte("\x89PNG"))
	return &results.Result{Duration: 3 * time.Second, Procedures: []results.Procedure{
		{Doc: doc, Name: "Revoking App Access", At: at(46), Status: results.Drifted, Duration: time.Second,
			Steps: []results.Step{st("1", "Log into the store.", 48, results.Passed), drift, st("4", "Select **Revoke**.", 51, results.Passed)}},
		{Doc: doc, Name: "Regenerating Keys", At: at(80), Status: results.Skipped, SkipReason: "skipped by directive: needs a second store"},
	}}
}
