// Package docsparse reads how-to documentation written in Markdown and returns the model a
// reader would recognise: the title, the sections with their anchors, and every numbered
// procedure with its steps, the UI labels those steps name, and whether the writer struck the
// section out as a draft. Positions always refer to the Markdown source, so every later
// diagnostic can point a writer at the line they wrote.
package docsparse

// Pos is a position in a source file. Line and Col are 1-based; Col counts bytes, as
// go/token does, so editors and CI annotations agree with it.
type Pos struct {
	Line int `json:"line"`
	Col  int `json:"col"`
}

// Document is one parsed Markdown file.
type Document struct {
	Path       string      `json:"path"` // as given by the caller, slash-separated
	Title      string      `json:"title"`
	TitlePos   Pos         `json:"titlePos"`
	Sections   []Section   `json:"sections"`
	Procedures []Procedure `json:"procedures"`
	Links      []Link      `json:"links,omitempty"`  // every link and image target in the doc
	Anchors    []Anchor    `json:"anchors"`          // every id a link can jump to
	Asides     []Aside     `json:"asides,omitempty"` // <aside class="warning|notice">
	// Findings are what the parser itself noticed (malformed directives, unclosed strike-outs).
	// Lint rules add theirs separately.
	Findings []Finding `json:"findings,omitempty"`
}

// Section is a heading and what follows it up to the next heading of the same or higher level.
type Section struct {
	Title     string `json:"title"`
	ID        string `json:"id"`        // the anchor a link would use
	IDFrom    IDFrom `json:"idFrom"`    // where the ID came from
	Level     int    `json:"level"`     // 1 for "#"
	Pos       Pos    `json:"pos"`       // of the heading line
	Struck    bool   `json:"struck"`    // inside <strike>, <s>, <del> or ~~…~~
	Recovered bool   `json:"recovered"` // swallowed by an HTML block and re-parsed by us
}

// IDFrom says how a section's anchor id was found.
type IDFrom string

const (
	IDFromSpan    IDFrom = "span"   // <span class="jumptarget" id="…">
	IDFromAttr    IDFrom = "attr"   // {#id}
	IDFromAnchor  IDFrom = "anchor" // <a name="…"> or <a id="…">
	IDFromSlug    IDFrom = "slug"   // GitHub-style slug of the heading text
	IDFromNowhere IDFrom = "none"   // an empty heading: no id at all
)

// Anchor is an id that an in-doc link (#id) may point at.
type Anchor struct {
	ID  string `json:"id"`
	Pos Pos    `json:"pos"`
}

// Link is a link or image reference as written.
type Link struct {
	Target string `json:"target"` // href or src, as written
	Text   string `json:"text,omitempty"`
	Image  bool   `json:"image,omitempty"`
	Pos    Pos    `json:"pos"`
}

// Aside is a highlighted box such as <aside class="warning">.
type Aside struct {
	Kind  string `json:"kind"` // "warning", "notice", …
	Title string `json:"title,omitempty"`
	Text  string `json:"text"`
	Pos   Pos    `json:"pos"`
}

// Procedure is one ordered list under a heading: the steps a reader follows.
type Procedure struct {
	Heading Section `json:"heading"` // the nearest heading above the list
	// Within are the headings that enclose Heading, outermost first: "## iOS" over "###
	// Configuring the server URL" says which app the steps happen in.
	Within []Section `json:"-"`
	Intro  string    `json:"intro,omitempty"` // the paragraph just before the list, plain text
	// Lead is that paragraph as a step would be read ("Navigate to **My Apps**, then:"): an
	// action in it is the procedure's first step. Its Markup is "" when there is no intro.
	Lead Step `json:"-"`
	// Place is a line above the procedure, under its heading or one enclosing it, that names
	// where the feature lives as a path of menus ("**Path to configure the feature:**
	// *Settings > Global Settings > Webhooks*"): where its steps begin. Markup "" when none.
	Place  Step   `json:"-"`
	Pos    Pos    `json:"pos"` // of the list's first item
	Steps  []Step `json:"steps"`
	Struck bool   `json:"struck"`
	// FieldsDescribed says its items name a form's fields, one each, and mark them required
	// or optional ("Bind DN (optional)"), where nothing above them says so: each is a field
	// to fill.
	FieldsDescribed bool `json:"fieldsDescribed,omitempty"`
	// Directives are the <!-- docdrift: … --> comments that apply to this procedure.
	Directives []Directive `json:"directives,omitempty"`
}

// Skipped reports whether the writer asked docdrift to skip this procedure, and why.
func (p Procedure) Skipped() (reason string, ok bool) {
	for _, d := range p.Directives {
		if d.Kind == DirectiveSkip {
			return d.Value, true
		}
	}
	return "", false
}

// Step is one list item.
type Step struct {
	Number  int    `json:"number"`  // as written in the source ("8." is 8 even after "6."); a bullet's place
	Written string `json:"written"` // the marker as written: "8.", "3)", or a bullet "-", "*", "+"
	Pos     Pos    `json:"pos"`     // of the first character of the item's text
	Text    string `json:"text"`    // plain text, markup removed, entities decoded
	Markup  string `json:"markup"`  // the item's first paragraph exactly as written
	// Lines are where the text of each line of Markup after the first (past its indent)
	// begins in the source: a component or an include may have moved it in what docdrift
	// read, so a sentence there is placed by these, not by counting through Markup.
	Lines  []Pos   `json:"-"`
	Labels []Label `json:"labels,omitempty"`
	// Continuation is the content after the first paragraph inside the item (indented outcome
	// paragraphs, notes) and the paragraphs between this item and the next, plain text each.
	Continuation []Block `json:"continuation,omitempty"`
	Images       []Link  `json:"images,omitempty"` // images inside the item or after it, before the next step
	SubSteps     []Step  `json:"subSteps,omitempty"`

	Struck bool `json:"struck,omitempty"` // the item itself is struck through
}

// Block is a piece of content attached to a step.
type Block struct {
	Kind string `json:"kind"` // "paragraph", "note", "image", "code", "list"
	Text string `json:"text"`
	// Markup is a paragraph exactly as written, so its sentences keep their labels and their
	// own positions; "" for other kinds.
	Markup string `json:"markup,omitempty"`
	Lines  []Pos  `json:"-"` // where each line of Markup after the first begins, as Step.Lines
	// Rows are a table's rows, header first, each cell's markup as written.
	Rows []Row `json:"rows,omitempty"`
	Pos  Pos   `json:"pos"`
}

// Row is one row of a table in a step: "| **Name** | a name for the token |".
type Row struct {
	Cells  []string `json:"cells"`
	Pos    Pos      `json:"pos"`
	Header bool     `json:"header,omitempty"`
}

// Label is a piece of UI text a step names: **Save**, `Name`, "OK", a breadcrumb.
type Label struct {
	Text string    `json:"text"` // the label as a reader sees it; for a breadcrumb, the parts joined by " > "
	Kind LabelKind `json:"kind"`
	Path []string  `json:"path,omitempty"` // breadcrumb parts, in order; nil otherwise
	Pos  Pos       `json:"pos"`
}

// LabelKind is the markup a writer used to mark a UI label.
type LabelKind string

const (
	LabelBold       LabelKind = "bold"
	LabelCode       LabelKind = "code"
	LabelQuoted     LabelKind = "quoted"
	LabelItalic     LabelKind = "italic"
	LabelButton     LabelKind = "button"     // <span class="btn">
	LabelBreadcrumb LabelKind = "breadcrumb" // **A** > **B**, **A > B**, A › B, A → B, A => B
)

// Directive is an in-doc instruction to docdrift, written as an HTML comment so the published
// page shows nothing:
//
//	<!-- docdrift: skip reason text -->
//	<!-- docdrift: given a legacy API account exists -->
//	<!-- docdrift: value "Name" = "Nightly ERP sync" -->
//
// A directive applies to the next procedure below it in the same section.
type Directive struct {
	Kind  DirectiveKind `json:"kind"`
	Field string        `json:"field,omitempty"` // for value
	Value string        `json:"value,omitempty"` // the reason, the precondition, or the value
	Pos   Pos           `json:"pos"`
}

// DirectiveKind names what a directive asks for.
type DirectiveKind string

const (
	DirectiveSkip  DirectiveKind = "skip"
	DirectiveGiven DirectiveKind = "given"
	DirectiveValue DirectiveKind = "value"
)
