package report

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/docdrift/docdrift/internal/featuregen"
	"github.com/docdrift/docdrift/internal/golden"
	"github.com/docdrift/docdrift/internal/results"
)

// withNewVerdicts is the sample run plus a procedure that ran up to a step docdrift could
// not read, and one that happens in a terminal, which no target answers for.
func withNewVerdicts(t testing.TB) *results.Result {
	res := sample(t)
	unread := step("3", "And", "Wave the token at the screen.", 143, results.NotUnderstood, 0)
	unread.Err = errors.New(`"wave … at the screen" is no action docdrift knows`)
	shell := step("1", "Given", "Run `curl -H \"X-Auth-Token: $TOKEN\" https://api.example.com/v3/catalog`.", 151, results.NotChecked, 0)
	shell.Surface = "terminal"
	res.Procedures = append(res.Procedures,
		results.Procedure{Doc: doc, Name: "Rotating Keys", At: at(140, 1), Status: results.NotUnderstood, Duration: 1200e6,
			Steps: []results.Step{step("1", "Given", "Log into the store.", 141, results.Passed, 900), step("2", "When", "Select **Advanced Settings**.", 142, results.Passed, 300),
				unread, step("4", "And", "Select **Save**.", 144, results.Skipped, 0)}},
		results.Procedure{Doc: doc, Name: "Using a Token", At: at(150, 1), Status: results.NotChecked, Surface: "terminal",
			Steps: []results.Step{shell}})
	return res
}

// Every report says what the new verdicts mean in its own terms: JUnit an error of type
// not-understood and a skip with the surface, Cucumber undefined and skipped, GitHub a warning
// at the unread step and a notice, the step summary its own table.
func TestNewVerdicts(t *testing.T) {
	t.Chdir(t.TempDir())
	res := withNewVerdicts(t)
	if err := WriteJUnit("junit.xml", res); err != nil {
		t.Fatal(err)
	}
	if err := WriteCucumber("cucumber.json", res); err != nil {
		t.Fatal(err)
	}
	var gh, md bytes.Buffer
	if err := WriteGitHub(&gh, res); err != nil {
		t.Fatal(err)
	}
	if err := WriteMarkdown(&md, res); err != nil {
		t.Fatal(err)
	}
	junit, _ := os.ReadFile("junit.xml")
	cuke, _ := os.ReadFile("cucumber.json")
	golden.Check(t, "verdicts/junit.xml", junit)
	golden.Check(t, "verdicts/cucumber.json", cuke)
	golden.Check(t, "verdicts/github.txt", gh.Bytes())
	golden.Check(t, "verdicts/summary.md", md.Bytes())

	var suites junitSuites
	if err := xml.Unmarshal(junit, &suites); err != nil {
		t.Fatal(err)
	}
	cases := map[string]junitCase{}
	for _, c := range suites.Suites[0].Cases {
		cases[c.Name] = c
	}
	if c := cases["Rotating Keys"]; c.Error == nil || c.Error.Type != "not-understood" || !strings.Contains(c.Error.Body, "api-accounts.md:143:5") {
		t.Errorf("not understood in JUnit: %+v", c.Error)
	}
	if c := cases["Using a Token"]; c.Skipped == nil || c.Skipped.Message != "not checked here: terminal" {
		t.Errorf("not checked in JUnit: %+v", c.Skipped)
	}
	if suites.Tests != 7 || suites.Failures != 1 || suites.Errors != 2 || suites.Skipped != 2 {
		t.Errorf("JUnit totals: %d tests, %d failures, %d errors, %d skipped", suites.Tests, suites.Failures, suites.Errors, suites.Skipped)
	}
	var features []cukeFeature
	if err := json.Unmarshal(cuke, &features); err != nil {
		t.Fatal(err)
	}
	statuses := map[string]string{}
	for _, el := range features[0].Elements {
		for _, s := range el.Steps {
			statuses[fmt.Sprint(s.Line)] = s.Result.Status
		}
	}
	if statuses["143"] != "undefined" || statuses["151"] != "skipped" {
		t.Errorf("Cucumber statuses: line 143 %s, line 151 %s", statuses["143"], statuses["151"])
	}
	for _, want := range []string{"::warning file=docs/api-accounts.md,line=143,col=5,", "::notice file=docs/api-accounts.md,line=150,col=1,"} {
		if !strings.Contains(gh.String(), want) {
			t.Errorf("GitHub annotations lack %s:\n%s", want, gh.String())
		}
	}
}

// Shards with the new verdicts merge into the report of the whole run.
func TestMergeNewVerdicts(t *testing.T) {
	t.Chdir(t.TempDir())
	all := withNewVerdicts(t)
	var junits, cukes []string
	for k := 0; k < 2; k++ {
		res := &results.Result{}
		for i, p := range all.Procedures {
			if i%2 == k {
				res.Procedures = append(res.Procedures, p)
			}
		}
		junits = append(junits, filepath.Join(fmt.Sprint(k), "junit.xml"))
		cukes = append(cukes, filepath.Join(fmt.Sprint(k), "cucumber.json"))
		if WriteJUnit(junits[k], res) != nil || WriteCucumber(cukes[k], res) != nil {
			t.Fatal("cannot write a shard")
		}
	}
	if err := MergeJUnit("merged.xml", junits); err != nil {
		t.Fatal(err)
	}
	if err := WriteJUnit("whole.xml", all); err != nil {
		t.Fatal(err)
	}
	merged, _ := os.ReadFile("merged.xml")
	whole, _ := os.ReadFile("whole.xml")
	if shape(t, merged) != shape(t, whole) {
		t.Errorf("merged:\n%s\nwhole run:\n%s", shape(t, merged), shape(t, whole))
	}
	if err := MergeCucumber("merged.json", cukes); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile("merged.json")
	if !strings.Contains(string(data), `"status": "undefined"`) {
		t.Errorf("the merged Cucumber report lost the undefined step:\n%s", data)
	}
}

// More unread steps than GitHub shows: the warnings that fit, then one that says how many more.
func TestGitHubLimitsUnreadSteps(t *testing.T) {
	res := &results.Result{Leftovers: "1 item(s) outlived their scenario"}
	for p := 0; p < 12; p++ {
		s := step("1", "Given", "Hum a tune.", p*10+1, results.NotUnderstood, 0)
		s.At = featuregen.Position{Path: doc, Pos: s.At.Pos}
		res.Procedures = append(res.Procedures, results.Procedure{Doc: doc, Name: fmt.Sprint("P", p), At: at(p*10, 1),
			Status: results.NotUnderstood, Steps: []results.Step{s}})
	}
	var b bytes.Buffer
	if err := WriteGitHub(&b, res); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if len(lines) != GitHubLimit {
		t.Fatalf("%d warnings, want %d:\n%s", len(lines), GitHubLimit, b.String())
	}
	if !strings.Contains(lines[8], "4 more step(s) docdrift could not read") || !strings.Contains(lines[9], "accounts left on the panel") {
		t.Errorf("the last warnings:\n%s\n%s", lines[8], lines[9])
	}
}
