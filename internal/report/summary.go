package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/docdrift/docdrift/internal/results"
)

var summaryMarks = map[results.Status]string{
	results.Passed: "✅ passed", results.Drifted: "❌ drift", results.Broken: "⚠️ error", results.Skipped: "⏭️ skipped",
}

// WriteMarkdown writes res as Markdown for $GITHUB_STEP_SUMMARY: the closing count, a table of
// every procedure, and a table of every failed step with its message and nearest labels.
func WriteMarkdown(w io.Writer, res *results.Result) error {
	var b strings.Builder
	n := res.Count()
	fmt.Fprintf(&b, "## docdrift: %d passed, %d failed, %d skipped\n\n", n.Passed, n.Failed(), n.Skipped)
	if res.Leftovers != "" {
		fmt.Fprintf(&b, "> ⚠️ %s\n\n", cell(res.Leftovers))
	}
	b.WriteString("| Doc | Procedure | Verdict | Time |\n| --- | --- | --- | --- |\n")
	for _, p := range res.Procedures {
		v := summaryMarks[p.Status]
		if p.Status == results.Skipped && p.SkipReason != "" {
			v += ": " + p.SkipReason
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %.1fs |\n", code(fmt.Sprintf("%s:%d", p.At.Path, p.At.Line)), cell(p.Name), cell(v), p.Duration.Seconds())
	}
	var rows []string
	for _, p := range res.Procedures {
		for _, s := range p.Failures() {
			msg := message(s)
			if c := s.Closest(); c != "" {
				msg += " — nearest labels: " + c
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
