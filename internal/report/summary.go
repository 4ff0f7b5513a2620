package report

import (
	"cmp"
	"fmt"
	"io"
	"strings"

	"github.com/docdrift/docdrift/internal/results"
)

var summaryMarks = map[results.Status]string{
	results.Passed: "✅ passed", results.Drifted: "❌ drift", results.Broken: "⚠️ error", results.Skipped: "⏭️ skipped",
	results.NotUnderstood: "❓ not understood", results.NotChecked: "➖ not checked here",
}

// WriteMarkdown writes res as Markdown for $GITHUB_STEP_SUMMARY: the closing count, a table of
// every procedure, and a table of every failed step with its message and nearest labels.
func WriteMarkdown(w io.Writer, res *results.Result) error {
	var b strings.Builder
	fmt.Fprintf(&b, "## docdrift: %s\n\n", res.Count())
	if res.Leftovers != "" {
		fmt.Fprintf(&b, "> ⚠️ %s\n\n", cell(res.Leftovers))
	}
	b.WriteString("| Doc | Procedure | Verdict | Time |\n| --- | --- | --- | --- |\n")
	for _, p := range res.Procedures {
		v := summaryMarks[p.Status]
		if p.Status == results.Skipped && p.SkipReason != "" || p.Status == results.NotChecked && p.Surface != "" {
			v = summaryMarks[p.Status] + ": " + cmp.Or(p.SkipReason, p.Surface)
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %.1fs |\n", code(fmt.Sprintf("%s:%d", p.At.Path, p.At.Line)), cell(p.Name), cell(v), p.Duration.Seconds())
	}
	var failed, unread []string
	for _, p := range res.Procedures {
		for _, s := range p.Problems() {
			msg := message(s)
			if c := s.Closest(); c != "" {
				msg += " — nearest labels: " + c
			}
			row := fmt.Sprintf("| %s | %s | %s %s | %s |\n", code(s.At.String()), cell(p.Name), cell(stepNumber(s)), cell(s.Text), cell(msg))
			if s.Status == results.NotUnderstood {
				unread = append(unread, row)
			} else {
				failed = append(failed, row)
			}
		}
	}
	for _, t := range []struct {
		title string
		rows  []string
	}{{"Failed steps", failed}, {"Steps not understood", unread}} {
		if len(t.rows) > 0 {
			fmt.Fprintf(&b, "\n### %s\n\n| Where | Procedure | Step | What happened |\n| --- | --- | --- | --- |\n", t.title)
			b.WriteString(strings.Join(t.rows, ""))
		}
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
