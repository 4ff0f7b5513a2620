package runner

import (
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/cucumber/godog"
	"github.com/docdrift/docdrift/internal/featuregen"
	"github.com/docdrift/docdrift/internal/understand"
)

// maker is the procedure of sc's own doc that makes the kind of item sc acts on: its heading
// makes ("Creating an API token", "Add a webhook") what sc's heading names ("Regenerating an
// API token"). See steps.Config.Setup.
func (c *collector) maker(sc *godog.Scenario) *godog.Scenario {
	if c.partOfMaking(sc) {
		return nil // "### 3. Variants Step": its task, done first, is making the item
	}
	return c.sibling(sc, makes)
}

// partOfMaking reports a part of a task that makes its item ("## How to Create a Product"),
// not of one done on an item that exists ("### 1. Enable Shipping Mode" on a location).
func (c *collector) partOfMaking(sc *godog.Scenario) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	task := c.taskOf(sc)
	return task != sc && makesItems(task.Name, texts(task.Steps, func(st *godog.Step) string { return st.Text }))
}

// makerOf is the procedure of a doc of the run that makes items of kind on their own (see
// makesItself): sc's own doc's first, then the other docs', by path. The procedure found is
// of its own doc, whose other procedures (its remover) go with it. See steps.Config.MakerOf.
func (c *collector) makerOf(sc *godog.Scenario, kind string) *godog.Scenario {
	kind = itemKind(kind)
	c.mu.Lock()
	defer c.mu.Unlock()
	p := c.find(sc)
	if p == nil || kind == "" {
		return nil
	}
	docs := slices.Sorted(maps.Keys(c.kin))
	docs = append([]string{p.Doc}, slices.DeleteFunc(docs, func(d string) bool { return d == p.Doc })...)
	// The kind as a heading names it first; then a heading's kind a step calls so ("the
	// tokens" made by "Creating an API token").
	for _, same := range []func(heading, kind string) bool{sameKind, understand.CallsItem} {
		for _, doc := range docs {
			for _, o := range c.kin[doc] {
				if doc == p.Doc && o.Name == p.Name || !makesItself(o) || !same(itemKind(understand.HeadingObject(o.Name)), kind) {
					continue
				}
				found := c.performable(sc, o, c.withParts(doc, o))
				found.Uri = doc
				return found
			}
		}
	}
	return nil
}

// makesItself is the task of a procedure that makes its kind of item on its own, not only
// into another: "Create a Customer", not "Add Customer to Groups" (understand.MakesItself).
func makesItself(o *featuregen.Scenario) bool {
	return makes(o) && (!understand.HeadingMakes(o.Name) || understand.MakesItself(o.Name))
}

// remover is the procedure of sc's own doc that removes the kind of item sc makes or acts on:
// "Deleting an API token" for "Creating an API token" — one that deletes it before one that
// may leave it listed ("Revoke Publishable API Key"), which the deletion's intro may ask for
// first; never one that only takes it out of another ("Remove Customer from Groups"). See
// steps.Config.Teardown.
func (c *collector) remover(sc *godog.Scenario) *godog.Scenario {
	deletes := func(heading string) bool {
		return understand.HeadingDeletes(heading) && understand.RemovesItself(heading)
	}
	if o := c.sibling(sc, headed(deletes)); o != nil {
		return o
	}
	return c.sibling(sc, headed(understand.RemovesItself))
}

// A task is what a procedure does to the kind of item its heading names, by its heading and
// steps.
type task func(o *featuregen.Scenario) bool

// headed is the task a heading says (understand.HeadingMakes, HeadingRemoves, …).
func headed(says func(heading string) bool) task {
	return func(o *featuregen.Scenario) bool { return says(o.Name) }
}

// makes is the task of a procedure that makes its kind of item: its heading says so
// ("Creating an API token"), or one of its steps presses the control that makes one
// ("Managing user accounts": "click on the **Create new account** button").
func makes(o *featuregen.Scenario) bool {
	return makesItems(o.Name, texts(o.Steps, func(st featuregen.Step) string { return st.Text }))
}

// makesItems reports a procedure, by its heading and steps' texts, that makes its kind of item.
func makesItems(heading string, steps []string) bool {
	return understand.HeadingMakes(heading) || understand.StepsMake(heading, steps)
}

// texts are the texts of steps, each told by text: a godog scenario's, or a feature's.
func texts[S any](steps []S, text func(S) string) []string {
	out := make([]string, len(steps))
	for i, st := range steps {
		out[i] = text(st)
	}
	return out
}

// procedureFor is the other procedure of sc's doc that does what one of sc's steps asks in a
// few words: "Create a new Application Password" under "Rotate Passwords" is done as "1.
// Create Application Password in WordPress" says, a heading that makes that kind of item (or
// removes it, for "Revoke the old Application Password"); "Go to the user's details page" as
// the procedure that opens that page (see opener). See steps.Config.Procedure.
func (c *collector) procedureFor(sc *godog.Scenario, step string) *godog.Scenario {
	if page := understand.PageGone(step); page != "" {
		c.mu.Lock()
		defer c.mu.Unlock()
		return c.opener(sc, page)
	}
	says, does := understand.HeadingMakes, makes
	switch {
	case understand.HeadingMakes(step):
	case understand.HeadingRemoves(step):
		says, does = understand.HeadingRemoves, headed(understand.RemovesItself)
	default:
		return nil
	}
	kind := itemKind(understand.HeadingObject(step))
	if says(sc.Name) && itemKind(understand.HeadingObject(sc.Name)) == kind {
		// "Create the policy." in "Create a policy from JSON" is its own last click, not
		// another procedure that makes one.
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.other(sc, does, kind)
}

// sibling is the first other procedure of sc's doc that does what task says to the kind of
// item sc acts on (kindActedOn), as a scenario the steps can perform; nil when there
// is none, or sc names no item.
func (c *collector) sibling(sc *godog.Scenario, does task) *godog.Scenario {
	c.mu.Lock()
	defer c.mu.Unlock()
	kind := kindActedOn(sc)
	if kind == "" {
		// "### 2. Organize Step" names no item: it is part of "## How to Create a Product".
		kind = kindActedOn(c.taskOf(sc))
	}
	if o := c.other(sc, does, kind); o != nil {
		return o
	}
	// "Manage Product Tag Metadata", begun on a tag's page: what makes a product tag makes the
	// item it acts on.
	kind, _ = c.itemsPage(sc)
	if o := c.other(sc, does, kind); o != nil {
		return o
	}
	// "Edit Tax-Inclusive Setting for Currency": a setting no procedure makes or removes, of
	// a currency one does. (What a procedure makes is its heading's object, never the item it
	// is made for.)
	if makesItems(sc.Name, texts(sc.Steps, func(st *godog.Step) string { return st.Text })) {
		return nil
	}
	return c.other(sc, does, itemKind(understand.HeadingOwner(sc.Name)))
}

// itemPage is the procedure of sc's doc that opens the page of the item whose part sc's
// heading names ("Manage Product Tag Metadata", "Managing an API token's labels"), up to the
// step that says it has opened, when sc's first step acts in a section of a page without
// saying which page or how to get there ("1. Click the arrow icon in the "Metadata"
// section"): sc begins on that page without saying so, as a reader who has just read how to
// open it knows. nil otherwise — a first step that clicks a menu ("Select **Package
// Registries** in the global navigation") or names its page begins where it says. See
// steps.Config.ItemPage.
func (c *collector) itemPage(sc *godog.Scenario) *godog.Scenario {
	c.mu.Lock()
	defer c.mu.Unlock()
	_, opener := c.itemsPage(sc)
	return opener
}

// itemsPage is the kind of item on whose page sc begins without saying so, and the procedure
// that opens that page (see itemPage); "" and nil when sc says where it begins. c.mu is held.
func (c *collector) itemsPage(sc *godog.Scenario) (string, *godog.Scenario) {
	if len(sc.Steps) == 0 || !inASectionOnly(sc.Steps[0].Text) {
		return "", nil
	}
	kind := c.partOwner(sc)
	if kind == "" {
		return "", nil
	}
	if opener := c.opener(sc, kind+"'s page"); opener != nil {
		return kind, opener
	}
	return "", nil
}

// inASectionOnly reports a step that places what it does in a section of a page ("in the
// "Metadata" section", "in the first section's header") and says nothing of which page or
// how to get there: no sign-in, no path, no page named.
func inASectionOnly(step string) bool {
	section := false
	for _, a := range understand.Read(step).Acts {
		if a.Verb == understand.Go || a.Verb == understand.SignIn || len(a.Target.Path) > 1 {
			return false
		}
		for _, w := range a.In {
			switch w.Kind {
			case "page":
				return false
			case "section":
				section = true
			}
		}
	}
	return section
}

// partOwner is the kind of item whose part sc's heading names (understand.PartOwner), among
// the kinds the other headings of its doc name; "" when it names none, or makes or removes
// what it names: "Creating a User Group" makes a group, no part of a user. c.mu is held.
func (c *collector) partOwner(sc *godog.Scenario) string {
	p := c.find(sc)
	if p == nil || understand.HeadingMakes(sc.Name) || understand.HeadingRemoves(sc.Name) {
		return ""
	}
	var kinds []string
	for _, o := range c.kin[p.Doc] {
		if kind := itemKind(understand.HeadingObject(o.Name)); kind != "" && o.Name != p.Name {
			kinds = append(kinds, kind)
		}
	}
	return itemKind(understand.PartOwner(understand.HeadingObject(sc.Name), kinds))
}

// kindActedOn is the kind of item sc acts on (understand.ItemActedOn).
func kindActedOn(sc *godog.Scenario) string {
	first := ""
	if len(sc.Steps) > 0 {
		first = sc.Steps[0].Text
	}
	return itemKind(understand.ItemActedOn(sc.Name, first))
}

// other is the first procedure of sc's doc but sc that does what task says to items of kind,
// as a scenario the steps can perform; nil when there is none or kind is "". c.mu is held.
func (c *collector) other(sc *godog.Scenario, does task, kind string) *godog.Scenario {
	p := c.find(sc)
	if p == nil || kind == "" {
		return nil
	}
	// The doc's own word for the kind first; then one it shortens ("the collection" for a
	// "Product Collection"), the fewest words longer: "the region" of a tax guide is a "Tax
	// Region" before a "Sublevel Tax Region", whichever the doc puts first.
	for _, o := range c.kin[p.Doc] {
		if o.Name != p.Name && does(o) && sameKind(itemKind(understand.HeadingObject(o.Name)), kind) {
			return c.performable(sc, o, c.withParts(p.Doc, o))
		}
	}
	var best *featuregen.Scenario
	for _, o := range c.kin[p.Doc] {
		if o.Name == p.Name || !does(o) {
			continue
		}
		if k := itemKind(understand.HeadingObject(o.Name)); shortenedKind(k, kind) && (best == nil || words(k) < words(itemKind(understand.HeadingObject(best.Name)))) {
			best = o
		}
	}
	if best == nil {
		return nil
	}
	return c.performable(sc, best, c.withParts(p.Doc, best))
}

// taskOf is the task sc is a numbered part of, the procedure its parts go on from first of
// all (see featuregen's earlierPart); sc itself when it is no part. c.mu is held.
func (c *collector) taskOf(sc *godog.Scenario) *godog.Scenario {
	seen := map[string]bool{sc.Name: true}
	for {
		f, continues := c.firstOf(sc)
		if f == nil || !continues || seen[f.Name] {
			return sc
		}
		seen[f.Name], sc = true, f
	}
}

// withParts are o's steps and, when o heads the parts, those of the numbered parts that go on
// from it ("## How to Create a Product": "2. Click **Create**", then "### 1. Details Step",
// "### 2. Organize Step" in the form that opened; see featuregen's earlierPart), up to one its
// heading marks optional: a reader who stops after "Click **Create**" has made nothing. c.mu
// is held.
func (c *collector) withParts(doc string, o *featuregen.Scenario) []featuregen.Step {
	steps := o.Steps
	if understand.PartNumber(o.Heading) > 0 {
		// "### 2. Create Service Zone" is a part itself, a task of its own that the next
		// part needs done first: making a zone is not making its shipping options.
		return steps
	}
	for seen := map[*featuregen.Scenario]bool{o: true}; ; {
		next := c.nextPart(doc, o)
		if next == nil || seen[next] || understand.OptionalPart(next.Heading) {
			return steps
		}
		seen[next], o = true, next
		steps = append(slices.Clip(steps), next.Steps...)
	}
}

// nextPart is the procedure of doc that goes on from where o ends, numbered as its next part;
// nil for none. c.mu is held.
func (c *collector) nextPart(doc string, o *featuregen.Scenario) *featuregen.Scenario {
	id := ""
	for _, q := range c.docs[doc].Procedures {
		if q.Heading.Title == o.Heading && q.Heading.ID != "" {
			id = q.Heading.ID
			break
		}
	}
	if id == "" {
		return nil
	}
	for _, next := range c.kin[doc] {
		if next.Continues && next.First == "#"+id && next != o {
			return next
		}
	}
	return nil
}

// words counts a name's words.
func words(name string) int { return len(strings.Fields(name)) }

// sameKind reports two names of the same kind of item, as itemKind gives them.
func sameKind(a, b string) bool { return a == b }

// shortenedKind reports two names of a kind of item, one the other with words before it:
// "product collection" and "collection".
func shortenedKind(a, b string) bool {
	return a != "" && b != "" && (strings.HasSuffix(a, " "+b) || strings.HasSuffix(b, " "+a))
}

// opener is the procedure of sc's doc, but sc, that opens the page a step of sc names in
// words ("Go to the user's details page"), up to the step that says it has opened ("This
// opens the user's details page …"), or whole when its heading only views that page ("View
// User Details"); nil when none does. c.mu is held.
func (c *collector) opener(sc *godog.Scenario, page string) *godog.Scenario {
	p := c.find(sc)
	if p == nil {
		return nil
	}
	// The page as the doc names it elsewhere first; then a name it shortens ("the collection's
	// details page" opened by "View Product Collection's Details").
	for _, same := range []func(a, b string) bool{understand.SamePage, understand.ShortenedPage} {
		for _, o := range c.kin[p.Doc] {
			if o.Name == p.Name {
				continue
			}
			for i, st := range o.Steps {
				if understand.PageOpened(st.Text, page, same) {
					return c.performable(sc, o, o.Steps[:i+1])
				}
			}
			if understand.HeadingViews(o.Name) && same(understand.ViewedPage(o.Name), page) {
				return c.performable(sc, o, o.Steps)
			}
		}
	}
	return nil
}

// first is the procedure of sc's doc that sc's intro says is done before it ("You can only
// delete a key after [revoking it](#revoke-a-key)"), or the part numbered before sc's, as a
// scenario the steps can perform; nil when it names none. See steps.Config.First.
func (c *collector) first(sc *godog.Scenario) (*godog.Scenario, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.firstOf(sc)
}

// firstOf is first with c.mu held.
func (c *collector) firstOf(sc *godog.Scenario) (*godog.Scenario, bool) {
	p := c.find(sc)
	if p == nil || c.scens[p].First == "" {
		return nil, false
	}
	for _, q := range c.docs[p.Doc].Procedures {
		if "#"+q.Heading.ID != c.scens[p].First {
			continue
		}
		for _, o := range c.kin[p.Doc] {
			if o.Heading == q.Heading.Title && o.Name != p.Name {
				return c.performable(sc, o, o.Steps), c.scens[p].Continues
			}
		}
	}
	return nil, false
}

// adder is the procedure of sc's doc that adds what sc removes from an item, or edits in it,
// on the same kind of item: "Remove Sales Channels" (1. "Go to the publishable API key's
// details page") after "Add Sales Channels" (1. "Go to the publishable API key's details
// page"), "Edit Tax Rate Override" after "Create Tax Rate Override", both on a tax region's
// page — a reader trying it on a new key or region adds one first, as the doc's own
// procedure says. Only a procedure that makes nothing and begins on the page of an item of
// another kind than the one its heading names: acting on the item itself is the maker's and
// the remover's (see sibling). nil when there is none. See steps.Config.Adder.
func (c *collector) adder(sc *godog.Scenario) *godog.Scenario {
	if understand.HeadingMakes(sc.Name) || len(sc.Steps) == 0 {
		return nil
	}
	owner, part := itemKind(understand.PageOwner(sc.Steps[0].Text)), itemKind(understand.HeadingObject(sc.Name))
	if owner == "" || part == "" || owner == part && (!understand.HeadingRemoves(sc.Name) || understand.RemovesItself(sc.Name)) {
		// (The item taken out of another, "Remove Customer from Groups" on the customer's
		// page, is added to it first: "Add Customer to Groups".)
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	p := c.find(sc)
	if p == nil {
		return nil
	}
	for _, o := range c.kin[p.Doc] {
		if o.Name == p.Name || !understand.HeadingMakes(o.Name) || itemKind(understand.HeadingObject(o.Name)) != part ||
			len(o.Steps) == 0 || itemKind(understand.PageOwner(o.Steps[0].Text)) != owner {
			continue
		}
		return c.performable(sc, o, c.withParts(p.Doc, o))
	}
	return nil
}

// performable is steps of procedure o as a scenario the steps of sc can perform. How the doc
// lists each step is kept by the step's id (see listed): steps of o's parts follow o's own,
// so their places in o's procedure do not say. c.mu is held.
func (c *collector) performable(sc *godog.Scenario, o *featuregen.Scenario, steps []featuregen.Step) *godog.Scenario {
	found := &godog.Scenario{Id: sc.Id + "/" + o.Name, Uri: sc.Uri, Name: o.Name}
	for i, st := range steps {
		id := found.Id + "/" + strconv.Itoa(i)
		found.Steps = append(found.Steps, &godog.Step{Id: id, Text: st.Text})
		c.listedSteps[id] = st.Listed
	}
	return found
}

// kinOf are the procedures of a plan's doc that a run performs, in every shard: none struck
// out (unless the run includes them) or skipped by a directive.
func kinOf(part Plan, includeStruck bool) []*featuregen.Scenario {
	plan := part.Unsplit()
	var out []*featuregen.Scenario
	for i := range plan.Map.Scenarios {
		sc := &plan.Map.Scenarios[i]
		if sc.Skip == nil && (includeStruck || !tagsAbove(plan.Feature, sc.Line)["@struck"]) {
			out = append(out, sc)
		}
	}
	return out
}

// itemKind is a heading's object as one kind for singular and plural (understand.Kind).
func itemKind(object string) string { return understand.Kind(object) }
