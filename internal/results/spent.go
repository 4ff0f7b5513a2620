package results

import "time"

// Spent is where a run's time went besides reading the docs and starting the browser, each
// part summed over the run's workers and retries: with --concurrency the parts add up to more
// than the run took. Steps include signing in when a step did it (SignIn says how much).
type Spent struct {
	Steps time.Duration // performing the procedures' steps
	// SignIn is signing in, or restoring the run's saved session, and opening the page
	// procedures begin on: a new browser context loads the product afresh each time.
	SignIn        time.Duration
	Screenshots   time.Duration // capturing and masking pictures of steps
	Sessions      time.Duration // lending each procedure a browser session and taking it back
	Preconditions time.Duration // making the items procedures act on
	Cleanup       time.Duration // deleting what procedures made, in batches
	// Sweep is the end of each pass: the last batch's cleanup and the sweep for what
	// outlived its procedure.
	Sweep time.Duration
}

// Add adds o's parts to s's.
func (s *Spent) Add(o Spent) {
	s.Steps += o.Steps
	s.SignIn += o.SignIn
	s.Screenshots += o.Screenshots
	s.Sessions += o.Sessions
	s.Preconditions += o.Preconditions
	s.Cleanup += o.Cleanup
	s.Sweep += o.Sweep
}
