package docsparse

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata")

const corpusGlob = "../testdata/corpus/*.md"

// corpusFiles lists the copied docs, leaving out the corpus's own README.
func corpusFiles(t testing.TB) []string {
	all, err := filepath.Glob(corpusGlob)
	var files []string
	for _, f := range all {
		if filepath.Base(f) != "README.md" {
			files = append(files, f)
		}
	}
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus files at %s: %v", corpusGlob, err)
	}
	return files
}

// TestCorpusSummary pins what the parser reads from real docs by others: per file, the title,
// every procedure with its heading, id, line and strike status, and each step's labels.
// Refresh with: go test ./docsparse -update
func TestCorpusSummary(t *testing.T) {
	var out bytes.Buffer
	for _, path := range corpusFiles(t) {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		doc := Parse(filepath.Base(path), src)
		summarize(&out, doc)
		for _, f := range doc.Findings {
			if f.Severity == Error {
				t.Errorf("%s", f.Error())
			}
		}
	}
	golden := filepath.Join("testdata", "corpus_summary.golden")
	if *update {
		if err := os.WriteFile(golden, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./docsparse -update)", err)
	}
	if !bytes.Equal(out.Bytes(), want) {
		t.Errorf("corpus summary differs from %s; run go test ./docsparse -update and review the diff\n%s", golden, firstDiff(string(want), out.String()))
	}
}

func summarize(w *bytes.Buffer, doc *Document) {
	fmt.Fprintf(w, "== %s\ntitle %q at %d:%d\n", doc.Path, doc.Title, doc.TitlePos.Line, doc.TitlePos.Col)
	for _, f := range doc.Findings {
		fmt.Fprintf(w, "finding %s\n", f.Error())
	}
	for _, p := range doc.Procedures {
		h := p.Heading
		fmt.Fprintf(w, "procedure %q #%s (%s) heading line %d, list %d:%d, %d steps", h.Title, h.ID, h.IDFrom, h.Pos.Line, p.Pos.Line, p.Pos.Col, len(p.Steps))
		if p.Struck {
			fmt.Fprint(w, ", struck")
		}
		if h.Recovered {
			fmt.Fprint(w, ", recovered heading")
		}
		fmt.Fprintln(w)
		summarizeSteps(w, p.Steps, "  ")
	}
}

func summarizeSteps(w *bytes.Buffer, steps []Step, indent string) {
	for _, s := range steps {
		var labels []string
		for _, l := range s.Labels {
			labels = append(labels, fmt.Sprintf("%s:%q", l.Kind, l.Text))
		}
		fmt.Fprintf(w, "%s%s %d:%d [%s]", indent, s.Written, s.Pos.Line, s.Pos.Col, strings.Join(labels, " "))
		if n := len(s.Images); n > 0 {
			fmt.Fprintf(w, " images=%d", n)
		}
		if n := len(s.Continuation); n > 0 {
			fmt.Fprintf(w, " continuation=%d", n)
		}
		fmt.Fprintln(w)
		summarizeSteps(w, s.SubSteps, indent+"  ")
	}
}

// firstDiff shows the first differing line, enough to see what changed without a diff tool.
func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return fmt.Sprintf("line %d:\nwant %s\ngot  %s", i+1, w, g)
		}
	}
	return ""
}
