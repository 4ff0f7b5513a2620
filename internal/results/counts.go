package results

// Counts are the numbers of procedures by verdict.
type Counts struct {
	Passed, Drifted, Broken, NotUnderstood, NotChecked, Skipped int
}

// Failed is how many procedures drifted or could not run.
func (c Counts) Failed() int { return c.Drifted + c.Broken }

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
	rank := map[Status]int{NotUnderstood: 1, Drifted: 2, Broken: 3}
	worst := Passed
	for _, p := range r.Procedures {
		st := p.Status
		if _, known := rank[st]; !known && st != Passed && st != Skipped && st != NotChecked {
			st = Broken // a verdict this build does not know cannot be called a pass
		}
		if rank[st] > rank[worst] {
			worst = st
		}
	}
	return worst
}
