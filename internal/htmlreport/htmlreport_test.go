package htmlreport

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/browser/browsertest"
	"github.com/docdrift/docdrift/internal/docfiles"
	"github.com/docdrift/docdrift/internal/docimages"
	"github.com/docdrift/docdrift/internal/golden"
	"github.com/docdrift/docdrift/internal/results"
	"github.com/docdrift/docdrift/internal/runner"
)

func TestMain(m *testing.M) { browsertest.Main(m) }

// seed is the reference draft as a run sees it: relative to the working directory.
const seed = "testdata/seed/includes/_api_oauth_tokens.md"

// sampleInput is a run of the reference draft with --include-struck on the 2017 UI, as the
// runner reports it: the first procedure passed, the legacy one drifted at steps 3 and 4 and
// carried on, the last never ran; every step that ran has a screenshot.
func sampleInput(t *testing.T) Input {
	t.Helper()
	t.Chdir("../..")
	files, findings := docfiles.Load([]string{seed})
	plans, more := runner.Prepare(files)
	if len(findings)+len(more) > 0 || len(plans) != 1 {
		t.Fatalf("cannot prepare the seed: %v %v", findings, more)
	}
	shot := results.NewSpool(t.TempDir()).Save(pngOf(t, 64, 40, color.RGBA{40, 90, 200, 255}))
	res := &results.Result{Duration: 3 * time.Second}
	for i, sc := range plans[0].Map.Scenarios {
		p := results.Procedure{Doc: seed, Name: sc.Name, At: sc.At, Status: results.Passed, Duration: time.Second}
		for _, st := range sc.Steps {
			s := results.Step{Step: st, Status: results.Passed, Screenshot: shot, Duration: 100 * time.Millisecond}
			if i == 0 && st.DocStep == "2" {
				s.Notes = []string{"closed the dialog \"What's new\" with \"Got it\": it opened by itself and the doc does not mention it"}
			}
			if i == 1 && st.DocStep == "3" {
				s.Status = results.Drifted
				s.Err = errors.New(`no link, button, menu item or tab named "Legacy API Accounts" (closest: "Legacy API Settings", "API Accounts"); carried on with "Legacy API Settings"`)
				s.Drift = &results.Drift{Wanted: "Legacy API Accounts", Closest: []string{"Legacy API Settings", "API Accounts"}, Continued: "Legacy API Settings"}
				p.Status = results.Drifted
			}
			if i == 2 {
				s.Status, s.Screenshot, s.Duration = results.Skipped, results.Shot{}, 0
			}
			p.Steps = append(p.Steps, s)
		}
		if i == 2 {
			p.Status, p.SkipReason, p.Duration = results.Skipped, "struck out in the doc (--include-struck runs it)", 0
		}
		res.Procedures = append(res.Procedures, p)
	}
	src, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	doc := docsparse.Parse(seed, src)
	return Input{
		Run: RunInfo{Target: "embedded control panel simulator, 2017 UI (seed 1)", Browser: "Chrome/156.0", Version: "test",
			Started: time.Date(2026, 11, 28, 12, 0, 0, 0, time.UTC), Duration: 3 * time.Second},
		Result:   res,
		Docs:     []Source{{Doc: doc, Src: src}},
		Findings: docsparse.Findings{{Path: seed, Pos: docsparse.Pos{Line: 22, Col: 1}, Severity: docsparse.Warning, Rule: "numbering", Message: "step numbered 8 follows 6 (expected 7)"}},
		Images:   docimages.Check([]*docsparse.Document{doc}, res, docimages.DefaultThreshold, false),
	}
}

func pngOf(t *testing.T, w, h int, c color.RGBA) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.Set(x, y, c)
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestWriteGolden(t *testing.T) {
	in := sampleInput(t)
	dir := t.TempDir()
	if err := Write(dir, in); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"index.html", "01-api-oauth-tokens.html", "report.json"} {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		golden.Check(t, "golden/"+name, got)
	}
	checkSelfContained(t, dir)
}

// checkSelfContained checks that every file a page of the report points at is in its folder.
func checkSelfContained(t *testing.T, dir string) {
	t.Helper()
	pages, _ := filepath.Glob(filepath.Join(dir, "*.html"))
	if len(pages) < 2 {
		t.Fatalf("%d pages in %s", len(pages), dir)
	}
	for _, page := range pages {
		html, _ := os.ReadFile(page)
		for _, m := range regexp.MustCompile(`(?:src|href)="([^"#:]+)"`).FindAllSubmatch(html, -1) {
			if _, err := os.Stat(filepath.Join(dir, string(m[1]))); err != nil {
				t.Errorf("%s points at %s: %v", filepath.Base(page), m[1], err)
			}
		}
	}
}

func TestReportData(t *testing.T) {
	in := sampleInput(t)
	dir := t.TempDir()
	if err := Write(dir, in); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(dir, DataFile))
	if err != nil {
		t.Fatal(err)
	}
	var rep report
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatal(err)
	}
	d := rep.Docs[0]
	if got := []string{d.Procedures[0].Status, d.Procedures[1].Status, d.Procedures[2].Status}; fmt.Sprint(got) != "[passed drift skipped]" {
		t.Errorf("statuses %v", got)
	}
	if len(d.Images) != 2 || d.Images[0].StepLine != 19 || d.Images[1].StepLine != 22 {
		t.Errorf("images %+v, want CreateAccount.png at step 4 (line 19) and SaveCreds.png at step 8 (line 22)", d.Images)
	}
}

// A doc saved with lone CRs and YAML front matter is rendered as docsparse read it: the
// front matter is not on the page, and each step's verdict sits on its own list item.
func TestRenderLineEndsAndFrontMatter(t *testing.T) {
	src := "---\rtitle: Tokens\rowner: docs-team\r---\r# Tokens\r\r1. Log in.\r2. Select **Settings**.\r"
	d := doc{Path: "d.md", Source: src, Procedures: []procedure{{Name: "Tokens", Line: 5, Status: "drift", Steps: []step{
		{DocStep: "1", Line: 7, Col: 4, Text: "Log in.", Status: "passed"},
		{DocStep: "2", Line: 8, Col: 4, Text: "Select **Settings**.", Status: "drift", Message: "no link named Settings"},
	}}}}
	body, _, err := renderDoc(d, templates)
	if err != nil {
		t.Fatal(err)
	}
	html := string(body)
	for _, want := range []string{`<li class="dd-step dd-passed" id="L7"`, `<li class="dd-step dd-drift" id="L8"`, "no link named Settings"} {
		if !strings.Contains(html, want) {
			t.Errorf("the page lacks %s:\n%s", want, html)
		}
	}
	if strings.Contains(html, "docs-team") {
		t.Errorf("front matter rendered:\n%s", html)
	}
}
