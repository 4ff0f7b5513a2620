package docsparse

import (
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/docdrift/docdrift/internal/mdsource"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// markdown is the one goldmark configuration docdrift reads docs with.
var markdown = mdsource.New()

// Parse reads one Markdown file (.md, .markdown or .mdx). It never fails and never panics:
// goldmark accepts any input, and what the parser notices on the way (unclosed strike-outs,
// malformed directives) is returned in Document.Findings.
func Parse(path string, src []byte) *Document { return ParseWith(path, src, Options{}) }

// Options adjust how a doc is read.
type Options struct {
	// Include returns the Markdown an include names ("reusables.x.y", "x.md", "user-login"),
	// so a step that is an include reads as the text the published page shows.
	Include func(ref string) (markup string, ok bool)
}

// ParseWith is Parse with options.
func ParseWith(path string, src []byte, opts Options) *Document {
	source, refused, excess := bounded(src)
	b := &builder{
		path:  path,
		lines: lineIndex{source.Lines},
		slugs: slugger{},
		doc:   &Document{Path: path, Sections: []Section{}, Procedures: []Procedure{}, Anchors: []Anchor{}},
	}
	if refused != nil {
		b.finding(refused.off, Error, "input", refused.msg)
		return b.doc
	}
	excess.report(b)
	// Template syntax reads as the published page shows it; positions map back to the doc.
	if r := render(source.Parse, opts.Include, strings.EqualFold(filepath.Ext(path), ".mdx")); r != nil {
		b.render = r
		source.Text, source.Parse = r.text, r.text
		for _, u := range r.unspaced {
			b.finding(u.off, Warning, "list-marker", "no space after "+strconv.Quote(u.number)+": Markdown shows these steps as one paragraph of running text (docdrift reads them as steps)")
		}
	}
	b.parse(source)
	return b.doc
}

// builder carries one parse: the tree, the source it came from and the offset-based facts
// (strike-outs, recovered headings) the model is built from.
type builder struct {
	path        string
	src         []byte // the doc's text; the tree may come from a copy with blanks at the same offsets
	lines       lineIndex
	slugs       slugger
	strikes     *strikeSet
	recovered   spanSet     // Markdown that an HTML block had swallowed
	admonitions []span      // ":::note … :::" callouts, disjoint and in order
	tokens      []htmlToken // every tag and comment, in source order
	links       []linkAt
	headings    []heading
	procs       []procAt   // parallel to doc.Procedures
	places      []placeAt  // lines naming where a feature lives, in source order
	render      *rendering // the doc as rendered, when it holds template syntax
	seq         []seqItem  // labels' scratch sequence
	doc         *Document
}

func (b *builder) parse(source mdsource.Source) {
	root, masked, recovered := recoverSwallowed(source.Parse, func(s []byte) ast.Node {
		return markdown.Parser().Parse(text.NewReader(s))
	})
	// Markup, text and tags are read from the doc's text: only blanked regions differ, and
	// the blanked strike tags are added back to the tokens.
	orig := source.Text
	b.src, b.recovered = orig, newSpanSet(recovered)
	b.tokens = append(htmlTokens(root, orig), masked...)
	sort.SliceStable(b.tokens, func(i, j int) bool { return b.tokens[i].start < b.tokens[j].start })
	b.strikes = htmlStrikes(b.tokens, len(orig), func(off int, msg string) { b.finding(off, Warning, "draft", msg) })
	b.strikes.addGFMStrikes(root, orig)
	b.strikes.seal()
	b.collectLinks(root)
	b.admonitions = admonitions(orig)

	// The model's slices are sized once from the top-level blocks: growing them by appending
	// copied each big doc's procedures about five times over.
	headings, lists := topLevelCounts(root)
	b.headings = make([]heading, 0, headings)
	for c := root.FirstChild(); c != nil; c = c.NextSibling() {
		if h, ok := c.(*ast.Heading); ok {
			b.headings = append(b.headings, b.readHeading(h))
		}
	}
	b.setTitle(source.FrontMatter.Title, source.FrontMatter.TitleOff)
	b.doc.Sections = make([]Section, len(b.headings))
	for i, h := range b.headings {
		b.doc.Sections[i] = h.Section
	}
	b.doc.Procedures = make([]Procedure, 0, lists)
	b.procs = make([]procAt, 0, lists)
	b.readProcedures(root)
	b.readViewing(root)
	b.readAnchors()
	b.readAsides()
	b.applyDirectives()
	Findings(b.doc.Findings).Sort()
}

// topLevelCounts counts the headings and lists directly under root: at most one section per
// heading and one procedure per list.
func topLevelCounts(root ast.Node) (headings, lists int) {
	for c := root.FirstChild(); c != nil; c = c.NextSibling() {
		switch c.Kind() {
		case ast.KindHeading:
			headings++
		case ast.KindList:
			lists++
		}
	}
	return headings, lists
}

// setTitle picks the first level-1 heading, else the front matter's title (static-site
// generators render it as the page heading), else the first heading of any level.
func (b *builder) setTitle(fmTitle string, fmTitleOff int) {
	for _, h := range b.headings {
		if h.Level == 1 {
			b.doc.Title, b.doc.TitlePos = h.Title, h.Pos
			return
		}
	}
	if fmTitle != "" {
		b.doc.Title, b.doc.TitlePos = fmTitle, b.lines.pos(fmTitleOff)
		return
	}
	if len(b.headings) > 0 {
		b.doc.Title, b.doc.TitlePos = b.headings[0].Title, b.headings[0].Pos
	}
}

func (b *builder) finding(off int, sev Severity, rule, msg string) {
	b.doc.Findings = append(b.doc.Findings, Finding{Path: b.path, Pos: b.pos(off), Severity: sev, Rule: rule, Message: msg})
}

// pos is the position a writer sees for an offset of what the parser read.
func (b *builder) pos(off int) Pos {
	if b.render != nil {
		off = b.render.source(off)
	}
	return b.lines.pos(off)
}
