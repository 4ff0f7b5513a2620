package steps

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/docdrift/docdrift/internal/browser"
	"github.com/docdrift/docdrift/internal/locate"
	"github.com/go-rod/rod"
)

// Mismatch is drift: the doc and the UI disagree. Any other step error is the environment's
// fault (a page that never loads, a browser that died), which runners report differently.
type Mismatch struct {
	Err       error
	Closest   []string // nearest real labels, best first
	Continued string   // the label the run carried on with, when it did
	Wanted    string   // the label the doc asked for, when a label was looked up
}

func (m *Mismatch) Error() string {
	if m.Continued != "" {
		return fmt.Sprintf("%v; carried on with %q", m.Err, m.Continued)
	}
	return m.Err.Error()
}

func (m *Mismatch) Unwrap() error { return m.Err }

// mismatch wraps a plain description of drift.
func mismatch(format string, args ...any) *Mismatch {
	return &Mismatch{Err: fmt.Errorf(format, args...)}
}

// lookedFor words a failed look-up as drift in the step's own terms ("no pop-up is showing"),
// but only when it failed as drift: a page that did not load whole, or a browser gone, is the
// environment's failure and stays one, whatever the step was looking for.
func lookedFor(err error, format string, args ...any) error {
	var m *Mismatch
	if !errors.As(err, &m) {
		return err
	}
	return mismatch(format, args...)
}

// find looks an element up like a reader. When the label drifted and exactly one real label
// is clearly the one meant, it records the drift and returns that element instead, if the run
// keeps going.
func (s *Scenario) find(ctx context.Context, q locate.Query) (*rod.Element, error) {
	q = s.cfg.configured(q)
	if r, ok := s.renamed[q.Name]; ok {
		q.Name = r
	}
	if r, ok := s.renamed[q.Row]; ok {
		q.Row = r
	}
	el, err := s.search(ctx, q)
	var nf *locate.NotFoundError
	for errors.As(err, &nf) && nf.Modal != "" && s.putAwayModal(ctx) {
		el, err = s.search(ctx, q)
	}
	if errors.As(err, &nf) && q.Row != "" && s.revealInRow(ctx, q.Row) {
		el, err = s.search(ctx, q)
	}
	var rowMenu string // what the row's own menu offers, opened for nothing
	if errors.As(err, &nf) {
		if found, offers, ok := s.inRowMenu(ctx, q); ok {
			el, err = found, nil
		} else {
			rowMenu = offers
		}
	}
	if errors.As(err, &nf) {
		if found, ok := s.inOpenList(ctx, q); ok {
			el, err = found, nil
		}
	}
	if errors.As(err, &nf) {
		if found, ok := s.namedWithKind(ctx, nf, q); ok {
			el, err = found, nil
		} else if found, ok := s.choiceNamed(ctx, q); ok {
			el, err = found, nil
		}
	}
	if errors.As(err, &nf) {
		// A reader who sees a near label takes it; one who sees nothing like it looks in the
		// account's menu.
		// (With a modal dialog open, nothing outside it is within reach: the dialog's
		// controls are all there is to look at.)
		if _, near := locate.Confident(nf.Candidates); !near && nf.Modal == "" {
			if found, ok := s.drawnOnly(ctx, q); ok {
				el, err = found, nil
			} else if found, ok := s.pictureUnder(ctx, q); ok {
				el, err = found, nil
			} else if found, ok := s.inAccountMenu(ctx, q); ok {
				el, err = found, nil
			}
		}
	}
	if err == nil {
		return el, nil
	}
	if !errors.As(err, &nf) {
		return nil, err
	}
	m := &Mismatch{Err: nf, Wanted: q.Name}
	if rowMenu != "" {
		m.Err = fmt.Errorf("%w; %s", nf, rowMenu)
	}
	for _, c := range nf.Candidates {
		m.Closest = append(m.Closest, c.Label())
	}
	best, ok := locate.Confident(nf.Candidates)
	if q.Icon != "" && len(nf.Candidates) == 1 {
		// Another icon sits exactly where the doc's should be: that is the control meant.
		best, ok = nf.Candidates[0], true
	}
	if ok && len(q.Roles) > 0 && q.Roles[0] == locate.Tab && !slices.Contains(best.Roles, locate.Tab) {
		// "Go to the **Advanced settings** tab" near only the main menu's Settings link: a tab
		// the page does not show is no link elsewhere, and following one leaves the page the
		// procedure goes on in (Strapi's edit dialog, its tabs not open).
		ok = false
	}
	if !s.cfg.KeepGoing || !ok || itemName(q.Name, s.subject, s.madeName) {
		// An item's name like the one wanted is another item: acting on it could change
		// what is not the run's.
		return nil, m
	}
	// The candidate was visible a moment ago: it is found again at once — among every control
	// the step would take of that name, so that of a menu's item just opened and a link under
	// it, the one a reader can reach is pressed.
	alt := q
	alt.Icon, alt.Name = "", best.Label()
	el, _, err = locate.Find(ctx, s.session.Page, alt)
	if err != nil {
		return nil, m
	}
	m.Continued = best.Label()
	s.record(m)
	return el, nil
}

// itemName reports a name that is the procedure's item's, or any item the run made.
func itemName(name, subject string, made func(string) bool) bool {
	return name != "" && (name == subject || made(name))
}

// inOpenList finds q, a control to press, among the options of a list that is open ("Select
// **Manage tags**" where the tags dropdown offers it as its last option): a reader presses
// what the open list shows, whatever the page calls it. A search for a field, or one already
// among options, is not widened so.
func (s *Scenario) inOpenList(ctx context.Context, q locate.Query) (*rod.Element, bool) {
	if q.Name == "" || q.Icon != "" || !pressable(q.Roles) || slices.Contains(q.Roles, locate.Option) {
		return nil, false
	}
	option := q
	option.Roles = []locate.Role{locate.Option}
	el, _, ok := s.glanceFor(ctx, option)
	return el, ok
}

// A reader who sees a clear near-match of a label gives up looking for the exact one after a
// short look on a page that keeps changing with nothing left to do (a ticking clock); one that
// has settled is decided at once, and one still loading, fetching or drawing — a slow machine
// — is waited for.
const shortLook = 2 * time.Second

// search finds q, deciding that it is absent as soon as the page has settled without it (see
// browser.Session.Settle): a drifted label costs about what a present one does. A page that
// never settles is searched for most of the step's time, leaving a quarter of it to carry on
// with a candidate, or for a short look when one near-match is clear and the page has nothing
// pending. A page that did not load is the environment's failure, not an absent label.
func (s *Scenario) search(ctx context.Context, q locate.Query) (*rod.Element, error) {
	el, err := s.look(ctx, q)
	var nl *browser.NotLoadedError
	if errors.As(err, &nl) && nl.Again && s.settle(ctx) == nil {
		// The page failed after the last step saw it settle (a form's redirect answered late,
		// on a loaded machine): loaded again as settling does, it is looked at again.
		el, err = s.look(ctx, q)
	}
	return el, err
}

// look is one search of the page (see search).
func (s *Scenario) look(ctx context.Context, q locate.Query) (*rod.Element, error) {
	budget := locate.DefaultTimeout
	if deadline, ok := ctx.Deadline(); ok {
		budget = time.Until(deadline) * 3 / 4
	}
	find := func(d time.Duration) (*rod.Element, error) {
		fctx, cancel := context.WithTimeout(ctx, d)
		defer cancel()
		el, _, err := locate.FindUntilSettled(fctx, s.session.Page, q, s.settled)
		if err != nil {
			return nil, err
		}
		return el.Context(ctx), nil // the element was bound to the shorter search context
	}
	el, err := find(min(budget, shortLook))
	var nf *locate.NotFoundError
	if errors.As(err, &nf) && errors.Is(nf.Err, context.DeadlineExceeded) && budget > shortLook {
		_, clear := locate.Confident(nf.Candidates)
		clear = clear || q.Icon != "" && len(nf.Candidates) == 1
		if !clear || s.session.Pending(ctx) != "" {
			el, err = find(budget - shortLook)
		}
	}
	if errors.As(err, &nf) {
		if notLoaded := s.session.NotLoaded(ctx); notLoaded != nil {
			return nil, notLoaded
		}
	}
	return el, err
}

// settled waits for the page to change after seen and reports whether it settled instead:
// the moment a search may say that what it looks for is not there.
func (s *Scenario) settled(ctx context.Context, seen int64) (bool, error) {
	c, err := s.session.WaitChange(ctx, seen)
	return c == browser.Settled, err
}

// record keeps a drift the run carried past; the step passes in godog's eyes but is reported
// as drifted, and the scenario fails at its end.
func (s *Scenario) record(m *Mismatch) {
	s.drifts = append(s.drifts, m)
	s.drifted = true
}

// configured applies the run's label aliases and icon synonyms to a query.
func (c *Config) configured(q locate.Query) locate.Query {
	if alias, ok := c.Aliases[q.Name]; ok && q.Name != "" {
		q.Name = alias
	}
	if q.Icon == locate.AccountIcon && c.Login.Username != "" {
		// The account's own control often shows who is signed in ("Howdy, admin").
		q.IconAlso = append(q.IconAlso, c.Login.Username)
	}
	if q.Icon != "" {
		for word, names := range c.Icons {
			if strings.Contains(strings.ToLower(q.Icon+" "+q.IconWord), strings.ToLower(word)) {
				q.IconAlso = append(q.IconAlso, names...)
			}
		}
	}
	return q
}
