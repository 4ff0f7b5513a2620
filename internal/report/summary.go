package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/docdrift/docdrift/internal/runner"
)

var summaryMarks = map[runner.Status]string{
	runner.Passed: "✅ passed", runner.Drifted: "❌ drift", runner.Broken: "⚠️ error", runner.Skipped: "⏭️ skipped",
}

// WriteMarkdown writes res as Markdown for $GITHUB_STEP_SUMMARY: the closing count, a table of
// every procedure, and a table of every failed step with its message and nearest labels.
func WriteMarkdown(w io.Writer, res *runner.Result) error {
	var b strings.Builder
	passed, failedN, skipped := res.Counts()
	fmt.Fprintf(&b, "## docdrift: %d passed, %d failed, %d skipped\n\n", passed, failedN, skipped)
	if res.Leftovers != "" {
		fmt.Fprintf(&b, "> ⚠️ %s\n\n", cell(res.Leftovers))
	}
	b.WriteString("| Doc | Procedure | Verdict | Time |\n| --- | --- | --- | --- |\n")
	for _, p := range res.Procedures {
		v := summaryMarks[p.Status]
		if p.Status == runner.Skipped && p.SkipReason != "" {
			v += ": " + p.SkipReason
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %.1fs |\n", code(fmt.Sprintf("%s:%d", p.At.Path, p.At.Line)), cell(p.Name), cell(v), p.Duration.Seconds())
	}
	var rows []string
	for _, p := range res.Procedures {
		for _, s := range failures(p) {
			msg := message(s)
			if c := closest(s); len(c) > 0 {
				msg += " — nearest labels: " + quoteAll(c)
			}
			rows = append(rows, fmt.Sprintf("| %s | %s | %s %s | %s |\n",
				code(s.At.String()), cell(p.Name), cell(stepNumber(s)), cell(s.Text), cell(msg)))
		}
	}
	if len(rows) > 0 {
		b.WriteString("\n### Failed steps\n\n| Where | Procedure | Step | What happened |\n| --- | --- | --- | --- |\n")
		b.WriteString(strings.Join(rows, ""))
	}
	b.WriteString("\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// cell keeps text inside one table cell and away from HTML: docs' step text renders as
// Markdown (bold labels stay bold), but pipes, newlines and tags would break the table.
func cell(s string) string {
	return strings.NewReplacer("|", `\|`, "\r", " ", "\n", " ", "<", "&lt;", ">", "&gt;").Replace(s)
}

// code is s as a code span, safe whatever backticks it holds.
func code(s string) string {
	fence := "`"
	for strings.Contains(s, fence) {
		fence += "`"
	}
	return fence + strings.ReplaceAll(s, "|", `\|`) + fence
}
