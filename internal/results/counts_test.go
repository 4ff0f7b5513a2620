package results

import "testing"

func TestWorstDecidesTheExitStatus(t *testing.T) {
	tests := []struct {
		name     string
		statuses []Status
		want     Status
	}{
		{"nothing ran", nil, Passed},
		{"passes, skips and surfaces elsewhere pass", []Status{Passed, Skipped, NotChecked}, Passed},
		{"a step not understood", []Status{Passed, NotUnderstood, Skipped}, NotUnderstood},
		{"drift over not understood", []Status{NotUnderstood, Drifted, Passed}, Drifted},
		{"a broken environment over everything", []Status{Drifted, Broken, NotUnderstood}, Broken},
		{"an unknown verdict is no pass", []Status{Passed, "exploded"}, Broken},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := &Result{}
			for _, s := range tt.statuses {
				res.Procedures = append(res.Procedures, Procedure{Status: s})
			}
			if got := res.Worst(); got != tt.want {
				t.Errorf("Worst() = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestCount(t *testing.T) {
	res := &Result{}
	for _, s := range []Status{Passed, Passed, Drifted, Broken, NotUnderstood, NotChecked, NotChecked, Skipped} {
		res.Procedures = append(res.Procedures, Procedure{Status: s})
	}
	want := Counts{Passed: 2, Drifted: 1, Broken: 1, NotUnderstood: 1, NotChecked: 2, Skipped: 1}
	if got := res.Count(); got != want || got.Failed() != 2 {
		t.Errorf("Count() = %+v (failed %d), want %+v", got, got.Failed(), want)
	}
	if got, want := res.Count().String(), "2 passed, 2 failed, 1 not understood, 2 not checked here, 1 skipped"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	// Without the new verdicts the line scripts read stays as it always was.
	if got, want := (Counts{Passed: 1, Broken: 2, Skipped: 3}).String(), "1 passed, 2 failed, 3 skipped"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}

func TestClosest(t *testing.T) {
	s := Step{Status: Drifted, Drift: &Drift{Closest: []string{"API Accounts", `Say "hi"`}}}
	if got, want := s.Closest(), `"API Accounts", "Say \"hi\""`; got != want {
		t.Errorf("Closest() = %s, want %s", got, want)
	}
	if (Step{Status: Broken}).Closest() != "" || (Step{}).Continued() {
		t.Error("a step without drift has closest labels or carried on")
	}
}
