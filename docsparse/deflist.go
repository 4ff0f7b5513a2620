package docsparse

import (
	"bytes"
	"regexp"
	"strings"
)

// Hugo's and kramdown's definition lists draw a procedure as terms that number the steps:
//
//	Step 1
//	: Log in to your account.
//
//	  ![screen capture](login.png)
//
// The reader sees a numbered procedure, and docdrift reads one: each "Step N" term becomes
// the marker of an item whose text is the definition, its indented lines under it, every
// byte mapped back to where the writer wrote it. A term that is no step number ("Prerequisites")
// is left as the definition list it is.

var stepTerm = regexp.MustCompile(`^(?i:step)[ \t]+(\d{1,3})[ \t]*\r?\n?$`)

// definitionSteps follows the numbered terms of a definition list through a doc's lines.
type definitionSteps struct {
	number string // the term's number, until its definition's line
	pad    string // what the item's later lines need beyond their own indent; "" outside one
}

// hasDefinitionSteps reports a doc that holds a definition list whose terms are steps.
func hasDefinitionSteps(src []byte) bool {
	return bytes.Contains(src, []byte("\n: ")) && stepTermOverDefinition.Match(src)
}

// stepTermOverDefinition finds a "Step N" term with its definition under it.
var stepTermOverDefinition = regexp.MustCompile(`(?im)^step[ \t]+\d{1,3}[ \t]*\r?\n: `)

// line renders one line of a definition step, reporting whether it did: the term disappears,
// its definition's colon becomes the item's number, and the indented lines after it move under
// the item's text. next is the line after l.
func (d *definitionSteps) line(w *renderer, l, next []byte, at int) bool {
	switch {
	case d.number != "":
		marker := d.number + ". "
		d.number, d.pad = "", strings.Repeat(" ", max(len(marker)-2, 0))
		w.insert(marker, at)
		w.keep(l[2:], at+2)
		return true
	case stepTerm.Match(l) && bytes.HasPrefix(next, []byte(": ")):
		d.number, d.pad = string(stepTerm.FindSubmatch(l)[1]), ""
		return true
	case d.pad != "" && len(bytes.TrimSpace(l)) > 0 && (l[0] == ' ' || l[0] == '\t'):
		w.insert(d.pad, at)
		w.keep(l, at)
		return true
	case len(bytes.TrimSpace(l)) > 0:
		d.pad = "" // text at the margin ends the definition
	}
	return false
}
