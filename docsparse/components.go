package docsparse

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"

	"github.com/docdrift/docdrift/internal/understand"
)

// MDX site generators draw a procedure with a component instead of a Markdown list:
//
//	<Steps>
//	  <Step title="Create a key">
//	    Click **Create API key** and enter a name.
//	  </Step>
//	</Steps>
//
// (Mintlify, Fumadocs), or headings inside <Steps> (Nextra). The reader sees a numbered list,
// and docdrift reads one: each step becomes an item whose text is the step's body, every
// byte mapped back to where the writer wrote it. A step's title is its caption, as a heading
// above a step is; the body says what to do — unless a Nextra heading is itself the
// instruction ("### Click the `Create user` button"), which then opens the item.

var (
	stepsOpen  = regexp.MustCompile(`^[ \t]*<Steps(?:[ \t][^>]*)?>[ \t]*\r?\n?$`)
	stepsClose = regexp.MustCompile(`^[ \t]*</Steps>[ \t]*\r?\n?$`)
	stepOpen   = regexp.MustCompile(`^[ \t]*<Step(?:[ \t][^>]*[^/])?>[ \t]*\r?\n?$`)
	stepClose  = regexp.MustCompile(`^[ \t]*</Step>[ \t]*\r?\n?$`)
	stepHead   = regexp.MustCompile(`^[ \t]{0,3}#{2,4}[ \t]`)
	fenceLine  = regexp.MustCompile("^[ \t]*(```|~~~)")
)

// stepsComponent follows one <Steps> component through the lines of a doc.
type stepsComponent struct {
	open   bool // inside <Steps>
	fence  codeFence
	n      int // steps so far
	inStep bool
	headed bool   // the steps are headings (Nextra), not <Step> tags
	begun  bool   // the step's body has had a line that is not blank: its item is written
	title  int    // the heading marker to drop when the step's heading is its first line, else 0
	strip  int    // the body's own indent, -1 until its first line
	pad    string // the item's content indent under its marker
}

// codeFence follows fenced code blocks through a doc's lines: what is inside one is code,
// whatever it looks like.
type codeFence struct {
	open []byte // the fence of the block being passed through, nil outside one
}

// code reports whether l opens, closes or lies inside a fenced code block, keeping count.
func (f *codeFence) code(l []byte) bool {
	if m := fenceLine.FindSubmatch(l); m != nil {
		switch {
		case f.open == nil:
			f.open = m[1]
		case bytes.Equal(f.open, m[1]):
			f.open = nil
			return true
		}
	}
	return f.open != nil
}

// hasStepsComponent reports a doc that may hold a <Steps> component.
func hasStepsComponent(src []byte) bool { return bytes.Contains(src, []byte("<Steps")) }

// tag renders a line that opens or closes the component or one of its steps, reporting
// whether it did.
func (c *stepsComponent) tag(w *renderer, l []byte, at int) bool {
	if c.fence.code(l) {
		return false
	}
	switch {
	case !c.open:
		if stepsOpen.Match(l) {
			*c = stepsComponent{open: true}
			return true
		}
	case stepsClose.Match(l):
		*c = stepsComponent{}
		w.insert("\n", at) // the list ends here, whatever follows the tag
		return true
	case stepClose.Match(l):
		c.inStep = false
		return true
	case stepOpen.Match(l) && !c.headed, stepHead.Match(l) && (c.headed || c.n == 0 && !c.inStep):
		c.inStep, c.begun, c.strip, c.title = true, false, -1, 0
		if stepHead.Match(l) {
			c.headed, c.strip = true, 0 // Nextra: the body is not indented under its heading
			if marker := headingMarker(l); instructs(l[marker:]) {
				c.title = marker
				return false // the heading is the step's first line, the body what follows it
			}
		}
		return true
	case c.inStep && !c.begun && len(bytes.TrimSpace(l)) == 0:
		return true // a blank line before the body would end the item before it began
	}
	return false
}

// headingMarker is the length of a heading line's "### " before its text.
func headingMarker(l []byte) int {
	t := bytes.TrimLeft(l, " \t")
	t = bytes.TrimLeft(t, "#")
	return len(l) - len(bytes.TrimLeft(t, " \t"))
}

// instructs reports a Nextra step heading that is the step's instruction, not its caption:
// "### Click the `Create user` button", "### Fill out the form" over the form's fields, where
// "### Create a new queue" names the goal its body goes on to reach.
func instructs(title []byte) bool {
	t := strings.TrimSpace(string(title))
	if understand.HeadingLead(t).LeadIn {
		return true
	}
	m := understand.Read(t)
	return m.Understood() && m.ClicksLabel()
}

// body returns how many leading bytes of a line of a step's body to drop and what to write
// before the rest: the item's marker before its first line, its indent before the others.
func (c *stepsComponent) body(l []byte) (strip int, pad string, ok bool) {
	if !c.inStep {
		return 0, "", false
	}
	lead := len(l) - len(bytes.TrimLeft(l, " \t"))
	if !c.begun {
		c.n++
		marker := strconv.Itoa(c.n) + ". "
		c.begun, c.pad = true, strings.Repeat(" ", len(marker))
		if c.strip < 0 {
			c.strip = lead
		}
		if c.title > 0 {
			return c.title, marker, true
		}
		return lead, marker, true
	}
	return min(lead, c.strip), c.pad, true
}
