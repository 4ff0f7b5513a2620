package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/docdrift/docdrift/internal/results"
)

// JUnit XML as GitLab, Jenkins and most CI test viewers read it: a testsuite per doc, a
// testcase per procedure at the doc's file and line, drift as <failure>, a broken environment
// as <error>, a step docdrift could not read as <error type="not-understood"> (as godog and
// Cucumber report an undefined step: the test could not be carried out, which no viewer
// may show as a pass), a procedure on a surface no target answers for as <skipped> with the
// surface, screenshots as [[ATTACHMENT|path]] lines.
type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Skipped  int          `xml:"skipped,attr"`
	Time     string       `xml:"time,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	File     string      `xml:"file,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Skipped  int         `xml:"skipped,attr"`
	Time     string      `xml:"time,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	File      string        `xml:"file,attr"`
	Line      int           `xml:"line,attr"`
	Time      string        `xml:"time,attr"`
	Failure   *junitProblem `xml:"failure"`
	Error     *junitProblem `xml:"error"`
	Skipped   *junitSkipped `xml:"skipped"`
	SystemOut *junitText    `xml:"system-out"`
}

// junitText is free text kept readable in the XML: CDATA rather than escaped quotes and newlines.
type junitText struct {
	Text string `xml:",cdata"`
}

type junitProblem struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Body    string `xml:",cdata"`
}

type junitSkipped struct {
	Message string `xml:"message,attr"`
}

// WriteJUnit writes res as JUnit XML to path, and the screenshots it references into a
// directory beside it (out/junit.xml → out/junit-screenshots/). The attachment paths are that
// directory joined with the file name: relative when path is, as GitLab wants them.
func WriteJUnit(path string, res *results.Result) error {
	shots, err := saveScreenshots(strings.TrimSuffix(path, filepath.Ext(path))+"-screenshots", res)
	if err != nil {
		return fmt.Errorf("junit report: %w", err)
	}
	return writeFile(path, "junit report", func(w io.Writer) error { return encodeJUnit(w, res, shots) })
}

func encodeJUnit(w io.Writer, res *results.Result, shots map[shotKey]string) error {
	all := junitSuites{Name: "docdrift", Time: seconds(res.Duration)}
	index := map[string]int{}
	for i, p := range res.Procedures {
		n, ok := index[p.Doc]
		if !ok {
			n = len(all.Suites)
			index[p.Doc] = n
			all.Suites = append(all.Suites, junitSuite{Name: p.Doc, File: p.Doc})
		}
		suite := &all.Suites[n]
		c := junitCase{Name: p.Name, Classname: p.Doc, File: p.Doc, Line: p.At.Line, Time: seconds(p.Duration)}
		switch p.Status {
		case results.Passed:
		case results.Skipped, results.NotChecked:
			c.Skipped = &junitSkipped{Message: p.Why()}
			suite.Skipped++
		case results.Drifted:
			c.Failure = problem(p)
			suite.Failures++
		default: // broken, not understood, or a verdict this build does not know
			c.Error = problem(p)
			suite.Errors++
		}
		var out strings.Builder
		for k, a := range p.Attempts { // retried for the environment's sake: kept, never hidden
			fmt.Fprintf(&out, "attempt %d of %d %s:\n", k+1, len(p.Attempts)+1, a.Status.Words())
			for _, s := range a.Failures() {
				fmt.Fprintf(&out, "    %s\n", stepLine(s))
			}
		}
		for _, s := range p.Steps {
			for _, n := range s.Notes {
				fmt.Fprintf(&out, "step %s (%s): note: %s\n", s.DocStep, s.At, n)
			}
		}
		for j := range p.Steps {
			if path, ok := shots[shotKey{i, j}]; ok {
				fmt.Fprintf(&out, "[[ATTACHMENT|%s]]\n", filepath.ToSlash(path))
			}
		}
		if out.Len() > 0 {
			c.SystemOut = &junitText{out.String()}
		}
		suite.Cases = append(suite.Cases, c)
		suite.Tests++
	}
	for i := range all.Suites {
		s := &all.Suites[i]
		var d time.Duration
		for _, p := range res.Procedures {
			if p.Doc == s.Name {
				d += p.Duration
			}
		}
		s.Time = seconds(d)
		all.Tests += s.Tests
		all.Failures += s.Failures
		all.Errors += s.Errors
		all.Skipped += s.Skipped
	}
	return all.encode(w)
}

// encode writes the report as an indented XML document.
func (all junitSuites) encode(w io.Writer) error {
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(all); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// problem is a failed procedure's <failure> or <error>: the verdict as its message, each
// failed or unreadable step at its doc position with the nearest real labels as its body.
func problem(p results.Procedure) *junitProblem {
	fails := p.Problems()
	var body strings.Builder
	for _, s := range fails {
		body.WriteString(stepLine(s) + "\n")
		if c := s.Closest(); c != "" {
			fmt.Fprintf(&body, "    nearest labels: %s\n", c)
		}
	}
	return &junitProblem{
		Message: fmt.Sprintf("%d step(s) %s", len(fails), p.Status.Words()),
		Type:    string(p.Status),
		Body:    body.String(),
	}
}

func seconds(d time.Duration) string { return fmt.Sprintf("%.3f", d.Seconds()) }

// writeFile creates path's directory and writes the file through encode, reporting what failed.
func writeFile(path, what string, encode func(io.Writer) error) error {
	if dir := filepath.Dir(path); dir != "." {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
	}
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	if err := encode(f); err != nil {
		f.Close()
		return fmt.Errorf("%s: write %s: %w", what, path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return nil
}
