package docsparse

import (
	"bytes"
	"regexp"
	"sort"
	"strings"
)

// Docs built by a site generator carry template syntax the reader never sees as written:
// Liquid and Jinja control tags ({% ifversion … %}, {% endif %}, {% note %}) and includes
// whose text lives in another file — {% data reusables.x.y %} (GitHub Docs), {% include x.md
// %} (Jekyll), {{< include "x.md" >}} (Hugo), --8<-- "x.md" (MkDocs), <>{shared['x'].text}</>
// (MDX). docdrift reads such a doc as it renders (render): control tags are gone, and an
// include on a line of its own inside or next to a list is replaced by the included text when
// the project says where includes live (Options.Include), or else stays as a step of its own
// that names the include. Every byte of the rendering maps back to where the writer wrote it;
// included text maps to the include's line.

// controlTag matches a template tag that renders as nothing: a condition, its branches and
// ends, a callout's start and end, comments, assignments.
var controlTag = regexp.MustCompile(`\{%-?\s*(?:if|ifversion|elsif|elsifversion|else|endif|unless|endunless|for|endfor|case|when|endcase|note|endnote|warning|endwarning|tip|endtip|caution|endcaution|danger|enddanger|raw|endraw|comment|endcomment|capture|endcapture|assign|liquid|rowheaders|endrowheaders)\b[^%]*-?%\}`)

// includeLine matches a line that is only an include, capturing the reference.
var includeLine = regexp.MustCompile(`^[ \t]*(?:` +
	`\{%-?\s*(?:data|include|include_relative|render)\s+["']?([^"'%\s]+)["']?[^%]*-?%\}` +
	`|\{\{<\s*(?:include|readfile|include-md)\s+["']?([^"'>\s]+)["']?[^>]*>\}\}` +
	`|\{\{%\s*(?:include|readfile)\s+["']?([^"'%\s]+)["']?[^%]*%\}\}` +
	`|-{2}8<-{2}\s+["']([^"']+)["']` +
	`|<>\{\s*\w+\[['"]([^'"\]]+)['"]\](?:\.text)?\s*\}</>` +
	`)[ \t]*\r?$`)

// IncludeRef returns the reference an include written as markup names ("reusables.x.y",
// "x.md", "user-login"), or "" when markup is no include.
func IncludeRef(markup string) string {
	if !strings.Contains(markup, "{") && !strings.Contains(markup, "--8<--") {
		return "" // most lines: no regular expression needed to say so
	}
	m := includeLine.FindStringSubmatch(strings.TrimSpace(markup))
	if m == nil {
		return ""
	}
	for _, g := range m[1:] {
		if g != "" {
			return g
		}
	}
	return ""
}

var listItem = regexp.MustCompile(`^[ \t]*(?:\d{1,9}[.)]|[-*+])[ \t]`)

// rendering is a doc as its reader sees it, with the map back to the bytes the writer wrote.
type rendering struct {
	text []byte
	segs []seg // in order; text between segments does not occur
	// unspaced are the offsets, in text, of the spaces given to step numbers written with
	// none after them (unspacedSteps), to be reported.
	unspaced []unspacedAt
}

// unspacedAt is a step number written with no space after it ("1."), and the offset in the
// rendering of the space given to it.
type unspacedAt struct {
	off    int
	number string
}

// seg says text[at:at+n] came from source[from:from+n]; n == 0 for text inserted at from
// (an included file's lines, an item marker).
type seg struct{ at, from, n int }

// source maps an offset of the rendering to the source offset a writer wrote it at.
func (r *rendering) source(off int) int {
	if len(r.segs) == 0 {
		return off
	}
	i := sort.Search(len(r.segs), func(i int) bool { return r.segs[i].at > off }) - 1
	if i < 0 {
		return r.segs[0].from
	}
	s := r.segs[i]
	return s.from + min(off-s.at, s.n)
}

// builder side of rendering: what is kept, dropped and inserted.
type renderer struct {
	out     rendering
	include func(ref string) (string, bool)
	depth   int
	steps   stepsComponent
	defs    definitionSteps
	jsx     *jsxContainers // nil outside .mdx docs
}

func (w *renderer) keep(src []byte, from int) {
	w.out.segs = append(w.out.segs, seg{at: len(w.out.text), from: from, n: len(src)})
	w.out.text = append(w.out.text, src...)
}

func (w *renderer) insert(text string, at int) {
	w.out.segs = append(w.out.segs, seg{at: len(w.out.text), from: at})
	w.out.text = append(w.out.text, text...)
}

// render reads src as its reader sees it. It returns nil when src holds no template syntax.
func render(src []byte, include func(ref string) (string, bool), mdx bool) *rendering {
	if !bytes.Contains(src, []byte("{%")) && !bytes.Contains(src, []byte("{{")) &&
		!bytes.Contains(src, []byte("--8<--")) && !bytes.Contains(src, []byte("<>{")) && !hasStepsComponent(src) && !hasDefinitionSteps(src) &&
		!(mdx && hasContainers(src)) && !hasUnspacedSteps(src) {
		return nil
	}
	w := &renderer{include: include}
	if mdx {
		w.jsx = &jsxContainers{}
	}
	w.lines(src, 0, "")
	return &w.out
}

// lines renders src line by line; base is src's offset in the doc, indent what included
// lines are indented by.
func (w *renderer) lines(src []byte, base int, indent string) {
	lines := bytes.SplitAfter(src, []byte("\n"))
	var unspaced map[int]int
	if w.depth == 0 && hasUnspacedSteps(src) {
		unspaced = unspacedSteps(lines)
	}
	off := 0
	for i, l := range lines {
		at := base + off
		off += len(l)
		if end, ok := unspaced[i]; ok {
			// "1.Hover …": the step it was meant to be, its missing space given.
			w.keep(l[:end], at)
			w.out.unspaced = append(w.out.unspaced, unspacedAt{len(w.out.text), string(bytes.TrimLeft(l[:end], " "))})
			w.insert(" ", at+end)
			l, at = l[end:], at+end
		}
		if w.jsx != nil && w.depth == 0 {
			strip, done := w.jsx.line(w, l, at)
			if done {
				continue
			}
			l, at = l[strip:], at+strip
		}
		if w.steps.tag(w, l, at) {
			continue
		}
		var next []byte
		if i+1 < len(lines) {
			next = lines[i+1]
		}
		if w.defs.line(w, l, next, at) {
			continue
		}
		in := indent
		if strip, pad, ok := w.steps.body(l); ok {
			l, at, in = l[strip:], at+strip, indent+pad // a step's body, under its marker
		}
		if ref := IncludeRef(string(l)); ref != "" && nearList(lines, i) {
			w.includeAt(l, ref, at, in)
			continue
		}
		if m := listItem.FindIndex(l); m != nil && w.include != nil && w.depth < 5 {
			if ref := IncludeRef(string(l[m[1]:])); ref != "" {
				if text, ok := w.include(ref); ok {
					w.itemText(l[:m[1]], text, at, in)
					continue
				}
			}
		}
		w.line(l, at, in)
	}
}

// itemText writes a list item whose whole text is an include ("1. <>{shared['x'].text}</>")
// with the included text after its marker, later lines indented under it.
func (w *renderer) itemText(marker []byte, text string, at int, indent string) {
	text = strings.TrimSpace(strings.TrimPrefix(text, "\ufeff"))
	if m := listItem.FindStringIndex(text); m != nil {
		text = text[m[1]:] // the snippet's own marker: the doc's item already has one
	}
	inner := &renderer{include: w.include, depth: w.depth + 1}
	inner.lines([]byte(text+"\n"), 0, "")
	pad := strings.Repeat(" ", len(marker))
	for i, l := range bytes.SplitAfter(inner.out.text, []byte("\n")) {
		if len(l) == 0 {
			continue
		}
		if i == 0 {
			w.insert(indent, at)
			w.keep(marker, at)
		} else if len(bytes.TrimSpace(l)) > 0 {
			w.insert(indent+pad, at)
		}
		w.insert(string(l), at+len(marker))
	}
}

// line drops a line's control tags; a line that held nothing else disappears with its break.
func (w *renderer) line(l []byte, at int, indent string) {
	tags := controlTag.FindAllIndex(l, -1)
	if len(tags) > 0 && len(bytes.TrimSpace(controlTag.ReplaceAll(l, nil))) == 0 {
		return
	}
	if indent != "" && len(bytes.TrimSpace(l)) > 0 {
		w.insert(indent, at)
	}
	prev := 0
	for _, t := range tags {
		w.keep(l[prev:t[0]], at+prev)
		prev = t[1]
	}
	w.keep(l[prev:], at+prev)
}

// includeAt replaces an include line by the included text, indented as the line is; an
// include the project does not resolve stays as a list item naming it.
func (w *renderer) includeAt(l []byte, ref string, at int, indent string) {
	lead := string(l[:len(l)-len(bytes.TrimLeft(l, " \t"))])
	text, ok := "", false
	if w.include != nil && w.depth < 5 {
		text, ok = w.include(ref)
	}
	if !ok {
		// "1. " before the tag makes it a step of the list; the tag is the step's text.
		w.insert(indent+lead+"1. ", at+len(lead))
		w.keep(bytes.TrimLeft(l, " \t"), at+len(lead))
		if !bytes.HasSuffix(l, []byte("\n")) {
			w.insert("\n", at+len(l))
		}
		return
	}
	text = strings.TrimLeft(strings.TrimPrefix(text, "\ufeff"), "\n")
	if !strings.HasSuffix(text, "\n") {
		text += "\n"
	}
	if !listItem.MatchString(text) {
		text = "1. " + text // a snippet of one sentence is a step of the list it stands in
	}
	inner := &renderer{include: w.include, depth: w.depth + 1}
	inner.lines([]byte(text), 0, "")
	for _, l := range bytes.SplitAfter(inner.out.text, []byte("\n")) {
		if len(l) == 0 {
			continue
		}
		w.insert(indent+lead, at)
		w.insert(string(l), at)
	}
}

// nearList reports whether line i sits in a run of includes and blank lines that touches a
// numbered or bulleted list item.
func nearList(lines [][]byte, i int) bool {
	for _, dir := range []int{-1, 1} {
		for j := i + dir; j >= 0 && j < len(lines); j += dir {
			t := bytes.TrimSpace(controlTag.ReplaceAll(lines[j], nil))
			switch {
			case len(t) == 0, IncludeRef(string(lines[j])) != "":
				continue
			case listItem.Match(controlTag.ReplaceAll(lines[j], nil)):
				return true
			}
			break
		}
	}
	return false
}
