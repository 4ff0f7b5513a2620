// Package hostile makes Markdown docs built to be slow, deep or large: the inputs an attacker
// or a fuzzer feeds a parser to find quadratic time or unbounded memory. Tests bound each
// stage of docdrift on them, and bench/hostile times whole lint processes on them at the
// largest size docdrift reads.
package hostile

import (
	"bytes"
	"fmt"
	"strings"
)

// Shape is one kind of pathological doc.
type Shape struct {
	Name string
	// Make returns a doc of about size bytes (never more).
	Make func(size int) []byte
}

// Shapes lists every pathological doc shape docdrift is checked against.
func Shapes() []Shape {
	return []Shape{
		{"open brackets in a step", step("1. Select ", "[")},
		{"open image brackets in a step", step("1. Select ", "![")},
		{"open brackets on every line", repeat("# Doc\n\n## Do it\n\n", "1. Select "+strings.Repeat("[", 200)+"\n")},
		{"unclosed links in a step", step("1. Select ", "[a](")},
		{"unclosed parentheses after link text", step("1. Select [x]", "(")},
		{"reference-style text with no close", step("1. Select ", "[a][")},
		{"backtick runs of rising length", backticks},
		{"unclosed backticks in a step", step("1. Select ", "`a ")},
		{"unclosed HTML comments in a step", step("1. Select ", "<!-- ")},
		{"unclosed tags in a step", step("1. Select ", "<a ")},
		{"entities with no semicolon", step("1. Select ", "&amp")},
		{"emphasis delimiters", step("1. Select ", "**a ")},
		{"underscores", step("1. Select ", "_a ")},
		{"backslashes", step("1. Select ", `\`)},
		{"kramdown braces", step("1. Select ", "{:")},
		{"one long line", step("", "word ")},
		{"many steps", repeat("# Doc\n\n## Do it\n\n", "1. Select **Advanced Settings** > **API Accounts**. The **Store API Accounts** page opens.\n")},
		{"many procedures", repeat("# Doc\n\n", "## Do it\n\n1. Select **Save**.\n2. Click **OK**.\n\n")},
		{"nested lists", nested},
		{"nested block quotes", step("", ">")},
		{"links to missing anchors", brokenAnchors},
		{"many headings, one broken link each", headingsAndLinks},
		{"strike tags", repeat("# Doc\n\n", "<strike>\n\n## Old\n\n1. Select **A**.\n\n</strike>\n\n")},
		{"unclosed strike tags", repeat("# Doc\n\n## P\n\n1. Select **A**.\n", "<strike> ")},
		{"HTML blocks", repeat("# Doc\n\n", "<div>\n<p>text</p>\n</div>\n\n")},
		{"directives", repeat("# Doc\n\n## P\n\n", "<!-- docdrift: value \"Name\" = \"x\" -->\n")},
		{"images after steps", repeat("# Doc\n\n## P\n\n", "1. Select **A**.\n\n   ![shot](../assets/a.png)\n")},
		{"tables", repeat("# Doc\n\n| a | b |\n|---|---|\n", "| [x | `y |\n")},
		{"carriage returns only", step("# Doc\r\r## P\r\r", "1. Select **A**.\r")},
		{"front matter that never ends", step("---\n", "key: value\n")},
	}
}

// step is prefix followed by unit repeated to size, then a newline.
func step(prefix, unit string) func(int) []byte {
	return func(size int) []byte {
		head := "# Doc\n\n## Do it\n\n" + prefix
		if prefix == "" || prefix[0] == '#' || prefix[0] == '-' {
			head = prefix
		}
		return fill(head, unit, "\n", size)
	}
}

// repeat is head followed by unit as many times as size allows.
func repeat(head, unit string) func(int) []byte {
	return func(size int) []byte { return fill(head, unit, "", size) }
}

func fill(head, unit, tail string, size int) []byte {
	var b bytes.Buffer
	b.Grow(size)
	b.WriteString(head)
	for b.Len()+len(unit)+len(tail) <= size {
		b.WriteString(unit)
	}
	b.WriteString(tail)
	return b.Bytes()
}

// backticks writes runs of 1, 2, 3 … backticks separated by text: no run closes another.
func backticks(size int) []byte {
	var b bytes.Buffer
	b.WriteString("# Doc\n\n## Do it\n\n1. Select ")
	for n := 1; ; n++ {
		if b.Len()+n+2 > size {
			break
		}
		b.Write(bytes.Repeat([]byte("`"), n))
		b.WriteString("a ")
	}
	b.WriteString("\n")
	return b.Bytes()
}

// nested indents each list item one level deeper than the last.
func nested(size int) []byte {
	var b bytes.Buffer
	b.WriteString("# Doc\n\n## Do it\n\n")
	for depth := 0; ; depth++ {
		line := fmt.Sprintf("%*s1. Select **A**.\n", 3*depth, "")
		if b.Len()+len(line) > size {
			break
		}
		b.WriteString(line)
	}
	return b.Bytes()
}

// brokenAnchors is many links to ids no heading defines, against a few hundred headings.
func brokenAnchors(size int) []byte {
	var b bytes.Buffer
	b.WriteString("# Doc\n\n")
	for i := 0; i < 300; i++ {
		fmt.Fprintf(&b, "## Section number %d\n\n", i)
	}
	for i := 0; ; i++ {
		line := fmt.Sprintf("See [here](#section-numbr-%d).\n", i)
		if b.Len()+len(line) > size {
			break
		}
		b.WriteString(line)
	}
	return b.Bytes()
}

// headingsAndLinks is a heading and a link to a misspelt id, over and over: as many ids to
// compare each broken link with as there are broken links.
func headingsAndLinks(size int) []byte {
	var b bytes.Buffer
	b.WriteString("# Doc\n\n")
	for i := 0; ; i++ {
		part := fmt.Sprintf("## Configure the widget %d\n\nSee [it](#configure-the-widgt-%d).\n\n", i, i)
		if b.Len()+len(part) > size {
			break
		}
		b.WriteString(part)
	}
	return b.Bytes()
}
