package docsparse

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// Severity orders findings by how much they matter to a run.
type Severity int

const (
	Info Severity = iota
	Warning
	Error
)

func (s Severity) String() string {
	switch s {
	case Info:
		return "info"
	case Warning:
		return "warning"
	default:
		return "error"
	}
}

// MarshalText makes severities read as words in JSON.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Finding is one diagnostic about a document, at the position the writer can fix it.
type Finding struct {
	Path     string   `json:"path"`
	Pos      Pos      `json:"pos"`
	Severity Severity `json:"severity"`
	Rule     string   `json:"rule"`
	Message  string   `json:"message"`
}

// Error formats the finding the way compilers do: file:line:col: severity: message [rule].
func (f Finding) Error() string {
	return fmt.Sprintf("%s: %s: %s [%s]", f.Position(), f.Severity, f.Message, f.Rule)
}

// Position is "file:line:col", or less when the line or column is unknown. The file name
// is shown Visible: it is whatever a repository named its file.
func (f Finding) Position() string {
	path := Visible(f.Path)
	switch {
	case f.Pos.Line == 0:
		return path
	case f.Pos.Col == 0:
		return fmt.Sprintf("%s:%d", path, f.Pos.Line)
	default:
		return fmt.Sprintf("%s:%d:%d", path, f.Pos.Line, f.Pos.Col)
	}
}

// Visible shows s with every control and format character — line breaks, terminal escape
// sequences, bidirectional overrides — as a Go escape (\n, \x1b, \u202e), so a name a doc,
// a repository or a page supplies can neither start a line of its own (a CI workflow command)
// nor drive a terminal when printed. Other text is left as it is.
func Visible(s string) string {
	if !strings.ContainsFunc(s, hidden) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if hidden(r) {
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func hidden(r rune) bool {
	return unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == '\u2028' || r == '\u2029'
}

// Findings is a list of findings that sorts by file, line, column, then rule, like
// go/scanner's ErrorList.
type Findings []Finding

func (l Findings) Len() int      { return len(l) }
func (l Findings) Swap(i, j int) { l[i], l[j] = l[j], l[i] }
func (l Findings) Less(i, j int) bool {
	a, b := l[i], l[j]
	if a.Path != b.Path {
		return a.Path < b.Path
	}
	if a.Pos.Line != b.Pos.Line {
		return a.Pos.Line < b.Pos.Line
	}
	if a.Pos.Col != b.Pos.Col {
		return a.Pos.Col < b.Pos.Col
	}
	if a.Rule != b.Rule {
		return a.Rule < b.Rule
	}
	return a.Message < b.Message
}

// Sort sorts the list in place.
func (l Findings) Sort() { sort.Sort(l) }

// Max returns the highest severity in the list, and false when the list is empty.
func (l Findings) Max() (Severity, bool) {
	if len(l) == 0 {
		return Info, false
	}
	max := Info
	for _, f := range l {
		if f.Severity > max {
			max = f.Severity
		}
	}
	return max, true
}

// Error lists every finding on its own line, so a Findings can be returned as an error.
func (l Findings) Error() string {
	lines := make([]string, len(l))
	for i, f := range l {
		lines[i] = f.Error()
	}
	return strings.Join(lines, "\n")
}
