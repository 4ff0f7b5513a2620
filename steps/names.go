package steps

import (
	"fmt"
	"strings"
)

// The names a run gives what it creates: docdrift-<run id>-<n>, so cleanup and sweeps find
// them and a person who meets one knows where it came from; dd-<run id>-<n> in a field too
// short for that (n8n's tag names take 24 characters).
const (
	namePrefix  = "docdrift-"
	shortPrefix = "dd-"
)

// RunPrefix starts every name a run with this ID hands out (in full; see HasRunPrefix).
func RunPrefix(runID string) string { return namePrefix + runID + "-" }

// HasRunPrefix reports a name handed out under prefix (RunPrefix's), in full or short.
func HasRunPrefix(name, prefix string) bool {
	if strings.HasPrefix(name, prefix) {
		return true
	}
	rest, ok := strings.CutPrefix(prefix, namePrefix)
	return ok && strings.HasPrefix(name, shortPrefix+rest)
}

// newName hands out a run-scoped name, so cleanup and sweeps can find what a run created.
func (s *Scenario) newName() string {
	n := s.names + 1
	if s.cfg.Serial != nil {
		n = s.cfg.Serial()
	}
	s.names = n
	return fmt.Sprintf("%s%d", RunPrefix(s.cfg.RunID), n)
}

// madeName reports a name newName handed out in this run.
func (s *Scenario) madeName(v string) bool {
	return s.cfg.RunID != "" && HasRunPrefix(v, RunPrefix(s.cfg.RunID))
}

// fitName is name as a field that takes at most max characters (max ≤ 0: no limit) can hold
// it: in full, else short; false when even the short form is too long — typed, it would be
// cut to a name no cleanup finds.
func fitName(name string, max int) (string, bool) {
	if max <= 0 || len(name) <= max {
		return name, true
	}
	short := shortPrefix + strings.TrimPrefix(name, namePrefix)
	return short, len(short) <= max
}
