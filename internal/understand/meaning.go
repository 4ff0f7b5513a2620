package understand

import (
	"fmt"
	"strings"
)

// Role is what a sentence asks of the reader as a whole.
type Role string

const (
	Note         Role = "note"         // no instruction: an explanation, a fact, an option's description
	Action       Role = "action"       // something to do
	Outcome      Role = "outcome"      // something to see
	Precondition Role = "precondition" // a state to be in first: signed in, an item that exists
)

// Verb is what one act does, whatever words the writer used for it ("Select", "Click on",
// "Hit", "Tap" are all Click).
type Verb string

const (
	SignIn Verb = "sign in" // open the product and sign in
	// Reauthenticate gives the reader's own password where the product asks for it again
	// (a "confirm it's you" or administrative-access prompt) and submits it.
	Reauthenticate Verb = "give your password"
	Go             Verb = "go to"    // follow a path of links, menus and tabs
	Click          Verb = "click"    // press the control the target names
	Enter          Verb = "enter"    // type a value into a field
	Choose         Verb = "choose"   // pick an option of a list, dropdown or group
	Check          Verb = "check"    // tick a check box or turn a switch on
	Uncheck        Verb = "uncheck"  // untick a check box or turn a switch off
	Hover          Verb = "hover"    // point at a control to reveal what it hides
	Press          Verb = "press"    // press a key or a chord where the focus is: "press **Enter**"
	Clear          Verb = "clear"    // empty a field
	Reload         Verb = "reload"   // load the page again, as the browser's reload button does
	Copy           Verb = "copy"     // a value the page shows: it must be there and not empty
	Upload         Verb = "upload"   // give a file input a file
	Download       Verb = "download" // receive a file
	Scroll         Verb = "scroll"   // bring a part of the page into view
	Wait           Verb = "wait"     // let the page finish what it is doing
	Confirm        Verb = "confirm"  // answer a confirmation: a browser prompt or an on-page dialog
	Find           Verb = "find"     // locate the procedure's subject in a list
	See            Verb = "see"      // check the page shows what the doc says
	Exists         Verb = "exists"   // a precondition: the subject the procedure acts on exists
	Nothing        Verb = "nothing"  // read and understood, with nothing to perform or check
)

// Act is one thing a clause asks for.
type Act struct {
	Verb   Verb
	Target Target
	// Value is what to type or pick when the doc spells it: "Enter `groups`", "set **Coupon**
	// to `No Coupon`".
	Value string
	// Hint describes a value the doc leaves to the reader: "a name for your token"; or, as
	// ReadersPick, says that any of the controls the target describes will do.
	Hint string
	// In lists the containers the doc places the target in, outermost first: "In the
	// **Actions** column", "on the left sidebar", "in the confirmation dialog".
	In []Where
	// Why says, for Nothing, why there is nothing to perform ("free-form: left to the
	// reader", "keep the defaults").
	Why string
	// Optional marks an act the doc lets the reader leave out while the rest of the step is
	// asked for: "enter the customer's email, and optionally their phone number".
	Optional bool
	// Offered marks a field the doc names among others a form may not all have, to fill where
	// it has it: "enter the address details including name, city, and country".
	Offered bool
}

// Target is what an act acts on, as the doc names it.
type Target struct {
	// Path is the labels the doc marked (bold, code, quotes, italics, button markup), in
	// order: a breadcrumb "**A** > **B**" is two parts to follow.
	Path []string
	// Any are alternatives the doc offers ("**30 days**, **90 days**, or **Custom**"): any one
	// of them will do; the first is taken.
	Any []string
	// Words names the target in unmarked words ("Regenerate recovery codes", "your profile
	// picture"): the live page decides which visible label they mean.
	Words string
	// Icon describes a control by its picture: "trash can", "gears", "three dot". In a way
	// to go (Verb Go) with a Path, the way starts at the icon.
	Icon string
	// IconWord is the doc's own word for a control it also draws: "delete" in "the delete
	// button <x>". The page may name the control by it and only draw the picture.
	IconWord string
	// Kind is the kind of control the doc called it: button, link, tab, field, checkbox,
	// menu, option, page, dialog, section, message.
	Kind string
	// Subject means the procedure's own item: "the check box next to the user", "the token
	// you want to delete".
	Subject bool
	// Item is the kind of item the doc calls the procedure's own, in the singular: "tag" in
	// "the tag you want to change"; "" when the target names none ("the check box next to the
	// user" is the user's, read elsewhere).
	Item string
}

// Labels is every label the target names, path and alternatives.
func (t Target) Labels() []string { return append(append([]string(nil), t.Path...), t.Any...) }

// Label is the label to act on: the last part of the path, else the first alternative.
func (t Target) Label() string {
	switch {
	case len(t.Path) > 0:
		return t.Path[len(t.Path)-1]
	case len(t.Any) > 0:
		return t.Any[0]
	}
	return ""
}

// Empty reports whether the doc named nothing to act on.
func (t Target) Empty() bool {
	return len(t.Path) == 0 && len(t.Any) == 0 && t.Words == "" && t.Icon == "" && !t.Subject
}

// Where is a container the doc names: a column, a section, a dialog, a sidebar, a place on
// the page.
type Where struct {
	Label string // "Actions"; "" for an unnamed one ("the left sidebar")
	Kind  string // column, section, dialog, tab, sidebar, menu, page, pane, panel, list, field, row, …
	Place string // "upper right", "left", "bottom": where on the page or in the container
}

// The views of the procedure's item a step can be in, as Where kinds (see viewOf).
const (
	ItemPage = "item page" // "the edit view of your content-type": the item's own page
	ItemList = "item list" // "the list view of your collection type": the list of its kind
)

// SurfaceKind says where a step happens.
type SurfaceKind string

const (
	Product  SurfaceKind = ""         // the product the doc is about (or no surface named)
	OtherUI  SurfaceKind = "ui"       // a web UI the sentence names: "the Okta Admin Console"
	Terminal SurfaceKind = "terminal" // a shell command
	File     SurfaceKind = "file"     // editing a file or a configuration object
	API      SurfaceKind = "api"      // an HTTP call made by hand
	Code     SurfaceKind = "code"     // writing or changing program code
	Variant  SurfaceKind = "variant"  // content for one edition of the product: "{:.ee-only}"
	Device   SurfaceKind = "device"   // a phone, an authenticator app, a security key, email, software to install
)

// Surface is where the sentence says it happens.
type Surface struct {
	Kind SurfaceKind
	Name string // as the doc names it: "AWS Management Console", "terminal"
}

// Web reports whether the surface is a web UI (the product's or another one).
func (s Surface) Web() bool { return s.Kind == Product || s.Kind == OtherUI }

func (s Surface) String() string {
	switch {
	case s.Kind == Product:
		return "the product"
	case s.Name != "":
		return s.Name
	}
	return string(s.Kind)
}

// Meaning is what one sentence asks of the reader.
type Meaning struct {
	Role Role
	Acts []Act
	// Otherwise is the other way the sentence offers to the same end ("Select an existing
	// tag, or enter a new tag name"): done when the page does not offer the first.
	Otherwise []Act
	// Reach is a way to what the sentence before names ("Select **Manage tags**. This is
	// available from **Filters** > **Tags**."): a reader who does not see it takes that way
	// first, so a run does too.
	Reach bool
	// Surface is where the sentence happens when it names a place other than the product.
	Surface Surface
	// Optional steps may be left out: "(Optional)", "Optionally", "if prompted", "if needed".
	Optional bool
	// Condition is the circumstance the doc sets ("if prompted", "if you chose **Edit**"):
	// the step is performed when the page offers what it names.
	Condition string
	// LeadIn is a sentence that introduces the sub-steps under it ("Configure your token:"):
	// the sub-steps are what to perform.
	LeadIn bool
	// Fields is a lead-in that asks for fields ("Fill in the required fields:", "In the
	// Create box, define the following:"): the items under it that name a label are fields to
	// fill, read by ReadField.
	Fields bool
	// FieldsNamed is a Fields lead-in that calls its items fields ("complete the following
	// fields:"): an item that is only a name there is a field's label, unmarked
	// (ReadNamedField); under "Complete the following meta data:" it may be anything.
	FieldsNamed bool
	// Options is a lead-in whose items are choices, not steps in turn ("From the Users page,
	// you can:", "Choose your email provider:"): an item there that only describes what shows,
	// or only names the choice, is a note.
	Options bool
	// Ways is a lead-in whose items are ways to do one thing ("Choose whether you want to
	// upload the asset from your computer or from an URL:", "Do one of the following:"): a
	// reader takes the first and leaves the others (AnotherWay).
	Ways bool
	// Either is a Ways lead-in that ends in the word ("If you need to change this, you should
	// either:"): its items are ways even where they are numbered as a procedure's steps.
	Either bool
	// Picks is a lead-in whose items are each something to pick ("Add the following
	// **Delegated** permissions:" then "- `openid`"): a bare name there is a box to tick.
	Picks bool
	// Requires is a lead-in that says what something else must be or do ("Your handler
	// must:", "The password should contain:"): its items are requirements, not steps.
	Requires bool
	// Means is a lead-in that ends in "by:" ("You can customize the dashboard by:"): each
	// item is a way to do it, told as what doing it involves ("Clicking the dropdown").
	Means bool
	// Steps is a lead-in that announces the steps under it ("To modify a role, follow these
	// steps:"): a bulleted list there is a procedure, as a numbered one would be.
	Steps bool
	// Why, when not empty, says why docdrift could not read a sentence that asks for something.
	Why string

	edition string // the edition marker the sentence started with, while reading
}

// Understood reports whether the sentence asks for something docdrift knows how to perform
// or check.
func (m Meaning) Understood() bool { return m.Role != Note && m.Why == "" && len(m.Acts) > 0 }

// Step reports whether the sentence is a step to run (or to report as not understood), as
// opposed to a note kept beside the steps.
func (m Meaning) Step() bool { return m.Role != Note }

// NamesControl reports whether the sentence acts on a control of the product's pages that it
// names, by its label or its icon: "Click the **Create** button", not "Enter a password" or
// "Run `make`".
func (m Meaning) NamesControl() bool {
	if !m.Surface.Web() {
		return false
	}
	for _, a := range m.Acts {
		if a.Verb != Nothing && a.Verb != See && (len(a.Target.Labels()) > 0 || a.Target.Icon != "") {
			return true
		}
	}
	return false
}

// ClicksLabel reports whether the sentence acts on a control by the label its writer marked
// or wrote out as a path: "In the **Datasets** panel, select `CREATE DATASET`:", "Open
// **System Console > Plugins**", not "Store password as a secret:", whose words are a goal.
func (m Meaning) ClicksLabel() bool {
	if !m.Surface.Web() {
		return false
	}
	for _, a := range m.Acts {
		if (a.Verb == Click || a.Verb == Go) && len(a.Target.Path) > 0 {
			return true
		}
	}
	return false
}

// String explains the meaning in one line, as `docdrift explain` prints it.
func (m Meaning) String() string {
	if m.Role == Note {
		return "note"
	}
	var b strings.Builder
	b.WriteString(string(m.Role))
	if m.Why != "" {
		fmt.Fprintf(&b, ": not understood: %s", m.Why)
		return b.String()
	}
	writeActs(&b, ": ", m.Acts)
	writeActs(&b, "; or else ", m.Otherwise)
	if m.Reach {
		b.WriteString(" (the way to what the sentence before names: taken first)")
	}
	if m.Surface.Kind != Product {
		fmt.Fprintf(&b, " [on %s]", m.Surface)
	}
	if m.Optional {
		b.WriteString(" [optional]")
	}
	if m.Condition != "" {
		fmt.Fprintf(&b, " [%s]", m.Condition)
	}
	return b.String()
}

// writeActs writes acts in turn, the first after lead.
func writeActs(b *strings.Builder, lead string, acts []Act) {
	for i, a := range acts {
		if i == 0 {
			b.WriteString(lead)
		} else {
			b.WriteString("; then ")
		}
		b.WriteString(a.String())
	}
}

func (a Act) String() string {
	var b strings.Builder
	b.WriteString(string(a.Verb))
	if t := a.Target; a.Verb == Go && t.Icon != "" && len(t.Path) > 0 {
		// A way that starts at an icon: "Profile icon --> Settings".
		t.Icon = ""
		fmt.Fprintf(&b, " the %s icon > %s", a.Target.Icon, t)
	} else if t := a.Target.String(); t != "" {
		b.WriteString(" " + t)
	}
	if a.Value != "" {
		fmt.Fprintf(&b, " value %q", a.Value)
	}
	if a.Hint != "" {
		fmt.Fprintf(&b, " (%s)", a.Hint)
	}
	for _, w := range a.In {
		b.WriteString(" in " + w.String())
	}
	if a.Why != "" {
		fmt.Fprintf(&b, " (%s)", a.Why)
	}
	if a.Optional {
		b.WriteString(" [optional]")
	}
	if a.Offered {
		b.WriteString(" [where offered]")
	}
	return b.String()
}

func (t Target) String() string {
	var parts []string
	if len(t.Path) > 0 {
		parts = append(parts, quoteAll(t.Path, " > "))
	}
	if len(t.Any) > 0 {
		parts = append(parts, "one of "+quoteAll(t.Any, ", "))
	}
	if t.Words != "" {
		parts = append(parts, "~"+fmt.Sprintf("%q", t.Words))
	}
	if t.Icon != "" && t.IconWord != "" {
		parts = append(parts, fmt.Sprintf("the %s icon (%q)", t.Icon, t.IconWord))
	} else if t.Icon != "" {
		parts = append(parts, fmt.Sprintf("the %s icon", t.Icon))
	}
	if t.Subject {
		parts = append(parts, "the procedure's subject")
	}
	s := strings.Join(parts, " ")
	if t.Kind != "" && s != "" {
		s += " " + t.Kind
	} else if t.Kind != "" {
		s = "a " + t.Kind
	}
	return s
}

// IsDialog reports a Where or Target kind that is the dialog open over the page, whatever the
// doc calls it: "dialog", "modal", "pop-up", "popup" ("In the pop-up, click **Delete**").
func IsDialog(kind string) bool {
	switch strings.ToLower(kind) {
	case "dialog", "modal", "pop-up", "popup":
		return true
	}
	return false
}

func (w Where) String() string {
	var parts []string
	if w.Place != "" {
		parts = append(parts, w.Place)
	}
	if w.Label != "" {
		parts = append(parts, fmt.Sprintf("%q", w.Label))
	}
	if w.Kind != "" {
		parts = append(parts, w.Kind)
	}
	return "the " + strings.Join(parts, " ")
}

func quoteAll(ss []string, sep string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = fmt.Sprintf("%q", s)
	}
	return strings.Join(q, sep)
}

// ReadersPick is the hint of an act on any one of several controls the doc leaves to the
// reader: "Tick the boxes of the permissions to grant", "Click on the drop-down list to choose
// a new role".
const ReadersPick = "any the reader picks"

// ItemsName is the hint of an Enter of the procedure's item's own name, which a page asks for
// again to confirm: "by entering the sales channel's name".
const ItemsName = "the item's own name"

// JustShown is the hint of a copy of what the page has just shown, named by a pronoun: "You'll
// get a pop-up with the secret API key. Copy it …".
const JustShown = "what the page has just shown"
