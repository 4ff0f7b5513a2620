package formats

import (
	"fmt"
	"io"
	"os"

	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/report"
	"github.com/docdrift/docdrift/internal/results"
)

func init() {
	register(Format{
		Name:     "github",
		Help:     "GitHub Actions annotations on the docs' lines (and a table in $GITHUB_STEP_SUMMARY when set)",
		Findings: writeGitHub,
		Console: func(w io.Writer, run *Run, getenv func(string) string) error {
			if err := writeGitHub(w, run.ImageFindings()); err != nil {
				return err
			}
			if err := report.WriteGitHub(w, run.Result); err != nil {
				return err
			}
			if path := getenv("GITHUB_STEP_SUMMARY"); path != "" {
				return appendStepSummary(path, run.Result)
			}
			return nil
		},
	})
}

// writeGitHub writes findings as workflow commands, which GitHub turns into annotations on
// the lines of a pull request.
func writeGitHub(w io.Writer, findings docsparse.Findings) error {
	for _, f := range findings {
		a := report.Annotation{Level: level[f.Severity], File: f.Path, Line: f.Pos.Line, Col: f.Pos.Col,
			Title: "docdrift " + f.Rule, Message: f.Message}
		if _, err := fmt.Fprintln(w, a); err != nil {
			return err
		}
	}
	return nil
}

// level is the workflow command for each severity.
var level = map[docsparse.Severity]string{
	docsparse.Error: "error", docsparse.Warning: "warning", docsparse.Info: "notice",
}

// appendStepSummary adds the run's Markdown tables to the job's summary file; other steps
// of the job write there too, so it appends.
func appendStepSummary(path string, res *results.Result) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return fmt.Errorf("github step summary: %w", err)
	}
	if err := report.WriteMarkdown(f, res); err != nil {
		f.Close()
		return fmt.Errorf("github step summary: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("github step summary: %w", err)
	}
	return nil
}
