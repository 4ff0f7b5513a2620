package record

import (
	"bytes"
	"fmt"
	"strings"
)

// Doc is the procedure record writes: a draft in the docs' house style for a person to edit.
type Doc struct {
	Title  string
	Source string // where it was recorded, for the note at its top: no password in it
	Steps  []Step
	// Shots are the pictures' file names beside the doc, one per step ("" for none).
	Shots []string
}

// Markdown is the doc as a Markdown file: a title, a note saying it is a recorded draft, and
// the numbered steps, each with its picture when there is one.
func (d Doc) Markdown() []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "# %s\n\n", oneLine(d.Title))
	fmt.Fprintf(&b, "<!-- Recorded by docdrift record from %s: a draft to edit. Keep the bold labels as the product shows them; docdrift run checks them. -->\n\n", strings.ReplaceAll(oneLine(d.Source), "--", "- -"))
	fmt.Fprintf(&b, "To %s, use the following steps:\n\n", lowerFirst(oneLine(d.Title)))
	for i, s := range d.Steps {
		n := fmt.Sprintf("%d. ", i+1)
		fmt.Fprintf(&b, "%s%s\n", n, s.Text)
		if i < len(d.Shots) && d.Shots[i] != "" {
			// Indented under its item: the picture belongs to the step, not after the list.
			fmt.Fprintf(&b, "\n%s![Step %d](%s)\n\n", strings.Repeat(" ", len(n)), i+1, d.Shots[i])
		}
	}
	return b.Bytes()
}

// bold is a label as the docs write it (labelText), in bold, Markdown's own characters
// escaped.
func bold(label string) string { return "**" + escape(labelText(label)) + "**" }

var escaper = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", `\<`)

func escape(s string) string { return escaper.Replace(s) }

// code is a value as the docs write one to type: in a code span, wide enough for the
// backticks it holds.
func code(v string) string {
	fence := "`"
	for strings.Contains(v, fence) {
		fence += "`"
	}
	if strings.HasPrefix(v, "`") || strings.HasSuffix(v, "`") {
		return fence + " " + v + " " + fence
	}
	return fence + v + fence
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	// Keep an acronym as it is: "API keys".
	if len(s) > 1 && strings.ToUpper(s[:2]) == s[:2] {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}
