package runner

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/cucumber/godog"
	"github.com/docdrift/docdrift/steps"
)

// cleanupBatch is how many accounts scenarios leave behind before one of them deletes them
// all. A target that deletes through its own pages (steps.Housekeeper) then signs in and
// opens its lists once per batch instead of once per scenario, and the simulator's test API
// takes the batch in one request. Small, because products cap accounts (the control panel at
// 50): a run holds at most a batch beyond what its running scenarios created.
const cleanupBatch = 10

// cleanup deletes what scenarios created in batches, and the rest at the end of the run.
// What could not be deleted fails the procedure that made it, as a failed cleanup of its own
// would, and only it; the end-of-run sweep then tries again.
type cleanup struct {
	target product
	failed func(sc *godog.Scenario, err error)
	// unlisted takes a scenario whose every name no kept subject's list showed, those of them
	// it is to be said of, and what it made.
	unlisted func(sc *godog.Scenario, names []string, made steps.Made)
	// bound is how long deleting so many items may take (steps.Config.HousekeepingTimeout).
	bound func(items int) time.Duration

	mu      sync.Mutex
	pending []owned
	count   int // names in pending
}

// owned are the accounts one scenario created.
type owned struct {
	sc *godog.Scenario
	steps.Made
}

// add takes a finished scenario's accounts; the scenario that fills a batch deletes it,
// even when the run is being cancelled.
func (c *cleanup) add(ctx context.Context, sc *godog.Scenario, made steps.Made) {
	if len(made.Picked) > 0 && c.unlisted != nil {
		c.unlisted(sc, made.Picked, made) // removed by no name: only said, if left
	}
	c.mu.Lock()
	c.pending = append(c.pending, owned{sc, made})
	c.count += len(made.Names)
	if c.count < cleanupBatch {
		c.mu.Unlock()
		return
	}
	batch := c.take()
	c.mu.Unlock()
	c.delete(ctx, batch)
}

// flush deletes whatever is pending: at the end of the run, cancelled or not.
func (c *cleanup) flush(ctx context.Context) {
	c.mu.Lock()
	batch := c.take()
	c.mu.Unlock()
	c.delete(ctx, batch)
}

// take empties pending; call with mu held.
func (c *cleanup) take() []owned {
	batch := c.pending
	c.pending, c.count = nil, 0
	return batch
}

// product is what cleanup needs of the product it cleans (steps.Subjects): deleting names, and a run's
// last cleanup and its sweep in one visit of each list.
type product interface {
	steps.Target
	Finish(ctx context.Context, names []string, of map[string]string, prefix string) (swept []string, deleted, sweepErr error)
}

// finish deletes whatever is pending and sweeps the items named with prefix, at once; sweep
// bounds the sweep's part. It answers what the sweep deleted and why it could not delete
// more.
func (c *cleanup) finish(ctx context.Context, prefix string, sweep time.Duration) ([]string, error) {
	c.mu.Lock()
	batch := c.take()
	c.mu.Unlock()
	names, of := namesOf(batch)
	bound := sweep
	if len(names) > 0 {
		bound += c.bound(len(names))
	}
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), bound)
	defer cancel()
	swept, deleted, err := c.target.Finish(ctx, names, of, prefix)
	c.charge(batch, deleted)
	return swept, err
}

// namesOf is what a batch's scenarios typed, and the subjects known of those names.
func namesOf(batch []owned) ([]string, map[string]string) {
	var names []string
	of := map[string]string{}
	for _, o := range batch {
		names = append(names, o.Names...)
		maps.Copy(of, o.Of)
	}
	return names, of
}

func (c *cleanup) delete(ctx context.Context, batch []owned) {
	names, of := namesOf(batch)
	if len(names) == 0 {
		return
	}
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), c.bound(len(names)))
	defer cancel()
	c.charge(batch, c.target.Delete(ctx, names, of))
}

// charge fails each scenario of batch for what of err, the deletion's, concerns its own
// names, and says those whose names no list showed.
func (c *cleanup) charge(batch []owned, err error) {
	if err == nil {
		return
	}
	for _, o := range batch {
		// Each scenario fails for what concerns its own items — one the product would not
		// let go, one whose deletion failed, one a list that could not be read may show —
		// not for the batch's others, whose items were deleted.
		if why := steps.Concerning(err, o.Names); why != nil {
			c.failed(o.sc, fmt.Errorf("clean up %s: %w", strings.Join(o.Names, ", "), why))
		}
	}
	var nl *steps.NotListed
	if errors.As(err, &nl) && c.unlisted != nil {
		// A scenario some of whose typed names a list showed made an item the profile keeps
		// (the rest named its fields); one none of whose typed names any list showed made, if
		// anything, what nothing here can remove — a tag typed in a workflow the profile made
		// for it (n8n) — but a name known to be of a kept subject was an item never saved or
		// since removed, so only the others are said.
		for _, o := range batch {
			if slices.ContainsFunc(o.Names, func(n string) bool { return !slices.Contains(nl.Names, n) && !slices.Contains(o.Kept, n) }) {
				continue
			}
			if left := slices.DeleteFunc(slices.Clone(o.Names), func(n string) bool { return o.Of[n] != "" }); len(left) > 0 {
				c.unlisted(o.sc, left, o.Made)
			}
		}
	}
}
