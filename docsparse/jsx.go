package docsparse

import (
	"bytes"
	"regexp"
)

// MDX reads what a component holds as Markdown however deep the writer indents it: it has no
// indented code blocks. Docs lean on that to lay out a page —
//
//	<Tabs>
//	  <TabItem value="ui" label="UI">
//	    1. Navigate to the **Prompts** page.
//	  </TabItem>
//	</Tabs>
//
// — where CommonMark sees raw HTML and a code block. In an .mdx doc docdrift reads a layout
// component's tag lines as blank lines and its body at the indent of the outermost open
// component, every byte mapped back to where the writer wrote it. Callouts (<Note>) and
// <Steps> have readings of their own and pass through.

var (
	containerOpen  = regexp.MustCompile(`^([ \t]*)<([A-Za-z][\w.]*)(?:[ \t][^<>]*)?>[ \t]*\r?\n?$`)
	containerClose = regexp.MustCompile(`^[ \t]*</([A-Za-z][\w.]*)>[ \t]*\r?\n?$`)
	ownReading     = regexp.MustCompile(`^(?:` + calloutNames + `|Steps|Step)$`)
)

// jsxContainers follows the layout components of an .mdx doc through its lines.
type jsxContainers struct {
	fence  codeFence
	names  []string // the components open, outermost first
	indent int      // the outermost one's indent
}

// hasContainers reports an .mdx doc that may hold a layout component.
func hasContainers(src []byte) bool {
	return bytes.Contains(src, []byte("\n<")) || bytes.Contains(src, []byte(" <"))
}

// line renders one line: a component's tag line as a blank line, reporting that it did, or
// how many leading bytes of a body line to drop.
func (j *jsxContainers) line(w *renderer, l []byte, at int) (strip int, done bool) {
	if j.fence.code(l) {
		return j.strip(l), false
	}
	if m := containerOpen.FindSubmatch(l); m != nil && !ownReading.Match(m[2]) && !voidElements[string(bytes.ToLower(m[2]))] && !selfClosing(l) {
		if len(j.names) == 0 {
			j.indent = len(m[1])
		}
		j.names = append(j.names, string(m[2]))
		w.insert("\n", at)
		return 0, true
	}
	if m := containerClose.FindSubmatch(l); m != nil && len(j.names) > 0 && j.names[len(j.names)-1] == string(m[1]) {
		j.names = j.names[:len(j.names)-1]
		w.insert("\n", at)
		return 0, true
	}
	return j.strip(l), false
}

// selfClosing reports a tag line that closes itself ("<DocActions />"): it holds nothing, and
// taking it for an open component would read the rest of the doc as its body.
func selfClosing(l []byte) bool {
	return bytes.HasSuffix(bytes.TrimRight(l, " \t\r\n"), []byte("/>"))
}

// strip is how much of a body line's indent goes: what it has beyond the outermost open
// component's own.
func (j *jsxContainers) strip(l []byte) int {
	if len(j.names) == 0 {
		return 0
	}
	lead := len(l) - len(bytes.TrimLeft(l, " \t"))
	return max(lead-j.indent, 0)
}
