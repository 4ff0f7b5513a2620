package runner

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/featuregen"
)

// Shard is part K of N of a run, for CI matrices: procedures are dealt out round-robin in
// doc and document order, so every shard gets a fair share and the split never depends on
// anything but the docs.
type Shard struct{ K, N int }

// ParseShard reads "K/N" with 1 ≤ K ≤ N.
func ParseShard(s string) (Shard, error) {
	k, n, ok := strings.Cut(s, "/")
	ki, err1 := strconv.Atoi(k)
	ni, err2 := strconv.Atoi(n)
	if !ok || err1 != nil || err2 != nil || ni < 1 || ki < 1 || ki > ni {
		return Shard{}, fmt.Errorf("shard %q: want K/N with 1 <= K <= N, e.g. 2/4", s)
	}
	return Shard{K: ki, N: ni}, nil
}

// Select keeps this shard's procedures, regenerating each doc's feature from them; docs left
// with none are dropped.
func (sh Shard) Select(plans []Plan) ([]Plan, error) {
	if sh.N == 1 {
		return plans, nil // every run's shard when it has none: nothing to deal out
	}
	i := 0 // procedures dealt so far, over all docs
	return keepProcedures(plans, func(*docsparse.Document, int) bool {
		keep := i%sh.N == sh.K-1
		i++
		return keep
	})
}

// keepProcedures keeps the procedures of plans for which keep, asked of each procedure that
// has a scenario (its doc and its index in doc.Procedures), in doc and document order, says
// so. A doc's feature is regenerated from what it keeps, knowing its whole plan (a procedure
// may make its item as another of its doc does); a doc that keeps all stays as it was, and
// one that keeps none is dropped.
func keepProcedures(plans []Plan, keep func(doc *docsparse.Document, i int) bool) ([]Plan, error) {
	var out []Plan
	for _, p := range plans {
		doc := *p.Doc
		doc.Procedures = nil
		all := true
		for i, proc := range p.Doc.Procedures {
			if !featuregen.Asks(proc) {
				continue
			}
			if keep(p.Doc, i) {
				doc.Procedures = append(doc.Procedures, proc)
			} else {
				all = false
			}
		}
		switch {
		case len(doc.Procedures) == 0:
			continue
		case all:
			out = append(out, p) // its feature as it is
			continue
		}
		sel, err := regenerate(&doc, p.Src)
		if err != nil {
			return nil, err
		}
		sel.Whole = p.Unsplit()
		out = append(out, sel)
	}
	return out, nil
}

func regenerate(doc *docsparse.Document, src []byte) (Plan, error) {
	feature, err := featuregen.Generate(doc)
	if err != nil {
		return Plan{}, err
	}
	lm, err := featuregen.ReadLineMap(feature)
	if err != nil {
		return Plan{}, err
	}
	return Plan{Doc: doc, Src: src, Feature: feature, Map: lm}, nil
}
