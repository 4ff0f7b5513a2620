package runner

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/docdrift/docdrift/internal/browser/browsertest"
	"github.com/docdrift/docdrift/internal/docfiles"
	"github.com/docdrift/docdrift/internal/panel"
	"github.com/docdrift/docdrift/internal/results"
	"github.com/docdrift/docdrift/internal/target"
	"github.com/docdrift/docdrift/internal/target/keep"
	"github.com/docdrift/docdrift/steps"
)

func TestMain(m *testing.M) { browsertest.Main(m) }

var seedDoc = filepath.Join("..", "..", "testdata", "seed", "includes", "_api_oauth_tokens.md")

// runDoc runs one doc against a fresh embedded panel and returns the result and the panel.
func runDoc(t *testing.T, doc string, popts panel.Options, includeStruck bool) (*results.Result, *target.Embedded) {
	t.Helper()
	return runDocWith(t, doc, popts, Options{IncludeStruck: includeStruck})
}

// runMarkdown writes src as a doc called name and runs it on the embedded 2017 panel, failing t
// unless the run reports procedures procedures.
func runMarkdown(t *testing.T, name, src string, procedures int) *results.Result {
	t.Helper()
	doc := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(doc, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	res, _ := runDoc(t, doc, panel.Options{Era: panel.Era2017, Seed: 1}, false)
	if len(res.Procedures) != procedures {
		t.Fatalf("%d procedures, want %d:\n%s", len(res.Procedures), procedures, describe(res))
	}
	return res
}

// plansOf reads and plans one doc, failing t on any finding.
func plansOf(t *testing.T, doc string) []Plan {
	t.Helper()
	files, findings := docfiles.Load([]string{doc})
	if len(findings) > 0 {
		t.Fatalf("load: %v", findings)
	}
	plans, findings := Prepare(files)
	if len(findings) > 0 {
		t.Fatalf("prepare: %v", findings)
	}
	return plans
}

// runDocWith is runDoc with more of the run's options; Config and Browser are filled in.
func runDocWith(t *testing.T, doc string, popts panel.Options, opts Options) (*results.Result, *target.Embedded) {
	t.Helper()
	plans := plansOf(t, doc)
	emb, err := target.StartEmbedded(popts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { emb.Close() })
	owner := emb.Server.Owner()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	opts.Config = steps.Config{
		BaseURL: emb.URL, Subjects: keep.Simulator(emb.API, popts.Era), RunID: "test", KeepGoing: true,
		StepTimeout: 5 * time.Second,
		Login:       steps.Login{Username: owner.Email, Password: owner.Password},
	}
	opts.Browser = browsertest.Browser(t)
	if opts.Shots == nil {
		opts.Shots = results.NewSpool(filepath.Join(t.TempDir(), "shots"))
	}
	res, err := Run(ctx, plans, opts)
	if err != nil {
		t.Fatal(err)
	}
	return res, emb
}

func describe(res *results.Result) string {
	var b strings.Builder
	for _, p := range res.Procedures {
		b.WriteString(string(p.Status) + " " + p.Name + " " + p.SkipReason + "\n")
		for _, s := range p.Steps {
			b.WriteString("  " + string(s.Status) + " " + s.DocStep + " " + s.Text)
			if s.Err != nil {
				b.WriteString(" :: " + s.Err.Error())
			}
			b.WriteString("\n")
		}
	}
	return b.String()
}

func TestReferenceDraftPassesOn2017(t *testing.T) {
	res, emb := runDoc(t, seedDoc, panel.Options{Era: panel.Era2017, Seed: 1}, false)
	got := describe(res)
	want := []results.Status{results.Passed, results.Skipped, results.Skipped}
	if len(res.Procedures) != len(want) {
		t.Fatalf("got %d procedures:\n%s", len(res.Procedures), got)
	}
	for i, w := range want {
		if res.Procedures[i].Status != w {
			t.Errorf("procedure %q is %s, want %s\n%s", res.Procedures[i].Name, res.Procedures[i].Status, w, got)
		}
	}
	noLeftovers(t, emb)
}

func TestStruckLegacyProceduresDriftOn2017(t *testing.T) {
	res, emb := runDoc(t, seedDoc, panel.Options{Era: panel.Era2017, Seed: 1}, true)
	revoke := res.Procedures[1]
	if revoke.Name != "Revoking App Access" || revoke.Status != results.Drifted {
		t.Fatalf("want Revoking App Access to drift:\n%s", describe(res))
	}
	expectStep(t, revoke, "3", results.Drifted, `named "Legacy API Accounts"`, `closest: "Legacy API Settings"`, `carried on with "Legacy API Settings"`)
	expectStep(t, revoke, "4", results.Drifted, "no gears icon", `"More actions" button`)
	for _, n := range []string{"5", "6", "7", "8", "9"} {
		expectStep(t, revoke, n, results.Passed)
	}
	noLeftovers(t, emb)
	spentOnEachPart(t, res)
}

// spentOnEachPart checks that a run which signed in, made an item for a procedure, captured
// drifted steps and deleted what it created accounts for each part of its time, and that its
// steps' time is the procedures' own.
func spentOnEachPart(t *testing.T, res *results.Result) {
	t.Helper()
	var steps time.Duration
	for _, p := range res.Procedures {
		steps += p.Duration
	}
	s := res.Spent
	if s.Steps != steps {
		t.Errorf("steps took %v, the procedures %v", s.Steps, steps)
	}
	if s.SignIn <= 0 || s.SignIn > s.Steps {
		t.Errorf("signing in took %v of the steps' %v", s.SignIn, s.Steps)
	}
	for part, d := range map[string]time.Duration{"screenshots": s.Screenshots, "sessions": s.Sessions,
		"preconditions": s.Preconditions, "cleanup": s.Cleanup} {
		if d <= 0 {
			t.Errorf("%s took no time: %+v", part, s)
		}
	}
}

// Procedures run at once, each in its own incognito context, reach the same verdicts.
func TestConcurrentProcedures(t *testing.T) {
	res, emb := runDocWith(t, seedDoc, panel.Options{Era: panel.Era2017, Seed: 1}, Options{IncludeStruck: true, Concurrency: 3})
	for i, want := range []results.Status{results.Passed, results.Drifted, results.Drifted} {
		if got := res.Procedures[i].Status; got != want {
			t.Errorf("%q is %s, want %s:\n%s", res.Procedures[i].Name, got, want, describe(res))
		}
	}
	expectStep(t, res.Procedures[2], "3", results.Drifted, `closest: "Legacy API Settings"`)
	noLeftovers(t, emb)
}

func TestReferenceDraftOn2023(t *testing.T) {
	res, emb := runDoc(t, seedDoc, panel.Options{Era: panel.Era2023, Seed: 1}, false)
	get := res.Procedures[0]
	if get.Status != results.Drifted {
		t.Fatalf("want a drift:\n%s", describe(res))
	}
	expectStep(t, get, "1", results.Passed)
	expectStep(t, get, "2", results.Drifted, `named "Advanced Settings"`, `closest: "Settings"`)
	noLeftovers(t, emb)
}

// expectStep checks the first generated step of a doc step: its status and message parts.
func expectStep(t *testing.T, p results.Procedure, docStep string, want results.Status, message ...string) {
	t.Helper()
	for _, s := range p.Steps {
		if s.DocStep != docStep {
			continue
		}
		if s.Status != want {
			t.Errorf("step %s %q is %s (%v), want %s", docStep, s.Text, s.Status, s.Err, want)
		}
		for _, m := range message {
			if s.Err == nil || !strings.Contains(s.Err.Error(), m) {
				t.Errorf("step %s: message %v lacks %q", docStep, s.Err, m)
			}
		}
		if want == results.Drifted {
			ownerOnlyPNG(t, docStep, s.Screenshot)
		}
		return
	}
	t.Errorf("no step %s in %q", docStep, p.Name)
}

// ownerOnlyPNG checks that a step's screenshot was kept on disk as a PNG only its owner can
// read: it shows the product's admin pages.
func ownerOnlyPNG(t *testing.T, docStep string, shot results.Shot) {
	t.Helper()
	if !shot.Taken() {
		t.Errorf("step %s drifted without a screenshot", docStep)
		return
	}
	fi, err := os.Stat(shot.Path)
	if err != nil {
		t.Fatalf("step %s: %v", docStep, err)
	}
	data, err := shot.Read()
	if err != nil || !bytes.HasPrefix(data, []byte("\x89PNG")) || fi.Mode().Perm() != 0o600 {
		t.Errorf("step %s: screenshot %s is mode %v, starts %q (%v); want a PNG of mode 0600", docStep, shot.Path, fi.Mode().Perm(), data[:min(len(data), 4)], err)
	}
}

// noLeftovers checks that the run deleted every account it made.
func noLeftovers(t *testing.T, emb *target.Embedded) {
	t.Helper()
	list, err := emb.API.Accounts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range list.Accounts {
		if strings.HasPrefix(a.Name, "docdrift-") {
			t.Errorf("account %q was left behind", a.Name)
		}
	}
	for _, a := range list.Legacy {
		if strings.HasPrefix(a.Username, "docdrift-") {
			t.Errorf("legacy account %q was left behind", a.Username)
		}
	}
}

// In 2019 "Create API Account" opens a menu, not the form: the outcome the doc promises is
// drift, recorded without pretending to carry on with another heading.
func TestReferenceDraftOn2019(t *testing.T) {
	res, emb := runDoc(t, seedDoc, panel.Options{Era: panel.Era2019, Seed: 1}, false)
	get := res.Procedures[0]
	s := findStep(t, get, "4", "This will display the **Create API Account** page shown above.")
	if s.Status != results.Drifted || s.Err == nil || !strings.Contains(s.Err.Error(), `no heading named "Create API Account"`) ||
		strings.Contains(s.Err.Error(), "carried on") {
		t.Errorf("step 4's outcome: %s %v", s.Status, s.Err)
	}
	noLeftovers(t, emb)
}
