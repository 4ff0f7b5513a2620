package docsparse

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/docdrift/docdrift/internal/mdsource"
)

// FuzzParse checks that Parse never panics and that every position it reports is one a writer
// could open: a real line (ended by LF, CRLF or a lone CR), and a column no further than that line's end.
//
//	go test ./docsparse -run=^$ -fuzz=FuzzParse -fuzztime=3m
func FuzzParse(f *testing.F) {
	for _, path := range append(corpusFiles(f), seedPath) {
		src, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src)
	}
	for _, s := range []string{
		"<strike>\n## A\n\n1. x\n</strike>",
		"<strike>\n<del>\n## A\n1. x",
		"---\ntitle: x\n---\n1) a\n   1. b\n",
		"<!-- docdrift: value \"a\" = \"b\" -->\n1. **A** > **B**",
		"<aside class=\"warning\"><span class=\"aside-warning-hd\">T</span>",
		"1. “x” › Y → Z => W",
		"{% ifversion a %}1. Click **A**.{% endif %}\n{% data reusables.x.y %}\n2. Click **B**.\n",
		"<Steps>\n  <Step title=\"A\">\n    Click **A**.\n\n    <Note>\n      x\n    </Note>\n  </Step>\n</Steps>\n",
		"<Steps>\n### One\n- Click **A**.\n### Two\n```\n</Steps>\n```\n",
		"1.Hover the row.\r 2)Click **A**.\n\n3.Done\n```\n4.x\n",
	} {
		f.Add([]byte(s))
	}
	f.Add([]byte("<Tabs>\n  <TabItem value=\"ui\">\n    1. Click **A**.\n    ```\n    </TabItem>\n    ```\n  </TabItem>\n</Tabs>\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		for _, path := range []string{"f.md", "f.mdx"} { // an .mdx doc reads its components' bodies as Markdown
			if err := checkPositions(Parse(path, src), src); err != nil {
				t.Fatalf("%s: %v", path, err)
			}
		}
	})
}

func checkPositions(doc *Document, src []byte) error {
	lines := mdsource.NewLines(src) // a lone CR ends a line too, as docdrift reads it
	var errs []string
	check := func(what string, p Pos, zeroOK bool) {
		if zeroOK && p == (Pos{}) {
			return
		}
		// A column may point at the line's end: CRLF is two bytes.
		if p.Line < 1 || p.Line > lines.Len() || p.Col < 1 || p.Col > len(lines.Line(p.Line))+2 {
			errs = append(errs, fmt.Sprintf("%s at %d:%d is outside the source", what, p.Line, p.Col))
		}
	}
	check("title", doc.TitlePos, doc.Title == "")
	for _, s := range doc.Sections {
		check("section "+s.Title, s.Pos, false)
	}
	for _, p := range doc.Procedures {
		check("procedure heading", p.Heading.Pos, p.Heading.Level == 0)
		check("procedure", p.Pos, false)
		for _, d := range p.Directives {
			check("directive", d.Pos, false)
		}
		checkSteps(p.Steps, src, strings.HasSuffix(doc.Path, ".mdx"), check, &errs)
	}
	for _, l := range doc.Links {
		check("link "+l.Target, l.Pos, false)
	}
	for _, a := range doc.Anchors {
		check("anchor "+a.ID, a.Pos, false)
	}
	for _, a := range doc.Asides {
		check("aside", a.Pos, false)
	}
	for _, f := range doc.Findings {
		check("finding "+f.Message, f.Pos, false)
	}
	if len(errs) > 0 {
		return fmt.Errorf("%s", strings.Join(errs, "\n"))
	}
	return nil
}

func checkSteps(steps []Step, src []byte, mdx bool, check func(string, Pos, bool), errs *[]string) {
	for _, s := range steps {
		check("step "+s.Written, s.Pos, false)
		// Markup is as written (a lone CR read as the line end it is), or, in a doc with
		// template syntax, as rendered.
		text := mdsource.Read(src).Text
		rendered := text
		if r := render(text, nil, mdx); r != nil {
			rendered = r.text
		}
		if !bytes.Contains(text, []byte(s.Markup)) && !bytes.Contains(rendered, []byte(s.Markup)) {
			*errs = append(*errs, fmt.Sprintf("step %s markup %q is not in the source", s.Written, s.Markup))
		}
		if strings.ContainsAny(s.Text, "\n\t") {
			*errs = append(*errs, fmt.Sprintf("step %s text %q has unfolded white space", s.Written, s.Text))
		}
		for _, l := range s.Labels {
			check("label "+l.Text, l.Pos, false)
		}
		for _, c := range s.Continuation {
			check("continuation", c.Pos, false)
		}
		for _, img := range s.Images {
			check("image", img.Pos, false)
		}
		checkSteps(s.SubSteps, src, mdx, check, errs)
	}
}
