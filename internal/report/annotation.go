package report

import (
	"fmt"
	"path/filepath"
	"strings"
)

// Annotation is one GitHub workflow command, which GitHub shows on the line of a pull
// request's file: ::level file=…,line=…,col=…,title=…::message. Every docdrift output that
// speaks to GitHub writes through it, so the escaping exists once.
type Annotation struct {
	Level       string // error, warning or notice
	File, Title string // "" leaves the property out: a warning about the whole run
	Message     string
	Line, Col   int // 0 leaves the property out
}

func (a Annotation) String() string {
	var props []string
	if a.File != "" {
		props = append(props, "file="+escapeProperty(filepath.ToSlash(a.File)))
	}
	if a.Line > 0 {
		props = append(props, fmt.Sprintf("line=%d", a.Line))
	}
	if a.Col > 0 {
		props = append(props, fmt.Sprintf("col=%d", a.Col))
	}
	if a.Title != "" {
		props = append(props, "title="+escapeProperty(a.Title))
	}
	cmd := "::" + a.Level
	if len(props) > 0 {
		cmd += " " + strings.Join(props, ",")
	}
	return cmd + "::" + escapeData(a.Message)
}

// escapeData and escapeProperty follow the Actions runner's own toolkit: a message may not
// hold %, CR or LF as such; a property value not : or , either.
var (
	escapeData     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace
	escapeProperty = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace
)
