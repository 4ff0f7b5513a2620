package report

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/docdrift/docdrift/internal/results"
)

// GitHubLimit is how many annotations of one type GitHub shows per step; it drops the rest.
const GitHubLimit = 10

// annotation is one GitHub workflow command: ::level file=…,line=…,col=…,title=…::message.
type annotation struct {
	level, file, title, message string
	line, col                   int
}

func (a annotation) String() string {
	return fmt.Sprintf("::%s file=%s,line=%d,col=%d,title=%s::%s",
		a.level, escapeProperty(a.file), a.line, a.col, escapeProperty(a.title), escapeData(a.message))
}

// WriteGitHub writes res as GitHub annotations on the docs' lines: an error per failed step,
// ranked so the ten GitHub shows are the first failure of each procedure before any later
// one; a notice per skipped procedure; and, when errors had to be left out, a warning that
// says how many and where to find them; and a warning when the run left accounts behind.
func WriteGitHub(w io.Writer, res *results.Result) error {
	var first, rest, notices []annotation
	for _, p := range res.Procedures {
		if p.Status == results.Skipped {
			notices = append(notices, annotation{level: "notice", file: slash(p.At.Path), line: p.At.Line, col: p.At.Col,
				title: fmt.Sprintf("docdrift: %q skipped", p.Name), message: p.SkipReason})
			continue
		}
		for i, s := range p.Failures() {
			a := annotation{level: "error", file: slash(s.At.Path), line: s.At.Line, col: s.At.Col,
				title:   fmt.Sprintf("docdrift: %q %s at step %s", p.Name, s.Status.Words(), stepNumber(s)),
				message: fmt.Sprintf("step %s %q: %s", stepNumber(s), s.Text, message(s))}
			if i == 0 {
				first = append(first, a)
			} else {
				rest = append(rest, a)
			}
		}
	}
	errs := append(first, rest...)
	var out []annotation
	if len(errs) > GitHubLimit {
		out = append(out, errs[:GitHubLimit]...)
		left := len(errs) - GitHubLimit
		out = append(out, annotation{level: "warning", file: slash(errs[GitHubLimit].file), line: errs[GitHubLimit].line, col: errs[GitHubLimit].col,
			title:   "docdrift: more failed steps than GitHub shows",
			message: fmt.Sprintf("%d more failed step(s) are not annotated; the job log and the step summary list them all", left)})
	} else {
		out = append(out, errs...)
	}
	if len(notices) > GitHubLimit {
		notices = notices[:GitHubLimit]
	}
	out = append(out, notices...)
	for _, a := range out {
		if _, err := fmt.Fprintln(w, a); err != nil {
			return err
		}
	}
	if res.Leftovers != "" {
		// No doc line to point at: the warning belongs to the run.
		if _, err := fmt.Fprintf(w, "::warning title=%s::%s\n", escapeProperty("docdrift: accounts left on the panel"), escapeData(res.Leftovers)); err != nil {
			return err
		}
	}
	return nil
}

func slash(p string) string { return filepath.ToSlash(p) }

// escapeData and escapeProperty follow the runner's workflow-command escaping.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
