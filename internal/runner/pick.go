package runner

import (
	"fmt"
	"maps"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/featuregen"
)

// Pick is the procedures a run is asked for: those at given lines of their docs
// ("docs/oauth.md:42", as a run prints a procedure's place) and those whose heading matches a
// pattern (--run). A doc named without a line runs whole; the zero Pick keeps everything.
// One goroutine uses a Pick at a time.
type Pick struct {
	lines map[string][]int // a doc's absolute path → the lines asked of it
	name  *regexp.Regexp   // --run, matched in any case
	run   string           // --run as given, for messages
	// spanned holds each doc's spans once worked out: explain asks for every sentence.
	spanned map[*docsparse.Document][]lines
}

// ParsePick splits args into the paths to read and the lines asked of them: an argument
// that is no file but a file's name then ":LINE" or ":LINE:COL" asks for the procedure at
// that line. run, when not empty, is a regular expression a procedure's heading must match,
// in any case. isFile reports a path that exists.
func ParsePick(args []string, run string, isFile func(string) bool) ([]string, Pick, error) {
	pk := Pick{spanned: map[*docsparse.Document][]lines{}}
	if run != "" {
		if _, err := regexp.Compile(run); err != nil {
			return nil, Pick{}, fmt.Errorf("--run %q: %w", run, err)
		}
		pk.name, pk.run = regexp.MustCompile("(?i)"+run), run
	}
	paths := make([]string, 0, len(args))
	for _, arg := range args {
		m := docLine.FindStringSubmatch(arg)
		if m == nil || isFile(arg) || !isFile(m[1]) {
			paths = append(paths, arg)
			continue
		}
		line, err := strconv.Atoi(m[2])
		if err != nil || line < 1 {
			return nil, Pick{}, fmt.Errorf("%s: want a line number from 1", arg)
		}
		if pk.lines == nil {
			pk.lines = map[string][]int{}
		}
		key := docKey(m[1])
		pk.lines[key] = append(pk.lines[key], line)
		paths = append(paths, m[1])
	}
	return paths, pk, nil
}

// Whole reports a Pick that asks for no line and no heading: every procedure runs.
func (pk Pick) Whole() bool { return pk.lines == nil && pk.name == nil }

// docLine is a doc's place as a run prints it: "docs/oauth.md:42" or "docs/oauth.md:42:1".
var docLine = regexp.MustCompile(`^(.+?):([0-9]+)(?::[0-9]+)?$`)

// docKey is how a doc is known whichever way it was named: "docs/x.md", "./docs/x.md".
func docKey(path string) string {
	if abs, err := filepath.Abs(filepath.FromSlash(path)); err == nil {
		return abs
	}
	return filepath.Clean(path)
}

// Select keeps the picked procedures of plans, as Shard.Select does. A line that no
// procedure holds, or a pattern that no heading matches, is an error that says where the
// doc's procedures are: a run asked for something it cannot find runs nothing.
func (pk Pick) Select(plans []Plan) ([]Plan, error) {
	if pk.Whole() {
		return plans, nil
	}
	docs := make([]*docsparse.Document, len(plans))
	for i, p := range plans {
		docs[i] = p.Doc
	}
	if err := pk.Check(docs); err != nil {
		return nil, err
	}
	out, err := keepProcedures(plans, func(doc *docsparse.Document, i int) bool {
		asked, byLine := pk.lines[docKey(doc.Path)]
		return pk.named(doc.Procedures[i]) && (!byLine || pk.spans(doc)[i].holdsAny(asked))
	})
	if err != nil {
		return nil, err
	}
	if len(out) == 0 && pk.name != nil {
		return nil, fmt.Errorf("--run %q: no procedure's heading matches", pk.run)
	}
	return out, nil
}

// Check is the error for the first line asked, in doc and line order, that no procedure of
// docs the run could perform holds (of those --run names, when it names any); nil when each
// holds one.
func (pk Pick) Check(docs []*docsparse.Document) error {
	byKey := map[string]*docsparse.Document{}
	for _, doc := range docs {
		byKey[docKey(doc.Path)] = doc
	}
	for _, key := range slices.Sorted(maps.Keys(pk.lines)) {
		doc := byKey[key]
		for _, l := range slices.Sorted(slices.Values(pk.lines[key])) {
			if doc == nil {
				return fmt.Errorf("%s:%d: the doc has no procedure docdrift can run", shortPath(key), l)
			}
			if !pk.performs(doc, l) {
				return fmt.Errorf("%s:%d: no procedure%s at this line; %s", doc.Path, l, pk.matching(), pk.places(doc))
			}
		}
	}
	return nil
}

// performs reports a procedure of doc that holds line, asks something of a reader and has a
// heading --run names.
func (pk Pick) performs(doc *docsparse.Document, line int) bool {
	for i, sp := range pk.spans(doc) {
		if sp.holdsAny([]int{line}) && pk.named(doc.Procedures[i]) && featuregen.Asks(doc.Procedures[i]) {
			return true
		}
	}
	return false
}

// Holds reports whether pos of doc lies in a procedure the run was asked for: --strict
// refuses a run for a step it cannot read only there. Everywhere, with nothing picked.
func (pk Pick) Holds(doc *docsparse.Document, pos docsparse.Pos) bool {
	if pk.Whole() {
		return true
	}
	asked, byLine := pk.lines[docKey(doc.Path)]
	for i, sp := range pk.spans(doc) {
		if sp.holdsAny([]int{pos.Line}) && pk.named(doc.Procedures[i]) && (!byLine || sp.holdsAny(asked)) {
			return true
		}
	}
	return false
}

// named reports a procedure whose heading the pattern matches, or any with no pattern.
func (pk Pick) named(p docsparse.Procedure) bool {
	return pk.name == nil || pk.name.MatchString(p.Heading.Title)
}

func (pk Pick) matching() string {
	if pk.name == nil {
		return ""
	}
	return fmt.Sprintf(" matching --run %q", pk.run)
}

// places lists where a doc's procedures are, for a line that none holds.
func (pk Pick) places(doc *docsparse.Document) string {
	const shown = 8 // a long doc's list would bury the error
	var at []string
	n, sps := 0, pk.spans(doc)
	for i, p := range doc.Procedures {
		if !featuregen.Asks(p) || !pk.named(p) {
			continue
		}
		if n++; n <= shown {
			sp := sps[i]
			at = append(at, fmt.Sprintf("%d-%d %q", sp.start, sp.end, p.Heading.Title))
		}
	}
	switch {
	case n == 0:
		return "it has none to run"
	case n > shown:
		at = append(at, fmt.Sprintf("and %d more", n-shown))
	}
	return "its procedures are at lines " + strings.Join(at, ", ")
}

// lines are the first and last line of a procedure's part of its doc.
type lines struct{ start, end int }

// holdsAny reports whether any of ls lies within.
func (sp lines) holdsAny(ls []int) bool {
	return slices.ContainsFunc(ls, func(l int) bool { return sp.start <= l && l <= sp.end })
}

// spans is spans(doc), worked out once per doc (every time by the zero Pick, which never
// needs them).
func (pk Pick) spans(doc *docsparse.Document) []lines {
	sp, ok := pk.spanned[doc]
	if !ok {
		sp = spans(doc)
		if pk.spanned != nil {
			pk.spanned[doc] = sp
		}
	}
	return sp
}

// spans is the lines that belong to each of a doc's procedures: from its heading — or, when
// the one before it shares the heading, from the line after that one — to its last line, so
// the paragraph that introduces a list belongs to it.
func spans(doc *docsparse.Document) []lines {
	out := make([]lines, len(doc.Procedures))
	prevEnd := 0
	for i, p := range doc.Procedures {
		start := prevEnd + 1
		if h := p.Heading.Pos.Line; h > prevEnd && h <= p.Pos.Line {
			start = h
		}
		out[i] = lines{start, max(p.LastLine(), start)}
		prevEnd = out[i].end
	}
	return out
}

// shortPath names a doc for an error: relative to the working directory when under it.
func shortPath(abs string) string {
	if wd, err := filepath.Abs("."); err == nil {
		if rel, err := filepath.Rel(wd, abs); err == nil && !strings.HasPrefix(rel, "..") {
			return filepath.ToSlash(rel)
		}
	}
	return abs
}
