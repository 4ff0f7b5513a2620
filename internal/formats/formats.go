// Package formats is the one registry of docdrift's output formats. Each format — text,
// JSON, GitHub annotations, the HTML report, JUnit, Cucumber — is one entry in its own file
// that says which commands offer it and how: lint --format, run --format, run --report and
// report merge all list, validate and write through the entries, and so do their help
// texts. Adding a format is adding a file that registers it, like godog's formatters.
package formats

import (
	"io"
	"slices"
	"strings"

	"github.com/docdrift/docdrift/docsparse"
)

// Format is one output format. It fills in the parts it offers; a command offers a format
// exactly when the part it needs is set.
type Format struct {
	Name string
	Help string // one line for -h: what the output is

	// Findings writes lint's findings, sorted (lint --format NAME).
	Findings func(w io.Writer, findings docsparse.Findings) error
	// ForPeople says the output is read by people, so a command may add its closing count.
	ForPeople bool

	// Console writes a finished run on stdout, before the closing summary (run --format
	// NAME); getenv reads the CI job's environment.
	Console func(w io.Writer, run *Run, getenv func(string) string) error

	// Report writes a finished run's report at path (run --report NAME=PATH).
	Report func(path string, run *Run) error
	// Target is what a report's path names, "FILE" or "DIR", for help texts.
	Target string
	// EveryStep asks the run to capture every step's page, not only failed steps'.
	EveryStep bool
	// Merge writes at out one report from the reports of CI shards (report merge --NAME OUT).
	Merge func(out string, shards []string) error
	// Recognise tells whether path, a file or a folder, is a report of this format that
	// docdrift wrote: report merge finds the shards among its inputs with it.
	Recognise func(path string, dir bool) (bool, error)
}

// registered holds the built-in formats; each registers itself from its own file.
var registered []Format

func register(f Format) { registered = append(registered, f) }

// All returns the built-in formats by name. The slice is the caller's: commands take it as
// their registry, and tests add formats of their own to it.
func All() []Format {
	out := slices.Clone(registered)
	slices.SortFunc(out, func(a, b Format) int { return strings.Compare(a.Name, b.Name) })
	return out
}

// Find returns the format named name among those for which offers is true.
func Find(all []Format, name string, offers func(Format) bool) (Format, bool) {
	for _, f := range all {
		if f.Name == name && offers(f) {
			return f, true
		}
	}
	return Format{}, false
}

// Filter keeps the formats for which offers is true, in order.
func Filter(all []Format, offers func(Format) bool) []Format {
	var out []Format
	for _, f := range all {
		if offers(f) {
			out = append(out, f)
		}
	}
	return out
}

// Names lists the names of fs as a sentence does: "html, junit or cucumber".
func Names(fs []Format) string {
	names := make([]string, len(fs))
	for i, f := range fs {
		names[i] = f.Name
	}
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

// What a command needs of a format, for Find, Filter and the help texts.
var (
	ForLint    = func(f Format) bool { return f.Findings != nil }
	ForConsole = func(f Format) bool { return f.Console != nil }
	ForReport  = func(f Format) bool { return f.Report != nil }
	ForMerge   = func(f Format) bool { return f.Merge != nil && f.Recognise != nil }
)
