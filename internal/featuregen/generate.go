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
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/understand"
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
	out := g.buf.Bytes()
	for i, line := 0, 1; i < len(out); line++ {
		n := bytes.IndexByte(out[i:], '\n')
		if n < 0 {
			n = len(out) - i
		}
		if n > maxLine {
			return nil, fmt.Errorf("%s: generated feature line %d is %d bytes, over the %d-byte line limit of the Gherkin parser",
				doc.Path, line, n, maxLine)
		}
		i += n + 1
	}
	return out, nil
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
	steps := readProcedure(p)
	if !asksAnything(steps) {
		return // a list of facts, options or links: nothing in it asks the reader to act
	}
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
	if c := client(p); c != "" && c != p.Heading.Title {
		g.line(1, "# procedure %s in %s at %s", quote(oneLine(p.Heading.Title)), quote(oneLine(c)), g.at(headingPos))
	} else {
		g.line(1, "# procedure %s at %s", quote(oneLine(p.Heading.Title)), g.at(headingPos))
	}
	if intro := oneLine(p.Intro); intro != "" {
		g.line(1, "# intro: %s", intro)
	}
	if first := understand.DoneFirst(p.Lead.Markup); first != "" {
		g.line(1, "# first: %s", quote("#"+first))
	} else if part := earlierPart(g.doc, p); part != "" {
		g.line(1, "# first: %s continued", quote("#"+part))
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
				g.line(2, "%s %s", kw.next(understand.Precondition), text)
			}
		}
	}
	g.inStruck = p.Struck
	for _, t := range steps {
		g.step(t, &kw)
	}
}

// Asks reports whether a procedure asks its reader to do anything and so becomes a scenario;
// a list of facts, options, links or events ("A role is deleted.") does not, even when its
// sentences read as outcomes: with nothing done first, there is nothing they follow from.
func Asks(p docsparse.Procedure) bool { return asksAnything(readProcedure(p)) }

// asksAnything reports whether any sentence of a procedure is an action, or a step docdrift
// could not read (which may be one).
func asksAnything(steps []readTree) bool {
	for _, t := range steps {
		for _, r := range t.reads {
			if r.note == "" && (r.meaning.Role == understand.Action || !r.meaning.Understood()) {
				return true
			}
		}
		if asksAnything(t.subs) {
			return true
		}
	}
	return false
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

// keywords chooses Given/When/Then, writing And when the keyword repeats.
type keywords struct {
	last    string
	started bool // an action has been taken: preconditions are no longer Given
}

func (k *keywords) next(r understand.Role) string {
	kw := "When"
	switch r {
	case understand.Precondition:
		if !k.started {
			kw = "Given"
		}
	case understand.Outcome:
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

// step writes one doc step: one Gherkin step per sentence that asks for something, a note for
// every other sentence and for the content after the step's first paragraph, then its
// sub-steps numbered "4.1", "4.2". What a sentence asks is understand's to say (readStep).
func (g *generator) step(t readTree, kw *keywords) {
	s, number, reads := t.step, t.number, reachFirst(t.reads)
	if s.Struck && !g.inStruck {
		g.line(2, "# struck step %s at %s: %s", number, g.at(s.Pos), cleanMarkup(s.Markup).text)
		return
	}
	var own, steps []string // the step's own sentences, and those that become steps
	ownSteps := 0
	for _, r := range reads {
		if !r.continuation {
			own = append(own, r.text)
		}
		if r.note == "" {
			steps = append(steps, r.text)
			if !r.continuation {
				ownSteps++
			}
		}
	}
	// The original markup is written out only when the steps alone do not spell it (the line
	// map rebuilds it from them otherwise), and only above a step that can carry it: right
	// before the doc step's first sentence, wherever that is written.
	markup := len(steps) > 0 && (strings.Join(steps, " ") != s.Markup || ownSteps != len(own) || len(steps) != ownSteps)
	w := sentenceWriter{g: g, number: number, kw: kw, markup: markup, markupOf: s.Markup}
	// A lead-in that acts past its items ("Fill in the following fields and then click
	// **Next**:") is taken after them, as a reader does, and so is what is written below them.
	after := takenAfter(t, reads)
	for _, r := range reads[:after] {
		w.write(r)
	}
	for _, sub := range t.subs {
		g.step(sub, kw)
	}
	for _, r := range reads[after:] {
		w.write(r)
	}
}

// sentenceWriter writes the sentences of one doc step in the order given, numbering them as
// written in the doc: from 1 within the doc step, notes included; the first that becomes a
// step opens the doc step in the line map whatever its number.
type sentenceWriter struct {
	g        *generator
	number   string
	kw       *keywords
	markup   bool // the doc step's markup is still to be written, right above its first step
	markupOf string
	opened   bool // a sentence has opened the doc step in the line map
	sentence int
}

func (w *sentenceWriter) write(r read) {
	g := w.g
	if r.note == "" || r.note == "note" {
		w.sentence++
	}
	if r.note != "" {
		g.line(2, "# %s: %s", r.note, r.text)
		return
	}
	if w.markup {
		w.markup = false
		g.line(2, "# markup %s %s", w.number, quote(w.markupOf))
	}
	number := w.number
	switch {
	case !w.opened && r.listed != understand.Alone:
		w.opened = true
		g.line(2, "# step %s listed as %s at %s", number, r.listed, g.at(r.pos))
	case !w.opened:
		w.opened = true
		g.line(2, "# step %s at %s", number, g.at(r.pos))
	case r.listed != understand.Alone:
		g.line(2, "# step %s listed as %s sentence %d at %s", number, r.listed, w.sentence, g.at(r.pos))
	default:
		g.line(2, "# step %s sentence %d at %s", number, w.sentence, g.at(r.pos))
	}
	g.line(2, "%s %s", w.kw.next(r.meaning.Role), r.text)
}

// reachFirst puts a sentence that says where what the step before it names is found ("Select
// **Manage tags**. This is available from **Filters** > **Tags**.", understand.Meaning.Reach)
// before that step, as a reader who does not see it takes that way first. reads is not
// changed; the steps keep their own positions.
func reachFirst(reads []read) []read {
	if !slices.ContainsFunc(reads, func(r read) bool { return r.meaning.Reach }) {
		return reads
	}
	out := slices.Clone(reads)
	for i, r := range out {
		if r.note != "" || !r.meaning.Reach {
			continue
		}
		j := i - 1
		for j >= 0 && out[j].note == "note" {
			j--
		}
		if j < 0 || out[j].note != "" || out[j].meaning.Role != understand.Action || out[j].meaning.Reach {
			continue
		}
		copy(out[j+1:i+1], out[j:i])
		out[j] = r
	}
	return out
}

// markupPos is the doc position of byte off of a step's or paragraph's markup, which starts at
// start: on its first line by counting bytes, on a later one from where docsparse says that
// line's text begins (lines), so text a component or an include moved is placed where it was
// written.
func markupPos(start docsparse.Pos, lines []docsparse.Pos, markup string, off int) docsparse.Pos {
	pos, line := start, 0
	for i := 0; i < off && i < len(markup); i++ {
		if markup[i] != '\n' {
			pos.Col++
			continue
		}
		if line >= len(lines) {
			pos.Line, pos.Col = pos.Line+1, 1
			line++
			continue
		}
		pos = lines[line]
		line++
		for i+1 < off && (markup[i+1] == ' ' || markup[i+1] == '\t') {
			i++ // the indent, which lines[line] is past
		}
	}
	return pos
}

func itoa(n int) string { return strconv.Itoa(n) }

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
