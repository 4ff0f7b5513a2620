package docsparse

import (
	"regexp"
	"slices"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/docdrift/docdrift/internal/understand"
)

// procAt is a procedure with the offsets directives are matched by.
type procAt struct {
	section int // index into b.headings; -1 before the first heading
	off     int // of the list's first item
}

// readProcedures makes a procedure of every top-level ordered list, and of a bulleted one whose
// intro announces steps ("To modify a role, follow these steps:") or whose items read as
// steps (see readsAsSteps). Nested lists are sub-steps,
// not procedures. A list written before any heading belongs to a level-0 pseudo
// heading carrying the document title (and no id), so every procedure has a heading to report.
// A list whose first number continues the previous list in the same section ("4." after a code
// block that ended "1.–3.") is the same procedure, split only by Markdown's list rules.
//
// The last step owns what follows the list up to the next heading, list or thematic break:
// outcome paragraphs and screenshots usually come right after the final step.
func (b *builder) readProcedures(root ast.Node) {
	section := -1
	var last, captioned *Procedure
	var lastAt procAt
	var prev ast.Node
	for c := root.FirstChild(); c != nil; prev, c = c, c.NextSibling() {
		switch n := c.(type) {
		case *ast.Heading:
			section++
			if last != nil {
				captioned = last // a list after the heading that continues its numbering continues it
			}
			last = nil
			continue
		case *ast.ThematicBreak:
			last = nil
			continue
		case *ast.List:
			if last != nil && lastAt.section == section && !n.IsOrdered() && b.inAdmonition(max(n.Pos(), 0)) {
				// "<Note>" over "- Price columns …" and "</Note>" after a procedure: the box's
				// content, a note of the last step, and what follows it still the procedure's.
				break
			}
			if understand.Prerequisites(b.sectionAt(section).Title) || !n.IsOrdered() && understand.Overview(b.sectionAt(section).Title) || b.introducesOverview(prev) || b.advised(section, n.IsOrdered()) {
				last = nil // what to have done before, what a feature is for, or advice: no procedure
				continue
			}
			if step := interruptingBullets(last, n); step != nil && lastAt.section == section &&
				(leadsItems(step) || b.announcesSteps(prev, n) || b.readsAsSteps(prev, n, false)) {
				// "3. Fill out the form:", bullets, "4. Click **Save**": the numbering goes on
				// after the bullets, so they are step 3's, written at the margin.
				subs := b.readSteps(n, b.territoryEnd(n))
				for i := range subs {
					subs[i].Number += len(step.SubSteps)
				}
				step.SubSteps = append(step.SubSteps, subs...)
				continue
			}
			if lead := unindentedSubList(last, n, prev); lead != nil && lastAt.section == section {
				// "1. **Create a Client:**" and, not indented under it, "- Click 'Clients'": the
				// bullets are the numbered step's sub-steps, as the writer meant.
				lead.SubSteps = b.readSteps(n, b.territoryEnd(n))
				continue
			}
			goesOn := last != nil && lastAt.section == section && b.bulletsGoOn(last.Steps, n, prev)
			// A list of marked fields is read as a form's, whatever else makes it a procedure.
			fields := !n.IsOrdered() && b.marksFields(n)
			if !n.IsOrdered() && !b.announcesSteps(prev, n) && !b.headingLists(prev) && !(goesOn && leadListsItems(last)) && !b.readsAsSteps(prev, n, goesOn) && !fields {
				if b.numberedInside(n, section) {
					captioned = nil // the procedures grew: no pointer into them is kept
				}
				if interruptingBullets(last, n) != nil && lastAt.section == section {
					// "4. Configure authentication:", the methods as bullets, "5. Click
					// **Create**": prose of step 4, kept as any block after it is (below), and
					// the procedure goes on.
					break
				}
				last = nil
				continue
			}
			end := b.territoryEnd(n)
			steps := b.readSteps(n, end)
			if captioned != nil && last == nil && continues(captioned.Steps, steps) {
				// "#### Step 3 - Technical" between steps 2 and 3: a caption, not a new procedure.
				captioned.Steps = append(captioned.Steps, steps...)
				last = captioned
				continue
			}
			captioned = nil
			if goesOn {
				// "- Enter the name", a note, "- Click **Select**": one procedure that a
				// note or a code block split into two lists.
				for i := range steps {
					steps[i].Number = len(last.Steps) + 1 + i
				}
			}
			if last != nil && lastAt.section == section && continues(last.Steps, steps) {
				last.Steps = append(last.Steps, steps...)
				last.Struck = last.Struck && b.strikes.covers(n.Pos(), n.Pos()+1)
				continue
			}
			intro := b.introBefore(prev)
			if intro != nil && last != nil {
				dropContinuationAt(&last.Steps[len(last.Steps)-1], b.pos(intro.Pos()))
			}
			last, lastAt = b.addProcedure(n, section, steps, intro), b.procs[len(b.procs)-1]
			last.FieldsDescribed = fields
			continue
		}
		// A line naming where a feature lives is a paragraph of one line: longer prose is not
		// copied to be asked.
		if p, ok := c.(*ast.Paragraph); ok && p.Lines().Len() == 1 {
			if line := markup(p, b.src); understand.Places(line) {
				b.places = append(b.places, placeAt{section: section, step: Step{Text: plainText(p, b.src), Markup: line,
					Pos: b.pos(max(p.Pos(), 0))}})
			}
		}
		if last != nil && len(last.Steps) > 0 {
			if blk, ok := b.block(c); ok {
				step := &last.Steps[len(last.Steps)-1]
				step.Continuation = append(step.Continuation, blk)
			}
		}
	}
}

// territoryEnd is where the content owned by a list's last step ends: the next heading, list
// (but bullets inside a callout box) or thematic break at the top level, or the end of the
// document.
func (b *builder) territoryEnd(list *ast.List) int {
	for c := list.NextSibling(); c != nil; c = c.NextSibling() {
		switch c.Kind() {
		case ast.KindList:
			if l, ok := c.(*ast.List); !ok || l.IsOrdered() || !b.inAdmonition(max(c.Pos(), 0)) {
				return max(c.Pos(), 0)
			}
		case ast.KindHeading, ast.KindThematicBreak:
			return max(c.Pos(), 0)
		}
	}
	return len(b.src)
}

func (b *builder) sectionAt(i int) Section {
	if i < 0 {
		return Section{Title: b.doc.Title, IDFrom: IDFromNowhere, Pos: b.doc.TitlePos}
	}
	return b.headings[i].Section
}

// placeAt is a line naming where a feature lives (understand.Places) and its section.
type placeAt struct {
	section int
	step    Step
}

// placeOf is the latest line so far that names where the procedures of section live: one in
// the section itself or in a section enclosing it ("## Usage" with its path, over "###
// Creating a new account").
func (b *builder) placeOf(section int) Step {
	for i := len(b.places) - 1; i >= 0; i-- {
		if p := b.places[i]; p.section == section || b.encloses(p.section, section) {
			return p.step
		}
	}
	return Step{}
}

// encloses reports whether heading j (-1: the doc's top, before any heading) encloses heading
// i: it comes before it, and every heading between is of a deeper level.
func (b *builder) encloses(j, i int) bool {
	if j >= i {
		return false
	}
	if j < 0 {
		return true
	}
	for k := j + 1; k <= i; k++ {
		if b.headings[k].Level <= b.headings[j].Level {
			return false
		}
	}
	return true
}

// enclosing are the headings that enclose heading i, outermost first: each earlier heading of
// a lower level than the one after it.
func (b *builder) enclosing(i int) []Section {
	var out []Section
	level := 0
	if i >= 0 {
		level = b.headings[i].Level
	}
	for j := i - 1; j >= 0 && level > 1; j-- {
		if h := b.headings[j]; h.Level < level {
			out = append(out, h.Section)
			level = h.Level
		}
	}
	slices.Reverse(out)
	return out
}

// advised reports a list that is advice by its section (understand.Advice): any list under
// an advice heading, and bullets under a heading it encloses.
func (b *builder) advised(section int, ordered bool) bool {
	if understand.Advice(b.sectionAt(section).Title) {
		return true
	}
	return !ordered && slices.ContainsFunc(b.enclosing(section), func(s Section) bool { return understand.Advice(s.Title) })
}

// continues reports whether next picks up the numbering where prev stopped.
func continues(prev, next []Step) bool {
	return len(prev) > 0 && len(next) > 0 && next[0].Number > 1 && next[0].Number == prev[len(prev)-1].Number+1
}

// bulletsGoOn reports a bulleted list that goes on with the bulleted steps before it: nothing
// but notes, code or pictures between them, no paragraph that introduces it.
func (b *builder) bulletsGoOn(prev []Step, list *ast.List, before ast.Node) bool {
	return len(prev) > 0 && !list.IsOrdered() && prev[len(prev)-1].Written == string(list.Marker) && b.introBefore(before) == nil
}

func allStruck(steps []Step) bool {
	for _, s := range steps {
		if !s.Struck {
			return false
		}
	}
	return len(steps) > 0
}

// announcesSteps reports a bulleted list whose intro says it is a procedure ("To modify a
// role, follow these steps:"), or asks for what its items describe as a form's fields ("Click
// **Default Models** to set one for each job:" over "- **Embedding Model**: indexes …"): most
// bulleted lists are facts, options or links, so only such a list is read as steps.
func (b *builder) announcesSteps(prev ast.Node, list *ast.List) bool {
	intro := b.introBefore(prev)
	if intro == nil {
		return false
	}
	lead := lastSentence(markup(intro, b.src))
	if leadsList(lead, understand.Read(lead)) {
		return true
	}
	// Only a lead-in that presses a control is asked about the items: outside a procedure, a
	// "Configure …:" over "`name`: …" is as often what a program does or a settings file holds.
	m := understand.ReadLeadOverItems(lead, func() []string { return b.itemLeads(list) })
	return m.ListsItems() && m.ClicksLabel()
}

// itemLeads is the first sentence of each item's first line, as written.
func (b *builder) itemLeads(list *ast.List) []string {
	var out []string
	for c := list.FirstChild(); c != nil; c = c.NextSibling() {
		if text := c.FirstChild(); isParagraph(text) {
			line, _, _ := strings.Cut(markup(text, b.src), "\n")
			out = append(out, firstSentence(line))
		}
	}
	return out
}

// headingLists reports a bulleted list right under a heading that asks for the fields or boxes
// it lists ("### Fill out the form" over "- **Username**: …"), with nothing but pictures and
// comments between (understand.HeadingLead).
func (b *builder) headingLists(prev ast.Node) bool {
	h, ok := b.pastDecor(prev).(*ast.Heading)
	return ok && understand.HeadingLead(plainText(h, b.src)).LeadIn
}

// marksFields reports a bulleted list that names a form's fields and marks each required or
// optional ("- Bind DN (optional)", "- **Genre name** (required)"), with nothing above it that
// says so: forms are documented this way, and a reader fills each. An item in four may be
// something else (a note, the values of the field above it).
func (b *builder) marksFields(list *ast.List) bool {
	fields, others, items := 0, 0, list.ChildCount()
	for c := list.FirstChild(); c != nil; c = c.NextSibling() {
		text := c.FirstChild()
		if !isParagraph(text) {
			return false
		}
		line, _, _ := strings.Cut(markup(text, b.src), "\n")
		if _, ok := understand.MarkedField(firstSentence(line)); ok {
			fields++
		} else if others++; others*4 > items {
			return false // every bulleted list is asked: most stop here, a few items in
		}
	}
	return fields >= 2
}

// leadsList reports a lead-in, read as m, that says steps follow or lists fields or boxes.
func leadsList(lead string, m understand.Meaning) bool {
	return m.Steps || m.ListsItems() || namesSteps(lead)
}

// introducesOverview reports a list whose intro says it holds benefits or features ("Key
// benefits of using service accounts:"), however imperative its items.
func (b *builder) introducesOverview(prev ast.Node) bool {
	intro := b.introBefore(prev)
	return intro != nil && understand.OverviewLead(lastSentence(markup(intro, b.src)))
}

// namesSteps reports a lead-in that says, without asking, that steps follow: "Resetting a
// password is a two-step process:", "It takes three steps:".
func namesSteps(lead string) bool {
	if !strings.HasSuffix(lead, ":") {
		return false
	}
	words := strings.Fields(strings.ToLower(strings.TrimSuffix(lead, ":")))
	for i, w := range words {
		if strings.HasSuffix(w, "-step") || w == "steps" && i > 0 && stepCounts[words[i-1]] {
			return true
		}
		// "The steps to follow are:", "The steps are as follows:": the steps as a subject;
		// "please complete the steps below:".
		if w == "steps" && i+1 < len(words) && (words[i+1] == "are" || words[i+1] == "below" || words[i+1] == "to" && i+2 < len(words) && (words[i+2] == "follow" || words[i+2] == "take")) {
			return true
		}
	}
	return false
}

// stepCounts say how many steps follow ("three steps", "these steps"); "initial steps for two
// scenarios" counts none.
var stepCounts = map[string]bool{"two": true, "three": true, "four": true, "five": true, "six": true, "few": true,
	"these": true, "following": true, "several": true, "2": true, "3": true, "4": true, "5": true}

// readsAsSteps reports a bulleted list written as a procedure without saying so, as many docs
// write one under a how-to heading: at least half the items ask for something docdrift
// understands ("- Click the **Create** button"), the others state a fact or an outcome (a
// how-to section often says what the thing is in one bullet and how to make it in the next)
// or, at most one in four steps, ask for something not understood; none only introduces what
// follows it, and at least one names a control on the product's pages. A list of facts,
// prerequisites, options or links has items that ask for nothing, and advice ("Document any
// custom triggers") is mostly not understood, so both stay prose; a list of shell commands
// names no control. A list under a lead-in that does not announce steps ("From there, you
// have the possibility to:") is the options it offers, unless the lead-in names what they do
// ("You can remove a member at any time:", see understand.Offers) or is a step itself ("In
// the **Datasets** panel, select **Create dataset**:").
//
// Bullets that go on with a procedure (goesOn: "- Generate new token" after a picture), and
// those under a sentence that clicks a control (the form it opened, filled in), need only be
// half steps, whether or not one names a control.
func (b *builder) readsAsSteps(prev ast.Node, list *ast.List, goesOn bool) bool {
	opened := false
	if intro := b.introBefore(prev); intro != nil {
		lead := lastSentence(markup(intro, b.src))
		switch {
		case strings.HasSuffix(lead, ":"):
			if !understand.Offers(lead) && !understand.PlaceOnly(lead) && !understand.Read(lead).ClicksLabel() {
				return false // its lead-in says what it is, and it did not say steps: "You can:"
			}
		case !goesOn:
			// "…, go to **Tokens** and click **Generate New Token**." over "- Enter a name":
			// the form that click opened, filled in — where a colon would have said what the
			// list is ("Open the **Action** box to choose the operation:" over the operations).
			opened = understand.Read(lead).ClicksLabel()
		}
	}
	steps, others, unread, names := b.itemsAsSteps(list, !(goesOn || opened))
	return (names || goesOn || opened) && steps >= others+unread && unread*4 <= steps
}

// itemsAsSteps counts a bulleted list's items that ask for something understood and those
// that state a fact or an outcome, those that ask for something not understood, and, when
// wantNames, tells whether one names a control; it returns zeros when an item only introduces
// what follows it or is no paragraph.
func (b *builder) itemsAsSteps(list *ast.List, wantNames bool) (steps, others, unread int, names bool) {
	left := list.ChildCount()
	for c := list.FirstChild(); c != nil; c = c.NextSibling() {
		if left--; others+unread > steps+left+1 {
			return steps, others, unread, names // mostly facts whatever the rest says: a long list is read no further
		}
		text := c.FirstChild()
		if !isParagraph(text) {
			return 0, 0, 0, false
		}
		// An item is what its first sentence asks: "Click **Invite**. We will email the
		// person…" is a step, "Assign the role. You can choose between two roles:" a step
		// and then its options.
		item := markup(text, b.src)
		m := understand.Read(firstSentence(item))
		if f, ok := understand.MarkedField(firstSentence(item)); ok && !m.Step() {
			m = f // "Host **(required)**": a form's field, documented as one
		}
		if !m.Step() {
			if sub := subList(c); sub != nil && !sub.IsOrdered() {
				// "- Allow public access" over "- Navigate to the bucket", "- Click the
				// settings icon": a heading of the steps under it, a step as a lead-in is (a
				// numbered list inside is a procedure of its own: numberedInside).
				if s, o, u, n := b.itemsAsSteps(sub, wantNames && !names); s > 0 && s >= o+u && u*4 <= s {
					steps++
					names = names || n
					continue
				}
			}
		}
		switch {
		case m.LeadIn && !hasSubList(c):
			// An item that only introduces what follows it ("**Backups**: Use `pg_dump` to
			// export it:") heads a list of options or commands, not a step. One whose
			// sub-steps follow it ("- Fill in the following fields:" and the fields) is a step.
			return 0, 0, 0, false
		case m.Role == understand.Action || m.Role == understand.Precondition:
			if !m.Understood() {
				unread++ // advice ("Document any custom triggers"), or a step in words docdrift lacks
				continue
			}
			steps++
			// "If you have no realm, create one. Click on 'Add Realm' …": a later sentence may
			// name the control, so the whole item is read, once, when the first did not.
			if wantNames && !names {
				names = m.NamesControl() || item != firstSentence(item) && understand.Read(item).NamesControl()
			}
			if sub := subList(c); wantNames && !names && sub != nil && !sub.IsOrdered() {
				// "- Create a new application key" over "- Select 'Attach policies directly'":
				// the step's own sub-steps name the controls it takes.
				_, _, _, names = b.itemsAsSteps(sub, true)
			}
		default:
			// A fact or an outcome among the steps ("We will email the invited person").
			others++
		}
	}
	return steps, others, unread, names
}

// introBefore is the paragraph just before a list ("To create an account, use these
// steps:"), looking past what shows no text of its own (pastDecor).
func (b *builder) introBefore(n ast.Node) ast.Node {
	if n = b.pastDecor(n); n != nil && n.Kind() == ast.KindParagraph {
		return n
	}
	return nil
}

// pastDecor is n, or the first block before it, that is not decoration between a list and what
// introduces it: directive comments and other HTML that shows no text, a paragraph that is
// only a template tag (a Markdoc or Hugo picture, "{% image src=… /%}") or only pictures, and a
// lone "and" between two lists of values.
func (b *builder) pastDecor(n ast.Node) ast.Node {
	for ; n != nil; n = n.PreviousSibling() {
		switch n.Kind() {
		case ast.KindParagraph:
			text := strings.TrimSpace(markup(n, b.src))
			if templateTagOnly(text) || picturesOnly(n, b.src) || conjunctions[strings.ToLower(text)] {
				continue
			}
		case ast.KindHTMLBlock:
			if hb := n.(*ast.HTMLBlock); hb.HTMLBlockType == ast.HTMLBlockType2 {
				continue // a comment, such as a docdrift directive
			}
		}
		return n
	}
	return nil
}

// dropContinuationAt removes the paragraph at pos from a step's continuation: it introduces the
// next procedure rather than continuing this one.
func dropContinuationAt(s *Step, pos Pos) {
	for i, c := range s.Continuation {
		if c.Pos == pos {
			s.Continuation = append(s.Continuation[:i], s.Continuation[i+1:]...)
			return
		}
	}
}

// firstSentence is text up to its first full stop followed by a space: the item's first
// sentence, as a reader takes it in.
func firstSentence(text string) string {
	text = strings.TrimSpace(text)
	for from := 0; ; {
		i := strings.Index(text[from:], ". ")
		if i < 0 {
			return text
		}
		end := from + i + 1
		if words := strings.Fields(text[:end]); !abbreviations[strings.ToLower(words[len(words)-1])] {
			return text[:end]
		}
		from = end
	}
}

// leadListsItems reports a procedure whose lead-in lists fields or boxes to tick: a list that
// goes on with it after a picture or an "and" holds more of them.
func leadListsItems(p *Procedure) bool {
	return p.Lead.Markup != "" && understand.Read(lastSentence(p.Lead.Markup)).ListsItems()
}

// lastSentence is the last sentence of a paragraph, where a lead-in says what the list under
// it is ("Tokens let apps call the API. To create one, follow these steps:").
func lastSentence(text string) string {
	text = strings.Join(strings.Fields(text), " ")
	for end := len(text); ; {
		i := strings.LastIndex(text[:end], ". ")
		if i < 0 {
			return text
		}
		if words := strings.Fields(text[:i+1]); !abbreviations[strings.ToLower(words[len(words)-1])] {
			return text[i+2:]
		}
		end = i
	}
}

// abbreviations end in a full stop that ends no sentence.
var abbreviations = map[string]bool{"e.g.": true, "i.e.": true, "etc.": true, "vs.": true, "(e.g.": true, "(i.e.": true}

// templateTagOnly reports text that is one template tag and nothing else: "{% image … /%}",
// "{{< figure … >}}" — not an include, which stands for text ("{% data reusables.… %}").
func templateTagOnly(text string) bool {
	for _, d := range [][2]string{{"{%", "%}"}, {"{{<", ">}}"}, {"{{%", "%}}"}} {
		if !strings.HasPrefix(text, d[0]) || !strings.HasSuffix(text, d[1]) || strings.Count(text, d[0]) != 1 {
			continue
		}
		name := strings.Fields(strings.TrimPrefix(text, d[0]) + " ")[0]
		return !includeTags[strings.ToLower(name)]
	}
	return false
}

// conjunctions alone in a paragraph join the lists around them ("Or" offers another way).
var conjunctions = map[string]bool{"and": true, "and:": true, "then": true, "then:": true, "and then": true}

// picturesOnly reports a paragraph that is only pictures ("![Step 1](step-1.png)"), which
// introduces nothing: bullets after it go on with those before it.
func picturesOnly(para ast.Node, src []byte) bool {
	seen := false
	for c := para.FirstChild(); c != nil; c = c.NextSibling() {
		switch n := c.(type) {
		case *ast.Image:
			seen = true
		case *ast.Text:
			if strings.TrimSpace(string(n.Segment.Value(src))) != "" {
				return false
			}
		default:
			return false
		}
	}
	return seen
}

// includeTags are template tags that bring in text from elsewhere.
var includeTags = map[string]bool{"data": true, "include": true, "include_relative": true, "render": true,
	"snippet": true, "partial": true, "readfile": true, "reusable": true, "param": true}

// hasSubList reports a list item with a list of its own.
func hasSubList(item ast.Node) bool {
	return subList(item) != nil
}

// subList is the first list inside a list item, or nil.
func subList(item ast.Node) *ast.List {
	for c := item.FirstChild(); c != nil; c = c.NextSibling() {
		if l, ok := c.(*ast.List); ok {
			return l
		}
	}
	return nil
}

// unindentedSubList is the step a bulleted list right after a numbered one belongs to when that
// list's last step is only a lead-in ("**Create a Client:**") with no sub-steps of its own: the
// writer did not indent them. nil otherwise.
func unindentedSubList(last *Procedure, list *ast.List, prev ast.Node) *Step {
	if last == nil || len(last.Steps) == 0 || list.IsOrdered() || prev == nil || prev.Kind() != ast.KindList || !prev.(*ast.List).IsOrdered() {
		return nil
	}
	lead := &last.Steps[len(last.Steps)-1]
	if len(lead.SubSteps) > 0 || !strings.HasSuffix(strings.TrimSpace(lead.Text), ":") {
		return nil
	}
	return lead
}

// addProcedure records the procedure list makes in section, with the paragraph above it (if
// any) as its lead-in, and returns it. The pointer holds until the next procedure is added.
func (b *builder) addProcedure(list *ast.List, section int, steps []Step, intro ast.Node) *Procedure {
	p := Procedure{Heading: b.sectionAt(section), Within: b.enclosing(section), Pos: b.pos(list.Pos()), Steps: steps, Place: b.placeOf(section)}
	p.Struck = b.strikes.covers(list.Pos(), list.Pos()+1) || allStruck(steps)
	if intro != nil {
		p.Intro = plainText(intro, b.src)
		lead := markup(intro, b.src)
		p.Lead = Step{Text: p.Intro, Markup: lead, Lines: b.lineStarts(intro, lead), Pos: b.pos(max(intro.Pos(), 0)),
			Struck: b.strikes.covers(intro.Pos(), intro.Pos()+1)}
	}
	b.doc.Procedures = append(b.doc.Procedures, p)
	b.procs = append(b.procs, procAt{section: section, off: list.Pos()})
	return &b.doc.Procedures[len(b.doc.Procedures)-1]
}

// interruptingBullets is the step a bulleted list belongs to when it stands between two
// numbered steps of one procedure, at the margin: after the list, with nothing but
// paragraphs, pictures, code and more bullets between, a numbered list goes on from the
// procedure's last step ("3." … bullets … "4."). nil otherwise. The caller still asks whether
// the bullets are steps: "You can use the following variables:" and its list stay prose.
func interruptingBullets(last *Procedure, list *ast.List) *Step {
	if last == nil || len(last.Steps) == 0 || list.IsOrdered() {
		return nil
	}
	step := &last.Steps[len(last.Steps)-1]
	if step.Written == "" || step.Written[0] < '0' || step.Written[0] > '9' {
		return nil // a bulleted procedure: nothing numbers on
	}
	for c := list.NextSibling(); c != nil; c = c.NextSibling() {
		switch c.Kind() {
		case ast.KindParagraph, ast.KindHTMLBlock, ast.KindCodeBlock, ast.KindFencedCodeBlock, ast.KindBlockquote:
		case ast.KindList:
			if l := c.(*ast.List); l.IsOrdered() {
				if l.Start == step.Number+1 {
					return step
				}
				return nil
			}
		default:
			return nil // a heading or a break ends the procedure
		}
	}
	return nil
}

// leadsItems reports a step whose own text ends by listing fields, boxes or steps ("Fill out
// the form with the following details:"), a picture after it aside.
func leadsItems(s *Step) bool {
	lead := lastSentence(strings.TrimSpace(pictureMarkup.ReplaceAllString(s.Markup, "")))
	// A step is a lead-in whether or not its writer ended it in a colon: the bullets follow it.
	return leadsList(lead, understand.ReadLeadOver(lead))
}

// pictureMarkup is a Markdown image, which a step may end in under its lead-in.
var pictureMarkup = regexp.MustCompile(`!\[[^\]\n]*\]\([^)\n]*\)`)

// numberedInside makes a procedure of every numbered list inside the items of a bulleted list
// that is no procedure itself: "- **Steps:**" over "1. Create a user …", one bullet per way of
// doing something, is a procedure a reader follows as any numbered list at the margin. It
// reports whether it found one.
func (b *builder) numberedInside(list *ast.List, section int) bool {
	found := false
	for item := list.FirstChild(); item != nil; item = item.NextSibling() {
		for c := item.FirstChild(); c != nil; c = c.NextSibling() {
			inner, ok := c.(*ast.List)
			if !ok {
				continue
			}
			if !inner.IsOrdered() {
				found = b.numberedInside(inner, section) || found
				continue
			}
			b.addProcedure(inner, section, b.readSteps(inner, nodeEnd(inner)), b.introBefore(inner.PreviousSibling()))
			found = true
		}
	}
	return found
}
