package docsparse

import (
	"fmt"
	"strings"
	"testing"
)

// Each step number written with no space after it is reported where the space is missing,
// so the writer can mend the list Markdown shows as running text; numbers that are no steps
// are not.
func TestUnspacedStepsAreReported(t *testing.T) {
	src := "## Publish\n\n1.Hover over the wiki.\n 2.Click **Publish**.\n\n3)Click **Done**.\n\n## Sizes\n\n1.5 GB\n2.5 GB\n\n1.Alone.\n"
	var got []string
	for _, f := range Parse("t.md", []byte(src)).Findings {
		got = append(got, fmt.Sprintf("%d:%d %s %s", f.Pos.Line, f.Pos.Col, f.Rule, f.Message))
	}
	const msg = ": Markdown shows these steps as one paragraph of running text (docdrift reads them as steps)"
	want := []string{
		`3:3 list-marker no space after "1."` + msg,
		`4:4 list-marker no space after "2."` + msg,
		`6:3 list-marker no space after "3)"` + msg,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
