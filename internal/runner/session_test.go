package runner

import (
	"context"
	"github.com/docdrift/docdrift/internal/results"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/docdrift/docdrift/internal/browser/browsertest"
	"github.com/docdrift/docdrift/internal/docfiles"
	"github.com/docdrift/docdrift/internal/panel"
	"github.com/docdrift/docdrift/internal/target"
	"github.com/docdrift/docdrift/internal/target/keep"
	"github.com/docdrift/docdrift/steps"
)

type clock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *clock) Now() time.Time          { c.mu.Lock(); defer c.mu.Unlock(); return c.now }
func (c *clock) Advance(d time.Duration) { c.mu.Lock(); c.now = c.now.Add(d); c.mu.Unlock() }

// A session that expires mid-procedure is the environment's failure, not drift: the step
// that lands on the log-in page says so, and the account made before is still cleaned up.
func TestSessionExpiryMidRunIsInfrastructure(t *testing.T) {
	clk := &clock{now: time.Date(2017, 5, 1, 9, 0, 0, 0, time.UTC)}
	emb, err := target.StartEmbedded(panel.Options{Era: panel.Era2017, Seed: 1, Now: clk.Now,
		Faults: panel.Faults{SessionTTL: time.Hour}})
	if err != nil {
		t.Fatal(err)
	}
	defer emb.Close()
	files, _ := docfiles.Load([]string{seedDoc})
	plans, _ := Prepare(files)
	owner := emb.Server.Owner()
	res, err := Run(context.Background(), plans, Options{
		Config: steps.Config{BaseURL: emb.URL, Subjects: keep.Simulator(emb.API, panel.Era2017), RunID: "ttl", KeepGoing: true, StepTimeout: 5 * time.Second,
			Login: steps.Login{Username: owner.Email, Password: owner.Password}},
		Browser: browsertest.Browser(t),
		OnStep: func(p *results.Procedure, s *results.Step) {
			if s.DocStep == "4" && s.Sentence == 2 {
				clk.Advance(2 * time.Hour) // the session ends while the writer fills in the form
			}
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	get := res.Procedures[0]
	if get.Status != results.Broken {
		t.Fatalf("procedure is %s, want error:\n%s", get.Status, describe(res))
	}
	s := findStep(t, get, "8", "Select **Save** at the page's lower right-hand corner.")
	if s.Status != results.Broken || !strings.Contains(s.Err.Error(), "session expired") {
		t.Errorf("step 8: %s %v", s.Status, s.Err)
	}
	noLeftovers(t, emb)
}
