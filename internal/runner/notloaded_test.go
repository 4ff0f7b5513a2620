package runner

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/docdrift/docdrift/internal/browser/browsertest"
	"github.com/docdrift/docdrift/internal/faultproxy"
	"github.com/docdrift/docdrift/internal/panel"
	"github.com/docdrift/docdrift/internal/results"
	"github.com/docdrift/docdrift/internal/target"
	"github.com/docdrift/docdrift/internal/target/keep"
	"github.com/docdrift/docdrift/steps"
)

// Pages that arrive cut short — the connection closed after 200 bytes, mid-answer — are the
// network's failure: a procedure meeting them breaks (and is retried), it never drifts, and
// no step blames the doc for a label missing from a page that did not load.
func TestCutConnectionsAreNeverDrift(t *testing.T) {
	tests := []struct {
		name    string
		cut     func(int) bool
		retries int
		want    results.Status // "" when passing or breaking are both fine, but drifting is not
	}{
		{"every connection", faultproxy.Every, 0, results.Broken},
		// A run reuses its connections across procedures (browser.Pool), so it opens few: the
		// first, which brings the first page, is cut for sure, and every other one after it.
		{"every other connection", func(c int) bool { return c%2 == 1 }, 2, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			emb, err := target.StartEmbedded(panel.Options{Era: panel.Era2017, Seed: 1})
			if err != nil {
				t.Fatal(err)
			}
			defer emb.Close()
			proxy, err := faultproxy.Start(strings.TrimPrefix(emb.URL, "http://"), 200, tt.cut)
			if err != nil {
				t.Fatal(err)
			}
			defer proxy.Close()
			plans := plansOf(t, seedDoc)
			owner := emb.Server.Owner()
			ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
			defer cancel()
			res, err := Run(ctx, plans, Options{
				Config: steps.Config{BaseURL: proxy.URL, Subjects: keep.Simulator(emb.API, panel.Era2017), RunID: "cut", KeepGoing: true, StepTimeout: 5 * time.Second,
					Login: steps.Login{Username: owner.Email, Password: owner.Password}},
				Browser: browsertest.Browser(t), IncludeStruck: true, Retries: tt.retries,
			})
			if err != nil {
				t.Fatal(err)
			}
			if proxy.Cuts() == 0 {
				t.Fatal("the proxy cut no connection")
			}
			for _, p := range res.Procedures {
				if tt.want != "" && p.Status != tt.want {
					t.Errorf("%q is %s, want %s:\n%s", p.Name, p.Status, tt.want, describe(res))
				}
				for _, a := range append([]results.Procedure{p}, p.Attempts...) {
					for _, s := range a.Steps {
						if s.Status == results.Drifted && !strings.Contains(s.Text, "Legacy API") && !strings.Contains(s.Text, "gears") {
							t.Errorf("%q step %s %q drifted on a cut connection: %v", p.Name, s.DocStep, s.Text, s.Err)
						}
					}
				}
			}
			if tt.want == results.Broken {
				first := res.Procedures[0].Steps[0]
				if first.Err == nil || !strings.Contains(first.Err.Error(), "did not load") {
					t.Errorf("step 1 says %v, want that the page did not load", first.Err)
				}
			}
			noLeftovers(t, emb)
		})
	}
}
