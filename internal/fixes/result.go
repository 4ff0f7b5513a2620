package fixes

import "github.com/docdrift/docdrift/internal/results"

// FromResult collects, per doc path, the fixes for every step of res that drifted while the
// run carried on with one confident label: the label the doc asked for becomes that label.
func FromResult(res *results.Result) map[string][]Fix {
	out := map[string][]Fix{}
	for _, p := range res.Procedures {
		for _, s := range p.Steps {
			m := s.Drift
			if m == nil || m.Continued == "" || m.Wanted == "" || m.Wanted == m.Continued {
				continue
			}
			path := s.At.Path
			if path == "" {
				path = p.Doc
			}
			out[path] = append(out[path], Fix{Line: s.At.Line, Old: m.Wanted, New: markdownText(m.Continued)})
		}
	}
	return out
}
