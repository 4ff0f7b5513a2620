package runner

import (
	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/featuregen"
	"github.com/docdrift/docdrift/internal/results"
)

// retryPlans builds plans holding only the procedures that broke for a reason another try
// may not meet again, and where each of their results belongs in res.Procedures.
func retryPlans(plans []Plan, res *results.Result) ([]Plan, []int) {
	var out []Plan
	var where []int
	at := 0 // res.Procedures follows plans and their scenarios in order
	for _, p := range plans {
		doc := *p.Doc
		doc.Procedures = nil
		var idx []int
		procs := scenarioed(p.Doc)
		for i := range p.Map.Scenarios {
			if at < len(res.Procedures) && retryable(res.Procedures[at]) && i < len(procs) {
				doc.Procedures = append(doc.Procedures, procs[i])
				idx = append(idx, at)
			}
			at++
		}
		if len(idx) == 0 {
			continue
		}
		again, err := regenerate(&doc, p.Src)
		if err != nil || len(again.Map.Scenarios) != len(idx) {
			continue // cannot map results back: keep the first attempt
		}
		again.Whole = p.Unsplit()
		out = append(out, again)
		where = append(where, idx...)
	}
	return out, where
}

// scenarioed is a doc's procedures that have a scenario (featuregen.Asks), in its feature's
// order: the procedure each of Map.Scenarios was generated from. A list of facts has none.
func scenarioed(doc *docsparse.Document) []docsparse.Procedure {
	var out []docsparse.Procedure
	for _, p := range doc.Procedures {
		if featuregen.Asks(p) {
			out = append(out, p)
		}
	}
	return out
}

// retryable reports a procedure that broke, not for want of what the run cannot give it
// (results.Lacking: no item, or its making procedure drifted), which a retry would only repeat.
func retryable(p results.Procedure) bool { return p.Status == results.Broken && !p.Lacks() }

// mergeRetry puts a retry's verdicts in place of the attempts before them, which it keeps.
func mergeRetry(r, next *results.Result, where []int) {
	for i, p := range next.Procedures {
		if i >= len(where) {
			break
		}
		prev := r.Procedures[where[i]]
		p.Attempts = append(append(p.Attempts, prev.Attempts...), withoutAttempts(prev))
		r.Procedures[where[i]] = p
	}
	r.Duration += next.Duration
	r.Spent.Add(next.Spent)
	if next.Leftovers != "" {
		r.Leftovers = next.Leftovers
	}
}

func withoutAttempts(p results.Procedure) results.Procedure {
	p.Attempts = nil
	return p
}
