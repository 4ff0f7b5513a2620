package watch

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"regexp"

	"github.com/docdrift/docdrift/internal/featuregen"
	"github.com/docdrift/docdrift/internal/runner"
)

// block is the lines of one scenario in a generated feature, 0-based and half-open: from its
// "# procedure" comment to the next one's, tags and notes included.
type block struct{ start, end int }

// blocks finds the block of each scenario of plan's line map, in the map's order.
func blocks(lines [][]byte, m *featuregen.LineMap) []block {
	out := make([]block, len(m.Scenarios))
	floor := 0
	for i, sc := range m.Scenarios {
		start := sc.Line - 1 // the "Scenario:" line
		for j := start - 1; j >= floor; j-- {
			if bytes.HasPrefix(bytes.TrimSpace(lines[j]), []byte("# procedure ")) {
				start = j
				break
			}
		}
		out[i].start = start
		if i > 0 {
			out[i-1].end = start
		}
		floor = sc.Line
	}
	if n := len(out); n > 0 {
		out[n-1].end = len(lines)
	}
	return out
}

// fingerprints hashes each scenario of plan as the runner would perform it — its name, tags,
// steps, values and notes — without the doc positions its comments carry: a procedure that
// only moved (lines added above it) keeps its fingerprint, one whose text changed does not.
func fingerprints(plan runner.Plan) []string {
	lines := bytes.Split(plan.Feature, []byte("\n"))
	at := regexp.MustCompile(` at ` + regexp.QuoteMeta(plan.Map.Doc) + `:\d+:\d+`)
	out := make([]string, len(plan.Map.Scenarios))
	for i, b := range blocks(lines, plan.Map) {
		h := sha256.New()
		for _, line := range lines[b.start:b.end] {
			h.Write(at.ReplaceAll(bytes.TrimRight(line, " \t"), nil))
			h.Write([]byte{'\n'})
		}
		out[i] = hex.EncodeToString(h.Sum(nil)[:12])
	}
	return out
}

// only is plan with just the scenarios keep names: the others' lines are blanked in the
// feature, so every line the map gives stays where it was; ok is false when none is kept.
func only(plan runner.Plan, keep func(name string) bool) (p runner.Plan, ok bool) {
	lines := bytes.Split(plan.Feature, []byte("\n"))
	m := &featuregen.LineMap{Doc: plan.Map.Doc}
	for i, b := range blocks(lines, plan.Map) {
		sc := plan.Map.Scenarios[i]
		if keep(sc.Name) {
			m.Scenarios = append(m.Scenarios, sc)
			continue
		}
		for j := b.start; j < b.end; j++ {
			lines[j] = nil
		}
	}
	if len(m.Scenarios) == 0 {
		return runner.Plan{}, false
	}
	return runner.Plan{Doc: plan.Doc, Src: plan.Src, Feature: bytes.Join(lines, []byte("\n")), Map: m, Whole: plan.Unsplit()}, true
}
