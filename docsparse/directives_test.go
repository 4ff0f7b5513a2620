package docsparse

import (
	"fmt"
	"strings"
	"testing"
)

func TestReadDirective(t *testing.T) {
	tests := []struct {
		comment string
		want    string // "-" when the comment is not a directive
	}{
		{" docdrift: skip needs a real store owner ", `skip "" "needs a real store owner"`},
		{"docdrift:given a legacy API account exists", `given "" "a legacy API account exists"`},
		{"\n  docdrift: value \"Name\" = \"Nightly ERP sync\"\n", `value "Name" "Nightly ERP sync"`},
		{`docdrift: value "Say \"hi\"" = ""`, `value "Say \"hi\"" ""`},
		{"DocDrift: skip flaky upstream", `skip "" "flaky upstream"`},
		{" TODO: rewrite this ", "-"},
		{" docdrifter notes ", "-"},
		{"docdrift:\n  given\na store", `given "" "a store"`},
		{"docdrift\nskip x", `error: directive needs a colon after "docdrift": <!-- docdrift: skip|given|value … -->`},
		{" docdrift: skip ", `error: skip needs reason: <!-- docdrift: skip REASON -->`},
		{" docdrift: given", `error: given needs precondition: <!-- docdrift: given PRECONDITION -->`},
		{" docdrift: value Name = x ", `error: value needs a quoted field and value: <!-- docdrift: value "FIELD" = "VALUE" -->, got "Name = x"`},
		{` docdrift: value "" = "x" `, `error: value needs a quoted field and value: <!-- docdrift: value "FIELD" = "VALUE" -->, got "\"\" = \"x\""`},
		{" docdrift: ignore this ", `error: unknown directive "ignore"; expected skip, given or value`},
		{" docdrift: ", `error: directive is empty; expected skip, given or value`},
		{" docdrift skip reason ", `error: directive needs a colon after "docdrift": <!-- docdrift: skip|given|value … -->`},
	}
	for _, tt := range tests {
		d, ok, err := readDirective(tt.comment)
		var got string
		switch {
		case !ok:
			got = "-"
		case err != nil:
			got = "error: " + err.Error()
		default:
			got = fmt.Sprintf("%s %q %q", d.Kind, d.Field, d.Value)
		}
		if got != tt.want {
			t.Errorf("readDirective(%q)\n got %s\nwant %s", tt.comment, got, tt.want)
		}
	}
}

func TestApplyDirectives(t *testing.T) {
	src := `# T

<!-- docdrift: given a store exists -->

## Create

<!-- docdrift: skip needs the owner -->
<!-- docdrift: value "Name" = "Nightly" -->
To create:

1. Click **Create**.

<!-- docdrift: skip applies to the second list -->

1. Click **Again**.

<!-- docdrift: given nothing follows -->

## Revoke

Text with an inline <!-- docdrift: bogus --> comment.

1. Click **Revoke**.
`
	doc := Parse("t.md", []byte(src))
	var got []string
	for _, p := range doc.Procedures {
		for _, d := range p.Directives {
			got = append(got, fmt.Sprintf("%s@%d: %s %q %q", p.Heading.Title, d.Pos.Line, d.Kind, d.Field, d.Value))
		}
	}
	for _, f := range doc.Findings {
		got = append(got, f.Error())
	}
	want := []string{
		`Create@7: skip "" "needs the owner"`,
		`Create@8: value "Name" "Nightly"`,
		`Create@13: skip "" "applies to the second list"`,
		// "# T" has no list of its own below the directive: the heading bounds it.
		`t.md:3:1: error: given directive applies to no procedure: no numbered list follows it in section "T" [directive]`,
		`t.md:17:1: error: given directive applies to no procedure: no numbered list follows it in section "Create" [directive]`,
		`t.md:21:21: error: unknown directive "bogus"; expected skip, given or value [directive]`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if reason, ok := doc.Procedures[0].Skipped(); !ok || reason != "needs the owner" {
		t.Errorf("Skipped() = %q, %v", reason, ok)
	}
	if doc.Procedures[0].Intro != "To create:" {
		t.Errorf("intro = %q: directive comments between intro and list must not hide it", doc.Procedures[0].Intro)
	}
}
