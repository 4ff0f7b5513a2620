package browser

import "strings"

// Unsent is what a page's document says of the forms the browser would not send: a submit
// clicked while a field failed its own constraints (required, a type, a pattern) sends
// nothing, and the browser shows its message by the field.
type Unsent struct {
	Count  int64         `json:"unsent"` // such submits in the document so far
	Fields []UnsentField `json:"unsentFields"`
}

// UnsentField is a field that held the last such submit back, as the browser said it. Never
// the field's value: it may be a secret.
type UnsentField struct {
	Field   string `json:"field"`   // its label, else its name
	Message string `json:"message"` // the browser's ("Please fill out this field.")
}

func (u Unsent) String() string {
	var parts []string
	for _, f := range u.Fields {
		name := f.Field
		if name == "" {
			name = "a field"
		} else {
			name = "\"" + name + "\""
		}
		parts = append(parts, name+" ("+strings.TrimSpace(f.Message)+")")
	}
	return strings.Join(parts, ", ")
}

// Unsent is the page's count of submits the browser held back, and the fields that held the
// last one, as of the last time the page was seen settled. It starts again with every new
// document.
func (s *Session) Unsent() Unsent {
	if u := s.unsent.Load(); u != nil {
		return *u
	}
	return Unsent{}
}
