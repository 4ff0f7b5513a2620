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
	// Product holds the [[product]] tables in file order: what the docs are about.
	Product []Product
	// Includes say where the text of the docs' includes lives.
	Includes Includes
}

// Target is the [target] table: which control panel to run against and how to log in.
type Target struct {
	BaseURL *string // absolute http(s) URL of a real control panel
	// BaseURLEnv names an environment variable that, when set, replaces BaseURL: the same
	// docs against a copy of the product elsewhere (a CI job's own port, a staging site).
	BaseURLEnv      *string
	Era             *string // the embedded simulator's era, as Checks.Era accepted it ("2017")
	UsernameEnv     *string // name of the environment variable holding the owner's username
	PasswordEnv     *string // … and the password
	CredentialsFile *string // owner-only file of KEY=VALUE credentials, resolved
	SessionFile     *string // session saved by docdrift login --save-session, resolved
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

// Checks are the judgments config leaves to the packages that own the meaning, which config
// does not import (they may come to import it): whether an era exists is the simulator's to
// say, whether a given can be made true the step vocabulary's. A nil check accepts all.
type Checks struct {
	Era   func(era string) error
	Given func(given string) bool
}

// Load reads and checks the config file at path. A file that does not parse, or holds unknown
// keys or bad values — checks' verdicts included — yields an ErrorList naming every problem
// at its path:line:col, all at once.
func Load(path string, checks Checks) (*File, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	return parse(path, src, checks)
}

// parse is Load after reading.
func parse(path string, src []byte, checks Checks) (*File, error) {
	// The decoder drops a byte-order mark before counting offsets; so must everything here.
	src = trimBOM(src)
	var doc map[string]any
	if _, err := toml.Decode(string(src), &doc); err != nil {
		return nil, ErrorList{syntaxError(path, src, err)}
	}
	places, empty := scanPlaces(src)
	if len(empty) > 0 {
		return nil, emptyKeys(path, empty).err()
	}
	d := &checker{path: path, places: places, checks: checks}
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

// trimBOM drops a byte-order mark as the TOML decoder does: UTF-8's, and UTF-16's two bytes
// (which some editors write before UTF-8 text), so offsets here and the decoder's agree.
func trimBOM(src []byte) []byte {
	for _, bom := range []string{"\xff\xfe", "\xfe\xff", "\uFEFF"} {
		if bytes.HasPrefix(src, []byte(bom)) {
			return src[len(bom):]
		}
	}
	return src
}
