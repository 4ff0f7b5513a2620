package runner

import (
	"strings"
	"testing"

	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/lint"
)

func TestNotUnderstoodRule(t *testing.T) {
	src := []byte("# Doc\n\n## Live\n\n<!-- docdrift: given the moon is full -->\n1. Log into the store.\n2. Wave at the screen.\n3. The page is slow on Mondays.\n\n<strike>\n\n## Old\n\n1. Hum the tune.\n\n</strike>\n")
	doc := docsparse.Parse("doc.md", src)
	got := lint.Check(&lint.Input{Doc: doc, Src: src}, []lint.Rule{NotUnderstoodRule()})
	want := []struct {
		line int
		msg  string
	}{
		{5, `given directive "the moon is full": not understood: it names no action docdrift knows (see docdrift explain)`},
		{7, `step 2 "Wave at the screen.": not understood: docdrift has no action for the verb “Wave”`},
		{14, `step 1 "Hum the tune.": not understood: docdrift has no action for the verb “Hum”`},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d findings, want %d:\n%v", len(got), len(want), got)
	}
	for i, w := range want {
		if got[i].Pos.Line != w.line || got[i].Severity != docsparse.Warning || got[i].Rule != "not-understood" || got[i].Message != w.msg {
			t.Errorf("finding %d = %v, want line %d warning %q", i, got[i], w.line, w.msg)
		}
	}
}

// A step of one sentence longer than docdrift reads is one warning at the step, quoting the
// sentence's start: the warning stays a line however long the sentence.
func TestNotUnderstoodRuleOnAHugeSentence(t *testing.T) {
	src := []byte("# Doc\n\n## P\n\n1. Select **A**.\n2. Select [x]" + strings.Repeat("(", 1<<20) + "\n")
	doc := docsparse.Parse("doc.md", src)
	got := lint.Check(&lint.Input{Doc: doc, Src: src}, []lint.Rule{NotUnderstoodRule()})
	if len(got) != 1 {
		t.Fatalf("got %d findings, want 1: %.300v", len(got), got)
	}
	want := `step 2 "Select [x]` + strings.Repeat("(", maxQuoted-len("Select [x]")) + `…": not understood: the sentence is 1048586 bytes long and docdrift reads sentences of at most 8192 bytes; split it into shorter ones`
	if f := got[0]; f.Pos.Line != 6 || f.Severity != docsparse.Warning || f.Message != want {
		t.Errorf("finding = %.300v at line %d, want line 6 warning %.300q", f.Message, f.Pos.Line, want)
	}
}
