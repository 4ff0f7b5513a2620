package runner

import (
	"context"
	"errors"
	"github.com/docdrift/docdrift/internal/results"
	"strings"
	"sync/atomic"
	"testing"
	"time"

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
	emb, err := target.StartEmbedded(panel.Options{Era: panel.Era2017, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer emb.Close()
	files, _ := docfiles.Load([]string{seedDoc})
	plans, _ := Prepare(files)
	owner := emb.Server.Owner()
	subjects := keep.Simulator(emb.API, panel.Era2017)
	for i := range subjects {
		subjects[i].Keeper = &flakyCleanup{Keeper: subjects[i].Keeper.(*keep.Keeper)}
	}
	res, err := Run(context.Background(), plans, Options{
		Config: steps.Config{BaseURL: emb.URL, Subjects: subjects, RunID: "sweep", StepTimeout: 5 * time.Second,
			Login: steps.Login{Username: owner.Email, Password: owner.Password}},
		Browser: browsertest.Browser(t),
	})
	if err != nil {
		t.Fatal(err)
	}
	if p := res.Procedures[0]; p.Status != results.Broken {
		t.Errorf("a failed cleanup must fail the procedure; it is %s", p.Status)
	}
	if !strings.Contains(res.Leftovers, "docdrift-sweep-1") {
		t.Errorf("leftovers %q", res.Leftovers)
	}
	noLeftovers(t, emb)
}
