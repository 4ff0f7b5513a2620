package docsparse

import (
	"fmt"
	"strings"
	"testing"
)

func TestSlugify(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Obtaining an OAuth Token", "obtaining-an-oauth-token"},
		{"Add LDAP/AD Groups to Projects", "add-ldapad-groups-to-projects"},
		{"Step 5: Identify the parent page (if applicable)", "step-5-identify-the-parent-page-if-applicable"},
		{"snake_case and kebab-case", "snake_case-and-kebab-case"},
		{"[ Ruby ]", "-ruby-"},
		{"Ünïcode Straße", "ünïcode-straße"},
		{"OAuth Tokens via CP â€“ Draft", "oauth-tokens-via-cp-â-draft"},
		{"   ", ""},
	}
	for _, tt := range tests {
		if got := slugify(tt.in); got != tt.want {
			t.Errorf("slugify(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSectionIDs(t *testing.T) {
	src := strings.Join([]string{
		`# <span class="jumptarget" id=""> Empty Id </span>`, // explicit but empty: slug
		`## <span class="jumptarget" id="cp_get"> From Span </span>`,
		`## From Attribute {#from-attr}`,
		`## From Anchor<a name="from-name"></a>`,
		`## <a id="from-id"></a>From Anchor Id`,
		`## Repeated`,
		`## Repeated`,
		`## Repeated`,
		`##`,
		"Setext Heading\n--------------",
	}, "\n\n")
	doc := Parse("t.md", []byte(src))
	var got []string
	for _, s := range doc.Sections {
		got = append(got, fmt.Sprintf("%d %q #%s (%s) @%d", s.Level, s.Title, s.ID, s.IDFrom, s.Pos.Line))
	}
	want := []string{
		`1 "Empty Id" #empty-id (slug) @1`,
		`2 "From Span" #cp_get (span) @3`,
		`2 "From Attribute" #from-attr (attr) @5`,
		`2 "From Anchor" #from-name (anchor) @7`,
		`2 "From Anchor Id" #from-id (anchor) @9`,
		`2 "Repeated" #repeated (slug) @11`,
		`2 "Repeated" #repeated-1 (slug) @13`,
		`2 "Repeated" #repeated-2 (slug) @15`,
		`2 "" # (none) @17`,
		`2 "Setext Heading" #setext-heading (slug) @19`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("sections:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if doc.Title != "Empty Id" || doc.TitlePos != (Pos{1, 1}) {
		t.Errorf("title = %q at %v", doc.Title, doc.TitlePos)
	}
	var anchors []string
	for _, a := range doc.Anchors {
		anchors = append(anchors, fmt.Sprintf("%s@%d:%d", a.ID, a.Pos.Line, a.Pos.Col))
	}
	wantAnchors := "empty-id@1:1 cp_get@3:1 from-attr@5:1 from-name@7:1 from-id@9:1 repeated@11:1 repeated-1@13:1 repeated-2@15:1 setext-heading@19:1"
	if strings.Join(anchors, " ") != wantAnchors {
		t.Errorf("anchors = %s\nwant      %s", strings.Join(anchors, " "), wantAnchors)
	}
}

func TestTitle(t *testing.T) {
	tests := []struct {
		name, src, title string
		pos              Pos
	}{
		{"first level-1 heading", "## Intro\n\n# Real Title\n", "Real Title", Pos{3, 1}},
		{"front matter title", "---\ntitle: \"Create Robots\"\nweight: 40\n---\n\n## View\n", "Create Robots", Pos{2, 1}},
		{"first heading otherwise", "Text.\n\n### Small\n", "Small", Pos{3, 1}},
		{"none", "Just text.\n", "", Pos{}},
		{"unclosed front matter is a thematic break", "---\ntitle: x\n\n## Y\n", "Y", Pos{4, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Parse("t.md", []byte(tt.src))
			if doc.Title != tt.title || doc.TitlePos != tt.pos {
				t.Errorf("title = %q at %v, want %q at %v", doc.Title, doc.TitlePos, tt.title, tt.pos)
			}
		})
	}
}

func TestAnchorsFromHTML(t *testing.T) {
	src := "# T\n\n<div id=\"box\">x</div>\n\nText <a name=\"here\"></a> and <input name=\"q\">.\n\n## <span id=\"s\"></span><a name=\"old-s\"></a>S\n"
	doc := Parse("t.md", []byte(src))
	var got []string
	for _, a := range doc.Anchors {
		got = append(got, fmt.Sprintf("%s@%d:%d", a.ID, a.Pos.Line, a.Pos.Col))
	}
	if want := "t@1:1 box@3:1 here@5:6 s@7:1 old-s@7:24"; strings.Join(got, " ") != want {
		t.Errorf("anchors = %s, want %s", strings.Join(got, " "), want)
	}
}

func TestByteOrderMark(t *testing.T) {
	doc := Parse("t.md", []byte("\ufeff# Title\n\n1. A\n"))
	if doc.Title != "Title" || doc.TitlePos != (Pos{1, 4}) || len(doc.Procedures) != 1 {
		t.Errorf("title %q at %v, %d procedures; want \"Title\" at 1:4 (after the BOM) and 1", doc.Title, doc.TitlePos, len(doc.Procedures))
	}
}

func TestProcedureWithin(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string // per procedure, its enclosing headings
	}{
		{"under the title only", "# T\n\n1. A\n", []string{""}},
		{"a section of the title", "# T\n\n## S\n\n1. A\n", []string{"T"}},
		{
			// headscale's Apple guide (testdata/heldout 467): the app is two levels up.
			name: "an app two levels up, then its sibling",
			src:  "# Apple\n\n## iOS\n\n### Configure\n\n1. A\n\n## macOS\n\n### Configure\n\n#### GUI\n\n1. B\n",
			want: []string{"Apple > iOS", "Apple > macOS > Configure"},
		},
		{"a skipped level", "# T\n\n### Deep\n\n1. A\n\n## S\n\n1. B\n", []string{"T", "T"}},
		{"no title", "## S\n\n1. A\n", []string{""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, p := range Parse("t.md", []byte(tt.src)).Procedures {
				var titles []string
				for _, s := range p.Within {
					titles = append(titles, s.Title)
				}
				got = append(got, strings.Join(titles, " > "))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
