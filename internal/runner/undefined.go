package runner

import (
	"fmt"
	"strings"

	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/featuregen"
	"github.com/docdrift/docdrift/internal/lint"
	"github.com/docdrift/docdrift/steps"
)

// UndefinedStep is the lint rule "no step definition matches this step": the runner could
// not perform it. It is an error in a procedure that runs, a warning in one that is struck
// out or skipped (it would fail the day the procedure is restored).
func UndefinedStep() lint.Rule {
	return lint.Rule{
		Name: "undefined-step",
		Doc:  "a step whose phrasing no docdrift step definition matches",
		Check: func(in *lint.Input) []docsparse.Finding {
			feature, err := featuregen.Generate(in.Doc)
			if err != nil || feature == nil {
				return nil // the runner reports generation errors itself
			}
			lm, err := featuregen.ReadLineMap(feature)
			if err != nil {
				return nil
			}
			return undefinedSteps(lm, in.Doc)
		},
	}
}

func undefinedSteps(lm *featuregen.LineMap, doc *docsparse.Document) []docsparse.Finding {
	var out []docsparse.Finding
	resting := restingSteps(doc)
	for _, sc := range lm.Scenarios {
		sev := docsparse.Error
		for _, st := range sc.Steps {
			if resting[st.At.Pos] {
				sev = docsparse.Warning
			}
		}
		for _, st := range sc.Steps {
			if len(steps.Matches(st.Text)) == 1 {
				continue
			}
			out = append(out, docsparse.Finding{Path: st.At.Path, Pos: st.At.Pos, Severity: sev,
				Message: fmt.Sprintf("%s: no step definition matches this phrasing%s", st.Describe(), hint(st))})
		}
	}
	return out
}

// restingSteps are the positions of the steps of procedures that do not run by default.
func restingSteps(doc *docsparse.Document) map[docsparse.Pos]bool {
	out := map[docsparse.Pos]bool{}
	var add func([]docsparse.Step)
	add = func(ss []docsparse.Step) {
		for _, s := range ss {
			out[s.Pos] = true
			add(s.SubSteps)
		}
	}
	for _, p := range doc.Procedures {
		if _, skipped := p.Skipped(); p.Struck || skipped {
			add(p.Steps)
		}
	}
	return out
}

// hint names the phrase family a step most likely meant, from its first word. A given is
// no instruction, so an instruction's family would mislead: it gets none.
func hint(st featuregen.Step) string {
	if st.DocStep == "" {
		return ""
	}
	first, _, _ := strings.Cut(st.Text, " ")
	for _, p := range steps.Vocabulary() {
		if w, _, _ := strings.Cut(p.Example, " "); strings.EqualFold(w, first) {
			return fmt.Sprintf(" (a supported %q step reads like %q)", p.Name, p.Example)
		}
	}
	return ""
}
