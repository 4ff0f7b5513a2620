package featuregen

import (
	"regexp"
	"strconv"

	"github.com/docdrift/docdrift/docsparse"
)

// A task a doc splits into numbered headings ("### 1. Enable Shipping Mode", "### 2. Create
// Service Zone", "## Step 3: Campaign") is done part after part: a reader who reaches part 2
// has done part 1, on the same item.

// partNumber matches a heading that numbers a part: "2. Create Service Zone", "Step 2: Details",
// "Part 2 - Review".
var partNumber = regexp.MustCompile(`^(?i:(?:step|part)\s+)?(\d{1,2})(?:[.):]|\s+[-–—:])\s*\S`)

// earlierPart is the anchor of the heading of the part before p's, when p's heading numbers
// a part and the heading right before it at the same level, under the same parent, numbers
// the one before; "" otherwise.
func earlierPart(doc *docsparse.Document, p docsparse.Procedure) string {
	n := partOf(p.Heading.Title)
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
		case partOf(s.Title) == n-1 && s.ID != "":
			return s.ID
		default:
			return ""
		}
	}
	return ""
}

// partOf is the number a heading gives its part, 0 when it numbers none.
func partOf(title string) int {
	m := partNumber.FindStringSubmatch(title)
	if m == nil {
		return 0
	}
	n, _ := strconv.Atoi(m[1])
	return n
}
