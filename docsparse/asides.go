package docsparse

import "strings"

// readAsides records <aside class="…"> boxes (Slate's warning and notice callouts): the kind
// from the class, the title from the <span class="aside-…-hd"> heading, and the remaining text.
// An aside never closed ends with the HTML it was written in.
func (b *builder) readAsides() {
	for i, t := range b.tokens {
		if t.kind != tokOpen || t.name != "aside" {
			continue
		}
		class, _ := t.attr("class")
		a := Aside{Kind: strings.TrimPrefix(firstField(class), "aside-"), Pos: b.pos(t.start)}
		end := t.fragEnd
		for _, u := range b.tokens[i+1:] {
			if u.name == "aside" {
				if u.kind == tokClose {
					end = u.start
				}
				break
			}
		}
		bodyStart := t.end
		for j := i + 1; j < len(b.tokens) && b.tokens[j].start < end; j++ {
			if u := b.tokens[j]; u.kind == tokOpen && u.name == "span" && u.hasClass("aside-*") {
				a.Title = b.elementText(j)
				if close := b.closing(j); close >= 0 {
					bodyStart = b.tokens[close].end
				}
				break
			}
		}
		a.Text = stripTags(b.src, min(bodyStart, end), end)
		b.doc.Asides = append(b.doc.Asides, a)
	}
}

// closing is the index of the tag closing b.tokens[i], or -1.
func (b *builder) closing(i int) int {
	for j := i + 1; j < len(b.tokens); j++ {
		if b.tokens[j].name == b.tokens[i].name {
			if b.tokens[j].kind == tokClose {
				return j
			}
			return -1
		}
	}
	return -1
}

func firstField(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return ""
}
