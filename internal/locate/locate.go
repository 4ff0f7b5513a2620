// Package locate finds elements the way a reader of a how-to does: by role and visible name
// or label — exactly as written first, then forgiving case and spacing — by an icon described
// in words, by table row and column, and never by one build's CSS classes. When nothing
// matches it says what is there instead, so a docs writer can fix the doc.
package locate

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/go-rod/rod"
)

// DefaultTimeout bounds a search whose context has no deadline.
const DefaultTimeout = 10 * time.Second

// Query describes an element as a doc does.
type Query struct {
	Roles []Role // any of these; Clickable when empty
	Name  string // accessible name, label, visible text or placeholder; "" matches any
	Icon  string // instead of Name: an icon described in words ("gears", "trash can")
	// IconAlso are more names the described icon may go by on this product (configured icon
	// synonyms), besides the built-in ones.
	IconAlso []string
	// IconWord is the word the doc calls the icon's control by besides its picture ("delete"
	// in "the delete button <x>"): a control answering to the word is meant before one that
	// only shows the picture, and one answering to both before either.
	IconWord string

	// Described means Name is a writer's unmarked words ("Click on Regenerate recovery codes",
	// "Create the policy"): a visible name whose words the phrase holds answers too, the one
	// sharing most words first; for fields, also a label holding two or more of the
	// phrase's words and all of them ("application name" → "New Application Password Name").
	Described bool

	Row    string // only inside the table row with a cell reading this (the scenario's subject)
	Column string // only inside the table column with this header
	// Section is the section the doc names ("Under **Danger Zone**", "in the **Tokens**
	// panel"): of several matches, the one in it is meant. It never rules a match out —
	// where a section ends is the page's layout, which a search can only guess.
	Section string
	// Place is where the doc puts the control ("on the right side", "in the upper right
	// corner"): of several matches, one there is meant. Like Section, it never rules a match
	// out; whether the one taken is there is the caller's to check (Where).
	Place Position
	// Kind is the roles the doc's word for the control asks for, best first ("the settings
	// button": a button, then a link): of several matches, one of the first is meant. Like
	// Section, it never rules a match out; Roles does. FindUntilSettled takes a match of
	// another kind only once the page is still.
	Kind []Role

	// Unchosen takes only controls not already checked, pressed or selected, nor disabled:
	// the reader's own pick among options, where the one chosen already is no pick.
	Unchosen bool
	// Unnamed takes only controls with no name, text or title: drawn only as a picture.
	Unnamed bool
	// InSection makes Section rule matches out: only a match that sits under the section's
	// own title (the nearest heading before it, inside the smallest box that holds the
	// title) is taken, and only when it is the one such match.
	InSection bool
	// NeedsSection makes a page that does not show Section at all (no element bears its
	// name) answer nothing: an icon is told from the page's others only by where it is.
	NeedsSection bool

	Within      *rod.Element // only inside this element (a dialog, a form section)
	WithinLabel string       // how messages call Within: `the "API Credentials" dialog`
}

func (q Query) roles() []Role {
	if len(q.Roles) == 0 {
		return Clickable
	}
	return q.Roles
}

// kind is the roles to prefer among equally good matches: the doc's word for the control, or
// else the roles it asks for.
func (q Query) kind() []Role {
	if len(q.Kind) > 0 {
		return q.Kind
	}
	return q.Roles
}

// Match is the chosen element as the reader saw it.
type Match struct {
	Candidate
	Tier   Tier // Exact or Folded
	Others int  // further elements that matched as well; the first in page order wins
	Title  string
}

// Find waits until a visible element answers q and returns it, or returns *NotFoundError
// when ctx ends (DefaultTimeout if ctx has no deadline). Each attempt is one round-trip that
// lists every visible candidate; between attempts it waits for the page's DOM to change. The
// element is bound to ctx.
func Find(ctx context.Context, page *rod.Page, q Query) (*rod.Element, Match, error) {
	return FindUntilSettled(ctx, page, q, nil)
}

// Settled waits until the page's DOM differs from a look that saw seen mutations (the page
// tracker's count), and reports settled when instead the page stopped changing with nothing
// pending: then what a search wants is absent, not late.
type Settled func(ctx context.Context, seen int64) (settled bool, err error)

// ErrSettled is why a search that watched the page settle ended without a match.
var ErrSettled = errors.New("the page settled without it")

// ErrRedrawn says an element found earlier is no longer in the page: the page drew it anew
// since (a single-page app re-rendering). A search limited to such an element (Query.Within)
// ends at once with it, and so does measuring one: it is the page's redraw, never an absent
// label, so no *NotFoundError carries it.
var ErrRedrawn = errors.New("the page drew it anew since it was found")

// FindUntilSettled is Find that also ends, with a *NotFoundError wrapping ErrSettled, as soon
// as settled says the page has stopped changing without showing a match. A nil settled
// waits for ctx alone, like Find.
func FindUntilSettled(ctx context.Context, page *rod.Page, q Query, settled Settled) (*rod.Element, Match, error) {
	bound := ctx
	if _, ok := ctx.Deadline(); !ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, DefaultTimeout)
		defer cancel()
	}
	start := time.Now()
	var last *snapshot
	var lastErr error
	var seen Match // what the last look matched but could not take hold of
	for {
		snap, err := collect(ctx, page, q.Within, q.roles(), q.Row != "")
		if errors.Is(err, ErrRedrawn) {
			where := q.WithinLabel
			if where == "" {
				where = "the element given"
			}
			return nil, Match{}, fmt.Errorf("find %s in %s: %w", RolePhrase(q.roles()), where, err)
		}
		if err == nil {
			last, lastErr, seen = snap, nil, Match{}
			m, ties, ok := choose(snap, q)
			if ok && q.InSection {
				m, ok = underSection(ctx, page, snap, m, ties, q.Section)
			} else if ok {
				m, ties = atPlace(snap, m, ties, q.Place)
				m = preferred(ctx, page, snap, m, ties, q.Section, q.kind())
			}
			if ok && q.NeedsSection && q.Section != "" && !sectionShown(ctx, page, q.Section) {
				ok = false
			}
			if ok && settled != nil && len(q.Kind) > 0 && !hasRole(m.Roles, q.Kind[:1]) {
				// A control of another kind than the doc's word is taken only once the page is
				// still: the one the doc means may be drawn a moment later (a list's own
				// settings button after the sidebar's Settings link, on a loaded machine).
				if done, err := settled(ctx, snap.Mutations); err == nil && !done {
					continue
				}
			}
			if ok {
				el, err := snap.element(ctx, page, m.index)
				if err == nil {
					return el.Context(bound), m, nil
				}
				lastErr, seen = err, m
			}
		} else {
			lastErr = err
		}
		if settled != nil && lastErr == nil && snap.Mutations >= 0 {
			done, err := settled(ctx, snap.Mutations)
			switch {
			case err != nil:
				return nil, Match{}, notFound(q, last, lastErr, time.Since(start), err)
			case done:
				return nil, Match{}, notFound(q, last, lastErr, time.Since(start), ErrSettled)
			}
			continue
		}
		if err := waitForChange(ctx, page, lastErr); err != nil {
			if seen.Tier != NoMatch {
				// It was there: a page too slow to hand it over is no absent label.
				return nil, Match{}, fmt.Errorf("find %s %q: it is on the page, but the page did not hand it over (%v): %w",
					RolePhrase(q.roles()), seen.Label(), lastErr, err)
			}
			return nil, Match{}, notFound(q, last, lastErr, time.Since(start), err)
		}
	}
}

// FindIcon finds the element showing an icon described in words, within scope's row,
// column and element.
func FindIcon(ctx context.Context, page *rod.Page, icon string, scope Query) (*rod.Element, Match, error) {
	scope.Icon, scope.Name = icon, ""
	return Find(ctx, page, scope)
}

// choose picks the first candidate at the best tier; ties are the others as good, in page order.
func choose(s *snapshot, q Query) (best Match, ties []Candidate, ok bool) {
	// rank orders the candidates of one tier: for a description, how many of its words a name
	// holds; for an icon, whether the control answers to the doc's word for it, shows its
	// picture, or both.
	bestRank := 0
	fieldsOnly := onlyRoles(q.roles(), Textbox, Combobox)
	for _, c := range inScope(s.Candidates, q) {
		if !hasRole(c.Roles, q.roles()) || q.Unchosen && (c.Checked || c.Disabled) || q.Unnamed && c.Name+c.Text+c.Title != "" {
			continue
		}
		tier, rank := Exact, 0
		switch {
		case q.Icon != "":
			if rank = iconRank(c, q); rank == 0 {
				tier = NoMatch
			}
		case q.Name != "":
			tier = matchName(c.names(), q.Name)
		}
		if tier == NoMatch && q.Described {
			for _, n := range c.names() {
				rank = max(rank, describedBy(n, q.Name))
				if fieldsOnly {
					rank = max(rank, shortenedTo(n, q.Name))
				}
			}
			if rank > 0 {
				tier = Described
			}
		}
		switch {
		case tier == NoMatch || tier < best.Tier:
		case tier > best.Tier, rank > bestRank:
			best, bestRank, ties = Match{Candidate: c, Tier: tier, Title: s.Title}, rank, nil
		default:
			best.Others++
			if rank == bestRank {
				ties = append(ties, c)
			}
		}
	}
	return best, ties, best.Tier != NoMatch
}

// notFound builds the error from the last snapshot the page gave.
func notFound(q Query, s *snapshot, lastErr error, waited time.Duration, why error) error {
	if s == nil {
		if lastErr != nil && !errors.Is(lastErr, why) {
			return fmt.Errorf("find %s: page did not answer (%v): %w", RolePhrase(q.roles()), lastErr, why)
		}
		return fmt.Errorf("find %s: page did not answer: %w", RolePhrase(q.roles()), why)
	}
	e := &NotFoundError{Query: q, Title: s.Title, URL: s.URL, Waited: waited, Err: why, Modal: dialogPhrase(s.Modal)}
	scoped := inScope(s.Candidates, q)
	switch {
	case q.Icon != "" && (q.Row != "" || q.Column != ""):
		e.Candidates = distinct(scoped, maxSuggestions, func(Candidate) bool { return true })
	case q.Icon != "":
		e.Candidates = distinct(scoped, maxSuggestions, func(c Candidate) bool { return len(c.Icons) > 0 })
	case q.Name != "":
		e.Candidates = closest(scoped, q.Name)
		if len(e.Candidates) == 0 && e.Modal != "" {
			// A dialog's controls are few, and the one meant may come last ("Finish").
			e.Offered = distinct(scoped, maxOffered, func(c Candidate) bool { return hasRole(c.Roles, q.roles()) && c.Label() != "" })
		}
	}
	return e
}

// maxOffered bounds the controls a dialog is said to offer.
const maxOffered = 8

// distinct keeps the first limit candidates that pass keep, one per role and label: a column
// of identical "More actions" buttons is one suggestion.
func distinct(cands []Candidate, limit int, keep func(Candidate) bool) []Candidate {
	var out []Candidate
	seen := map[string]bool{}
	for _, c := range cands {
		key := string(c.Role()) + "\x00" + fold(c.Label())
		if !keep(c) || seen[key] {
			continue
		}
		seen[key] = true
		if out = append(out, c); len(out) == limit {
			break
		}
	}
	return out
}
