package results

import "errors"

// Lacking is a step's error when the run could not give its procedure what it needs — an
// item to act on, which nothing makes or the doc's own making procedure did not get through
// making. The procedure could not run, but not for the browser's or the product's sake, and
// running it again changes nothing.
type Lacking interface {
	error
	Lacking()
}

// Lacks reports a procedure that could not run for want of what the run could not give it.
func (p Procedure) Lacks() bool {
	if p.Status != Broken {
		return false
	}
	for _, s := range p.Steps {
		var l Lacking
		if s.Status == Broken && errors.As(s.Err, &l) {
			return true
		}
	}
	return false
}
