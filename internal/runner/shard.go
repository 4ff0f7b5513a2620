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
	var out []Plan
	i := 0
	for _, p := range plans {
		doc := *p.Doc
		doc.Procedures = nil
		for _, proc := range p.Doc.Procedures {
			if !featuregen.Asks(proc) {
				continue // no scenario: nothing to deal out
			}
			if i%sh.N == sh.K-1 {
				doc.Procedures = append(doc.Procedures, proc)
			}
			i++
		}
		if len(doc.Procedures) == 0 {
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
