package docsparse

import (
	"bytes"
	"sort"
)

// admonitions finds the callouts written as fenced containers — Docusaurus and VuePress
// ":::tip … :::", MkDocs-style "!!! note" excepted (one paragraph, caught by noteMarker) —
// so that everything inside one, blank lines and lists included, is a note for the reader
// rather than a step's outcome. A container opens with a line of three or more colons and a
// word and closes at a line of the same number of colons alone; an unclosed one runs to the
// end of the document, as the site renders it. Colons inside fenced code are code.
func admonitions(src []byte) []span {
	type open struct{ colons, start int }
	var (
		stack []open
		out   []span
		fence []byte // the code fence we are inside, if any
	)
	for off := 0; off < len(src); {
		end := bytes.IndexByte(src[off:], '\n')
		next := len(src)
		if end >= 0 {
			end += off
			next = end + 1
		} else {
			end = len(src)
		}
		line := bytes.TrimLeft(src[off:end], " \t")
		line = bytes.TrimRight(line, " \t\r")
		switch {
		case fence != nil:
			if bytes.HasPrefix(line, fence) && len(bytes.Trim(line, string(fence[:1]))) == 0 {
				fence = nil
			}
		case bytes.HasPrefix(line, []byte("```")) || bytes.HasPrefix(line, []byte("~~~")):
			fence = line[:3]
		default:
			if n := leadingColons(line); n >= 3 {
				rest := bytes.TrimSpace(line[n:])
				switch {
				case len(rest) > 0 && isASCIILetter(rest[0]):
					stack = append(stack, open{n, off})
				case len(rest) == 0 && len(stack) > 0:
					// the innermost container with as many colons ends here
					for i := len(stack) - 1; i >= 0; i-- {
						if stack[i].colons == n {
							out = append(out, span{stack[i].start, next})
							stack = stack[:i]
							break
						}
					}
				}
			}
		}
		off = next
	}
	for _, o := range stack {
		out = append(out, span{o.start, len(src)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	// Nested containers lie inside their outer one: keep disjoint spans for a binary search.
	merged := out[:0]
	for _, s := range out {
		if k := len(merged) - 1; k >= 0 && s.start < merged[k].end {
			merged[k].end = max(merged[k].end, s.end)
			continue
		}
		merged = append(merged, s)
	}
	return merged
}

func leadingColons(line []byte) int {
	n := 0
	for n < len(line) && line[n] == ':' {
		n++
	}
	return n
}

// inAdmonition reports whether off lies inside one of the doc's fenced callouts.
func (b *builder) inAdmonition(off int) bool {
	i := sort.Search(len(b.admonitions), func(i int) bool { return b.admonitions[i].end > off })
	return i < len(b.admonitions) && b.admonitions[i].contains(off)
}
