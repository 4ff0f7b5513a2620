package runner

import (
	"context"
	"errors"
	"github.com/docdrift/docdrift/internal/results"
	"strings"
	"testing"
	"time"

	"github.com/docdrift/docdrift/internal/browser/browsertest"
	"github.com/docdrift/docdrift/internal/docfiles"
	"github.com/docdrift/docdrift/internal/panel"
	"github.com/docdrift/docdrift/internal/target"
	"github.com/docdrift/docdrift/steps"
)

// flakyCleanup is a target whose per-scenario cleanup fails, as when the panel is still
// answering the request that creates the account.
type flakyCleanup struct{ target.TestAPI }

func (flakyCleanup) DeleteAccounts(context.Context, []string) error {
	return errors.New("panel busy")
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
	res, err := Run(context.Background(), plans, Options{
		Config: steps.Config{BaseURL: emb.URL, Target: flakyCleanup{emb.API}, RunID: "sweep", StepTimeout: 5 * time.Second,
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
