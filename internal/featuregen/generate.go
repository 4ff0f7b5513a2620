// Package featuregen turns the procedures of a parsed doc into a Gherkin feature that godog
// can run, and reads back the line map that ties every generated step to the doc line a writer
// wrote, so a failure anywhere later is reported at the doc's own file:line.
//
// Steps keep the writer's words: emphasis and code as written, HTML reduced to its text, one
// Gherkin step per sentence that asks for an action or describes an outcome. Everything else
// the doc says in a step is kept as a "# note:" comment, so nothing is lost but nothing that is
// not an instruction is run. Machine-readable comments above each step ("# step 3 at
// doc.md:18:5") carry the positions; see ReadLineMap for their grammar.
package featuregen

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/docdrift/docdrift/docsparse"
)

// maxLine keeps every generated line within the 64 KiB a bufio.Scanner (and so the Gherkin
// parser) accepts.
const maxLine = 60 << 10

// Generate returns the feature for doc, or nil when the doc has no procedures. The output
// depends only on doc, so generating twice gives identical bytes.
func Generate(doc *docsparse.Document) ([]byte, error) {
	if len(doc.Procedures) == 0 {
		return nil, nil
	}
	if strings.ContainsAny(doc.Path, "\r\n") {
		return nil, fmt.Errorf("%q: a doc path with a line break cannot be named in a feature file", doc.Path)
	}
	g := &generator{doc: doc}
	g.header()
	names := make(map[string]bool)
	for _, p := range doc.Procedures {
		g.scenario(p, names)
	}
	for i, line := range bytes.Split(g.buf.Bytes(), []byte("\n")) {
		if len(line) > maxLine {
			return nil, fmt.Errorf("%s: generated feature line %d is %d bytes, over the %d-byte line limit of the Gherkin parser",
				doc.Path, i+1, len(line), maxLine)
		}
	}
	return g.buf.Bytes(), nil
}

// FeatureName is the Feature: name for doc. It includes the doc path because godog drops
// features with duplicate names and reports the name as the feature's URI.
func FeatureName(doc *docsparse.Document) string {
	title := oneLine(doc.Title)
	if title == "" {
		return doc.Path
	}
	return title + " (" + doc.Path + ")"
}

type generator struct {
	doc *docsparse.Document
	buf bytes.Buffer
	// inStruck is set while writing a struck procedure: its steps are struck with it and are
	// still written, so the scenario can be run on purpose (it is tagged @struck).
	inStruck bool
}

func (g *generator) line(indent int, format string, args ...any) {
	g.buf.WriteString(strings.Repeat("  ", indent))
	fmt.Fprintf(&g.buf, format, args...)
	g.buf.WriteByte('\n')
}

func (g *generator) at(p docsparse.Pos) string {
	return fmt.Sprintf("%s:%d:%d", g.doc.Path, p.Line, p.Col)
}

func (g *generator) header() {
	g.line(0, "%s%s by docdrift gen. DO NOT EDIT.", HeaderPrefix, g.doc.Path)
	g.line(0, "# To change it, edit the doc and rerun docdrift gen on it; docdrift gen --check lists stale features.")
	g.line(0, "Feature: %s", FeatureName(g.doc))
}

// HeaderPrefix starts the first line of every generated feature; gen uses it to recognise
// files it owns.
const HeaderPrefix = "# Generated from "

func (g *generator) scenario(p docsparse.Procedure, names map[string]bool) {
	headingPos := p.Heading.Pos
	if headingPos.Line == 0 {
		headingPos = p.Pos // a list with no heading above it
	}
	// Scenario names are unique in a feature: godog reports by name, and a writer who reuses
	// a heading ("Before you begin") still needs to tell the two apart.
	base := oneLine(p.Heading.Title)
	if base == "" {
		base = fmt.Sprintf("Procedure at line %d", p.Pos.Line)
	}
	name := base
	if names[name] {
		name = fmt.Sprintf("%s (line %d)", base, p.Pos.Line)
	}
	for n := 2; names[name]; n++ {
		name = fmt.Sprintf("%s (line %d, %d)", base, p.Pos.Line, n)
	}
	names[name] = true

	g.buf.WriteByte('\n')
	g.line(1, "# procedure %s at %s", quote(oneLine(p.Heading.Title)), g.at(headingPos))
	if intro := oneLine(p.Intro); intro != "" {
		g.line(1, "# intro: %s", intro)
	}
	_, skipped := p.Skipped()
	for _, d := range p.Directives {
		switch d.Kind {
		case docsparse.DirectiveSkip:
			g.line(1, "# skip %s at %s", quote(oneLine(d.Value)), g.at(d.Pos))
		case docsparse.DirectiveValue:
			g.line(1, "# value %s = %s at %s", quote(oneLine(d.Field)), quote(oneLine(d.Value)), g.at(d.Pos))
		}
	}
	if tags := scenarioTags(p, skipped); len(tags) > 0 {
		g.line(1, "%s", strings.Join(tags, " "))
	}
	g.line(1, "Scenario: %s", name)

	kw := keywords{}
	for _, d := range p.Directives {
		if d.Kind == docsparse.DirectiveGiven {
			if text := oneLine(d.Value); text != "" {
				g.line(2, "# given at %s", g.at(d.Pos))
				g.line(2, "%s %s", kw.next(rolePrecondition), text)
			}
		}
	}
	g.inStruck = p.Struck
	for _, s := range p.Steps {
		g.step(s, fmt.Sprint(s.Number), &kw)
	}
}

// scenarioTags are the anchor id (so one procedure can be run by --tags), @struck and @skip.
func scenarioTags(p docsparse.Procedure, skipped bool) []string {
	var tags []string
	if id := tagName(p.Heading.ID); id != "" {
		if reservedTags[id] {
			id = "id-" + id
		}
		tags = append(tags, "@"+id)
	}
	if p.Struck {
		tags = append(tags, "@struck")
	}
	if skipped {
		tags = append(tags, "@skip")
	}
	return tags
}

// reservedTags are the tags docdrift itself gives meaning to; an anchor with one of these
// names is prefixed so it cannot turn a scenario into a skipped or struck one.
var reservedTags = map[string]bool{"struck": true, "skip": true}

// tagName reduces an anchor id to characters that are safe in a Gherkin tag and in godog's
// tag expressions (no whitespace, "@", "#", ",", "~", "&", "(", ")").
func tagName(id string) string {
	var b strings.Builder
	for _, r := range id {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '_', r == '-', r == '.', r == ':':
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
	}
	return strings.Trim(b.String(), "_")
}

// keywords chooses Given/When/Then, writing And when the role repeats.
type keywords struct {
	last    string
	started bool // an action has been taken: preconditions are no longer Given
}

func (k *keywords) next(r role) string {
	kw := "When"
	switch r {
	case rolePrecondition:
		if !k.started {
			kw = "Given"
		}
	case roleOutcome:
		kw = "Then"
	}
	if kw != "Given" {
		k.started = true
	}
	if kw == k.last {
		return "And"
	}
	k.last = kw
	return kw
}

// step writes one doc step: one Gherkin step per action or outcome sentence, a note for
// every other sentence and for the content after the step's first paragraph, then its
// sub-steps numbered "4.1", "4.2".
func (g *generator) step(s docsparse.Step, number string, kw *keywords) {
	if s.Struck && !g.inStruck {
		g.line(2, "# struck step %s at %s: %s", number, g.at(s.Pos), cleanMarkup(s.Markup).text)
		return
	}
	// A piece is one line of output for this doc step: a Gherkin step, or a comment that keeps
	// the doc's words without running them (note is its label: "note", "image", "code", …).
	type piece struct {
		note     string
		kw       string
		text     string
		pos      docsparse.Pos
		sentence int // 1-based, within the doc step
	}
	var pieces []piece
	var run []string // the step texts made from the step's own markup
	text := cleanMarkup(s.Markup)
	own := sentences(text.text)
	for i, sp := range own {
		sentence := text.text[sp.start:sp.end]
		r := classify(sentence, i == 0)
		if r == roleNote {
			pieces = append(pieces, piece{note: "note", text: sentence})
			continue
		}
		pos := s.Pos // the first sentence is where the doc step starts, even after a dropped tag
		if i > 0 {
			pos = markupPos(s, text.off[sp.start])
		}
		pieces = append(pieces, piece{kw: kw.next(r), text: sentence, pos: pos, sentence: i + 1})
		run = append(run, sentence)
	}
	// What the doc says happens next, in the paragraphs after the step ("Saving will display
	// the pop-up…", "A .txt file … will download"), is checked as part of the step; the rest
	// is kept as comments. Its sentences number on from the step's own.
	sentence, steps := len(own), len(run)
	for _, c := range s.Continuation {
		if c.Kind != "paragraph" && c.Kind != "" {
			if t := oneLine(c.Text); t != "" {
				pieces = append(pieces, piece{note: oneLine(c.Kind), text: t})
			}
			continue
		}
		para := oneLine(c.Text)
		for _, sp := range sentences(para) {
			t := para[sp.start:sp.end]
			if classify(t, false) != roleOutcome {
				pieces = append(pieces, piece{note: "note", text: t})
				continue
			}
			sentence++
			steps++
			pieces = append(pieces, piece{kw: kw.next(roleOutcome), text: t, pos: c.Pos, sentence: sentence})
		}
	}
	// The original markup is written out only when the steps alone do not spell it (the line
	// map rebuilds it from them otherwise), and only above a step that can carry it.
	if steps > 0 && (strings.Join(run, " ") != s.Markup || len(run) != len(own) || steps != len(run)) {
		g.line(2, "# markup %s %s", number, quote(s.Markup))
	}
	for _, p := range pieces {
		switch {
		case p.note != "":
			g.line(2, "# %s: %s", p.note, p.text)
			continue
		case p.sentence == 1:
			g.line(2, "# step %s at %s", number, g.at(p.pos))
		default:
			g.line(2, "# step %s sentence %d at %s", number, p.sentence, g.at(p.pos))
		}
		g.line(2, "%s %s", p.kw, p.text)
	}
	for _, sub := range s.SubSteps {
		g.step(sub, number+"."+fmt.Sprint(sub.Number), kw)
	}
}

// markupPos is the doc position of byte off of a step's markup, which starts at s.Pos and
// keeps the source's line breaks and indentation.
func markupPos(s docsparse.Step, off int) docsparse.Pos {
	pos := s.Pos
	for i := 0; i < off && i < len(s.Markup); i++ {
		if s.Markup[i] == '\n' {
			pos.Line++
			pos.Col = 1
			continue
		}
		pos.Col++
	}
	return pos
}

// oneLine collapses all whitespace, line breaks included, to single spaces and drops control
// characters, so plain text fits on one Gherkin line.
func oneLine(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return ' '
		}
		if unicode.IsControl(r) {
			return -1
		}
		return r
	}, strings.ToValidUTF8(s, ""))
	return strings.Join(strings.Fields(s), " ")
}

// quote writes s as a Go string literal: one line whatever s holds, read back by strconv.Unquote.
func quote(s string) string { return strconv.Quote(s) }
