package steps

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
)

// StillListed names items a list still shows after cleanup: Names, whose deletion went
// through though the product did not honour it (Strapi's default locale), and Own, rows of
// the account the run signs in as, never deleted. Each fails only the scenario that made it.
type StillListed struct{ Names, Own []string }

func (e *StillListed) Error() string {
	var parts []string
	if len(e.Names) > 0 {
		parts = append(parts, strings.Join(e.Names, ", ")+" still listed after deleting")
	}
	if len(e.Own) > 0 {
		parts = append(parts, strings.Join(e.Own, ", ")+" is the account the run signs in as: not deleted")
	}
	return strings.Join(parts, "; ")
}

// of is what of e concerns one scenario's names, or nil.
func (e *StillListed) of(names []string) error {
	in := func(n string) bool { return !slices.Contains(names, n) }
	return (&StillListed{
		Names: slices.DeleteFunc(slices.Clone(e.Names), in),
		Own:   slices.DeleteFunc(slices.Clone(e.Own), in),
	}).orNil()
}

func (e *StillListed) orNil() error {
	if len(e.Names) == 0 && len(e.Own) == 0 {
		return nil
	}
	return e
}

// NotDeleted names what a cleanup cannot say is gone: Failed, items a list showed whose
// deletion went wrong, each with why; and Unread, names no list showed while some list, or
// the product's sign-in, could not be read (Unreadable says why) — any of them may be on
// that list. Names a list showed and deleted are in neither: one list that could not be read
// (a Strapi list cut off mid-load) does not fail the scenarios whose items another list
// showed and deleted.
type NotDeleted struct {
	Failed     map[string]error
	Unread     []string
	Unreadable error
}

func (e *NotDeleted) Error() string {
	var parts []string
	for _, n := range slices.Sorted(maps.Keys(e.Failed)) {
		parts = append(parts, fmt.Sprintf("delete %s: %v", n, e.Failed[n]))
	}
	if len(e.Unread) > 0 {
		parts = append(parts, fmt.Sprintf("%s may still be on the product: %v", strings.Join(e.Unread, ", "), e.Unreadable))
	}
	return strings.Join(parts, "; ")
}

func (e *NotDeleted) Unwrap() []error {
	errs := slices.Collect(maps.Values(e.Failed))
	if len(e.Unread) > 0 {
		errs = append(errs, e.Unreadable)
	}
	return errs
}

// of is what of e concerns one scenario's names, or nil: the failed deletion of any of
// them; or, when no list showed any of them, the lists that could not be read. A scenario
// one of whose names a list showed made that item — its other names were its fields
// (a description) — and the item is accounted for.
func (e *NotDeleted) of(names []string) error {
	of := &NotDeleted{Failed: map[string]error{}, Unreadable: e.Unreadable}
	for _, n := range names {
		if err, ok := e.Failed[n]; ok {
			of.Failed[n] = err
		}
	}
	if len(names) > 0 && !slices.ContainsFunc(names, func(n string) bool { return !slices.Contains(e.Unread, n) }) {
		of.Unread = names
	}
	return of.orNil()
}

func (e *NotDeleted) orNil() error {
	if len(e.Failed) == 0 && len(e.Unread) == 0 {
		return nil
	}
	return e
}

// Concerning is what of Delete's error concerns one scenario's names, or nil: its items the
// product kept, its deletions that failed, a list that could not be read and may show what
// it made — or, from a target that says nothing of which names failed, all of err. Names no
// list showed (*NotListed) are no failure of cleanup: they are said apart.
func Concerning(err error, names []string) error {
	var sl *StillListed
	var nd *NotDeleted
	var nl *NotListed
	stuck, notDeleted, unlisted := errors.As(err, &sl), errors.As(err, &nd), errors.As(err, &nl)
	if !stuck && !notDeleted && !unlisted {
		return err
	}
	var why []error
	if stuck {
		why = append(why, sl.of(names))
	}
	if notDeleted {
		why = append(why, nd.of(names))
	}
	return errors.Join(why...)
}

// clearing is what deleting a cleanup's names through a product's lists came to, noted
// list by list and row by row so that one failure is charged to the names it concerns.
type clearing struct {
	names      []string // to delete
	listed     []string // of names, those some list showed
	stuck      StillListed
	failed     map[string]error
	unreadable []error // lists, sign-ins or APIs that could not be read
	// strays, when set, is the sweep done in the same visit of each list: the items a list
	// shows whose names start with prefix, not among the names it was visited for — what
	// failed cleanups and killed runs left — noted in its listed, stuck and failed.
	strays *clearing
	prefix string
}

// strayed notes and answers the items of list the sweep removes: named with its prefix, and
// not among names, the ones the list is visited for. None without a sweep.
func (c *clearing) strayed(list, names []string) []string {
	if c.strays == nil {
		return nil
	}
	var these []string
	for _, n := range list {
		if HasRunPrefix(n, c.prefix) && !contains(names, n) {
			these = append(these, n)
		}
	}
	c.strays.listed = append(c.strays.listed, these...)
	return these
}

// sweepErr is what kept the sweep from being whole: lists it could not read, strays it could
// not delete.
func (c *clearing) sweepErr() error {
	if c.strays == nil {
		return nil
	}
	errs := []error{c.strays.err(false)}
	for _, err := range c.strays.unreadable {
		errs = append(errs, fmt.Errorf("list them: %w", err))
	}
	return errors.Join(errs...)
}

// swept are the strays deleted.
func (c *clearing) swept() []string {
	if c.strays == nil {
		return nil
	}
	return slices.DeleteFunc(slices.Clone(c.strays.listed), func(n string) bool {
		_, failed := c.strays.failed[n]
		return failed || contains(c.strays.stuck.Names, n) || contains(c.strays.stuck.Own, n)
	})
}

// shown notes which of names — those of the cleanup's a list may show — it shows, and
// answers them.
func (c *clearing) shown(list, names []string) []string {
	var these []string
	for _, n := range names {
		if contains(list, n) {
			these = append(these, n)
		}
	}
	c.listed = append(c.listed, these...)
	return these
}

// row notes how deleting a listed item went.
func (c *clearing) row(name string, err error) {
	switch {
	case err == nil:
	case errors.As(err, new(*StillListed)):
		c.stuck.Names = append(c.stuck.Names, name)
	default:
		if c.failed == nil {
			c.failed = map[string]error{}
		}
		c.failed[name] = err
	}
}

// unread notes a list, sign-in or API that could not be read: the sweep could not read it
// either.
func (c *clearing) unread(err error) {
	c.unreadable = append(c.unreadable, err)
	if c.strays != nil {
		c.strays.unread(err)
	}
}

// err says what came of it. With lists that show every kept kind (listsAll), names no list
// showed are said too (*NotListed): their items, if any, are of a kind nothing keeps.
func (c *clearing) err(listsAll bool) error {
	nd := &NotDeleted{Failed: c.failed}
	unlisted := slices.DeleteFunc(slices.Clone(c.names), func(n string) bool { return slices.Contains(c.listed, n) })
	if len(c.unreadable) > 0 {
		nd.Unread, nd.Unreadable = unlisted, errors.Join(c.unreadable...)
	}
	errs := []error{c.stuck.orNil(), nd.orNil()}
	if listsAll && len(c.unreadable) == 0 && len(unlisted) > 0 {
		errs = append(errs, &NotListed{Names: unlisted})
	}
	return errors.Join(errs...)
}
