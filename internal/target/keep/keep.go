// Package keep pairs the simulator's subjects with its test API: what makes, lists and
// removes its accounts behind its pages' back when a run drives the simulator.
package keep

import (
	"context"

	"github.com/docdrift/docdrift/internal/panel"
	"github.com/docdrift/docdrift/internal/profile"
	"github.com/docdrift/docdrift/internal/target"
	"github.com/docdrift/docdrift/steps"
)

// Simulator is the era's built-in profile's subjects (panel.Profile), kept through api.
func Simulator(api target.TestAPI, era panel.Era) steps.Subjects {
	return Subjects(api, panel.Profile(era))
}

// Subjects are p's subjects kept through api: the simulator's own, none of any other.
func Subjects(api target.TestAPI, p profile.Profile) steps.Subjects {
	return steps.SubjectsOf(p, func(s profile.Subject) steps.Keeper {
		switch s.Name {
		case panel.StoreSubject:
			return &Keeper{API: api}
		case panel.LegacySubject:
			return &Keeper{API: api, Legacy: true}
		}
		return nil
	})
}

// Keeper makes, lists and removes one kind of the simulator's accounts through its test API.
type Keeper struct {
	API    target.TestAPI
	Legacy bool // legacy API accounts, else store API accounts
}

// Ensure makes an account of the keeper's kind with this name exist.
func (k *Keeper) Ensure(ctx context.Context, name string) error {
	return k.API.EnsureAccount(ctx, name, k.Legacy)
}

// Names lists the accounts of the keeper's kind.
func (k *Keeper) Names(ctx context.Context) ([]string, error) {
	list, err := k.API.Accounts(ctx)
	if err != nil {
		return nil, err
	}
	var names []string
	if k.Legacy {
		for _, l := range list.Legacy {
			names = append(names, l.Username)
		}
		return names, nil
	}
	for _, a := range list.Accounts {
		names = append(names, a.Name)
	}
	return names, nil
}

// Delete removes the named accounts; the test API deletes them of either kind at once.
func (k *Keeper) Delete(ctx context.Context, names []string) error {
	return k.API.DeleteAccounts(ctx, names)
}
