package docsparse

import (
	"fmt"
	"strings"
	"testing"
)

func TestExcessMarkupIsReadWithoutItsMarkup(t *testing.T) {
	manyLines := strings.Repeat("1. Select "+strings.Repeat("**a** ", 100)+"\n", maxMarkupPerDoc/200+1)
	tests := []struct {
		name, src string
		findings  string
		steps     int
		lastStep  string // the text of the last step, when it matters
	}{
		{"a normal doc", "# T\n\n1. Select **Save**, then `OK` and [Help](h.md).\n", "", 1,
			"Select Save, then OK and Help."},
		{"a line of open brackets: the words and the next step are still read",
			"# T\n\n1. Select " + strings.Repeat("[", 300) + " now\n2. Click **OK**.\n",
			"t.md:3:267: error: more than 256 pieces of inline markup ([, `, *, _, ~) in this line; docdrift ignores the markup characters in the rest of the line and reads only its words [input]",
			2, "Click OK."},
		{"a run counts once, and is blanked whole", "# T\n\n1. Select " + strings.Repeat("***a ", 257) + "**B**\n",
			"t.md:3:1291: error: more than 256 pieces of inline markup ([, `, *, _, ~) in this line; docdrift ignores the markup characters in the rest of the line and reads only its words [input]",
			1, ""},
		{"several such lines are named at the first", "# T\n\n" + strings.Repeat("1. "+strings.Repeat("`a ", 260)+"\n", 3),
			"t.md:3:772: error: more than 256 pieces of inline markup ([, `, *, _, ~) in this line (2 lines hold more, up to 260); docdrift ignores the markup characters in the rest of the line and reads only its words [input]",
			3, ""},
		{"a doc over the doc's limit", "---\ntitle: Front\n---\n" + manyLines,
			fmt.Sprintf("t.md:%d:%d: error: the doc holds more than 65536 pieces of inline markup ([, `, *, _, ~); docdrift ignores the markup characters from here on and reads only the words [input]",
				4+maxMarkupPerDoc/200, 11+6*((maxMarkupPerDoc%200)/2)),
			maxMarkupPerDoc/200 + 1, "Select " + strings.TrimSpace(strings.Repeat("a ", 100))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Parse("t.md", []byte(tt.src))
			if got := Findings(doc.Findings).Error(); got != tt.findings {
				t.Errorf("findings:\n%s\nwant:\n%s", got, tt.findings)
			}
			if len(doc.Procedures) != 1 || len(doc.Procedures[0].Steps) != tt.steps {
				t.Fatalf("want one procedure of %d steps, got %+v", tt.steps, doc.Procedures)
			}
			steps := doc.Procedures[0].Steps
			if last := steps[len(steps)-1]; tt.lastStep != "" && last.Text != tt.lastStep {
				t.Errorf("last step reads %q, want %q", last.Text, tt.lastStep)
			}
		})
	}
}

// The model is read from what goldmark parsed: a blanked run is gone from a step's markup
// and labels too, and front matter (hidden from goldmark) still gives the title.
func TestExcessMarkupLeavesFrontMatterAndPositions(t *testing.T) {
	src := "---\ntitle: Front\n---\n1. Select " + strings.Repeat("**A** ", 130) + "**Late**\n2. Click **OK**.\n"
	doc := Parse("t.md", []byte(src))
	if doc.Title != "Front" {
		t.Errorf("title %q, want the front matter's", doc.Title)
	}
	steps := doc.Procedures[0].Steps
	if n := len(steps[0].Labels); n != 128 {
		t.Errorf("first step has %d labels, want the 128 read in full", n)
	}
	if strings.Contains(steps[0].Markup, "**Late**") || !strings.HasSuffix(steps[0].Markup, "Late") {
		t.Errorf("first step's markup ends %q: want the words past the limit without their markup", steps[0].Markup[len(steps[0].Markup)-20:])
	}
	if got := steps[1].Labels; len(got) != 1 || got[0].Text != "OK" || got[0].Pos != (Pos{Line: 5, Col: 12}) {
		t.Errorf("second step's labels %+v, want OK at 5:12", got)
	}
}
