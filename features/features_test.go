// Package features holds the Gherkin features docdrift gen writes from the docs, checked in
// so that reviews show how a doc change changes what runs. `go test ./features/...` runs
// them against the embedded control panel (era 2017) in headless Chromium, with go test's
// own flags (-run, -v, -count, -timeout) working as usual.
package features

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/cucumber/godog"
	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/browser/browsertest"
	"github.com/docdrift/docdrift/internal/featuregen"
	"github.com/docdrift/docdrift/internal/panel"
	"github.com/docdrift/docdrift/internal/runner"
	"github.com/docdrift/docdrift/internal/target"
	"github.com/docdrift/docdrift/internal/target/keep"
	"github.com/docdrift/docdrift/steps"
)

func TestMain(m *testing.M) { browsertest.Main(m) }

func TestFeatures(t *testing.T) {
	paths, err := filepath.Glob("*.feature")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no features found: %v", err)
	}
	var plans []runner.Plan
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		lm, err := featuregen.ReadLineMap(src)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		plans = append(plans, runner.Plan{Doc: &docsparse.Document{Path: lm.Doc}, Feature: src, Map: lm})
	}
	emb, err := target.StartEmbedded(panel.Options{Era: panel.Era2017, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer emb.Close()
	owner := emb.Server.Owner()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	res, err := runner.Run(ctx, plans, runner.Options{
		Config: steps.Config{
			BaseURL: emb.URL, Subjects: keep.Simulator(emb.API, panel.Era2017), RunID: "features", KeepGoing: true,
			Login: steps.Login{Username: owner.Email, Password: owner.Password},
		},
		Browser: browsertest.Browser(t),
		Suite:   func(o *godog.Options) { o.TestingT = t },
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range res.Procedures {
		for _, s := range p.Steps {
			if s.Err != nil {
				t.Errorf("%s: step %s %q: %v", s.At, s.DocStep, s.Text, s.Err)
			}
		}
	}
}
