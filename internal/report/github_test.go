package report

import (
	"bytes"
	"errors"
	"fmt"
	"github.com/docdrift/docdrift/internal/golden"
	"strings"
	"testing"

	"github.com/docdrift/docdrift/internal/results"
)

func TestGitHub(t *testing.T) {
	var b bytes.Buffer
	if err := WriteGitHub(&b, sample(t)); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "github.txt", b.Bytes())
}

func TestMarkdown(t *testing.T) {
	var b bytes.Buffer
	if err := WriteMarkdown(&b, sample(t)); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "summary.md", b.Bytes())
}

// With more failures than GitHub shows, every procedure's first failure comes before any
// procedure's second, and a warning says how many were left out.
func TestGitHubRanksFirstFailures(t *testing.T) {
	res := &results.Result{}
	for p := 0; p < 6; p++ {
		proc := results.Procedure{Doc: doc, Name: fmt.Sprintf("P%d", p), At: at(p*100, 1), Status: results.Drifted}
		for s := 1; s <= 3; s++ {
			st := step(fmt.Sprint(s), "And", "Select **X**.", p*100+s, results.Drifted, 10)
			st.Err = errors.New("drifted")
			proc.Steps = append(proc.Steps, st)
		}
		res.Procedures = append(res.Procedures, proc)
	}
	var b bytes.Buffer
	if err := WriteGitHub(&b, res); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if len(lines) != GitHubLimit+1 {
		t.Fatalf("%d lines, want %d:\n%s", len(lines), GitHubLimit+1, b.String())
	}
	for p := 0; p < 6; p++ {
		if want := fmt.Sprintf("line=%d,", p*100+1); !strings.Contains(lines[p], want) {
			t.Errorf("annotation %d is %q, want the first failure of P%d (%s)", p, lines[p], p, want)
		}
	}
	if last := lines[len(lines)-1]; !strings.HasPrefix(last, "::warning ") || !strings.Contains(last, "8 more failed step(s)") {
		t.Errorf("last line %q", last)
	}
}

func TestEscaping(t *testing.T) {
	a := Annotation{Level: "error", File: "a,b:c%.md", Line: 1, Col: 2, Title: "x: y, z", Message: "50% done\r\nnext"}
	want := "::error file=a%2Cb%3Ac%25.md,line=1,col=2,title=x%3A y%2C z::50%25 done%0D%0Anext"
	if got := a.String(); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	// Unknown positions and a run-wide warning leave their properties out.
	if got, want := (Annotation{Level: "warning", Title: "t", Message: "m"}).String(), "::warning title=t::m"; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if got, want := (Annotation{Level: "notice", File: "d.md", Message: "m"}).String(), "::notice file=d.md::m"; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
