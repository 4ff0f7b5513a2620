package browser

import (
	_ "embed"
	"slices"
	"strconv"
	"strings"

	"github.com/go-rod/rod/lib/proto"
)

//go:embed forms.js
var formsJS string

// Forms is what a page's document says of its forms that sent nothing, as of the last time
// the page was seen settled; the counts start again with every new document.
type Forms struct {
	// Held counts the submits the browser held back: a required field empty, a value its
	// type or pattern refuses. HeldBy are the fields that held the last one.
	Held   int64   `json:"held"`
	HeldBy []Field `json:"heldFields"`
	// Marked counts the fields the page's own check marked invalid (aria-invalid="true"),
	// as single-page apps do instead; MarkedLast are the last few, numbered by that count.
	Marked     int64   `json:"marked"`
	MarkedLast []Field `json:"markedFields"`
}

// Field is a field a form check turned down, as the page said it. Never the field's value: it
// may be a secret.
type Field struct {
	Seq     int64  `json:"seq"`     // the mark's number (Forms.Marked), 0 for the browser's check
	Name    string `json:"field"`   // its label, else what it says of itself
	Key     string `json:"key"`     // the name it is sent under, "" for none
	Message string `json:"message"` // the browser's ("Please fill out this field.") or the page's
}

// MarkedSince lists the fields marked after the count was `since`, as a step reports them.
func (f Forms) MarkedSince(since int64) string {
	fields := f.MarkedFieldsSince(since)
	if n := f.Marked - since - int64(len(fields)); n > 0 {
		fields = append(fields, Field{Name: strconv.FormatInt(n, 10) + " more"})
	}
	return listFields(fields)
}

// MarkedFieldsSince is the fields marked after the count was `since`, of those the page
// still keeps (MarkedLast).
func (f Forms) MarkedFieldsSince(since int64) []Field {
	var fields []Field
	for _, m := range f.MarkedLast {
		if m.Seq > since {
			fields = append(fields, m)
		}
	}
	return fields
}

// MarkedIn lists the fields marked on a form's answer that are among those the form sent
// (sent, the names it sent them under; nil when not known: all): the product's form again is
// turned down only in those, and another form it answers with (a wizard's next step) not at
// all. "" for none.
func (f Forms) MarkedIn(sent []string) string {
	if sent == nil {
		return f.MarkedSince(0)
	}
	var fields []Field
	for _, m := range f.MarkedLast {
		if slices.Contains(sent, m.Key) {
			fields = append(fields, m)
		}
	}
	return listFields(fields)
}

// HeldFields lists the fields that held the last submit back, as a step reports them.
func (f Forms) HeldFields() string { return listFields(f.HeldBy) }

func listFields(fields []Field) string {
	parts := make([]string, 0, len(fields))
	for _, f := range fields {
		name := "a field"
		if f.Name != "" {
			name = strconv.Quote(f.Name)
		}
		if m := strings.TrimSpace(f.Message); m != "" {
			name += " (" + m + ")"
		}
		parts = append(parts, name)
	}
	return strings.Join(parts, ", ")
}

// Forms is what the page said of its forms that sent nothing, as of its last settling on the
// document it shows now: a new document not seen settled yet has nothing counted.
func (s *Session) Forms() Forms {
	if f := s.forms.Load(); f != nil && s.onThisDocument(f) {
		return f.Forms
	}
	return Forms{}
}

// FormsSeen reports whether the page has been seen settled on the document it shows now, so
// that Forms says what that document's forms did: a wait that answered from the document a
// click left, the new one coming a moment later, has not.
func (s *Session) FormsSeen() bool {
	f := s.forms.Load()
	return f != nil && s.onThisDocument(f)
}

// seenForms are a document's forms as a settling saw them, and which document that was.
type seenForms struct {
	Forms
	tab  proto.TargetTargetID
	navs uint64
}

func (s *Session) onThisDocument(f *seenForms) bool {
	tab, navs := s.Loaded()
	return f.tab == tab && f.navs == navs
}
