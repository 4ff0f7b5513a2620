package steps

import (
	"context"
	"fmt"

	"github.com/cucumber/godog"
	"github.com/docdrift/docdrift/internal/locate"
	"github.com/docdrift/docdrift/internal/understand"
)

// pickables makes an item of each kind the procedures' steps leave the reader to pick
// ("check the groups you want to add the customer to"), other than the procedure's own: a
// product with none shows an empty list, where a reader would have made one first. A kind the
// profile keeps is made through it; another as a doc of the run makes one (makeToPick). The
// items are removed with the others the scenario made.
func (s *Scenario) pickables(ctx context.Context, procs ...*godog.Scenario) error {
	made := map[string]bool{}
	for _, p := range procs {
		if p == nil {
			continue
		}
		for _, st := range p.Steps {
			for _, a := range understand.Read(st.Text).Acts {
				item := a.Target.Item
				if a.Hint != understand.ReadersPick || item == "" || made[understand.Kind(item)] {
					continue
				}
				made[understand.Kind(item)] = true
				kind := s.cfg.keptKindOf(item)
				if kind == nil {
					s.makeToPick(ctx, p, st.Text, item, procs)
					continue
				}
				if s.kind != nil && s.kind.Name == kind.Name {
					continue
				}
				name, err := s.makeItem(ctx, kind)
				if err != nil {
					return fmt.Errorf("make a %s for %q to pick from: %w", kind.Name, st.Text, err)
				}
				s.pickFirst(item, name)
			}
		}
	}
	return nil
}

// makeToPick makes an item of the kind a step of proc picks from a list ("Check the customers
// you want to add to the group") as the run's docs make one ("Create a Customer", in another
// guide), when no profile keeps that kind, it is not the procedure's own and the maker is
// none of the procedures done here. It is removed as its doc removes one, or said to be left.
// A maker that fails only costs the note: the product may have items of its own to pick.
func (s *Scenario) makeToPick(ctx context.Context, proc *godog.Scenario, step, item string, procs []*godog.Scenario) {
	if s.cfg.MakerOf == nil || understand.CallsItem(s.madeKind(), item) {
		return
	}
	maker := s.cfg.MakerOf(proc, item)
	if maker == nil {
		return
	}
	for _, p := range procs {
		if p != nil && p.Uri == maker.Uri && p.Name == maker.Name {
			return // "Add Currencies" picks the currencies it adds
		}
	}
	// Made as a new item of its own: "enter the customer's email" is not the group's name.
	own := s.ownItem()
	defer s.restoreItem(own)
	s.restoreItem(itemState{})
	made, picked, past, err := s.makeLikeDoc(ctx, maker)
	if err != nil {
		s.notes = append(s.notes, fmt.Sprintf("made no %s for %q to pick, as %q (%s) does: %v; the list's own are picked", item, step, maker.Name, maker.Uri, err))
	} else {
		s.aside = append(s.aside, aside{names: made, picked: picked, maker: maker})
		s.pickFirst(item, made[0])
		note := fmt.Sprintf("made %s for %q to pick, as %q (%s) does: no profile of the product makes a %s", made[0], step, maker.Name, maker.Uri, item)
		if past != nil {
			note += fmt.Sprintf(", carried past its drifts (%q reports them)", maker.Name)
		}
		s.notes = append(s.notes, note)
	}
	// The procedure begins where a reader begins, whatever page the making ended on; a page
	// that does not open again fails the procedure's first step.
	_ = s.beginAgain(ctx, fmt.Sprintf("%q", maker.Name))
}

// pickFirst has a step that picks an item of the kind it calls item tick name, made for it,
// where the list shows it.
func (s *Scenario) pickFirst(item, name string) {
	if s.toPick == nil {
		s.toPick = map[string]string{}
	}
	s.toPick[understand.Kind(item)] = name
}

// madeToPick narrows q, a reader's pick of an item, to the row of the one the run made for it
// (pickFirst) when the page shows that row at a glance: the run's own item is ticked rather
// than one the product had. q as it was otherwise.
func (s *Scenario) madeToPick(ctx context.Context, q locate.Query, item string) locate.Query {
	name := s.toPick[understand.Kind(item)]
	if name == "" {
		return q
	}
	own := q
	own.Row = name
	if _, _, shown := s.glanceFor(ctx, own); shown {
		return own
	}
	return q
}

// itemState is what says which item the procedure acts on, kept while another is made.
type itemState struct {
	subject, madeAs, madePast, itemAt, pickedItem string
	kind                                          *Subject
	pickedFirst                                   bool
}

func (s *Scenario) ownItem() itemState {
	return itemState{s.subject, s.madeAs, s.madePast, s.itemAt, s.pickedItem, s.kind, s.pickedFirst}
}

func (s *Scenario) restoreItem(o itemState) {
	s.subject, s.madeAs, s.madePast, s.itemAt, s.pickedItem, s.kind, s.pickedFirst = o.subject, o.madeAs, o.madePast, o.itemAt, o.pickedItem, o.kind, o.pickedFirst
}
