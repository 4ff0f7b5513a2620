package steps

// Unmet is what a procedure needs that the run cannot give it: an item to act on that
// nothing makes, or one the doc's own making procedure did not get through making. The
// procedure could not run — never drift: a drift on the way is the making procedure's to
// report at its own lines — and running it again changes nothing, so --retries leaves it
// (results.Lacking).
type Unmet struct{ msg string }

func (e *Unmet) Error() string { return e.msg }

// Lacking marks it as what the run lacked, for the results.
func (e *Unmet) Lacking() {}

// lacksItem is the Unmet of a step that acts on the procedure's item when there is none
// (noItem): a making procedure done first that stops on it may be given its own item.
type lacksItem struct{ *Unmet }

func (e lacksItem) Unwrap() error { return e.Unmet }
