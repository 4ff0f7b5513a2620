package docsparse

import (
	"fmt"
	"strings"
	"testing"
)

// struckSummary lists each section and procedure with its strike and recovery state.
func struckSummary(doc *Document) string {
	var out []string
	for _, s := range doc.Sections {
		out = append(out, fmt.Sprintf("section %q@%d struck=%v recovered=%v", s.Title, s.Pos.Line, s.Struck, s.Recovered))
	}
	for _, p := range doc.Procedures {
		var steps []string
		for _, s := range p.Steps {
			steps = append(steps, fmt.Sprintf("%d:%v", s.Number, s.Struck))
		}
		out = append(out, fmt.Sprintf("procedure %q struck=%v steps=%s", p.Heading.Title, p.Struck, strings.Join(steps, ",")))
	}
	for _, f := range doc.Findings {
		out = append(out, f.Error())
	}
	return strings.Join(out, "\n")
}

func TestStrike(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{
			name: "strike swallowing a heading",
			src:  "# T\n\n<strike>\n## Old\n\n1. Do it.\n</strike>\n\n## New\n\n1. Do this.\n",
			want: `section "T"@1 struck=false recovered=false
section "Old"@4 struck=true recovered=true
section "New"@9 struck=false recovered=false
procedure "Old" struck=true steps=1:true
procedure "New" struck=false steps=1:false`,
		},
		{
			name: "s and del between blank lines",
			src:  "# T\n\n<s>\n\n## Old\n\n1. A\n\n</s>\n\n<del>\n\n## Older\n\n1. B\n\n</del>\n",
			want: `section "T"@1 struck=false recovered=false
section "Old"@5 struck=true recovered=false
section "Older"@13 struck=true recovered=false
procedure "Old" struck=true steps=1:true
procedure "Older" struck=true steps=1:true`,
		},
		{
			name: "nested swallowing tags",
			src:  "# T\n\n<strike>\n<del>\n## Gone\n\n1. A\n</del></strike>\n",
			want: `section "T"@1 struck=false recovered=false
section "Gone"@5 struck=true recovered=true
procedure "Gone" struck=true steps=1:true`,
		},
		{
			name: "one block swallowing several headings",
			src:  "# T\n\n<strike>\n## A\n<strike>\n## B\n\n1. x\n</strike></strike>\n",
			want: `section "T"@1 struck=false recovered=false
section "A"@4 struck=true recovered=true
section "B"@6 struck=true recovered=true
procedure "B" struck=true steps=1:true`,
		},
		{
			name: "single struck steps",
			src:  "# T\n\n1. ~~Click Legacy.~~\n2. <s>Click Old.</s>\n3. Click ~~not~~ this.\n",
			want: `section "T"@1 struck=false recovered=false
procedure "T" struck=false steps=1:true,2:true,3:false`,
		},
		{
			name: "struck heading text",
			src:  "# T\n\n## ~~Old way~~\n\n1. A\n",
			want: `section "T"@1 struck=false recovered=false
section "Old way"@3 struck=true recovered=false
procedure "Old way" struck=false steps=1:false`,
		},
		{
			name: "unclosed strike",
			src:  "# T\n\n1. A\n\n<strike>\n## Old\n\n1. B\n",
			want: `section "T"@1 struck=false recovered=false
section "Old"@6 struck=true recovered=true
procedure "T" struck=false steps=1:false
procedure "Old" struck=true steps=1:true
t.md:5:1: warning: <strike> is never closed, so everything after it reads as struck out; add </strike> where the draft ends [draft]`,
		},
		{
			name: "many unclosed strikes: one finding, at the first",
			src:  "# T\n\n1. A <strike> B <strike>\n2. C <strike>\n",
			want: `section "T"@1 struck=false recovered=false
procedure "T" struck=false steps=1:false,2:true
t.md:3:6: warning: <strike> is never closed (nor are 2 more after it), so everything after it reads as struck out; add </strike> where the draft ends [draft]`,
		},
		{
			name: "strike in code is an example, not a strike-out",
			src:  "# T\n\nWrite `<strike>` to strike.\n\n```\n<strike>\n```\n\n## New\n\n1. A\n",
			want: `section "T"@1 struck=false recovered=false
section "New"@9 struck=false recovered=false
procedure "New" struck=false steps=1:false`,
		},
		{
			name: "stray closing tag is ignored",
			src:  "# T\n\n</strike>\n\n1. A\n",
			want: `section "T"@1 struck=false recovered=false
procedure "T" struck=false steps=1:false`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := struckSummary(Parse("t.md", []byte(tt.src)))
			if got != tt.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}
