package runner

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/docdrift/docdrift/internal/results"

	"github.com/docdrift/docdrift/internal/browser/browsertest"
	"github.com/docdrift/docdrift/internal/docfiles"
	"github.com/docdrift/docdrift/internal/panel"
	"github.com/docdrift/docdrift/internal/target"
	"github.com/docdrift/docdrift/internal/target/keep"
	"github.com/docdrift/docdrift/steps"
)

// flakyCleanup is a keeper whose first deletion fails, as when the panel is still answering
// the request that creates the account.
type flakyCleanup struct {
	*keep.Keeper
	failed atomic.Bool
}

func (f *flakyCleanup) Delete(ctx context.Context, names []string) error {
	if !f.failed.Swap(true) {
		return errors.New("panel busy")
	}
	return f.Keeper.Delete(ctx, names)
}

// What a scenario could not delete is found by the end-of-run sweep, deleted, and reported.
func TestEndOfRunSweep(t *testing.T) {
	emb, res := runWithKeepers(t, seedDoc, "sweep", func(k steps.Keeper) steps.Keeper {
		return &flakyCleanup{Keeper: k.(*keep.Keeper)}
	})
	if p := res.Procedures[0]; p.Status != results.Broken {
		t.Errorf("a failed cleanup must fail the procedure; it is %s", p.Status)
	}
	if !strings.Contains(res.Leftovers, "docdrift-sweep-1") {
		t.Errorf("leftovers %q", res.Leftovers)
	}
	noLeftovers(t, emb)
}

// countingKeeper counts the times a run asks it for its items, and has none.
type countingKeeper struct{ lists atomic.Int32 }

func (k *countingKeeper) Ensure(context.Context, string) error { return nil }
func (k *countingKeeper) Names(context.Context) ([]string, error) {
	k.lists.Add(1)
	return nil, errors.New("no such list on this product")
}
func (k *countingKeeper) Delete(context.Context, []string) error { return nil }

// A run that named nothing made nothing: it does not sweep, so a product the subjects do not
// fit (a profile's default, a list page it lacks) costs no sign-in and prints no warning.
func TestARunThatNamedNothingDoesNotSweep(t *testing.T) {
	doc := filepath.Join(t.TempDir(), "look.md")
	if err := os.WriteFile(doc, []byte("# Look\n\n1. Select **Advanced Settings**.\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	k := &countingKeeper{}
	_, res := runWithKeepers(t, doc, "quiet", func(steps.Keeper) steps.Keeper { return k })
	if p := res.Procedures[0]; p.Status != results.Passed {
		t.Fatalf("the procedure %s", p.Status)
	}
	if n := k.lists.Load(); n != 0 || res.Leftovers != "" {
		t.Errorf("listed the items %d times, leftovers %q; want no sweep", n, res.Leftovers)
	}
}

// runWithKeepers runs doc on a fresh simulator whose subjects are kept by what keeper makes of
// their own keepers, and returns the simulator (closed with the test) and the result.
func runWithKeepers(t *testing.T, doc, runID string, keeper func(steps.Keeper) steps.Keeper) (*target.Embedded, *results.Result) {
	t.Helper()
	emb, err := target.StartEmbedded(panel.Options{Era: panel.Era2017, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = emb.Close() })
	files, _ := docfiles.Load([]string{doc})
	plans, _ := Prepare(files)
	owner := emb.Server.Owner()
	subjects := keep.Simulator(emb.API, panel.Era2017)
	for i := range subjects {
		subjects[i].Keeper = keeper(subjects[i].Keeper)
	}
	res, err := Run(context.Background(), plans, Options{
		Config: steps.Config{BaseURL: emb.URL, Subjects: subjects, RunID: runID, StepTimeout: 5 * time.Second,
			Login: steps.Login{Username: owner.Email, Password: owner.Password}},
		Browser: browsertest.Browser(t),
	})
	if err != nil {
		t.Fatal(err)
	}
	return emb, res
}
