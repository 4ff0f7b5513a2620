package docsparse

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
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
// above a step is; the body says what to do.

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
		c.inStep, c.begun, c.strip = true, false, -1
		if stepHead.Match(l) {
			c.headed, c.strip = true, 0 // Nextra: the body is not indented under its heading
		}
		return true
	case c.inStep && !c.begun && len(bytes.TrimSpace(l)) == 0:
		return true // a blank line before the body would end the item before it began
	}
	return false
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
		return lead, marker, true
	}
	return min(lead, c.strip), c.pad, true
}
