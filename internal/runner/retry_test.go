package runner

import (
	"context"
	"github.com/docdrift/docdrift/internal/results"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"sync"
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

// A panel that is down for its first requests breaks the first attempt; the retry passes,
// and the broken attempt is kept. Drift is never retried.
func TestRetriesInfrastructureFailuresOnly(t *testing.T) {
	url, owner := downThrice(t, func(r *http.Request) bool { return r.URL.Path == "/" }) // the first load
	files, _ := docfiles.Load([]string{seedDoc})
	plans, _ := Prepare(files)
	res, err := Run(context.Background(), plans, Options{
		Config: steps.Config{BaseURL: url, Subjects: keep.Simulator(target.TestAPI{BaseURL: url}, panel.Era2017), RunID: "retry",
			KeepGoing: true, StepTimeout: 5 * time.Second,
			Login: steps.Login{Username: owner.Email, Password: owner.Password}},
		Browser:       browsertest.Browser(t),
		IncludeStruck: true,
		Retries:       2,
	})
	if err != nil {
		t.Fatal(err)
	}
	get := res.Procedures[0]
	if get.Status != results.Passed || len(get.Attempts) != 1 || get.Attempts[0].Status != results.Broken {
		t.Fatalf("first procedure %s with %d earlier attempts:\n%s", get.Status, len(get.Attempts), describe(res))
	}
	for _, p := range res.Procedures[1:] {
		if p.Status != results.Drifted || len(p.Attempts) != 0 {
			t.Errorf("%q is %s after %d retries; drift must not be retried", p.Name, p.Status, len(p.Attempts))
		}
	}
}

// A retry goes on counting the names of its run: it shares the run's ID, and a name its first
// attempt typed may be on the product still (Strapi's admin kept one as its username, and a
// retry that typed it again as a new account's name found that account was the admin's).
func TestARetryTypesNamesOfItsOwn(t *testing.T) {
	url, owner := downThrice(t, func(r *http.Request) bool { // the new account's save
		return r.Method == http.MethodPost && r.URL.Path == "/manage/settings/api-accounts"
	})
	files, _ := docfiles.Load([]string{seedDoc})
	plans, _ := Prepare(files)
	subjects := keep.Simulator(target.TestAPI{BaseURL: url}, panel.Era2017)
	// Cleanup asks each of the simulator's subjects for every name: one of them tells.
	seen := &namesSeen{Keeper: subjects[0].Keeper}
	subjects[0].Keeper = seen
	res, err := Run(context.Background(), plans, Options{
		Config: steps.Config{BaseURL: url, Subjects: subjects, RunID: "retry", StepTimeout: 5 * time.Second,
			Login: steps.Login{Username: owner.Email, Password: owner.Password}},
		Browser: browsertest.Browser(t),
		Retries: 1,
	})
	if err != nil {
		t.Fatal(err)
	}
	if p := res.Procedures[0]; p.Status != results.Passed || len(p.Attempts) != 1 {
		t.Fatalf("first procedure %s with %d earlier attempts, want it passed on its retry:\n%s", p.Status, len(p.Attempts), describe(res))
	}
	seen.mu.Lock()
	defer seen.mu.Unlock()
	counted := map[string]int{}
	for _, n := range seen.names {
		if counted[n]++; counted[n] == 2 {
			t.Errorf("%s was typed by the first attempt and by its retry (cleanup was asked for %q)", n, seen.names)
		}
	}
}

// namesSeen is a keeper that notes every name cleanup asks it to delete.
type namesSeen struct {
	steps.Keeper
	mu    sync.Mutex
	names []string
}

func (k *namesSeen) Delete(ctx context.Context, names []string) error {
	k.mu.Lock()
	k.names = append(k.names, names...)
	k.mu.Unlock()
	return k.Keeper.Delete(ctx, names)
}

// downThrice serves a simulator that answers 503 to the first three requests down picks — a
// request and docdrift's two reloads of it — and returns its address and its owner.
func downThrice(t *testing.T, down func(*http.Request) bool) (string, panel.User) {
	srv := panel.New(panel.Options{Era: panel.Era2017, Seed: 1})
	var failed atomic.Int32
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if down(r) && failed.Add(1) <= 3 {
			http.Error(w, "down for maintenance", http.StatusServiceUnavailable)
			return
		}
		srv.ServeHTTP(w, r)
	}))
	t.Cleanup(ts.Close)
	return ts.URL, srv.Owner()
}

// A retry runs the procedure that broke, also in a doc whose lists of facts have no scenario
// (the feature's scenarios then stand at other places than the doc's procedures).
func TestARetryRunsTheProcedureThatBroke(t *testing.T) {
	doc := filepath.Join(t.TempDir(), "tokens.md")
	src := "# Tokens\n\n## Facts\n\n1. Tokens expire after 30 days.\n2. Each belongs to one user.\n\n" +
		"## Creating a token\n\n1. Click **Create token**.\n\n## Deleting a token\n\n1. Click **Delete**.\n"
	if err := os.WriteFile(doc, []byte(src), 0o600); err != nil {
		t.Fatal(err)
	}
	plans := plansOf(t, doc)
	if len(plans[0].Map.Scenarios) != 2 {
		t.Fatalf("%d scenarios, want the two procedures'", len(plans[0].Map.Scenarios))
	}
	res := &results.Result{Procedures: []results.Procedure{{Status: results.Passed}, {Status: results.Broken}}}
	again, where := retryPlans(plans, res)
	if len(again) != 1 || len(again[0].Map.Scenarios) != 1 || !slices.Equal(where, []int{1}) {
		t.Fatalf("retry plans %d, where %v", len(again), where)
	}
	if got := again[0].Map.Scenarios[0].Name; got != "Deleting a token" {
		t.Errorf("the retry runs %q, want the procedure that broke", got)
	}
}
