package report

import (
	"context"
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/docdrift/docdrift/internal/browser/browsertest"
	"github.com/docdrift/docdrift/internal/docfiles"
	"github.com/docdrift/docdrift/internal/panel"
	"github.com/docdrift/docdrift/internal/runner"
	"github.com/docdrift/docdrift/internal/target"
	"github.com/docdrift/docdrift/steps"
)

func TestMain(m *testing.M) { browsertest.Main(m) }

// The reference draft's struck-out legacy procedures drift on the 2017 panel: the JUnit report
// parses and points at the doc's lines, and the Cucumber report's uri is the doc.
func TestReportsOfAReferenceDraftRun(t *testing.T) {
	seed := filepath.Join("..", "..", "testdata", "seed", "includes", "_api_oauth_tokens.md")
	files, findings := docfiles.Load([]string{seed})
	plans, more := runner.Prepare(files)
	if findings = append(findings, more...); len(findings) > 0 {
		t.Fatal(findings)
	}
	emb, err := target.StartEmbedded(panel.Options{Era: panel.Era2017, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer emb.Close()
	owner := emb.Server.Owner()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	res, err := runner.Run(ctx, plans, runner.Options{
		Config: steps.Config{BaseURL: emb.URL, Target: emb.API, RunID: "report", KeepGoing: true, StepTimeout: 3 * time.Second,
			Login: steps.Login{Username: owner.Email, Password: owner.Password}},
		Browser:       browsertest.Browser(t),
		IncludeStruck: true,
	})
	if err != nil {
		t.Fatal(err)
	}

	dir := t.TempDir()
	junitPath, cukePath := filepath.Join(dir, "junit.xml"), filepath.Join(dir, "cucumber.json")
	if err := WriteJUnit(junitPath, res); err != nil {
		t.Fatal(err)
	}
	if err := WriteCucumber(cukePath, res); err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	docLines := strings.Split(string(src), "\n")

	raw, err := os.ReadFile(junitPath)
	if err != nil {
		t.Fatal(err)
	}
	var suites junitSuites
	if err := xml.Unmarshal(raw, &suites); err != nil {
		t.Fatalf("junit report does not parse: %v\n%s", err, raw)
	}
	if len(suites.Suites) != 1 || len(suites.Suites[0].Cases) != len(res.Procedures) {
		t.Fatalf("want one suite with %d cases:\n%s", len(res.Procedures), raw)
	}
	var drifted int
	for _, c := range suites.Suites[0].Cases {
		if c.File != seed || c.Classname != seed || c.Line < 1 || c.Line > len(docLines) {
			t.Errorf("case %q at %s line %d (classname %s), not at the doc", c.Name, c.File, c.Line, c.Classname)
			continue
		}
		if !strings.Contains(docLines[c.Line-1], c.Name) {
			t.Errorf("case %q: doc line %d is %q", c.Name, c.Line, docLines[c.Line-1])
		}
		if c.Failure == nil {
			continue
		}
		drifted++
		if !strings.Contains(c.Failure.Body, seed+":") || !strings.Contains(c.Failure.Body, `"Legacy API Accounts"`) &&
			!strings.Contains(c.Failure.Body, "nearest labels") {
			t.Errorf("case %q: failure body lacks the doc position or the labels:\n%s", c.Name, c.Failure.Body)
		}
		if c.SystemOut == nil || !strings.Contains(c.SystemOut.Text, "[[ATTACHMENT|") {
			t.Errorf("case %q: no screenshot attached", c.Name)
			continue
		}
		shot := strings.TrimSuffix(strings.SplitN(strings.SplitN(c.SystemOut.Text, "[[ATTACHMENT|", 2)[1], "]]", 2)[0], "\n")
		if b, err := os.ReadFile(shot); err != nil || !strings.HasPrefix(string(b), "\x89PNG") {
			t.Errorf("case %q: attachment %s is not a PNG: %v", c.Name, shot, err)
		}
	}
	if drifted == 0 {
		t.Errorf("no procedure drifted:\n%s", raw)
	}
	if strings.Contains(string(raw), owner.Password) {
		t.Error("the owner's password reached the junit report")
	}

	raw, err = os.ReadFile(cukePath)
	if err != nil {
		t.Fatal(err)
	}
	var features []cukeFeature
	if err := json.Unmarshal(raw, &features); err != nil {
		t.Fatalf("cucumber report does not parse: %v", err)
	}
	if len(features) != 1 || features[0].URI != seed {
		t.Fatalf("cucumber uri: %+v", features)
	}
	for _, el := range features[0].Elements {
		for _, st := range el.Steps {
			if st.Line < 1 || st.Line > len(docLines) || !strings.Contains(docLines[st.Line-1], strings.Fields(st.Name)[0]) {
				t.Errorf("step %q at doc line %d: %q", st.Name, st.Line, docLines[max(st.Line-1, 0)])
			}
		}
	}
	if strings.Contains(string(raw), owner.Password) {
		t.Error("the owner's password reached the cucumber report")
	}
}
