package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/docfiles"
	"github.com/docdrift/docdrift/internal/featuregen"
	"github.com/docdrift/docdrift/internal/runner"
	"github.com/docdrift/docdrift/internal/understand"
)

// runExplain prints, sentence by sentence, how docdrift reads the procedures of the docs: the
// writer's tool for seeing why a step was not understood, or was read as a note.
func runExplain(ctx context.Context, e *env, args []string) error {
	flags := flag.NewFlagSet("docdrift explain", flag.ContinueOnError)
	format := flags.String("format", "text", "output `format`: text (one line per sentence) or json (one object per line)")
	notes := flags.Bool("notes", true, "also list the sentences read as notes (explanations, facts, options)")
	configPath := flags.String("config", "", "read where includes live from this docdrift.toml `file` (default: the first one found walking up from the first doc)")
	flags.SetOutput(io.Discard)
	flags.Usage = func() {}
	paths, err := parseInterspersed(flags, args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		explainUsage(e.stdout, flags)
		return err
	case err != nil:
		explainUsage(e.stderr, flags)
		return usageError{fmt.Errorf("explain: %w", err)}
	case len(paths) == 0:
		explainUsage(e.stderr, flags)
		return usageError{errors.New("explain: no paths given")}
	}
	var write func(w io.Writer, s featuregen.Sentence) error
	switch *format {
	case "text":
		write = writeExplainText
	case "json":
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		write = func(_ io.Writer, s featuregen.Sentence) error { return enc.Encode(explained(s)) }
	default:
		return usageError{fmt.Errorf("explain: unknown format %q (want text or json)", *format)}
	}

	paths, pick, err := runner.ParsePick(paths, "", isFile)
	if err != nil {
		return usageError{fmt.Errorf("explain: %w", err)}
	}
	file, err := loadConfig(*configPath, paths)
	if err != nil {
		return err
	}
	opts := docOptions(file)
	files, findings := docfiles.Load(paths)
	for _, f := range findings {
		fmt.Fprintln(e.stderr, f.Error())
	}
	docs := make([]*docsparse.Document, len(files))
	read := make([][]featuregen.Sentence, len(files))
	if err := docfiles.Each(ctx, files, func(i int, f docfiles.File) {
		docs[i] = docsparse.ParseWith(f.Path, f.Src, opts)
		read[i] = featuregen.Explain(docs[i])
	}); err != nil {
		return err
	}
	if err := pick.Check(docs); err != nil {
		return usageError{fmt.Errorf("explain: %w", err)}
	}
	var total, steps, understood int
	for i, sentences := range read {
		for _, s := range sentences {
			if !pick.Holds(docs[i], s.At.Pos) {
				continue // docs/x.md:LINE asks for the procedure there only
			}
			total++
			if s.Step {
				steps++
				if s.Meaning.Understood() {
					understood++
				}
			}
			if !s.Step && !*notes {
				continue
			}
			if err := write(e.stdout, s); err != nil {
				return fmt.Errorf("explain: %w", err)
			}
		}
	}
	if *format == "text" {
		fmt.Fprintf(e.stderr, "%s in %s: %s, %d understood, %d not understood, %s\n",
			plural(total, "sentence"), plural(len(files), "doc"), plural(steps, "step"), understood,
			steps-understood, plural(total-steps, "note"))
	}
	if len(findings) > 0 {
		return usageError{fmt.Errorf("explain: %s could not be read", plural(len(findings), "input"))}
	}
	return nil
}

func writeExplainText(w io.Writer, s featuregen.Sentence) error {
	after := ""
	if s.AfterItems {
		after = " [after its sub-steps]"
	}
	_, err := fmt.Fprintf(w, "%s: step %s %q: %s%s\n", s.At, s.DocStep, s.Text, s.Meaning, after)
	return err
}

// explanation is one sentence as `docdrift explain --format json` writes it.
type explanation struct {
	Path         string    `json:"path"`
	Line         int       `json:"line"`
	Col          int       `json:"col"`
	Procedure    string    `json:"procedure"`
	Step         string    `json:"step"`
	Text         string    `json:"text"`
	Role         string    `json:"role"`
	Understood   bool      `json:"understood"`
	Why          string    `json:"why,omitempty"`
	Acts         []actJSON `json:"acts,omitempty"`
	Surface      string    `json:"surface,omitempty"`
	SurfaceKind  string    `json:"surfaceKind,omitempty"`
	Optional     bool      `json:"optional,omitempty"`
	Continuation bool      `json:"continuation,omitempty"`
	Struck       bool      `json:"struck,omitempty"`
	AfterItems   bool      `json:"afterItems,omitempty"` // run after its sub-steps
	Reading      string    `json:"reading"`
}

type actJSON struct {
	Verb   string   `json:"verb"`
	Labels []string `json:"labels,omitempty"`
	Words  string   `json:"words,omitempty"`
	Icon   string   `json:"icon,omitempty"`
	Kind   string   `json:"kind,omitempty"`
}

func explained(s featuregen.Sentence) explanation {
	m := s.Meaning
	x := explanation{Path: s.At.Path, Line: s.At.Line, Col: s.At.Col, Procedure: s.Procedure, Step: s.DocStep,
		Text: s.Text, Role: string(m.Role), Understood: m.Understood(), Why: m.Why, Optional: m.Optional,
		Continuation: s.Continuation, Struck: s.Struck, AfterItems: s.AfterItems, Reading: m.String()}
	if !s.Step {
		x.Role = string(understand.Note)
	}
	if m.Surface.Kind != understand.Product {
		x.Surface, x.SurfaceKind = m.Surface.Name, string(m.Surface.Kind)
	}
	for _, a := range m.Acts {
		x.Acts = append(x.Acts, actJSON{Verb: string(a.Verb), Labels: a.Target.Labels(), Words: a.Target.Words,
			Icon: a.Target.Icon, Kind: a.Target.Kind})
	}
	return x
}

func explainUsage(w io.Writer, flags *flag.FlagSet) {
	flags.SetOutput(w)
	fmt.Fprint(w, strings.TrimLeft(`
Usage: docdrift explain [--format text|json] [--notes=false] PATH[:LINE]...

Explain prints how docdrift reads every sentence of the numbered procedures in the Markdown
docs in PATHs: an action, an outcome to check, a precondition or a note; the verb, labels,
containers and surface it found; or why it could not read a sentence that asks for
something. It starts no browser: use it to see why a step was "not understood". A doc's
path with :LINE explains only the procedure at that line.

Each line is file:line:col: step N "sentence": reading. A lead-in that acts past its items
("Fill in the following fields and then click **Next**:") ends in [after its sub-steps]: a
run takes it once they are done. A summary goes to stderr.
Exit status: 0, or 2 for bad usage or a path that cannot be read.

Flags:
`, "\n"))
	flags.PrintDefaults()
	fmt.Fprint(w, `
Examples:
  docdrift explain docs/api-tokens.md
  docdrift explain docs/api-tokens.md:54              # the procedure at line 54 only
  docdrift explain --notes=false docs/ | grep "not understood"
  docdrift explain --format json docs/ > understanding.jsonl
`)
}
