package docsparse

import (
	"bytes"
	"regexp"
	"slices"
	"sort"
	"strings"
)

// admonitions finds the callouts written as fenced containers — Docusaurus and VuePress
// ":::tip … :::", MkDocs' "/// note | Title … ///" (pymdownx blocks; its "!!! note", one
// paragraph, is caught by noteMarker) — or as MDX components ("<Note>", "<Callout
// type="warning">", "<Aside>": calloutTag) — so that everything inside one, blank lines and lists included, is a note for the reader
// rather than a step's outcome. A container opens with a line of three or more colons and a
// word and closes at a line of the same number of colons alone (or, Microsoft Learn's, at
// ":::name-end"); an unclosed one runs to the end of the document, as the site renders it.
// Only a callout's type makes one a note: ":::moniker range=…" and ":::tabs" hold the page's
// own content, and ":::image …:::" on one line opens nothing. Colons inside fenced code are
// code.
func admonitions(src []byte) []span {
	type open struct {
		colons int  // how many marks opened it
		slash  bool // "///", not ":::"
		start  int
		name   string
		// content: a container of the page's own content, no callout (":::moniker
		// range=…", ":::zone pivot=…", ":::tabs"): it nests and closes, and is no note.
		content bool
	}
	var (
		stack []open
		out   []span
		fence []byte // the code fence we are inside, if any
		calls []callout
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
			if name, closed, ok := calloutTag(line); ok {
				if closed {
					out = append(out, span{off, next}) // "<Note>Keep it safe.</Note>"
				} else if i := slices.IndexFunc(calls, func(c callout) bool { return c.name == name }); i >= 0 {
					out = append(out, span{calls[i].start, next})
					calls = slices.Delete(calls, i, len(calls))
				} else {
					calls = append(calls, callout{name, off})
				}
				break
			}
			if bytes.HasPrefix(line, []byte("///")) {
				rest := bytes.TrimSpace(bytes.TrimLeft(line, "/"))
				switch {
				case calloutBlock.Match(rest):
					stack = append(stack, open{colons: 3, slash: true, start: off})
				case len(rest) == 0:
					for i := len(stack) - 1; i >= 0; i-- {
						if stack[i].slash {
							out = append(out, span{stack[i].start, next})
							stack = stack[:i]
							break
						}
					}
				}
				break
			}
			if n := leadingColons(line); n >= 3 {
				rest := bytes.TrimSpace(line[n:])
				name := string(containerName.Find(rest))
				closes := func(match func(o open) bool) {
					// the innermost such container ends here
					for i := len(stack) - 1; i >= 0; i-- {
						if match(stack[i]) {
							if !stack[i].content {
								out = append(out, span{stack[i].start, next})
							}
							stack = stack[:i]
							break
						}
					}
				}
				switch {
				case len(rest) > 0 && isASCIILetter(rest[0]) && bytes.HasSuffix(rest, []byte(":::")):
					// ":::image type="content" source="…":::": Microsoft Learn's directive on one
					// line, which opens nothing.
				case strings.HasSuffix(name, "-end"):
					// ":::moniker-end", ":::zone-end": Microsoft Learn closes by name.
					closes(func(o open) bool { return !o.slash && o.name == strings.TrimSuffix(name, "-end") })
				case len(rest) > 0 && isASCIILetter(rest[0]):
					stack = append(stack, open{colons: n, start: off, name: name, content: !calloutBlock.Match(rest)})
				case len(rest) == 0 && len(stack) > 0:
					closes(func(o open) bool { return !o.slash && o.colons == n })
				}
			}
		}
		off = next
	}
	for _, o := range stack {
		if !o.content {
			out = append(out, span{o.start, len(src)})
		}
	}
	for _, c := range calls {
		out = append(out, span{c.start, len(src)})
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

// containerName is the name a fenced container opens with (":::moniker range=…" → "moniker",
// ":::info{title=Note}" → "info").
var containerName = regexp.MustCompile(`^[A-Za-z][\w-]*`)

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

// callout is an MDX callout component that opened and has not closed yet.
type callout struct {
	name  string
	start int
}

// calloutOpen and calloutClose match the callout components of the MDX site generators
// (Mintlify, Docusaurus, Starlight, Nextra, Fumadocs) at the start of a line; other components
// (<Tabs>, <Steps>, <Frame>) hold the page's own content.
const calloutNames = `Note|Tip|Info|Warning|Caution|Danger|Check|Important|Callout|Admonition|Aside`

// calloutBlock matches the admonition types of a pymdownx block ("/// warning | Title"); its
// other blocks ("/// tab | macOS", "/// details") hold the page's own content.
var calloutBlock = regexp.MustCompile(`^(?i)(?:admonition|note|info|tip|hint|important|warning|caution|attention|danger|error|success|check|done|question|help|faq|failure|fail|missing|bug|example|abstract|summary|tldr|quote|cite|seealso)\b`)

var (
	calloutOpen  = regexp.MustCompile(`^<(` + calloutNames + `)(?:[ \t][^>]*)?>`)
	calloutClose = regexp.MustCompile(`</(` + calloutNames + `)>`)
)

// calloutTag reads a line that opens or closes a callout component: its name, and whether
// the line also closes what it opens.
func calloutTag(line []byte) (name string, closed, ok bool) {
	if len(line) == 0 || line[0] != '<' {
		return "", false, false
	}
	if m := calloutOpen.FindSubmatch(line); m != nil {
		c := calloutClose.FindSubmatch(line)
		return string(m[1]), c != nil && string(c[1]) == string(m[1]), true
	}
	if m := calloutClose.FindSubmatchIndex(line); m != nil && m[0] == 0 {
		return string(line[m[2]:m[3]]), false, true
	}
	return "", false, false
}

// Callouts are where a doc's callouts lie, outermost only and in order, as byte offsets into
// src from the line that opens each (":::tip Title", "/// note | Title", "<Note>") to the end
// of the line that closes it, or of the doc when none does: what a page draws as a box.
func Callouts(src []byte) [][2]int {
	spans := admonitions(src)
	out := make([][2]int, len(spans))
	for i, s := range spans {
		out[i] = [2]int{s.start, s.end}
	}
	return out
}
