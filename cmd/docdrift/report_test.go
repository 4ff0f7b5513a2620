package main

import (
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/featuregen"
	"github.com/docdrift/docdrift/internal/report"
	"github.com/docdrift/docdrift/internal/results"
)

// Two shards of a run, as a CI matrix makes them, merged back into the reports of one run.
func TestReportMergeShards(t *testing.T) {
	t.Chdir("../..")
	shards := t.TempDir()
	for _, k := range []string{"1", "2"} {
		out := filepath.Join(shards, "docdrift-shard-"+k, "out")
		code, stdout, stderr := runCmd(t, "--include-struck", "--shard", k+"/2", "--report",
			"html="+filepath.Join(out, "html")+",junit="+filepath.Join(out, "junit.xml")+",cucumber="+filepath.Join(out, "cucumber.json"), seed)
		if code == exitUsage || code == exitInfra {
			t.Fatalf("shard %s: exit %d\n%s%s", k, code, stdout, stderr)
		}
	}
	out := t.TempDir()
	code, stdout, stderr := cmdIn(t, "report", "merge", "--html", filepath.Join(out, "html"),
		"--junit", filepath.Join(out, "junit.xml"), "--cucumber", filepath.Join(out, "cucumber.json"), shards)
	if code != exitOK {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	for _, kind := range []string{"html", "junit", "cucumber"} {
		if !strings.Contains(stdout, "merged 2 "+kind+" report(s)") {
			t.Errorf("output lacks the %s merge:\n%s", kind, stdout)
		}
	}
	data, err := os.ReadFile(filepath.Join(out, "junit.xml"))
	if err != nil {
		t.Fatal(err)
	}
	var suites struct {
		Tests    int `xml:"tests,attr"`
		Failures int `xml:"failures,attr"`
	}
	if err := xml.Unmarshal(data, &suites); err != nil || suites.Tests != 3 || suites.Failures != 2 {
		t.Errorf("merged JUnit: %+v, %v; want 3 tests, 2 failures", suites, err)
	}
	index, _ := os.ReadFile(filepath.Join(out, "html", "index.html"))
	for _, want := range []string{"Obtaining an OAuth Token", "Revoking App Access", "Regenerating an API Token", "<dd>1/2, 2/2</dd>"} {
		if !strings.Contains(string(index), want) {
			t.Errorf("merged HTML index lacks %q", want)
		}
	}
}

func TestReportUsage(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"report"}, "no subcommand given"},
		{[]string{"report", "split"}, `unknown subcommand "split"`},
		{[]string{"report", "merge", "x"}, "say what to write"},
		{[]string{"report", "merge", "--junit", "j.xml"}, "no shard reports given"},
		{[]string{"report", "merge", "--junit", "j.xml", "."}, "no junit reports among the inputs"},
	} {
		dir := t.TempDir()
		t.Chdir(dir)
		if code, _, stderr := cmdIn(t, tt.args...); code != exitUsage || !strings.Contains(stderr, tt.want) {
			t.Errorf("%v: exit %d\n%s", tt.args, code, stderr)
		}
	}
}

// writeShard writes the JUnit and Cucumber reports of a shard that ran the procedures at the
// given doc lines into shards/NAME/out/, as the CI merge job downloads them.
func writeShard(t *testing.T, name string, lines ...int) {
	t.Helper()
	res := &results.Result{}
	for _, line := range lines {
		res.Procedures = append(res.Procedures, results.Procedure{
			Doc: "docs/a.md", Name: "procedure", Status: results.Passed,
			At: featuregen.Position{Path: "docs/a.md", Pos: docsparse.Pos{Line: line, Col: 1}},
		})
	}
	out := filepath.Join("shards", name, "out")
	if err := report.WriteJUnit(filepath.Join(out, "junit.xml"), res); err != nil {
		t.Fatal(err)
	}
	if err := report.WriteCucumber(filepath.Join(out, "cucumber.json"), res); err != nil {
		t.Fatal(err)
	}
}

// Which inputs count: a report named twice is merged once, an empty shard is still a shard,
// other files in a folder are passed over but a file named on the command line must be a report.
func TestReportMergeInputs(t *testing.T) {
	for _, tt := range []struct {
		name      string
		args      []string
		code      int
		output    string // on stdout when code is 0, on stderr otherwise
		junitCase int
	}{
		{"folder", []string{"shards"}, exitOK, "merged 3 junit report(s)", 3},
		{"folder and a file in it", []string{"shards", "shards/1/out/junit.xml", "./shards/2/out/cucumber.json"},
			exitOK, "merged 3 cucumber report(s)", 3},
		{"files", []string{"shards/1/out/junit.xml", "shards/2/out/junit.xml", "shards/2/out/cucumber.json"},
			exitOK, "merged 2 junit report(s)", 3},
		{"empty shard alone", []string{"shards/3/out/junit.xml", "shards/3/out/cucumber.json"},
			exitOK, "merged 1 cucumber report(s)", 0},
		{"not a report", []string{"shards", "shards/notes.json"}, exitUsage,
			"shards/notes.json is not a report docdrift writes", 0},
		{"missing", []string{"shards", "shard"}, exitUsage, "no such file", 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Chdir(t.TempDir())
			writeShard(t, "1", 8, 88)
			writeShard(t, "2", 46)
			writeShard(t, "3") // more shards than procedures
			if err := os.WriteFile("shards/notes.json", []byte(`{"uri": "not a report"}`), 0o644); err != nil {
				t.Fatal(err)
			}
			args := append([]string{"report", "merge", "--junit", "out/junit.xml", "--cucumber", "out/cucumber.json"}, tt.args...)
			code, stdout, stderr := cmdIn(t, args...)
			got := stdout
			if tt.code != exitOK {
				got = stderr
			}
			if code != tt.code || !strings.Contains(got, tt.output) {
				t.Fatalf("exit %d, want %d with %q\nstdout:\n%s\nstderr:\n%s", code, tt.code, tt.output, stdout, stderr)
			}
			if tt.code != exitOK {
				return
			}
			data, err := os.ReadFile("out/junit.xml")
			if err != nil {
				t.Fatal(err)
			}
			var merged struct {
				Tests int `xml:"tests,attr"`
				Cases []struct {
					Line int `xml:"line,attr"`
				} `xml:"testsuite>testcase"`
			}
			if err := xml.Unmarshal(data, &merged); err != nil {
				t.Fatal(err)
			}
			if merged.Tests != tt.junitCase || len(merged.Cases) != tt.junitCase {
				t.Errorf("merged JUnit has %d tests, %d testcases, want %d:\n%s", merged.Tests, len(merged.Cases), tt.junitCase, data)
			}
		})
	}
}
