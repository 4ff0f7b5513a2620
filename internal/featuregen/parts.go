package featuregen

import (
	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/understand"
)

// A task a doc splits into numbered headings ("### 1. Enable Shipping Mode", "### 2. Create
// Service Zone", "## Step 3: Campaign") is done part after part: a reader who reaches part 2
// has done part 1, on the same item. Part 1 goes on from the steps of the heading above the
// parts when it has its own ("## How to Create a Product": "1. Go to the Products page",
// "2. Click **Create**", then "### 1. Details Step" fills in the form that opened).

// earlierPart is the anchor of the heading of the part before p's, when p's heading numbers
// a part and the heading right before it at the same level, under the same parent, numbers
// the one before — or, for part 1, of the parent itself when its own procedure asks
// something; "" otherwise.
func earlierPart(doc *docsparse.Document, p docsparse.Procedure) string {
	n := understand.PartNumber(p.Heading.Title)
	if n < 1 {
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
			if n == 1 && s.ID != "" && asksUnder(doc, s) {
				return s.ID
			}
			return "" // the parent: no earlier part under it
		case s.Level > p.Heading.Level:
			continue // a part's own sub-headings
		case n > 1 && understand.PartNumber(s.Title) == n-1 && s.ID != "":
			return s.ID
		default:
			return ""
		}
	}
	return ""
}

// asksUnder reports whether a procedure right under heading s asks the reader to act.
func asksUnder(doc *docsparse.Document, s docsparse.Section) bool {
	for _, p := range doc.Procedures {
		if p.Heading.Pos == s.Pos && Asks(p) {
			return true
		}
	}
	return false
}
