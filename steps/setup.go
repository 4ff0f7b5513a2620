package steps

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/cucumber/godog"
	"github.com/docdrift/docdrift/internal/locate"
	"github.com/docdrift/docdrift/internal/understand"
)

// makeAsDocSays makes the item a procedure acts on as its doc says to, when no subject of the
// product's profile makes one: it performs the doc's own procedure that makes one (maker,
// "Creating an API token"), in this procedure's session, and takes the first name it typed as
// the item's. A reader who opens "Regenerating an API token" has made one that way; a run
// with no profile of the product needs nothing more to act on it. A maker carried past its
// drifts to its end ("Add new folder", now "New > New folder") made the item as a reader
// would, so the procedure is still checked; its drifts are the maker's to report.
func (s *Scenario) makeAsDocSays(ctx context.Context, maker *godog.Scenario) error {
	made, picked, past, err := s.makeLikeDoc(ctx, maker)
	if err != nil {
		return err
	}
	known := ""
	if picked {
		// A tax region, made by choosing its country: known by what was chosen.
		s.pickedItem, s.pickedFirst = made[0], true
		known = ", known by the option it chose"
	} else {
		s.setUp = append(s.setUp, made...)
	}
	s.subject, s.kind, s.itemAt = made[0], nil, ""
	s.madeAs = understand.HeadingObject(maker.Name)
	note := fmt.Sprintf("made %s to act on as %q does, first%s: no profile of the product makes one", s.subject, maker.Name, known)
	if past != nil {
		s.madePast = maker.Name
		note += fmt.Sprintf(", carried past its drifts (%q reports them)", maker.Name)
	}
	s.notes = append(s.notes, note)
	return s.beginAgain(ctx, "making the item")
}

// makeLikeDoc performs maker, a doc's procedure that makes an item, to its end, and says what
// it made: the names it typed, first the item's; or, when it typed none, the option it chose
// (picked), by which the item is known. A maker that stopped for want of an item of its own
// to act in gets one (makeMakersOwn) and runs again. An Unmet says the item was not made.
func (s *Scenario) makeLikeDoc(ctx context.Context, maker *godog.Scenario) (made []string, picked bool, past *Mismatch, err error) {
	if err := s.makeMakersItem(ctx, maker); err != nil {
		return nil, false, nil, err
	}
	var first, firstPick int
	makeOnce := func() {
		first, firstPick = len(s.created), len(s.picks)
		s.making, s.makingFrom = true, first
		past, err = s.performToEnd(ctx, maker)
		s.making = false
	}
	if makeOnce(); errors.As(err, new(lacksItem)) && s.makeMakersOwn(ctx, maker) {
		makeOnce() // on the maker's own item, made first
	}
	if err != nil {
		var drift *Mismatch
		var unmet *Unmet
		if errors.As(err, &drift) || errors.As(err, &unmet) {
			// The maker's own verdict says it; here it only means there is no item.
			return nil, false, nil, &Unmet{fmt.Sprintf("make the item as %q does: %v", maker.Name, err)}
		}
		return nil, false, nil, fmt.Errorf("make the item as %q does: %w", maker.Name, err)
	}
	switch {
	case len(s.created) > first:
		return slices.Clone(s.created[first:]), false, past, nil
	case len(s.picks) > firstPick:
		return []string{s.picks[firstPick]}, true, past, nil
	}
	return nil, false, nil, &Unmet{fmt.Sprintf("make the item as %q does: it typed no name and chose no option, so the item it made cannot be told apart", maker.Name)}
}

// notMadePast is err, or Unmet when err is that the procedure's item is nowhere to be found
// and its maker was carried past a drift to make it: the label carried on with may have done
// something else, and then the item was never made, which is no drift of this procedure's.
func (s *Scenario) notMadePast(ctx context.Context, err error) error {
	if s.madePast == "" || !s.itemNowhere(ctx, err) {
		return err
	}
	return &Unmet{fmt.Sprintf("no %s to act on: %q was carried past its drifts to make it, and may not have: %v", s.subject, s.madePast, err)}
}

// makeMakersItem makes, through the product's profile, the item the maker itself acts in when
// it needs one: "Adding a label to an API token" begins "In your API token, …", so a label is
// made in a token made for it (removed with the scenario's other items). The procedure's own
// item is the one the maker makes, not this one.
func (s *Scenario) makeMakersItem(ctx context.Context, maker *godog.Scenario) error {
	if !needsSubject(maker) {
		return nil
	}
	kind := s.cfg.subjectOf(maker)
	if kind == nil || kind.Keeper == nil {
		return nil // the maker acts on what the product has, as it would on its own
	}
	if err := s.ensure(ctx, kind); err != nil {
		return fmt.Errorf("make the item as %q does: %w", maker.Name, err)
	}
	return nil
}

// makeMakersOwn makes, as the doc makes one, the item a maker acts in when it stopped for
// want of one and no profile makes it: "Create Sublevel Tax Region" goes to a tax region's
// page, so a tax region is made first, as "Create Tax Region" says. One level only: the
// maker's maker is given nothing of its own. It reports whether the item was made; the maker
// then acts on it.
func (s *Scenario) makeMakersOwn(ctx context.Context, maker *godog.Scenario) bool {
	if s.makingMakers || s.cfg.Setup == nil {
		return false
	}
	own := s.cfg.Setup(maker)
	if own == nil || own.Name == maker.Name || s.pickle != nil && own.Name == s.pickle.Name {
		return false
	}
	s.makingMakers = true
	defer func() { s.makingMakers = false }()
	if err := s.beginAgain(ctx, fmt.Sprintf("%q", maker.Name)); err != nil {
		return false
	}
	setUp := len(s.setUp)
	if err := s.makeAsDocSays(ctx, own); err != nil {
		return false
	}
	// Not the procedure's item: left whatever it deletes (Made.Aside).
	if s.pickedItem != "" {
		s.aside = append(s.aside, aside{names: []string{s.pickedItem}, picked: true, maker: own})
		s.pickedItem, s.pickedFirst = "", false
	} else {
		s.aside = append(s.aside, aside{names: slices.Clone(s.setUp[setUp:]), maker: own})
	}
	s.setUp = s.setUp[:setUp]
	return true
}

// beginAgain opens the start page after a procedure done before this one's steps (after what
// says which): the procedure proper begins where a reader begins a task, not on the page the
// other ended at — a form's dialog may still be open there, and a way's first label
// ("Settings → Return Reasons") may name something else inside the pages it leads to.
func (s *Scenario) beginAgain(ctx context.Context, after string) error {
	ctx, cancel := s.step(ctx)
	defer cancel()
	if err := s.open(ctx, s.cfg.start()); err != nil {
		return fmt.Errorf("open the product again after %s: %w", after, err)
	}
	return nil
}

// itemOfKind is the procedure's item when a step's words for the item it acts on ("the sales
// channel you want to remove") call it by its kind; "" when they name another kind — a
// publishable key's sales channels are not the key — or there is no item.
func (s *Scenario) itemOfKind(item string) string {
	if kind := s.madeKind(); item != "" && kind != "" && !understand.CallsItem(kind, item) {
		return ""
	}
	return s.subject
}

// madeKind is the kind the procedure's item was made as: its subject's, when the run made it
// through the profile, else the one the doc's own making procedure made; "" for neither.
func (s *Scenario) madeKind() string {
	if s.kind != nil {
		return s.kind.Name
	}
	return s.madeAs
}

// doFirst performs, on the procedure's item, a procedure of the doc that comes first — the
// one its intro says ("You can only delete a secret API key after [revoking it](#revoke-…)"),
// or the one that adds what it removes — as a reader does before starting, for purpose, and
// notes it; the procedure proper then begins at the start — again — or, after the part
// numbered before its own, where that part ended.
func (s *Scenario) doFirst(ctx context.Context, first *godog.Scenario, again bool, purpose, note string) error {
	if err := s.before(ctx, first, purpose, note); err != nil || !again {
		return err
	}
	return s.beginAgain(ctx, fmt.Sprintf("%q", first.Name))
}

// beginOn opens, as the doc's procedure opener says, the page of the procedure's item where
// the procedure begins without saying so. A drift carried past on the way ("Location &
// Shipping", now "Locations & Shipping") is the opener's to report: a reader carries on too,
// and the procedure's own first step shows whether the page it reached is the one meant.
func (s *Scenario) beginOn(ctx context.Context, opener *godog.Scenario) error {
	const purpose = "open the page the procedure begins on"
	past, err := s.performToEnd(ctx, opener)
	if err != nil {
		return &Unmet{fmt.Sprintf("%s, as %q says: %v", purpose, opener.Name, err)}
	}
	note := fmt.Sprintf("began on the page %q opens: the heading names a part of its item and the first step does not say where", opener.Name)
	if past != nil {
		note += fmt.Sprintf("; carried past its drifts (%q reports them)", opener.Name)
	}
	s.notes = append(s.notes, note)
	return nil
}

// keepItem gives the procedure back its item after proc, done for it, made one of its own:
// "Create a new Application Password" then "Revoke the old Application Password", "2. Create
// Service Zone" before "3. Create Shipping Options" on a location. What proc made is cleaned
// up with the run's other items.
func (s *Scenario) keepItem(item string, proc *godog.Scenario) {
	if item != "" && understand.HeadingMakes(proc.Name) {
		s.subject = item
	}
}

// before performs another procedure of the doc before this one's steps, on its item, for
// what purpose says, and notes it (note, with that procedure's name). Where that procedure
// fails, this one could not run: its verdict is that procedure's; a drift it was carried
// past is its own to report.
func (s *Scenario) before(ctx context.Context, proc *godog.Scenario, purpose, note string) error {
	item, typed := s.subject, len(s.created)
	past, err := s.performToEnd(ctx, proc)
	if err != nil {
		return &Unmet{fmt.Sprintf("%s, as %q says: %v", purpose, proc.Name, err)}
	}
	s.keepItem(item, proc)
	// What it typed was made first, however the procedure goes on: "### 2. Summary Step"
	// saved the token whose name "### 1. Details Step" typed.
	s.setUp = append(s.setUp, s.created[typed:]...)
	if understand.HeadingMakes(proc.Name) && len(s.created) > typed {
		s.madeBefore = append(s.madeBefore, madeItem{kind: understand.Kind(understand.HeadingObject(proc.Name)), name: s.created[typed], by: proc.Name})
	}
	note = fmt.Sprintf(note, proc.Name)
	if past != nil {
		// "Go to Settings → Locations" on the way, now "Locations & Shipping": a reader carries
		// on; that procedure's own run reports the drift.
		note += fmt.Sprintf("; carried past its drifts (%q reports them)", proc.Name)
	}
	s.notes = append(s.notes, note)
	return nil
}

// removeAsDocSays removes the item the procedure made (the first name it typed), or made
// first as its doc makes one, as its doc says to remove one (remover, "Deleting an API
// token"), when no subject of the product's profile removes it — unless the procedure itself
// deletes its item (deletesOwn), or the doc's way picks no item of a list. It reports
// whether the item is gone; one that is not stays in the procedure's names, which the run's
// closing warning says are left on the product.
func (s *Scenario) removeAsDocSays(ctx context.Context, sc *godog.Scenario) bool {
	if len(s.created) == 0 && s.pickedItem == "" || s.session == nil || s.cfg.Teardown == nil || deletesOwn(sc) {
		return false
	}
	if kind := s.cfg.subjectOf(sc); kind != nil && kind.Keeper != nil {
		return false
	}
	remover := s.cfg.Teardown(sc)
	if remover == nil || !needsSubject(remover) {
		// One that picks no item ("Deleting your account": Settings, then Delete account)
		// would remove what the run did not make — here, the account it signs in as.
		return false
	}
	switch {
	case s.pickedFirst || len(s.created) == 0:
		s.subject = s.pickedItem
	case len(s.setUp) > 0:
		s.subject = s.setUp[0]
	default:
		s.subject = s.created[0]
	}
	return s.removeWith(ctx, sc, remover)
}

// removeAside removes what was made for another use than being acted on (aside: the token
// a label was added to, the customer a step picks) as the doc that made each says to remove
// one, when no profile does. What it removed is no longer said to be left.
func (s *Scenario) removeAside(ctx context.Context, sc *godog.Scenario) {
	if s.session == nil || s.cfg.Teardown == nil {
		return
	}
	left := s.aside[:0]
	for _, a := range s.aside {
		remover := s.cfg.Teardown(a.maker)
		if remover != nil && needsSubject(remover) {
			// The item as its own doc made it: not of the kind the profile made the
			// procedure's ("the customer you want to view" is no customer group).
			s.restoreItem(itemState{subject: a.names[0], madeAs: understand.HeadingObject(a.maker.Name)})
			if s.removeWith(ctx, sc, remover) {
				// The names typed beside the item's (its description) went with it.
				s.created = slices.DeleteFunc(s.created, func(n string) bool { return slices.Contains(a.names, n) })
				continue
			}
		}
		left = append(left, a)
	}
	s.aside = left
}

// aside is what one making, as a doc makes an item, made for another use than being the
// procedure's item: for the doc's maker to act in (makeMakersOwn), or for a step to pick
// (makeToPick). Its names are those typed, the item's first, or the option chosen (picked).
type aside struct {
	names  []string
	picked bool
	maker  *godog.Scenario
}

// asideNames are the names of what was made aside, and those of them chosen, not typed.
func (s *Scenario) asideNames() (names, picked []string) {
	for _, a := range s.aside {
		names = append(names, a.names...)
		if a.picked {
			picked = append(picked, a.names...)
		}
	}
	return names, picked
}

// removeWith performs remover on s.subject, from where a reader begins a task, and reports
// whether the item is gone.
func (s *Scenario) removeWith(ctx context.Context, sc *godog.Scenario, remover *godog.Scenario) bool {
	// "You can only delete a secret API key after revoking it": that first, as the doc says —
	// unless the procedure did it already (revoking a revoked key fails; the deletion is
	// still the doc's to try).
	var first *godog.Scenario
	if s.cfg.First != nil {
		first, _ = s.cfg.First(remover)
	}
	steps := len(remover.Steps) + 1
	if first != nil {
		steps += len(first.Steps) + 1
	}
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), s.cfg.stepTimeout()*time.Duration(steps))
	defer cancel()
	// Each where a reader begins a task: the procedure may have ended on its item's page, a
	// dialog open, where the remover's "Settings → Sales Channels" names something else.
	if first != nil && s.beginAgain(ctx, fmt.Sprintf("%q", sc.Name)) == nil {
		_ = s.performAs(ctx, first)
	}
	if s.beginAgain(ctx, fmt.Sprintf("%q", sc.Name)) != nil {
		return false
	}
	// A remover the run carried past a drift to its end removed the item as a reader would
	// (Cockpit's "Delete account", whose confirmation the doc leaves out).
	_, err := s.performToEnd(ctx, remover)
	// One that failed for want of the item on the list it reached removed nothing because the
	// procedure removed it already ("Click **Delete**", then the confirmation the run pressed).
	return err == nil || s.itemNowhere(ctx, err)
}

// itemNowhere reports err as a search for the procedure's item — its row, or it by name —
// on a page that shows the item nowhere: the item is gone, or was never made.
func (s *Scenario) itemNowhere(ctx context.Context, err error) bool {
	var nf *locate.NotFoundError
	if s.subject == "" || !errors.As(err, &nf) || nf.Query.Row != s.subject && nf.Query.Name != s.subject {
		return false
	}
	_, _, shown := s.glanceFor(ctx, locate.Query{Roles: shownAs, Name: s.subject})
	return !shown
}

// deletesOwn reports a procedure that deletes the item it acts on (understand.DeletesOwnItem):
// its item is gone when it passes, and when it does not, no other removal is the doc's.
func deletesOwn(sc *godog.Scenario) bool {
	first := ""
	if len(sc.Steps) > 0 {
		first = sc.Steps[0].Text
	}
	return understand.DeletesOwnItem(sc.Name, first)
}

// performAs performs another procedure's steps in this one's session, each read as in its own
// procedure. A drift carried past fails it, as what it made or removed may not be the doc's;
// its drifts are that procedure's to report, not this one's.
func (s *Scenario) performAs(ctx context.Context, proc *godog.Scenario) error {
	_, err := s.performOther(ctx, proc, false)
	return err
}

// performToEnd is performAs where a drift carried past is no failure: the procedure ran to
// its end as a reader would (the run's leftovers judge a procedure so too). past is the first
// drift carried past on the way, at its step; nil for none.
func (s *Scenario) performToEnd(ctx context.Context, proc *godog.Scenario) (past *Mismatch, err error) {
	return s.performOther(ctx, proc, true)
}

// performOther performs proc's steps (see performAs); pastDrifts lets drifts carried past
// stand, and returns the first.
func (s *Scenario) performOther(ctx context.Context, proc *godog.Scenario, pastDrifts bool) (past *Mismatch, err error) {
	own, index, drifts := s.pickle, s.index, len(s.drifts)
	defer func() {
		s.pickle, s.index, s.drifts = own, index, s.drifts[:drifts]
		s.drifted, s.notChecked = false, ""
	}()
	s.pickle = proc
	for i, st := range proc.Steps {
		s.index = i
		s.resetStep()
		err := s.perform(ctx, st.Text)
		if err == nil && s.drifted {
			if !pastDrifts {
				err = s.drifts[len(s.drifts)-1]
			} else if past == nil {
				past = atStep(st.Text, s.drifts[len(s.drifts)-1])
			}
		}
		if err != nil {
			return past, fmt.Errorf("%q: %w", st.Text, err)
		}
	}
	return past, nil
}

// atStep is drift, a *Mismatch carried past at the step that reads text, as that step's: its
// message starts with the step, its closest labels and what was carried on with stay.
func atStep(text string, drift error) *Mismatch {
	var m *Mismatch
	if !errors.As(drift, &m) {
		return &Mismatch{Err: fmt.Errorf("%q: %w", text, drift)}
	}
	at := *m
	at.Err = fmt.Errorf("%q: %w", text, m.Err)
	return &at
}

// madeItem is an item a procedure done first made: its kind, the first name typed for it,
// and the procedure that made it.
type madeItem struct{ kind, name, by string }

// madeBeforeOfKind is the item of the kind a step calls item ("address" for a "customer
// address") that a procedure done before the steps made, the last such first.
func (s *Scenario) madeBeforeOfKind(item string) (madeItem, bool) {
	for i := len(s.madeBefore) - 1; i >= 0; i-- {
		if m := s.madeBefore[i]; understand.CallsItem(m.kind, item) {
			return m, true
		}
	}
	return madeItem{}, false
}
