package featuregen

import (
	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/understand"
)

// A task a doc splits into numbered headings ("### 1. Enable Shipping Mode", "### 2. Create
// Service Zone", "## Step 3: Campaign") is done part after part: a reader who reaches part 2
// has done part 1, on the same item.

// earlierPart is the anchor of the heading of the part before p's, when p's heading numbers
// a part and the heading right before it at the same level, under the same parent, numbers
// the one before; "" otherwise.
func earlierPart(doc *docsparse.Document, p docsparse.Procedure) string {
	n := understand.PartNumber(p.Heading.Title)
	if n < 2 {
		return ""
	}
	at := -1
	for i, s := range doc.Sections {
		if s.Pos == p.Heading.Pos {
			at = i
			break
		}
	}
	for i := at - 1; i >= 0; i-- {
		s := doc.Sections[i]
		switch {
		case s.Level < p.Heading.Level:
			return "" // the parent: no earlier part under it
		case s.Level > p.Heading.Level:
			continue // a part's own sub-headings
		case understand.PartNumber(s.Title) == n-1 && s.ID != "":
			return s.ID
		default:
			return ""
		}
	}
	return ""
}
