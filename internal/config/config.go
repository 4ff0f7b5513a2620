// Package config reads docdrift.toml, the file that keeps a project's docdrift settings — the
// store to run against, run limits, doc vocabulary and procedure preconditions — beside its
// docs instead of in every command line.
//
// Every setting is optional: a nil pointer or an empty map means the file does not set it, so
// a command can apply command-line flags over the file and the file over its own defaults.
// Load reports every problem in the file at once, each at its path:line:col.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/docdrift/docdrift/internal/panel"
)

// Name is the config file's name; Find looks for it.
const Name = "docdrift.toml"

// File is a decoded, checked docdrift.toml. Paths in it are already resolved against the
// file's directory.
type File struct {
	Path       string // as given to Load
	Target     Target
	Run        Run
	Vocabulary Vocabulary
	// Precondition holds the [[precondition]] tables in file order; most callers want the
	// Preconditions method.
	Precondition []Precondition
}

// Target is the [target] table: which control panel to run against and how to log in.
type Target struct {
	BaseURL         *string    // absolute http(s) URL of a real control panel
	Era             *panel.Era // the embedded simulator's era
	UsernameEnv     *string    // name of the environment variable holding the owner's username
	PasswordEnv     *string    // … and the password
	CredentialsFile *string    // owner-only file of KEY=VALUE credentials, resolved
	SessionFile     *string    // session saved by docdrift login --save-session, resolved
}

// Run is the [run] table: how procedures are run.
type Run struct {
	StepTimeout   *time.Duration // > 0
	Concurrency   *int           // >= 1
	Retries       *int           // >= 0
	IncludeStruck *bool
}

// Vocabulary is the [vocabulary] table: words the docs use that the UI spells differently.
type Vocabulary struct {
	MinimalScope *string             // the option picked for "select at least the minimal scopes"
	Icons        map[string][]string // an icon word the docs use → accessible names it may match
	Aliases      map[string]string   // a label the docs write → the label the UI has
}

// Precondition is one [[precondition]] table: a Given for a procedure that lives here rather
// than in a <!-- docdrift: given … --> directive, for docs docdrift may not edit.
type Precondition struct {
	Procedure string // the procedure's heading text or its anchor id
	Given     string // same text as the directive's
	Line, Col int    // where the table starts, for later errors about it
}

// Load reads and checks the config file at path. A file that does not parse, or holds unknown
// keys or bad values, yields an ErrorList naming every problem at its path:line:col.
func Load(path string) (*File, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	return parse(path, src)
}

// parse is Load after reading.
func parse(path string, src []byte) (*File, error) {
	// The decoder drops a byte-order mark before counting offsets; so must everything here.
	src = bytes.TrimPrefix(src, []byte("\uFEFF"))
	var doc map[string]any
	if _, err := toml.Decode(string(src), &doc); err != nil {
		return nil, ErrorList{syntaxError(path, src, err)}
	}
	d := &checker{path: path, places: scanPlaces(src)}
	f := d.file(doc)
	if err := d.errs.err(); err != nil {
		return nil, err
	}
	return f, nil
}

// syntaxError places a decoder error. It counts the line from the error's byte offset: the
// decoder's own line number is one too many for an error at a line's end ("[target" with no
// closing bracket), while the offset is right.
func syntaxError(path string, src []byte, err error) *Error {
	var pe toml.ParseError
	if !errors.As(err, &pe) {
		return &Error{Path: path, Line: 1, Col: 1, Msg: err.Error()}
	}
	before := src[:min(max(pe.Position.Start, 0), len(src))]
	line := 1 + bytes.Count(before, []byte("\n"))
	col := len(before) - (bytes.LastIndexByte(before, '\n') + 1) + 1
	return &Error{Path: path, Line: line, Col: col, Msg: pe.Message}
}

// Preconditions returns the given texts the file declares for a procedure, named by its
// heading text (compared after trimming spaces) or its anchor id ("#id" also matches).
func (f *File) Preconditions(procedureHeading, anchorID string) []string {
	heading := strings.TrimSpace(procedureHeading)
	var out []string
	for _, p := range f.Precondition {
		name := strings.TrimSpace(p.Procedure)
		if name == heading || anchorID != "" && strings.TrimPrefix(name, "#") == anchorID {
			out = append(out, p.Given)
		}
	}
	return out
}

// CheckGivens reports, at its place in the file, every precondition whose given text known
// rejects. known is the step vocabulary's say — usually func(s string) bool { return
// len(steps.Matches(s)) == 1 } — which config does not import, as steps may come to import
// config. A given no step can set up would fail every run of its procedure, so it is better
// caught when the file is read.
func (f *File) CheckGivens(known func(given string) bool) error {
	var errs ErrorList
	for _, p := range f.Precondition {
		if !known(p.Given) {
			errs = append(errs, &Error{Path: f.Path, Line: p.Line, Col: p.Col,
				Msg: fmt.Sprintf("precondition for %q: no step knows how to make %q true", p.Procedure, p.Given)})
		}
	}
	return errs.err()
}
