package featuregen

import (
	"bufio"
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/understand"
)

// LineMap ties the lines of a generated feature back to the doc it was generated from.
//
// It is read from the feature's own comments, so a feature file is all a runner needs:
//
//	# Generated from <doc> by docdrift gen. DO NOT EDIT.
//	# procedure "<heading>" at <doc>:<line>:<col>     above each scenario
//	# procedure "<heading>" in "<app>" at <doc>:<line>:<col>  … under a heading that names an app
//	# skip "<reason>" at <doc>:<line>:<col>           a skip directive
//	# value "<field>" = "<value>" at <doc>:<line>:<col>
//	# given at <doc>:<line>:<col>                     above a Given from a directive
//	# markup <n> "<markup>"                           a doc step's markup, when its steps differ
//	# step <n> at <doc>:<line>:<col>                  above the step made from doc step <n>
//	# step <n> listed as <listing> at <doc>:<line>:<col>  … listed under a lead-in ("field")
//	# step <n> sentence <k> at <doc>:<line>:<col>     … from its k-th sentence, k > 1
//
// Quoted parts are Go string literals; <n> is the number written in the doc, "4.1" for the
// first sub-step of step 4. Numbers repeat when a writer numbers every item "1.", so the steps
// of one doc step are those from its first sentence up to the next first sentence.
type LineMap struct {
	Doc       string // the doc path named in the header
	Scenarios []Scenario
}

// Position is a place in a doc.
type Position struct {
	Path string
	docsparse.Pos
}

// String is "path:line:col", the form editors and CI annotations understand.
func (p Position) String() string { return fmt.Sprintf("%s:%d:%d", p.Path, p.Line, p.Col) }

// Scenario is one procedure of the doc.
type Scenario struct {
	Line    int    // of the "Scenario:" line in the feature
	Name    string // as written after "Scenario:"
	Heading string // the procedure's heading in the doc ("" for a list with no heading)
	// Client is the heading, the procedure's own or one enclosing it, that names the app its
	// steps happen in ("### Android", "## iOS"); "" when none does (understand.PlacingHeading).
	Client string
	// Intro is the paragraph just before the procedure's list, on one line.
	Intro string
	// First is the link ("#revoke-a-key") to the heading of the doc's procedure its intro says
	// is done before it ("You can only delete a key after [revoking it](#revoke-a-key)"); ""
	// for none.
	First string
	// Continues says First is the part before this one ("### 1. Enable Shipping Mode" before
	// "### 2. Create Service Zone"): the procedure goes on from where that one ended.
	Continues bool
	At        Position
	Skip      *Directive // the skip directive, if the writer asked to skip the procedure
	Values    []Value
	Steps     []Step
}

// Directive is where an in-doc directive was written and what it said.
type Directive struct {
	Value string
	At    Position
}

// Value is a value directive: what to type into a field the doc leaves to the reader.
type Value struct {
	Field, Value string
	At           Position
}

// Step is one Gherkin step and the doc step it came from.
type Step struct {
	Line    int    // in the feature file
	Keyword string // "Given", "When", "Then", "And"
	Text    string // the step text after the keyword
	// DocStep is the step number as written in the doc ("3", "4.1"); empty for a Given made
	// from a directive.
	DocStep  string
	Sentence int // which sentence of the doc step the step is, from 1; 0 for a directive
	// Listed is how the lead-in above the doc step lists it ("field" under "Fill in the
	// required fields:"): the run reads the step's text with it (understand.ReadListed).
	Listed    understand.Listing
	Directive bool
	At        Position
	Markup    string // the doc step's markup as written; the directive's text for a directive
}

// Describe names the step as messages show it: `step 3 "Select **Save**."` for a doc step,
// `given "an API account exists"` for a directive's, and the quoted text for what has
// neither (a run's clean-up).
func (s Step) Describe() string {
	switch {
	case s.DocStep != "":
		return fmt.Sprintf("step %s %q", s.DocStep, s.Text)
	case s.Directive:
		return fmt.Sprintf("given %q", s.Text)
	}
	return fmt.Sprintf("%q", s.Text)
}

// Step returns the step on a line of the feature file, with its scenario.
func (m *LineMap) Step(line int) (Step, *Scenario, bool) {
	for i := range m.Scenarios {
		sc := &m.Scenarios[i]
		for _, st := range sc.Steps {
			if st.Line == line {
				return st, sc, true
			}
		}
	}
	return Step{}, nil, false
}

// Scenario returns the scenario whose "Scenario:" line is line.
func (m *LineMap) Scenario(line int) (*Scenario, bool) {
	for i := range m.Scenarios {
		if m.Scenarios[i].Line == line {
			return &m.Scenarios[i], true
		}
	}
	return nil, false
}

// stepKeywords are the English step keywords; generated features never use another language.
var stepKeywords = []string{"Given", "When", "Then", "And", "But", "*"}

// ReadLineMap reads the line map of a feature written by Generate. It fails on a feature that
// docdrift did not generate or whose position comments were edited out of shape.
func ReadLineMap(feature []byte) (*LineMap, error) {
	r := lineMapReader{m: &LineMap{}}
	sc := bufio.NewScanner(bytes.NewReader(feature))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		r.n++
		if err := r.line(strings.TrimSpace(sc.Text())); err != nil {
			return nil, fmt.Errorf("feature line %d: %w", r.n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("feature line %d: %w", r.n+1, err)
	}
	if r.m.Doc == "" {
		return nil, fmt.Errorf("not a feature generated by docdrift gen: no %q header", HeaderPrefix)
	}
	if r.pending != nil {
		return nil, fmt.Errorf("feature line %d: position comment is not followed by a step", r.n)
	}
	r.finishScenario()
	return r.m, nil
}

type lineMapReader struct {
	m       *LineMap
	n       int
	next    Scenario // what the comments above the coming "Scenario:" line said
	cur     *Scenario
	pending *Step // the position comment waiting for its step line
	markup  *Step // the markup comment waiting for its doc step's first sentence
	// pendingMarkup and given record which steps of the current scenario had a markup
	// comment, since a doc step's markup may itself be empty.
	pendingMarkup bool
	given         map[int]bool
}

func (r *lineMapReader) line(l string) error {
	if r.n == 1 {
		doc, ok := strings.CutPrefix(l, HeaderPrefix)
		if doc, ok = strings.CutSuffix(doc, " by docdrift gen. DO NOT EDIT."); !ok {
			return fmt.Errorf("not a feature generated by docdrift gen: first line is not %q", HeaderPrefix+"… by docdrift gen. DO NOT EDIT.")
		}
		r.m.Doc = doc
		return nil
	}
	if comment, ok := strings.CutPrefix(l, "#"); ok {
		return r.comment(strings.TrimSpace(comment))
	}
	if name, ok := strings.CutPrefix(l, "Scenario:"); ok {
		if r.pending != nil {
			return fmt.Errorf("position comment is not followed by a step")
		}
		r.finishScenario()
		sc := r.next
		sc.Line, sc.Name = r.n, strings.TrimSpace(name)
		r.m.Scenarios = append(r.m.Scenarios, sc)
		r.cur, r.next, r.given = &r.m.Scenarios[len(r.m.Scenarios)-1], Scenario{}, map[int]bool{}
		return nil
	}
	kw, text, ok := splitStep(l)
	if !ok {
		if r.pending != nil && l != "" {
			return fmt.Errorf("position comment is followed by %q, not a step", l)
		}
		return nil
	}
	if r.pending == nil {
		return nil // a step someone added by hand: nothing in the doc to point at
	}
	if r.cur == nil {
		return fmt.Errorf("step outside a scenario")
	}
	st := *r.pending
	r.pending = nil
	st.Line, st.Keyword, st.Text = r.n, kw, text
	if st.Directive {
		st.Markup = text
	}
	if r.pendingMarkup {
		r.given[len(r.cur.Steps)] = true
		r.pendingMarkup = false
	}
	r.cur.Steps = append(r.cur.Steps, st)
	return nil
}

func splitStep(l string) (keyword, text string, ok bool) {
	for _, kw := range stepKeywords {
		if rest, found := strings.CutPrefix(l, kw+" "); found {
			return kw, strings.TrimSpace(rest), true
		}
	}
	return "", "", false
}

// finishScenario gives every step its doc step's markup: the markup comment's, or the text
// of the doc step's Gherkin steps, which spell it exactly when no comment was needed.
func (r *lineMapReader) finishScenario() {
	if r.cur == nil {
		return
	}
	steps := r.cur.Steps
	for i := 0; i < len(steps); {
		if steps[i].Directive {
			i++
			continue
		}
		end := i + 1
		for end < len(steps) && steps[end].Sentence > 1 {
			end++
		}
		markup := steps[i].Markup
		if !r.given[i] {
			var texts []string
			for _, st := range steps[i:end] {
				texts = append(texts, st.Text)
			}
			markup = strings.Join(texts, " ")
		}
		for j := i; j < end; j++ {
			steps[j].Markup = markup
		}
		i = end
	}
	r.cur = nil
}

func (r *lineMapReader) comment(c string) error {
	word, rest, _ := strings.Cut(c, " ")
	if (word == "step" || word == "given") && r.pending != nil {
		return fmt.Errorf("position comment is not followed by a step")
	}
	var err error
	switch word {
	case "procedure":
		var heading string
		if heading, rest, err = unquotePrefix(rest); err != nil {
			return fmt.Errorf("procedure comment: %w", err)
		}
		// A feature names an enclosing heading ("in …"); its own, when it places the steps, is read
		// from it as Generate chose it.
		r.next.Heading, r.next.Client = heading, understand.PlacingHeading(heading)
		if in, ok := strings.CutPrefix(rest, " in "); ok {
			if r.next.Client, rest, err = unquotePrefix(in); err != nil {
				return fmt.Errorf("procedure comment: %w", err)
			}
		}
		r.next.At, err = r.position(rest)
	case "intro:":
		r.next.Intro = rest
	case "first:":
		if r.next.First, rest, err = unquotePrefix(rest); err != nil {
			return fmt.Errorf("first comment: %w", err)
		}
		r.next.Continues = rest == " continued"
	case "skip":
		var reason string
		if reason, rest, err = unquotePrefix(rest); err != nil {
			return fmt.Errorf("skip comment: %w", err)
		}
		d := &Directive{Value: reason}
		d.At, err = r.position(rest)
		if r.next.Skip == nil { // the first skip directive gives the reason, as Procedure.Skipped does
			r.next.Skip = d
		}
	case "value":
		var v Value
		if v.Field, rest, err = unquotePrefix(rest); err != nil {
			return fmt.Errorf("value comment: %w", err)
		}
		rest, ok := strings.CutPrefix(rest, " =")
		if !ok {
			return fmt.Errorf("value comment: no \"=\" after the field")
		}
		if v.Value, rest, err = unquotePrefix(strings.TrimSpace(rest)); err != nil {
			return fmt.Errorf("value comment: %w", err)
		}
		v.At, err = r.position(rest)
		r.next.Values = append(r.next.Values, v)
	case "given":
		st := &Step{Directive: true}
		st.At, err = r.position(" " + rest)
		r.pending = st
	case "markup":
		number, quoted, _ := strings.Cut(rest, " ")
		st := &Step{DocStep: number}
		if st.Markup, quoted, err = unquotePrefix(quoted); err == nil && quoted != "" {
			err = fmt.Errorf("text after the quoted markup")
		}
		r.markup = st
	case "step":
		number, where, ok := strings.Cut(rest, " ")
		if !ok || number == "" {
			return fmt.Errorf("step comment has no step number")
		}
		st := &Step{DocStep: number, Sentence: 1}
		if l, ok := strings.CutPrefix(where, "listed as "); ok {
			listed, rest, ok := cutListing(l)
			if !ok {
				return fmt.Errorf("step comment: %q is no listing docdrift writes", l)
			}
			st.Listed, where = listed, strings.TrimPrefix(rest, " ")
		}
		if k, ok := strings.CutPrefix(where, "sentence "); ok {
			k, where, _ = strings.Cut(k, " ")
			if st.Sentence, err = strconv.Atoi(k); err != nil || st.Sentence < 2 {
				return fmt.Errorf("step comment: %q is not a sentence number above 1", k)
			}
		}
		if st.Sentence == 1 && r.markup != nil {
			if r.markup.DocStep != number {
				return fmt.Errorf("markup of step %s is followed by step %s", r.markup.DocStep, number)
			}
			st.Markup, r.markup, r.pendingMarkup = r.markup.Markup, nil, true
		}
		st.At, err = r.position(" " + where)
		r.pending = st
	}
	return err
}

// cutListing reads the listing that starts s, up to the " at" of the position after it.
func cutListing(s string) (understand.Listing, string, bool) {
	for _, l := range []understand.Listing{understand.NamedFieldList, understand.FieldList, understand.OfferList, understand.PickList, understand.OwnItem, understand.MeansList, understand.BeforeCode, understand.OtherWay, understand.FirstWay, understand.PlacedBy, understand.UnderOptional} {
		if rest, ok := strings.CutPrefix(s, string(l)); ok && (strings.HasPrefix(rest, " at ") || strings.HasPrefix(rest, " sentence ")) {
			return l, rest, true
		}
	}
	return understand.Alone, s, false
}

// position reads " at path:line:col", the path possibly holding colons or spaces.
func (r *lineMapReader) position(s string) (Position, error) {
	where, ok := strings.CutPrefix(s, " at ")
	if !ok {
		return Position{}, fmt.Errorf("no \" at path:line:col\" in %q", s)
	}
	rest, col, ok1 := cutLastNumber(where)
	path, line, ok2 := cutLastNumber(rest)
	if !ok1 || !ok2 || path == "" {
		return Position{}, fmt.Errorf("%q is not a path:line:col position", where)
	}
	return Position{Path: path, Pos: docsparse.Pos{Line: line, Col: col}}, nil
}

func cutLastNumber(s string) (string, int, bool) {
	i := strings.LastIndexByte(s, ':')
	if i < 0 {
		return "", 0, false
	}
	n, err := strconv.Atoi(s[i+1:])
	if err != nil || n < 0 {
		return "", 0, false
	}
	return s[:i], n, true
}

// unquotePrefix reads the Go string literal at the start of s and returns the rest.
func unquotePrefix(s string) (string, string, error) {
	q, err := strconv.QuotedPrefix(s)
	if err != nil {
		return "", "", fmt.Errorf("no quoted text at %q", s)
	}
	v, err := strconv.Unquote(q)
	return v, s[len(q):], err
}
