package watch

import (
	"github.com/docdrift/docdrift/internal/results"
)

// Carry is the verdicts on every procedure of s after a rerun: fresh's for those that ran,
// prev's for the others, at the lines where s has them now (edits above a procedure move it),
// and none for procedures s no longer has. A procedure neither ran nor ran before — its run
// was interrupted — is skipped.
func (s *Snapshot) Carry(prev, fresh *results.Result) *results.Result {
	out := &results.Result{}
	if fresh != nil {
		out.Duration, out.Leftovers = fresh.Duration, fresh.Leftovers
	}
	ran, before := byKey(fresh), byKey(prev)
	for _, p := range s.Plans {
		for _, sc := range p.Map.Scenarios {
			k := Key{p.Doc.Path, sc.Name}
			if proc, ok := ran[k]; ok {
				out.Procedures = append(out.Procedures, proc)
				continue
			}
			proc, ok := before[k]
			if !ok {
				out.Procedures = append(out.Procedures, results.Procedure{Doc: k.Doc, Name: k.Name, At: sc.At,
					Status: results.Skipped, SkipReason: "not run yet: the watch was interrupted"})
				continue
			}
			// Same fingerprint, so the same steps in the same order: only positions moved.
			proc.At = sc.At
			proc.Steps = append([]results.Step(nil), proc.Steps...)
			for i := range proc.Steps {
				if i < len(sc.Steps) {
					proc.Steps[i].Step = sc.Steps[i]
				} else { // the cleanup a run adds after the steps stands at the procedure
					proc.Steps[i].At = sc.At
				}
			}
			out.Procedures = append(out.Procedures, proc)
		}
	}
	return out
}

func byKey(r *results.Result) map[Key]results.Procedure {
	m := map[Key]results.Procedure{}
	if r != nil {
		for _, p := range r.Procedures {
			m[Key{p.Doc, p.Name}] = p
		}
	}
	return m
}
