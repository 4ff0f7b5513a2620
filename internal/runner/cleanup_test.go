package runner

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cucumber/godog"

	"github.com/docdrift/docdrift/internal/results"
	"github.com/docdrift/docdrift/steps"
)

// countingTarget records each bulk deletion it is asked for, and fails them all when told to.
type countingTarget struct {
	mu      sync.Mutex
	batches [][]string
	of      []map[string]string // what each batch was told of its names' subjects
	fail    error
}

func (t *countingTarget) Delete(_ context.Context, names []string, of map[string]string) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.batches = append(t.batches, names)
	t.of = append(t.of, of)
	return t.fail
}

// Finish deletes the last batch, if any, as Delete does, and sweeps nothing.
func (t *countingTarget) Finish(ctx context.Context, names []string, of map[string]string, _ string) ([]string, error, error) {
	if len(names) == 0 {
		return nil, nil, nil
	}
	return nil, t.Delete(ctx, names, of), nil
}

// Scenarios' accounts are deleted a batch at a time by the scenario that fills it, the rest
// at the end of the run; a batch that cannot be deleted fails each scenario it held, with
// its own accounts named.
func TestCleanupDeletesInBatches(t *testing.T) {
	for _, tt := range []struct {
		name      string
		scenarios int
		perScen   int
		fail      error
		batches   []int // sizes, in order
	}{
		{"none", 0, 1, nil, nil},
		{"fewer than a batch: all at the end", 3, 1, nil, []int{3}},
		{"a batch exactly", cleanupBatch, 1, nil, []int{cleanupBatch}},
		{"two and a half batches", 25, 1, nil, []int{10, 10, 5}},
		{"scenarios with two accounts", 7, 2, nil, []int{10, 4}},
		{"a panel that refuses", 12, 1, errors.New("panel busy"), []int{10, 2}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			target := &countingTarget{fail: tt.fail}
			failed := map[string]string{}
			c := &cleanup{target: target, bound: testBound, failed: func(sc *godog.Scenario, err error) { failed[sc.Name] = err.Error() }}
			for i := 0; i < tt.scenarios; i++ {
				var names []string
				for j := 0; j < tt.perScen; j++ {
					names = append(names, fmt.Sprintf("docdrift-t-%d-%d", i, j))
				}
				c.add(context.Background(), &godog.Scenario{Name: fmt.Sprint(i)}, steps.Made{Names: names})
			}
			c.flush(context.Background())
			var sizes []int
			deleted := 0
			for _, b := range target.batches {
				sizes = append(sizes, len(b))
				deleted += len(b)
			}
			if fmt.Sprint(sizes) != fmt.Sprint(tt.batches) || deleted != tt.scenarios*tt.perScen {
				t.Errorf("batches of %v (%d names), want %v", sizes, deleted, tt.batches)
			}
			switch {
			case tt.fail == nil && len(failed) > 0:
				t.Errorf("scenarios failed on a clean deletion: %v", failed)
			case tt.fail != nil && len(failed) != tt.scenarios:
				t.Errorf("%d of %d scenarios failed with their refused batch", len(failed), tt.scenarios)
			case tt.fail != nil && !strings.Contains(failed["3"], "clean up docdrift-t-3-0: panel busy"):
				t.Errorf("scenario 3's failure: %q", failed["3"])
			}
		})
	}
}

// testBound bounds a test's cleanup as a run with no profile would.
var testBound = (&steps.Config{}).HousekeepingTimeout

// The end-of-run sweep may sign in, open every kept subject's list and delete a batch's
// worth of leftovers, each bounded as a reader's steps are.
func TestSweepTimeout(t *testing.T) {
	kept := steps.Subject{Keeper: spaKeeper{}}
	tests := []struct {
		cfg  steps.Config
		want time.Duration
	}{
		{steps.Config{}, 310 * time.Second}, // no subject: a sign-in and ten deletions at the default step
		{steps.Config{StepTimeout: 30 * time.Second, Subjects: steps.Subjects{kept, kept}}, 33 * 30 * time.Second}, // and two lists
		{steps.Config{StepTimeout: 100 * time.Millisecond, Subjects: steps.Subjects{kept, {}}}, 10 * time.Second},  // the floor
	}
	for _, tt := range tests {
		if got := sweepTimeout(tt.cfg); got != tt.want {
			t.Errorf("sweepTimeout(step %v, %d subjects) = %v, want %v", tt.cfg.StepTimeout, len(tt.cfg.Subjects), got, tt.want)
		}
	}
}

// A batch some of whose names no kept subject's list showed fails nobody: a scenario with
// one name listed made a kept item (the rest named its fields); a scenario none of whose
// names was listed is reported, since what it made stays on the product — and so is one
// whose only listed name is the item the profile made for it (n8n's workflow), not one it
// typed (the tag it added to the workflow).
func TestCleanupReportsScenariosWhoseNamesNoListShowed(t *testing.T) {
	target := &countingTarget{fail: &steps.NotListed{Names: []string{"docdrift-t-0-1", "docdrift-t-1-0", "docdrift-t-1-1", "docdrift-t-2-1"}}}
	var failed, unlisted []string
	c := &cleanup{target: target, bound: testBound,
		failed: func(sc *godog.Scenario, err error) { failed = append(failed, sc.Name) },
		unlisted: func(sc *godog.Scenario, names []string, _ steps.Made) {
			unlisted = append(unlisted, sc.Name+": "+strings.Join(names, " "))
		}}
	for i := 0; i < 2; i++ {
		c.add(context.Background(), &godog.Scenario{Name: fmt.Sprint(i)}, steps.Made{Names: []string{fmt.Sprintf("docdrift-t-%d-0", i), fmt.Sprintf("docdrift-t-%d-1", i)}})
	}
	c.add(context.Background(), &godog.Scenario{Name: "2"}, steps.Made{Names: []string{"docdrift-t-2-0", "docdrift-t-2-1"},
		Kept: []string{"docdrift-t-2-0"}, Of: map[string]string{"docdrift-t-2-0": "workflow"}})
	c.flush(context.Background())
	if len(failed) > 0 {
		t.Errorf("scenarios failed: %v", failed)
	}
	if want := []string{"1: docdrift-t-1-0 docdrift-t-1-1", "2: docdrift-t-2-1"}; fmt.Sprint(unlisted) != fmt.Sprint(want) {
		t.Errorf("reported %q, want %q", unlisted, want)
	}
}

// Strapi's "Creating & Writing content" types a title on the entries' own create form and
// never says to save: the entries' list does not show it afterwards because nothing was
// saved, and nothing is left to report — unlike a folder typed on a page no kept subject has.
func TestCleanupLeavesUnsavedItemsOfAKeptKindUnreported(t *testing.T) {
	target := &countingTarget{fail: &steps.NotListed{Names: []string{"docdrift-t-0-0", "docdrift-t-1-0", "docdrift-t-2-0", "docdrift-t-2-1"}}}
	var unlisted []string
	c := &cleanup{target: target, bound: testBound,
		failed: func(sc *godog.Scenario, err error) { t.Errorf("%s failed: %v", sc.Name, err) },
		unlisted: func(sc *godog.Scenario, names []string, _ steps.Made) {
			if sc.Name == "both" {
				unlisted = append(unlisted, sc.Name+": "+strings.Join(names, " "))
				return
			}
			unlisted = append(unlisted, sc.Name)
		}}
	c.add(context.Background(), &godog.Scenario{Name: "entry"}, steps.Made{Names: []string{"docdrift-t-0-0"}, Of: map[string]string{"docdrift-t-0-0": "entry"}})
	c.add(context.Background(), &godog.Scenario{Name: "folder"}, steps.Made{Names: []string{"docdrift-t-1-0"}})
	c.add(context.Background(), &godog.Scenario{Name: "both"}, steps.Made{Names: []string{"docdrift-t-2-0", "docdrift-t-2-1"}, Of: map[string]string{"docdrift-t-2-0": "token"}})
	c.flush(context.Background())
	// The batch tells the target which subject each name it knows is of, so that it opens
	// only the lists its names may be on.
	if want := map[string]string{"docdrift-t-0-0": "entry", "docdrift-t-2-0": "token"}; len(target.of) != 1 || !maps.Equal(target.of[0], want) {
		t.Errorf("the batch told the target %v of its names, want %v", target.of, want)
	}
	if fmt.Sprint(unlisted) != "[folder both: docdrift-t-2-1]" {
		t.Errorf("reported as unlisted %q, want the folder's scenario, and the other's name typed elsewhere", unlisted)
	}
}

// An item a list still shows (Strapi's default locale) and names no list showed (its media
// library's folder) in one batch: both are said — the first fails its scenario, the second
// is reported for its own — where the stuck item used to hide the unlisted one.
func TestCleanupSaysStuckAndUnlistedNamesOfOneBatch(t *testing.T) {
	target := &countingTarget{fail: errors.Join(&steps.StillListed{Names: []string{"docdrift-t-0-0"}}, &steps.NotListed{Names: []string{"docdrift-t-1-0"}})}
	var failed, unlisted []string
	c := &cleanup{target: target, bound: testBound,
		failed:   func(sc *godog.Scenario, err error) { failed = append(failed, sc.Name+": "+err.Error()) },
		unlisted: func(sc *godog.Scenario, names []string, _ steps.Made) { unlisted = append(unlisted, sc.Name) }}
	for i := 0; i < 3; i++ {
		c.add(context.Background(), &godog.Scenario{Name: fmt.Sprint(i)}, steps.Made{Names: []string{fmt.Sprintf("docdrift-t-%d-0", i)}})
	}
	c.flush(context.Background())
	if len(failed) != 1 || !strings.HasPrefix(failed[0], "0: clean up docdrift-t-0-0") || strings.Contains(failed[0], "t-1-0") {
		t.Errorf("failed %q, want scenario 0 alone, for its own item", failed)
	}
	if fmt.Sprint(unlisted) != "[1]" {
		t.Errorf("reported as unlisted %q, want scenario 1", unlisted)
	}
}

// A deletion that failed and a list that could not be read fail the scenarios whose items
// they concern — one whose row's deletion failed, one none of whose names a list showed —
// and not the batch's others: a token listed and deleted, its description unread.
func TestCleanupFailsOnlyWhatAFailedDeletionConcerns(t *testing.T) {
	target := &countingTarget{fail: &steps.NotDeleted{
		Failed:     map[string]error{"docdrift-t-1-0": errors.New("no button named Delete")},
		Unread:     []string{"docdrift-t-0-1", "docdrift-t-2-0"},
		Unreadable: errors.New("entries: the page did not finish loading"),
	}}
	var failed []string
	c := &cleanup{target: target, bound: testBound, failed: func(sc *godog.Scenario, err error) { failed = append(failed, sc.Name+": "+err.Error()) }}
	c.add(context.Background(), &godog.Scenario{Name: "token"}, steps.Made{Names: []string{"docdrift-t-0-0", "docdrift-t-0-1"}})
	c.add(context.Background(), &godog.Scenario{Name: "stuck"}, steps.Made{Names: []string{"docdrift-t-1-0"}})
	c.add(context.Background(), &godog.Scenario{Name: "entry"}, steps.Made{Names: []string{"docdrift-t-2-0"}})
	c.add(context.Background(), &godog.Scenario{Name: "other"}, steps.Made{Names: []string{"docdrift-t-3-0"}})
	c.flush(context.Background())
	want := []string{
		"stuck: clean up docdrift-t-1-0: delete docdrift-t-1-0: no button named Delete",
		"entry: clean up docdrift-t-2-0: docdrift-t-2-0 may still be on the product: entries: the page did not finish loading",
	}
	if !slices.Equal(failed, want) {
		t.Errorf("failed\n%s\nwant\n%s", strings.Join(failed, "\n"), strings.Join(want, "\n"))
	}
}

// An item the product would not let go fails only the scenario that made it; the batch's
// other items were deleted.
// So does one left because it is the account the run signs in as.
func TestCleanupFailsOnlyTheOwnerOfAStuckItem(t *testing.T) {
	for _, stuck := range []*steps.StillListed{
		{Names: []string{"docdrift-t-1-0"}},
		{Own: []string{"docdrift-t-1-0"}},
	} {
		target := &countingTarget{fail: stuck}
		var failed []string
		c := &cleanup{target: target, bound: testBound, failed: func(sc *godog.Scenario, err error) { failed = append(failed, sc.Name+": "+err.Error()) }}
		for i := 0; i < 3; i++ {
			c.add(context.Background(), &godog.Scenario{Name: fmt.Sprint(i)}, steps.Made{Names: []string{fmt.Sprintf("docdrift-t-%d-0", i)}})
		}
		c.flush(context.Background())
		if len(failed) != 1 || !strings.HasPrefix(failed[0], "1: clean up docdrift-t-1-0") {
			t.Errorf("%v: failed %q, want only scenario 1", stuck, failed)
		}
	}
}

// What no kept subject lists is said to be left on the product for a procedure that ran to
// its end: one that passed, and one that drifted but carried on past every drift (Strapi's
// "Adding folders" made its folder through "New > New folder"); not for one that stopped. An
// item made first, as the doc makes one, is there however the procedure went — unless the
// procedure ran to its end deleting it (revoking a key may leave it; removing products from a
// sales channel leaves the channel).
func TestUnlistedWarningForProceduresThatRanToTheirEnd(t *testing.T) {
	step := func(st results.Status) results.Step { return results.Step{Status: st} }
	passed := results.Procedure{Status: results.Passed, Steps: []results.Step{step(results.Passed)}}
	broken := results.Procedure{Status: results.Broken, Steps: []results.Step{step(results.Broken)}}
	typed := []string{"docdrift-t-1", "docdrift-t-2"}
	carried := results.Step{Status: results.Drifted, Drift: &results.Drift{Continued: "New > New folder"}}
	for _, tt := range []struct {
		name    string
		heading string
		p       results.Procedure
		first   []string // names of items made before the procedure
		deletes bool     // the procedure deletes the item it acts on
		warned  bool
	}{
		{"passed", "Adding folders", passed, nil, false, true},
		{"carried on past a drift", "Adding folders", results.Procedure{Status: results.Drifted, Steps: []results.Step{carried, step(results.Passed)}}, nil, false, true},
		{"stopped at a drift", "Adding folders", results.Procedure{Status: results.Drifted, Steps: []results.Step{step(results.Drifted), step(results.Skipped)}}, nil, false, false},
		{"drifted at its last step", "Adding folders", results.Procedure{Status: results.Drifted, Steps: []results.Step{step(results.Passed), step(results.Drifted)}}, nil, false, false},
		{"broken", "Adding folders", broken, nil, false, false},
		{"made first, the procedure broken", "Removing products from a folder", broken, typed, false, true},
		{"made first, another kind removed", "Removing products from a folder", passed, typed, false, true},
		{"made first and revoked", "Revoking a folder", passed, typed, false, true},
		{"made first and deleted", "Deleting a folder", passed, typed, true, false},
		{"made first, not deleted", "Deleting a folder", broken, typed, true, true},
		{"made first and deleted past a drift", "Deleting a folder", results.Procedure{Status: results.Drifted, Steps: []results.Step{step(results.Passed), carried}}, typed, true, false},
		{"made first, stopped deleting it", "Deleting a folder", results.Procedure{Status: results.Drifted, Steps: []results.Step{step(results.Drifted), step(results.Skipped)}}, typed, true, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := tt.p
			p.Name, p.Doc = tt.heading, "media-library.md"
			c := &collector{unlistedBy: []unlistedNames{{&p, typed, map[string]string{"docdrift-t-1": "Name", "docdrift-t-2": "Description"}, tt.first, nil, nil, tt.deletes}}}
			w := c.unlistedWarning()
			if got := w != ""; got != tt.warned {
				t.Errorf("warned = %v, want %v (%q)", got, tt.warned, w)
			}
			// Which name is the item's and which its field's is said as the doc calls them.
			if tt.warned && !strings.Contains(w, fmt.Sprintf(`%q (media-library.md:0) typed docdrift-t-1 (Name), docdrift-t-2 (Description)`, tt.heading)) {
				t.Errorf("warning %q does not say each name's field", w)
			}
		})
	}
}

// A batch is bounded by how many items it deletes: a product with many lists and a full batch
// gets the time a reader would need, not one fixed figure (which ran out on Strapi's lists).
func TestCleanupBoundsABatchByItsItems(t *testing.T) {
	var asked []int
	c := &cleanup{target: &countingTarget{}, failed: func(*godog.Scenario, error) {},
		bound: func(n int) time.Duration { asked = append(asked, n); return time.Minute }}
	for i := 0; i < 12; i++ {
		c.add(context.Background(), &godog.Scenario{Name: fmt.Sprint(i)}, steps.Made{Names: []string{fmt.Sprintf("docdrift-t-%d", i)}})
	}
	c.flush(context.Background())
	if !slices.Equal(asked, []int{10, 2}) {
		t.Errorf("batches bounded for %v items, want [10 2]", asked)
	}
}

// An item known by the option chosen for it (a tax region, by its country) is never deleted
// by that name — the product may hold another of it, or had it before — only said to be left
// when the doc's own removal did not remove it.
func TestAnItemKnownByItsChoiceIsOnlySaid(t *testing.T) {
	target := &countingTarget{}
	var said []string
	c := &cleanup{target: target, bound: testBound, failed: func(*godog.Scenario, error) {},
		unlisted: func(_ *godog.Scenario, names []string, _ steps.Made) { said = append(said, names...) }}
	c.add(context.Background(), &godog.Scenario{Name: "Create Tax Region"}, steps.Made{Names: []string{"docdrift-t-1"}, Picked: []string{"Afghanistan"}})
	c.flush(context.Background())
	if len(target.batches) != 1 || !slices.Equal(target.batches[0], []string{"docdrift-t-1"}) {
		t.Errorf("deleted %q, want only the typed name", target.batches)
	}
	if !slices.Equal(said, []string{"Afghanistan"}) {
		t.Errorf("said to be left: %q, want Afghanistan", said)
	}
	p := results.Procedure{Name: "Create Tax Region", Doc: "tax-regions.mdx", Status: results.Passed}
	w := (&collector{unlistedBy: []unlistedNames{{p: &p, names: []string{"docdrift-t-1", "Afghanistan"},
		fields: map[string]string{"docdrift-t-1": "Name"}, picked: []string{"Afghanistan"}}}}).unlistedWarning()
	if want := `"Create Tax Region" (tax-regions.mdx:0) typed docdrift-t-1 (Name) and chose Afghanistan`; !strings.Contains(w, want) {
		t.Errorf("warning %q, want it to say %q", w, want)
	}
}

// What was made for the doc's making procedure to act in (the token a label was added to) is
// not what a procedure deleting its own item deleted: it is said to be left.
func TestWhatWasMadeForTheMakerIsLeftWhateverTheProcedureDeleted(t *testing.T) {
	p := results.Procedure{Name: "Deleting a label", Doc: "tokens.md", Status: results.Passed, Steps: []results.Step{{Status: results.Passed}}}
	token, label := "docdrift-t-1", "docdrift-t-2"
	c := &collector{unlistedBy: []unlistedNames{{p: &p, names: []string{token, label}, first: []string{token, label}, aside: []string{token}, deletes: true}}}
	w := c.unlistedWarning()
	if !strings.Contains(w, token) || strings.Contains(w, label) {
		t.Errorf("warning %q: want the token made for the maker, not the label the procedure deleted", w)
	}
}
