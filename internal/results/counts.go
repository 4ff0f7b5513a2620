package results

import "fmt"

// Counts are the numbers of procedures by verdict.
type Counts struct {
	Passed, Drifted, Broken, NotUnderstood, NotChecked, Skipped int
}

// Failed is how many procedures drifted or could not run.
func (c Counts) Failed() int { return c.Drifted + c.Broken }

// String is the closing count scripts read: "2 passed, 1 failed, 0 skipped", with the
// procedures not understood and not checked here between, when there are any.
func (c Counts) String() string {
	s := fmt.Sprintf("%d passed, %d failed, ", c.Passed, c.Failed())
	if c.NotUnderstood > 0 {
		s += fmt.Sprintf("%d not understood, ", c.NotUnderstood)
	}
	if c.NotChecked > 0 {
		s += fmt.Sprintf("%d not checked here, ", c.NotChecked)
	}
	return s + fmt.Sprintf("%d skipped", c.Skipped)
}

// Count tallies the procedures' verdicts.
func (r *Result) Count() Counts {
	var c Counts
	for _, p := range r.Procedures {
		switch p.Status {
		case Passed:
			c.Passed++
		case Drifted:
			c.Drifted++
		case NotUnderstood:
			c.NotUnderstood++
		case NotChecked:
			c.NotChecked++
		case Skipped:
			c.Skipped++
		default:
			c.Broken++
		}
	}
	return c
}

// Worst is the verdict that decides a run's exit status: Broken (3: the environment failed)
// over Drifted (1: the docs drifted) over NotUnderstood (2: a step could not be read, after
// everything else ran) over Passed (0). Skipped and not-checked procedures pass.
func (r *Result) Worst() Status {
	worst := Passed
	for _, p := range r.Procedures {
		worst = Worse(worst, p.Status)
	}
	return worst
}

// Worse is the graver of two verdicts: Broken over Drifted over NotUnderstood over the
// verdicts that pass (a tie keeps a). A verdict this build does not know ranks as Broken:
// it cannot be called a pass.
func Worse(a, b Status) Status {
	if rank(b) > rank(a) {
		if rank(b) == rank(Broken) {
			return Broken
		}
		return b
	}
	return a
}

func rank(s Status) int {
	switch s {
	case Passed, Skipped, NotChecked:
		return 0
	case NotUnderstood:
		return 1
	case Drifted:
		return 2
	}
	return 3
}
