package main

import (
	"encoding/json"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/docdrift/docdrift/internal/panel"
)

// copySeed copies the reference draft and its images into a fresh directory, in the layout its
// links expect, and makes that directory the working one.
func copySeed(t *testing.T) {
	t.Helper()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, f := range []string{"includes/_api_oauth_tokens.md", "assets/CreateAccount.png", "assets/SaveCreds.png"} {
		data, err := os.ReadFile(filepath.Join(root, "testdata/seed", f))
		if err != nil {
			t.Fatal(err)
		}
		dst := filepath.Join(dir, "testdata/seed", f)
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dst, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
}

// The round trip: the draft with its struck sections on the 2017 UI writes every
// format at once; the HTML report shows the legacy steps that drifted with their pictures; the
// fix patch applies, and the next run passes those steps.
func TestRunAllFormatsAndFixRoundTrip(t *testing.T) {
	copySeed(t)
	code, stdout, stderr := runCmd(t, "--include-struck", "--format", "github", "--suggest-fixes", "fix.patch",
		"--report", "html=out/html,junit=out/junit.xml,cucumber=out/cucumber.json", seed)
	if code != exitFindings {
		t.Fatalf("exit %d, want %d\n%s%s", code, exitFindings, stdout, stderr)
	}
	for _, f := range []string{"out/html/index.html", "out/html/01-api-oauth-tokens.html", "out/html/report.json",
		"out/junit.xml", "out/cucumber.json", "fix.patch"} {
		if _, err := os.Stat(f); err != nil {
			t.Errorf("missing %s: %v", f, err)
		}
	}
	page, _ := os.ReadFile("out/html/01-api-oauth-tokens.html")
	for _, line := range []string{"46", "60"} { // step 3 of each legacy procedure
		item := regexp.MustCompile(`(?s)<li class="dd-step dd-drift" id="L` + line + `".*?</li>`).Find(page)
		if item == nil {
			t.Errorf("line %s is not marked as drifted in the HTML report", line)
			continue
		}
		if !strings.Contains(string(item), `closest labels on the page: <q>Legacy API Settings</q>`) {
			t.Errorf("line %s lacks the closest label:\n%s", line, item)
		}
		shot := regexp.MustCompile(`<img src="(shots/[^"]+)"`).FindSubmatch(item)
		if shot == nil {
			t.Errorf("line %s has no screenshot", line)
		} else if info, err := os.Stat(filepath.Join("out/html", string(shot[1]))); err != nil || info.Size() == 0 {
			t.Errorf("line %s: screenshot %s: %v", line, shot[1], err)
		}
	}
	if !strings.Contains(stdout, "::warning file="+seed+",line=26,") {
		t.Errorf("no warning that SaveCreds.png is out of date:\n%s", stdout)
	}

	if out, err := exec.Command("git", "apply", "fix.patch").CombinedOutput(); err != nil {
		t.Fatalf("git apply fix.patch: %v\n%s", err, out)
	}
	code, stdout, stderr = runCmd(t, "--include-struck", seed)
	if code != exitFindings { // the gears icon of step 4 has no label to rename: it still drifts
		t.Fatalf("exit %d after the fix\n%s%s", code, stdout, stderr)
	}
	for _, fixed := range []string{seed + ":46:5:", seed + ":60:5:"} {
		if strings.Contains(stdout, fixed) {
			t.Errorf("%s still drifts after the fix:\n%s", fixed, stdout)
		}
	}
}

// --update-images writes the page over each doc image; the next run finds them current.
func TestRunUpdateImages(t *testing.T) {
	copySeed(t)
	before, _ := os.ReadFile("testdata/seed/assets/SaveCreds.png")
	code, stdout, stderr := runCmd(t, "--update-images", seed)
	if code != exitOK || !strings.Contains(stdout, `image "../assets/SaveCreds.png" updated from step 8's page`) {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	after, _ := os.ReadFile("testdata/seed/assets/SaveCreds.png")
	if string(before) == string(after) {
		t.Error("SaveCreds.png was not rewritten")
	}
	code, stdout, stderr = runCmd(t, "--image-threshold", "1", seed)
	if code != exitOK || strings.Contains(stdout, "image-drift") {
		t.Errorf("after --update-images: exit %d\n%s%s", code, stdout, stderr)
	}
}

// The JUnit and Cucumber reports of a real run — the draft's struck legacy procedures drift
// on the 2017 UI — point at the doc's own lines, attach screenshots that are PNGs, and hold
// no password.
func TestReportsOfAReferenceDraftRun(t *testing.T) {
	t.Chdir("../..")
	emb := startPanel(t, panel.Options{Era: panel.Era2017, Seed: 1})
	dir := t.TempDir()
	junitPath, cukePath := filepath.Join(dir, "junit.xml"), filepath.Join(dir, "cucumber.json")
	code, stdout, stderr := runCmd(t, "--base-url", emb.URL, "--include-struck", "--report", "junit="+junitPath+",cucumber="+cukePath, seed)
	if code != exitFindings {
		t.Fatalf("exit %d, want %d\n%s%s", code, exitFindings, stdout, stderr)
	}
	src, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	docLines := strings.Split(string(src), "\n")
	password := emb.Server.Owner().Password

	raw, err := os.ReadFile(junitPath)
	if err != nil {
		t.Fatal(err)
	}
	var suites struct {
		Suites []struct {
			Cases []struct {
				Name      string `xml:"name,attr"`
				Classname string `xml:"classname,attr"`
				File      string `xml:"file,attr"`
				Line      int    `xml:"line,attr"`
				Failure   *struct {
					Body string `xml:",cdata"`
				} `xml:"failure"`
				SystemOut *struct {
					Text string `xml:",cdata"`
				} `xml:"system-out"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	if err := xml.Unmarshal(raw, &suites); err != nil {
		t.Fatalf("junit report does not parse: %v\n%s", err, raw)
	}
	if len(suites.Suites) != 1 || len(suites.Suites[0].Cases) != 3 {
		t.Fatalf("want one suite with 3 cases:\n%s", raw)
	}
	drifted := 0
	for _, c := range suites.Suites[0].Cases {
		if c.File != seed || c.Classname != seed || c.Line < 1 || c.Line > len(docLines) || !strings.Contains(docLines[c.Line-1], c.Name) {
			t.Errorf("case %q at %s line %d (classname %s), not at the doc's heading", c.Name, c.File, c.Line, c.Classname)
			continue
		}
		if c.Failure == nil {
			continue
		}
		drifted++
		if !strings.Contains(c.Failure.Body, seed+":") || !strings.Contains(c.Failure.Body, "nearest labels") {
			t.Errorf("case %q: the failure lacks the doc position or the labels:\n%s", c.Name, c.Failure.Body)
		}
		attachment := regexp.MustCompile(`\[\[ATTACHMENT\|([^\]]+)\]\]`)
		if c.SystemOut == nil || attachment.FindStringSubmatch(c.SystemOut.Text) == nil {
			t.Errorf("case %q: no screenshot attached", c.Name)
			continue
		}
		shot := attachment.FindStringSubmatch(c.SystemOut.Text)[1]
		if b, err := os.ReadFile(shot); err != nil || !strings.HasPrefix(string(b), "\x89PNG") {
			t.Errorf("case %q: attachment %s is not a PNG: %v", c.Name, shot, err)
		}
	}
	if drifted != 2 {
		t.Errorf("%d procedures drifted, want the 2 legacy ones:\n%s", drifted, raw)
	}

	raw, err = os.ReadFile(cukePath)
	if err != nil {
		t.Fatal(err)
	}
	var features []struct {
		URI      string `json:"uri"`
		Elements []struct {
			Steps []struct {
				Name string `json:"name"`
				Line int    `json:"line"`
			} `json:"steps"`
		} `json:"elements"`
	}
	if err := json.Unmarshal(raw, &features); err != nil || len(features) != 1 || features[0].URI != seed {
		t.Fatalf("cucumber report: %v\n%s", err, raw)
	}
	for _, el := range features[0].Elements {
		for _, st := range el.Steps {
			if st.Line < 1 || st.Line > len(docLines) || !strings.Contains(docLines[st.Line-1], strings.Fields(st.Name)[0]) {
				t.Errorf("step %q at doc line %d: %q", st.Name, st.Line, docLines[max(st.Line-1, 0)])
			}
		}
	}
	for _, f := range []string{junitPath, cukePath} {
		if b, _ := os.ReadFile(f); strings.Contains(string(b), password) {
			t.Errorf("the owner's password reached %s", filepath.Base(f))
		}
	}
}
