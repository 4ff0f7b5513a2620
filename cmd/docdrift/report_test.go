package main

import (
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
