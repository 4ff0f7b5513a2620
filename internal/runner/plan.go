// Package runner runs docs: it turns each doc's procedures into Gherkin in memory, refuses
// phrasing no step definition matches before a browser starts, runs the scenarios with godog
// against a control panel, and returns a verdict per procedure and step at the doc's own
// file:line.
package runner

import (
	"context"
	"fmt"

	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/docfiles"
	"github.com/docdrift/docdrift/internal/featuregen"
)

// Plan is one doc ready to run: its generated feature and the map back to the doc.
type Plan struct {
	Doc     *docsparse.Document
	Src     []byte
	Feature []byte
	Map     *featuregen.LineMap
	// Whole is the doc's plan before a shard, a retry or a watch took part of it, nil when
	// this is whole: a procedure may make its item as another of its doc does, which the
	// part leaves out.
	Whole *Plan
}

// Unsplit is the doc's whole plan: p itself, or the plan p is part of.
func (p Plan) Unsplit() *Plan {
	if p.Whole != nil {
		return p.Whole
	}
	return &p
}

// Preconditions name the states a procedure needs first beyond its doc's own given
// directives (a config file's [[precondition]]), by its heading text or anchor id.
type Preconditions func(heading, anchor string) []string

// Prepare parses and generates every file. Docs without procedures yield no plan; a doc whose
// feature cannot be generated yields an error finding.
func Prepare(files []docfiles.File) ([]Plan, docsparse.Findings) {
	return PrepareWith(files, nil, docsparse.Options{})
}

// PrepareWith is Prepare with preconditions added to the procedures they name, as if the doc
// held a given directive for each, and docs read with opts (where their includes live).
func PrepareWith(files []docfiles.File, pre Preconditions, opts docsparse.Options) ([]Plan, docsparse.Findings) {
	type prepared struct {
		plan *Plan
		err  error
	}
	out := make([]prepared, len(files))
	_ = docfiles.Each(context.Background(), files, func(i int, f docfiles.File) {
		out[i].plan, out[i].err = prepare(f, pre, opts)
	})
	var plans []Plan
	var findings docsparse.Findings
	for i, f := range files {
		switch {
		case out[i].err != nil:
			findings = append(findings, docsparse.Finding{Path: f.Path, Severity: docsparse.Error,
				Rule: "generate", Message: fmt.Sprintf("cannot generate a feature: %v", out[i].err)})
		case out[i].plan != nil:
			plans = append(plans, *out[i].plan)
		}
	}
	return plans, findings
}

// prepare parses and generates one doc; a doc without procedures yields no plan and no error.
func prepare(f docfiles.File, pre Preconditions, opts docsparse.Options) (*Plan, error) {
	doc := docsparse.ParseWith(f.Path, f.Src, opts)
	if pre != nil {
		for i := range doc.Procedures {
			p := &doc.Procedures[i]
			for _, given := range pre(p.Heading.Title, p.Heading.ID) {
				p.Directives = append(p.Directives, docsparse.Directive{Kind: docsparse.DirectiveGiven, Value: given, Pos: p.Pos})
			}
		}
	}
	feature, err := featuregen.Generate(doc)
	if err != nil || feature == nil {
		return nil, err
	}
	lm, err := featuregen.ReadLineMap(feature)
	if err != nil {
		return nil, err
	}
	return &Plan{Doc: doc, Src: f.Src, Feature: feature, Map: lm}, nil
}
