package runner

import (
	"testing"

	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/lint"
)

func TestUndefinedStep(t *testing.T) {
	src := []byte("# Doc\n\n## Live\n\n1. Log into the store.\n2. Wave at the screen.\n\n<strike>\n\n## Old\n\n1. Hum a tune.\n\n</strike>\n")
	doc := docsparse.Parse("doc.md", src)
	got := lint.Check(&lint.Input{Doc: doc, Src: src}, []lint.Rule{UndefinedStep()})
	want := []struct {
		line int
		sev  docsparse.Severity
	}{{6, docsparse.Error}, {12, docsparse.Warning}}
	if len(got) != len(want) {
		t.Fatalf("got %d findings, want %d:\n%v", len(got), len(want), got)
	}
	for i, w := range want {
		if got[i].Pos.Line != w.line || got[i].Severity != w.sev || got[i].Rule != "undefined-step" {
			t.Errorf("finding %d = %v, want line %d %s", i, got[i], w.line, w.sev)
		}
	}
}

// A given directive no step definition matches is named as the directive, at the comment;
// it has no step number to show.
func TestUndefinedGiven(t *testing.T) {
	src := []byte("# Doc\n\n## Revoke\n\n<!-- docdrift: given the moon is full -->\n1. Log into the store.\n")
	got := lint.Check(&lint.Input{Doc: docsparse.Parse("doc.md", src), Src: src}, []lint.Rule{UndefinedStep()})
	want := `doc.md:5:1: error: given "the moon is full": no step definition matches this phrasing [undefined-step]`
	if len(got) != 1 || got[0].Error() != want {
		t.Errorf("got %v\nwant %s", got, want)
	}
}
