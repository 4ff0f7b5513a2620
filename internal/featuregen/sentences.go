package featuregen

import (
	"regexp"
	"strings"

	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/understand"
)

// Sentence is one sentence of a procedure's step as docdrift reads it: where the doc wrote
// it, its text as a Gherkin step would carry it, and what it asks of the reader.
type Sentence struct {
	Procedure string // the procedure's heading ("" for a list with no heading)
	DocStep   string // the step number as written, "4.1" for a sub-step
	At        Position
	Text      string
	Meaning   understand.Meaning
	// Step is true when the sentence becomes a Gherkin step (an action, outcome or
	// precondition, understood or not); false for a note kept as a comment, and for every
	// sentence of a list that asks the reader to do nothing (see Asks).
	Step bool
	// Continuation is true for a sentence of a paragraph after the step's own text.
	Continuation bool
	Struck       bool
	// AfterItems is true for a lead-in that acts past its items, which a run takes after
	// its sub-steps ("Fill in the following fields and then click **Next**:").
	AfterItems bool
}

// Explain lists every sentence of every procedure of doc, sub-steps included, in doc order,
// with its meaning: what `docdrift explain` prints and bench/understanding.sh scores.
func Explain(doc *docsparse.Document) []Sentence {
	trees := make([][]readTree, len(doc.Procedures))
	n := 0
	for i, p := range doc.Procedures {
		trees[i] = readProcedure(p)
		n += countReads(trees[i])
	}
	out := make([]Sentence, 0, n) // a Sentence is large: grown by appending, most of a doc's would be copied twice
	var walk func(p docsparse.Procedure, trees []readTree, asks bool)
	walk = func(p docsparse.Procedure, trees []readTree, asks bool) {
		for _, t := range trees {
			lead, below := afterItems(t, t.reads), writtenBelow(t, t.reads)
			sentence := func(i int, r read) {
				if r.note != "" && r.note != "note" {
					return // an image, a code block: nothing to read
				}
				out = append(out, Sentence{Procedure: p.Heading.Title, DocStep: t.number,
					At: Position{Path: doc.Path, Pos: r.pos}, Text: r.text, Meaning: r.meaning,
					Step: asks && r.note == "", Continuation: r.continuation, Struck: p.Struck || t.step.Struck,
					AfterItems: i == lead})
			}
			// In the order written, which is the order a run takes them in but for a lead-in
			// that acts past its items (marked so).
			for i, r := range t.reads[:below] {
				sentence(i, r)
			}
			walk(p, t.subs, asks)
			for i, r := range t.reads[below:] {
				sentence(below+i, r)
			}
		}
	}
	for i, p := range doc.Procedures {
		walk(p, trees[i], asksAnything(trees[i]))
	}
	return out
}

// countReads is how many reads trees hold, sub-steps included.
func countReads(trees []readTree) int {
	n := 0
	for _, t := range trees {
		n += len(t.reads) + countReads(t.subs)
	}
	return n
}

// readProcedure reads a procedure's steps, its lead-in's among them when that asks for
// something itself, each placed where the procedure's headings say they happen.
func readProcedure(p docsparse.Procedure) []readTree {
	trees := readLeadAndSteps(p)
	inClient(trees, client(p))
	return trees
}

// client is the heading that names the app a procedure's steps happen in, its own or one
// enclosing it (understand.PlacingHeading); "" when none does.
func client(p docsparse.Procedure) string {
	headings := []string{p.Heading.Title}
	for i := len(p.Within) - 1; i >= 0; i-- {
		headings = append(headings, p.Within[i].Title)
	}
	return understand.PlacingHeading(headings...)
}

// inClient places every step of trees in the app heading names, if any ("### Visual Studio
// Code"), as a run places them (understand.InClient).
func inClient(trees []readTree, heading string) {
	if heading == "" {
		return
	}
	for _, t := range trees {
		for i := range t.reads {
			t.reads[i].meaning = understand.InClient(t.reads[i].meaning, heading)
		}
		inClient(t.subs, heading)
	}
}

// readLeadAndSteps reads a procedure's steps, after the lead-in above its list when that
// asks for something itself: "Navigate to **My Apps**, then:" is the first step; "To create a
// token, use the following steps:" only introduces them.
func readLeadAndSteps(p docsparse.Procedure) []readTree {
	if p.Place.Markup == "" {
		return readLeadIn(p)
	}
	if p.Lead.Pos == p.Place.Pos {
		p.Lead = docsparse.Step{} // the line right over the list: read once, as the place
	}
	steps := readLeadIn(p)
	// "**Path to configure the feature:** *Settings > Global Settings > Webhooks*" above the
	// heading's procedures: where they begin, the first step of each.
	reads := readStep(p.Place)
	if len(reads) > 0 {
		// "The **Users** page shows all users. Pending ones show **Invited**.": where to go,
		// read so here only (the run too: the feature says it is listed as the place); what
		// else the line says is about that page, not a step before it.
		listItem(&reads[0], understand.PlacedBy)
		reads = reads[:1]
	}
	return append([]readTree{{step: p.Place, number: "place", reads: reads}}, steps...)
}

// readLeadIn reads a procedure's steps, with the lead-in above its list first when that asks
// for something itself.
func readLeadIn(p docsparse.Procedure) []readTree {
	if p.Lead.Markup == "" {
		return readSteps(p.Steps, "", listing(p, understand.HeadingLead(p.Heading.Title)))
	}
	lead := readTree{step: p.Lead, number: "lead-in", reads: readStep(p.Lead)}
	// "Fill in the following fields:" above the list lists its items as its own sub-steps' would be.
	steps := readSteps(p.Steps, "", listing(p, leadOf(lead.reads, p.Steps)))
	acts, takesThere := false, false
	for i, r := range lead.reads {
		// A lead-in names the goal of the steps under it ("Create a new role:") unless it takes
		// the reader where they happen ("Navigate to **My Apps**, then:") or names the control
		// that opens them; a whole instruction before it is a step ("Click **Create client**.
		// Fill in the following fields:").
		whole := i < len(lead.reads)-1 && !r.continuation && r.meaning.Role == understand.Action
		goes := only(r.meaning, understand.Go) || only(r.meaning, understand.SignIn)
		// "In the **Datasets** panel, select **Create dataset**:" clicks before its items.
		clicks := i == len(lead.reads)-1 && strings.HasSuffix(r.text, ":") && r.meaning.ClicksLabel()
		if r.note == "" && r.meaning.Understood() && (whole || goes || clicks || strings.HasSuffix(r.text, "then:")) {
			acts = true
			takesThere = goes && !r.continuation && i == len(lead.reads)-1
		} else if r.note == "" {
			lead.reads[i].note = "note" // what a lead-in says besides its action explains
		}
	}
	// A lead-in ends in a colon; a paragraph whose last sentence takes the reader where the
	// steps happen ("To create a token, go to **Settings** > **Tokens**.") is the first step
	// whatever it ends in: without it a run would look for the steps' controls elsewhere.
	if !acts || !strings.HasSuffix(strings.TrimSpace(p.Lead.Markup), ":") && !takesThere {
		return steps
	}
	return append([]readTree{lead}, steps...)
}

// listing is the lead-in a procedure's items are listed under: lead, or, when lead lists
// nothing and the items describe a form's fields (docsparse.Procedure.FieldsDescribed), one
// that lists fields.
func listing(p docsparse.Procedure, lead understand.Meaning) understand.Meaning {
	if p.FieldsDescribed && lead.Lists() == understand.Alone {
		return understand.Meaning{Fields: true}
	}
	return lead
}

// readTree is a doc step read sentence by sentence, with its sub-steps.
type readTree struct {
	step   docsparse.Step
	number string // as written, "4.1" for a sub-step
	reads  []read
	subs   []readTree
}

// readSteps reads steps and their sub-steps once, for both Generate and Explain. lead is the
// meaning of the lead-in the steps are listed under: one that asks for fields ("Fill in the
// required fields:") makes an item that is no instruction of its own a field to fill; one that
// offers choices ("From the Users page, you can:") makes an item that only describes what
// shows, or only names a choice, a note.
func readSteps(steps []docsparse.Step, parent string, lead understand.Meaning) []readTree {
	out := make([]readTree, 0, len(steps))
	either := parent != "" && len(steps) > 1 && startsWithWord(steps[0].Text, "either")
	for i, s := range steps {
		number := itoa(s.Number)
		if parent != "" {
			number = parent + "." + number
		}
		reads := readStep(s)
		asks := len(reads) > 0 && reads[0].meaning.Step() // of its own, not as listed
		if len(reads) > 0 && !reads[0].continuation && !reads[0].shape && reads[0].listed == understand.Alone {
			listed := lead.Lists()
			switch {
			case listed == understand.FirstWay && parent == "" && !lead.Either:
				// A procedure of its own under "do one of the following:" is the writer's
				// steps, numbered in turn; ways are a step's sub-steps, or items under
				// "either:".
				listed = understand.Alone
			case listed == understand.FirstWay && i > 0:
				listed = understand.OtherWay // "from an URL, …" after "from the computer, …"
			case either && i > 0 && startsWithWord(s.Text, "or"):
				// "- Either click **Create new entry** …," then "- Or access the edit view of
				// …": the second is another way, as under "do one of the following:".
				listed = understand.OtherWay
			}
			listItem(&reads[0], listed)
		}
		tree := readTree{step: s, number: number, reads: reads, subs: readSteps(s.SubSteps, number, leadOf(reads, s.SubSteps))}
		if len(s.SubSteps) > 0 {
			doneBelow(tree.reads)
		}
		if len(reads) > 0 && (reads[0].listed == understand.FieldList || reads[0].listed == understand.NamedFieldList) && reads[0].meaning.Step() && !asks {
			describesField(tree.reads[1:], tree.subs)
			markedThenAsked(tree.reads)
		}
		if len(reads) > 0 && reads[0].listed == understand.OtherWay {
			anotherWay(tree.subs) // "Perform all the following steps to get there:" as the second way
		}
		if len(reads) > 0 && !reads[0].continuation && reads[0].note == "" && reads[0].meaning.Optional {
			underOptional(tree.subs)
		}
		out = append(out, tree)
	}
	return out
}

// doneBelow makes a note of a step's vague request to fill something in ("Enter your
// filters.") when the lead-in right after it introduces the sub-items that say what ("You can
// filter by:" over "**Status**: choose from …"): the request is what they do, not a field of
// its own — performed, it typed a made-up value into whatever field came first.
func doneBelow(reads []read) {
	n := len(reads)
	for n > 0 && reads[n-1].continuation {
		n--
	}
	if n < 2 || !strings.HasSuffix(strings.TrimSpace(reads[n-1].text), ":") {
		return
	}
	r := &reads[n-2]
	if r.note != "" || r.continuation || !only(r.meaning, understand.Enter) {
		return
	}
	for _, a := range r.meaning.Acts {
		if len(a.Target.Labels()) > 0 || a.Target.Icon != "" || a.Value != "" {
			return // "Enter **Name**.": a field the doc names
		}
	}
	r.meaning, r.note = understand.Meaning{Role: understand.Note}, "note"
}

// describesField makes notes of what an item that describes a field ("**Start Date**
// *(required)* — when the schedule begins.") says of it after, in its own text and its
// sub-items ("The matching date field appears once you pick.", "Example:
// `cn=Search`"): what the field does or shows, not an outcome to check. An instruction there
// stays a step.
func describesField(reads []read, subs []readTree) {
	for i := range reads {
		if reads[i].meaning.Role == understand.Outcome {
			reads[i].meaning, reads[i].note = understand.Meaning{Role: understand.Note}, "note"
		}
	}
	for i := range subs {
		describesField(subs[i].reads, subs[i].subs)
	}
}

// markedThenAsked makes a note of a listed field's first sentence when it only marks the field
// ("**Expiration date:** Optional.") and the item's next sentence asks what to do there
// ("Select **30 days** …"): one act, optional as the mark says.
func markedThenAsked(reads []read) {
	if len(reads) < 2 || reads[1].continuation || !reads[1].meaning.Step() || !understand.OnlyMarksField(reads[0].text) {
		return
	}
	reads[1].meaning.Optional = reads[1].meaning.Optional || reads[0].meaning.Optional
	reads[0].meaning, reads[0].note = understand.Meaning{Role: understand.Note}, "note"
}

// startsWithWord reports text that opens with the word w, in any case.
func startsWithWord(text, w string) bool {
	f := strings.Fields(text)
	return len(f) > 0 && strings.EqualFold(strings.Trim(f[0], ",:"), w)
}

// anotherWay leaves the steps of a way the reader did not take.
func anotherWay(trees []readTree) {
	for i := range trees {
		if r := trees[i].reads; len(r) > 0 && !r[0].continuation && !r[0].shape {
			listItem(&r[0], understand.OtherWay)
		}
		anotherWay(trees[i].subs)
	}
}

// underOptional makes the sub-steps of an optional step optional too, at every depth: "To set
// an image as the thumbnail:" under "Optionally upload images" is for a reader who uploaded
// one. A sub-step its lead-in lists otherwise keeps that listing.
func underOptional(trees []readTree) {
	for i := range trees {
		if r := trees[i].reads; len(r) > 0 && !r[0].continuation && !r[0].shape && r[0].listed == understand.Alone && r[0].note == "" {
			r[0].meaning, r[0].listed = understand.ReadListed(r[0].text, understand.UnderOptional), understand.UnderOptional
		}
		underOptional(trees[i].subs)
	}
}

// listItem reads an item's first sentence as its list makes it: under a lead-in that lists
// its items, as that listing reads them; alone, a note may still be the procedure's own step
// ("3. You can edit the name."). The run reads the sentence the same way: the feature says
// how it was listed.
func listItem(r *read, listed understand.Listing) {
	switch {
	case listed != understand.Alone:
		r.meaning, r.listed = understand.ReadListed(r.text, listed), listed
	case !r.meaning.Step():
		if m := understand.ReadListed(r.text, understand.OwnItem); m.Step() {
			r.meaning, r.listed = m, understand.OwnItem
		}
	}
	if r.meaning.Step() {
		r.note = ""
	} else {
		r.note = "note"
	}
}

// leadOf is the meaning of the lead-in the sub-steps are listed under, if any: the last
// sentence before them, in the step's own text or in a paragraph between it and them ("Select
// **SAML 2.0**." then "In **General Settings**, fill in the following values:").
func leadOf(reads []read, subs []docsparse.Step) understand.Meaning {
	last := leadAt(reads, subs)
	if last < 0 {
		return understand.Meaning{}
	}
	m := reads[last].meaning
	if len(subs) > 0 && !m.ListsItems() {
		// "3. Complete the integration settings", "Fill in the configuration:" over
		// "- **URL**: …": the sub-steps are the fields, and the lead-in asks nothing itself.
		m = understand.ReadLeadOverItems(reads[last].text, func() []string { return firstSentences(subs) })
		if m.ListsItems() {
			reads[last].meaning, reads[last].note = m, ""
		}
	}
	if !m.LeadIn {
		return understand.Meaning{}
	}
	return m
}

// leadAt is the index of the sentence the sub-steps are listed under (leadOf), or -1.
func leadAt(reads []read, subs []docsparse.Step) int {
	last := -1
	for i, r := range reads {
		if !r.continuation || len(subs) > 0 && before(r.pos, subs[0].Pos) {
			last = i
		}
	}
	return last
}

// afterItems is the index in reads (t's, in the order written) of a lead-in that acts past
// its items, which is taken after t's sub-steps ("Fill in the following fields and then click
// **Next**:"); -1 for none.
func afterItems(t readTree, reads []read) int {
	if i := leadAt(reads, t.step.SubSteps); len(t.subs) > 0 && i >= 0 && reads[i].note == "" && reads[i].meaning.ActsAfterItems() {
		return i
	}
	return -1
}

// takenAfter is the index in reads from which t's sentences are taken after its sub-steps: a
// lead-in that acts past its items (afterItems), else the first sentence written below them
// (writtenBelow); len(reads) for none.
func takenAfter(t readTree, reads []read) int {
	if i := afterItems(t, reads); i >= 0 {
		return i
	}
	return writtenBelow(t, reads)
}

// writtenBelow is the index in reads of the first sentence written below t's sub-steps, len(reads)
// for none: "Once you're done with this step, click **Continue**." after a list whose last
// step has bullets of its own is done once they are.
func writtenBelow(t readTree, reads []read) int {
	if len(t.subs) > 0 {
		last := t.step.SubSteps[len(t.step.SubSteps)-1].Pos
		for i, r := range reads {
			if r.continuation && before(last, r.pos) {
				return i
			}
		}
	}
	return len(reads)
}

// before reports whether a comes before b in the doc.
func before(a, b docsparse.Pos) bool {
	return a.Line < b.Line || a.Line == b.Line && a.Col < b.Col
}

// read is one sentence of a doc step, or one comment standing for content that is not read.
type read struct {
	text         string
	pos          docsparse.Pos
	meaning      understand.Meaning
	listed       understand.Listing // how the lead-in above the step lists it (first sentence only)
	note         string             // "" for a sentence that becomes a step; "note", "image", "code", … otherwise
	continuation bool
	shape        bool // a note by the item's shape (a link alone, a title over its steps), whatever its list
}

// readStep reads a doc step's own sentences and the paragraphs after it. Every sentence of
// the step's own text that asks for something becomes a step (understood or not, so a run
// can say which it could not read); in the paragraphs after it, only those docdrift
// understands do, since prose there is mostly explanation.
func readStep(s docsparse.Step) []read {
	if docsparse.IncludeRef(s.Markup) != "" {
		// An include the project did not resolve: the step is there, its text is not.
		t := oneLine(s.Markup)
		return []read{{text: t, pos: s.Pos, meaning: understand.Read(t)}}
	}
	text, spans := ownSentences(s)
	out := make([]read, 0, len(spans)+len(s.Continuation)) // a read holds a Meaning: worth sizing once
	onlyLink := linkOnly.MatchString(strings.TrimSpace(s.Markup))
	// "**Create your project**" over the paragraphs or bullets that say how: a title — but
	// "**Click CREATE**" over what it shows is the click.
	title := boldOnly.MatchString(strings.TrimSpace(s.Markup)) && (len(s.SubSteps) > 0 || hasParagraph(s.Continuation)) &&
		!understand.TitleActs(text.text)
	for i, sp := range spans {
		t := text.text[sp.start:sp.end]
		r := read{text: t, pos: s.Pos, meaning: understand.Read(t)}
		if onlyLink || title {
			// "[Deploy an application](#deploy-an-application)": an entry of a table of
			// contents or a link list, the text another page's title.
			r.meaning, r.shape = understand.Meaning{Role: understand.Note}, true
		}
		if i > 0 {
			r.pos = markupPos(s.Pos, s.Lines, s.Markup, int(text.off[sp.start]))
		}
		if !r.meaning.Step() {
			r.note = "note"
		}
		out = append(out, r)
	}
	// "You can refer to the table below …": the tables after are for reading, not fields.
	reference := understand.RefersToTable(text.text)
	for _, c := range s.Continuation {
		if c.Markup == "" && c.Kind == "paragraph" {
			c.Markup = c.Text // a model built by hand, without the source's markup
		}
		if c.Kind == "paragraph" && understand.RefersToTable(c.Text) {
			reference = true
		}
		if c.Kind == "table" && !reference && fieldTable(c.Rows) {
			// "| **Name** | a name for the token |": a field to fill per row.
			for _, row := range c.Rows[1:] {
				t := cleanMarkup(strings.Join(row.Cells, " | ")).text
				r := read{text: t, pos: row.Pos, meaning: understand.Read(t), continuation: true}
				if !r.meaning.Understood() {
					r.note = "note"
				}
				out = append(out, r)
			}
			continue
		}
		if c.Kind != "paragraph" {
			if t := oneLine(c.Text); t != "" {
				out = append(out, read{text: t, pos: c.Pos, meaning: understand.Meaning{Role: understand.Note}, note: oneLine(c.Kind), continuation: true})
			}
			continue
		}
		para := cleanMarkup(c.Markup)
		for _, sp := range sentences(para.text) {
			t := para.text[sp.start:sp.end]
			r := read{text: t, pos: markupPos(c.Pos, c.Lines, c.Markup, int(para.off[sp.start])), meaning: understand.Read(t), continuation: true}
			if !r.meaning.Step() || !r.meaning.Understood() || only(r.meaning, understand.Nothing) && !r.meaning.LeadIn ||
				r.meaning.Role == understand.Action && onlyGuesses(r.meaning) && linksToSection(c.Markup, para.off, sp.start, sp.end) {
				// Prose after a step: explanation unless it plainly asks or shows something.
				// "Then, create a new campaign … and [add promotions to it](#manage-…)" sends
				// the reader to other sections for what to do; its words name no control.
				r.note = "note"
			}
			out = append(out, r)
		}
	}
	leadsIntoCode(out)
	return out
}

// ownSentences is a step's own text, cleaned of markup, and its sentences.
func ownSentences(s docsparse.Step) (stepText, []span) {
	text := cleanMarkup(s.Markup)
	return text, splitAtLine(splitAfterTitle(sentences(text.text), text, s.Markup), text, s.Markup)
}

// firstSentences is the first sentence of each step: what a lead-in lists it by.
func firstSentences(steps []docsparse.Step) []string {
	out := make([]string, 0, len(steps))
	for _, s := range steps {
		if text, spans := ownSentences(s); len(spans) > 0 {
			out = append(out, text.text[spans[0].start:spans[0].end])
		}
	}
	return out
}

// leadsIntoCode reads each sentence that ends in a colon right over a code block as the
// code's lead-in ("Start the container:"): what it asks is done with the code, unless it
// names a control on the page (understand.BeforeCode).
func leadsIntoCode(reads []read) {
	for i := 0; i+1 < len(reads); i++ {
		r := &reads[i]
		if reads[i+1].note != "code" || r.note != "" || !strings.HasSuffix(strings.TrimSpace(r.text), ":") {
			continue
		}
		if m := understand.ReadListed(r.text, understand.BeforeCode); m.Surface != r.meaning.Surface {
			r.meaning, r.listed = m, understand.BeforeCode
		}
	}
}

// titleBreak matches a bold title ended by a hard line break ("**Log in**␣␣⏎ As an admin,
// log in …"): the title is a sentence of its own, whatever punctuation it lacks.
var titleBreak = regexp.MustCompile(`^(?:\*\*[^*\n]+\*\*|__[^_\n]+__)[.:]?(?: {2,}|\\)\n`)

// splitAfterTitle ends the first sentence at a step's bold title when a hard line break
// follows it: spans are of text, the step's cleaned markup.
func splitAfterTitle(spans []span, text stepText, markup string) []span {
	m := titleBreak.FindStringIndex(markup)
	if m == nil || len(spans) == 0 {
		return spans
	}
	first := spans[0]
	for j := first.start; j < first.end; j++ {
		if int(text.off[j]) < m[1] {
			continue
		}
		end := j
		for end > first.start && text.text[end-1] == ' ' {
			end--
		}
		if end == first.start {
			return spans
		}
		return append([]span{{first.start, end}, {j, first.end}}, spans[1:]...)
	}
	return spans
}

// splitAtLine ends the first sentence at the step's first line break when that line is a
// title with no stop and the next line starts an instruction of its own ("2. Create New
// Token⏎   Click the **+ Create Token** button."): writers put a step's title on its own
// line. A sentence wrapped over lines goes on: its line ends on a word that needs the next
// ("to", "the", a comma), or the next line starts lower-case or reads as no instruction.
func splitAtLine(spans []span, text stepText, markup string) []span {
	nl := strings.IndexByte(markup, '\n')
	if nl < 0 || len(spans) == 0 {
		return spans
	}
	line, next := strings.TrimSpace(markup[:nl]), strings.TrimLeft(markup[nl+1:], " \t")
	if line == "" || next == "" || next[0] < 'A' || next[0] > 'Z' || strings.ContainsAny(line[len(line)-1:], ".!?:;,-") ||
		strings.ContainsAny(line[:1], ":{<|>") { // "::: info", a tag or a table row: no title

		return spans
	}
	words := strings.Fields(strings.ToLower(line))
	if carriesOn[words[len(words)-1]] {
		return spans
	}
	first := spans[0]
	for j := first.start; j < first.end; j++ {
		if int(text.off[j]) <= nl || text.text[j] == ' ' {
			continue
		}
		end := j
		for end > first.start && text.text[end-1] == ' ' {
			end--
		}
		rest := understand.Read(text.text[j:first.end])
		if end == first.start || rest.Role != understand.Action || !rest.Understood() {
			return spans
		}
		return append([]span{{first.start, end}, {j, first.end}}, spans[1:]...)
	}
	return spans
}

// carriesOn are words a wrapped line ends on that need the next line to finish the sentence.
var carriesOn = map[string]bool{"the": true, "a": true, "an": true, "to": true, "and": true, "or": true,
	"of": true, "in": true, "on": true, "for": true, "with": true, "by": true, "from": true, "then": true,
	"your": true, "this": true, "that": true, "its": true, "their": true, "our": true, "at": true, "as": true,
	"into": true, "under": true, "named": true, "called": true, "labelled": true, "labeled": true, "select": true,
	"click": true, "enter": true, "choose": true, "open": true, "press": true, "type": true}

// onlyGuesses reports a reading whose acts name no label the doc marks, only words taken for
// one ("create a new campaign": ~"create campaign").
func onlyGuesses(m understand.Meaning) bool {
	guessed := false
	for _, a := range m.Acts {
		if len(a.Target.Labels()) > 0 || a.Target.Icon != "" {
			return false
		}
		guessed = guessed || a.Target.Words != ""
	}
	return guessed
}

// linksToSection reports a sentence (text offsets start to end, off mapping them into
// markup) holding a link to a section of its own doc: "[add promotions to it](#manage-…)".
func linksToSection(markup string, off []int32, start, end int) bool {
	if start >= end || end > len(off) {
		return false
	}
	from, to := int(off[start]), min(len(markup), int(off[end-1])+4) // past the link text's "](#"
	return from < to && strings.Contains(markup[from:to], "](#")
}

// linkOnly matches an item that is nothing but a link: "[Title](#anchor)", "[Title][ref]",
// "**[Title](page.md)**".
var linkOnly = regexp.MustCompile(`^[*_]{0,2}\[[^\]]+\](?:\([^)\s]*(?:\s+"[^"]*")?\)|\[[^\]]*\])[*_]{0,2}\.?$`)

// boldOnly matches an item that is one bold phrase and nothing else: "**Create your project**".
var boldOnly = regexp.MustCompile(`^(?:\*\*[^*]+\*\*|__[^_]+__)[.:]?$`)

// hasParagraph reports continuation that holds a paragraph of prose: not one that only shows
// a picture ("![Add key](add.png)", "{{< img src=… >}}").
func hasParagraph(blocks []docsparse.Block) bool {
	for _, b := range blocks {
		if b.Kind == "paragraph" && !pictureOnly.MatchString(strings.TrimSpace(b.Markup)) {
			return true
		}
	}
	return false
}

// pictureOnly matches a paragraph that is one picture: a Markdown image, or a template tag or
// HTML element that draws one.
var pictureOnly = regexp.MustCompile(`^(?:!\[[^\]]*\]\([^)]*\)|\{\{[<%]\s*(?:img|image|figure|screenshot)\b[^}]*[>%]\}\}|<img\b[^>]*>)$`)

// only reports whether every act of a meaning is v.
func only(m understand.Meaning, v understand.Verb) bool {
	for _, a := range m.Acts {
		if a.Verb != v {
			return false
		}
	}
	return len(m.Acts) > 0
}

// fieldTable reports a table of fields to fill: a header whose first column names fields
// ("Field", "Setting", "Option", "Name", …) and at least one row under it.
func fieldTable(rows []docsparse.Row) bool {
	if len(rows) < 2 || !rows[0].Header || len(rows[0].Cells) < 2 {
		return false
	}
	first := strings.ToLower(strings.Trim(cleanMarkup(rows[0].Cells[0]).text, "*_` "))
	for _, w := range []string{"field", "setting", "option", "name", "property", "key", "parameter", "input", "attribute"} {
		if strings.HasPrefix(first, w) {
			return true
		}
	}
	// "| User information | Instructions |": the second column says what to do with each.
	second := strings.ToLower(strings.Trim(cleanMarkup(rows[0].Cells[1]).text, "*_` "))
	return strings.HasPrefix(second, "instruction") || strings.HasPrefix(second, "value")
}
