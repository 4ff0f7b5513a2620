// Package flattree holds the page-script helpers every script that searches a page shares,
// so that locating, clicking, masking and recording agree on what a page holds: the flat tree
// a reader sees, with web components' open shadow roots and same-origin frames in place, and
// boxes measured in the top viewport.
package flattree

import (
	_ "embed"
	"strings"
)

//go:embed flat.js
var flatJS string

// With gives a page script that names FLAT_TREE the helpers of flat.js: up, closestUp and
// deepAll (the flat tree), frameDoc, inner and offset (frames), rect, rects and hitAt (the
// top viewport) and dialogName. FLAT_TREE stands for an expression to evaluate once per look
// at the page, never to keep: it remembers whether the page has shadow roots or frames.
func With(script string) string {
	// Parenthesised: flat.js opens with comments, and after a bare "return" a line comment
	// would end the statement.
	return strings.ReplaceAll(script, "FLAT_TREE", "(\n"+strings.TrimSpace(flatJS)+"\n)")
}
