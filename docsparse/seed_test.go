package docsparse

import (
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
)

const seedPath = "../testdata/seed/includes/_api_oauth_tokens.md"

func parseSeed(t *testing.T) *Document {
	t.Helper()
	src, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	return Parse("includes/_api_oauth_tokens.md", src)
}

func TestSeedProcedures(t *testing.T) {
	doc := parseSeed(t)
	if want := "OAuth Tokens via CP â€“ Draft"; doc.Title != want {
		t.Errorf("title = %q, want %q (mojibake kept as written)", doc.Title, want)
	}
	tests := []struct {
		title, id string
		line      int
		struck    bool
		recovered bool
		numbers   []int
	}{
		{"Obtaining an OAuth Token", "cp_oauth_get", 8, false, false, []int{1, 2, 3, 4, 5, 6, 8}},
		{"Revoking App Access", "cp_oauth_revoke", 40, true, true, []int{1, 2, 3, 4, 5, 6, 7, 8, 9}},
		{"Regenerating an API Token", "cp_oauth_regen", 54, true, false, []int{1, 2, 3, 4, 5, 6}},
	}
	if len(doc.Procedures) != len(tests) {
		t.Fatalf("got %d procedures, want %d", len(doc.Procedures), len(tests))
	}
	for i, tt := range tests {
		p := doc.Procedures[i]
		h := p.Heading
		if h.Title != tt.title || h.ID != tt.id || h.Pos.Line != tt.line || h.Struck != tt.struck || h.Recovered != tt.recovered {
			t.Errorf("procedure %d heading = %+v, want %q #%s line %d struck=%v recovered=%v", i, h, tt.title, tt.id, tt.line, tt.struck, tt.recovered)
		}
		if p.Struck != tt.struck {
			t.Errorf("procedure %q struck = %v, want %v", tt.title, p.Struck, tt.struck)
		}
		var numbers []int
		for _, s := range p.Steps {
			numbers = append(numbers, s.Number)
			if s.Struck != tt.struck {
				t.Errorf("%q step %d struck = %v, want %v", tt.title, s.Number, s.Struck, tt.struck)
			}
		}
		if !slices.Equal(numbers, tt.numbers) {
			t.Errorf("%q step numbers = %v, want %v", tt.title, numbers, tt.numbers)
		}
	}
}

func TestSeedSteps(t *testing.T) {
	doc := parseSeed(t)
	steps := doc.Procedures[0].Steps
	step3 := steps[2]
	wantLabels := []Label{
		{Text: "API Accounts", Kind: LabelBold, Pos: Pos{18, 14}},
		{Text: "Store API Accounts", Kind: LabelBold, Pos: Pos{18, 54}},
	}
	if !slices.EqualFunc(step3.Labels, wantLabels, labelEqual) {
		t.Errorf("step 3 labels = %+v, want %+v", step3.Labels, wantLabels)
	}
	if step3.Pos != (Pos{18, 5}) || step3.Written != "3." {
		t.Errorf("step 3 at %v written %q, want 18:5 \"3.\"", step3.Pos, step3.Written)
	}
	if want := "Select **API Accounts**. This will display the **Store API Accounts** page."; step3.Markup != want {
		t.Errorf("step 3 markup = %q, want %q", step3.Markup, want)
	}
	if want := "Select API Accounts. This will display the Store API Accounts page."; step3.Text != want {
		t.Errorf("step 3 text = %q, want %q", step3.Text, want)
	}
	step8 := steps[6]
	if step8.Number != 8 || step8.Written != "8." || step8.Pos != (Pos{22, 5}) {
		t.Errorf("last step = %d %q at %v, want 8 \"8.\" at 22:5", step8.Number, step8.Written, step8.Pos)
	}
	if len(step8.Images) != 1 || step8.Images[0].Target != "../assets/SaveCreds.png" || step8.Images[0].Pos != (Pos{26, 1}) {
		t.Errorf("last step images = %+v, want SaveCreds.png at 26:1", step8.Images)
	}
	if len(step8.Continuation) == 0 || step8.Continuation[0].Pos.Line != 24 ||
		!strings.HasSuffix(step8.Continuation[0].Text, "Client Secret, and Access Token. A .txt file containing the same credentials will also download to your computer.") {
		t.Errorf("last step continuation = %+v, want the outcome paragraph at line 24 with &#160; read as a space", step8.Continuation)
	}
	for _, s := range steps[:6] {
		if len(s.Images) > 0 {
			t.Errorf("step %d has images %+v; CreateAccount.png is before the list", s.Number, s.Images)
		}
	}
	if want := "To create your API account and its corresponding token, use the following steps:"; doc.Procedures[0].Intro != want {
		t.Errorf("intro = %q, want %q", doc.Procedures[0].Intro, want)
	}
}

func TestSeedLinksAnchorsAsides(t *testing.T) {
	doc := parseSeed(t)
	want := map[string]Link{
		"#request_scopes":             {Target: "#request_scopes", Text: "here", Pos: Pos{21, 109}},
		"../assets/CreateAccount.png": {Target: "../assets/CreateAccount.png", Text: "Creating an API account", Image: true, Pos: Pos{12, 1}},
		"../assets/SaveCreds.png":     {Target: "../assets/SaveCreds.png", Text: "Viewing and saving OAuth credentials", Image: true, Pos: Pos{26, 1}},
	}
	for _, l := range doc.Links {
		if w, ok := want[l.Target]; ok {
			if l != w {
				t.Errorf("link %s = %+v, want %+v", l.Target, l, w)
			}
			delete(want, l.Target)
		}
	}
	for target := range want {
		t.Errorf("link %s missing from %+v", target, doc.Links)
	}
	var ids []string
	for _, a := range doc.Anchors {
		ids = append(ids, a.ID)
	}
	if wantIDs := []string{"oauth-tokens-via-cp-â-draft", "cp_oauth_get", "cp_oauth_revoke", "cp_oauth_regen"}; !slices.Equal(ids, wantIDs) {
		t.Errorf("anchors = %v, want %v (no request_scopes: the doc links to an anchor it lacks)", ids, wantIDs)
	}
	if len(doc.Asides) != 3 || doc.Asides[1] != (Aside{Kind: "warning", Title: "Keep Your Credentials",
		Text: "There is no way to re-display this pop-up, after you select Done to dismiss it. So make sure you store your credentials – either by locating the downloaded .txt file, or by copying/pasting the contents of each field out of the pop-up. Otherwise, you will need to repeat all the above steps to generate new credentials.",
		Pos:  Pos{28, 1}}) {
		t.Errorf("asides = %+v", doc.Asides)
	}
	if len(doc.Findings) != 0 {
		t.Errorf("findings = %v, want none: every strike-out is closed", doc.Findings)
	}
}

func labelEqual(a, b Label) bool {
	return a.Text == b.Text && a.Kind == b.Kind && a.Pos == b.Pos && slices.Equal(a.Path, b.Path)
}

// TestParseLeavesInputAndIsConcurrent guards the two promises callers rely on: Parse never
// writes to the caller's bytes (recovery and front matter work on a copy), and one shared
// goldmark parser serves concurrent calls (run with -race).
func TestParseLeavesInputAndIsConcurrent(t *testing.T) {
	src, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	src = append([]byte("---\ntitle: x\n---\n"), src...)
	orig := slices.Clone(src)
	want := Parse("a.md", src)
	if !slices.Equal(src, orig) {
		t.Fatal("Parse modified its input")
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			got := Parse("a.md", src)
			if len(got.Procedures) != len(want.Procedures) || len(got.Sections) != len(want.Sections) {
				t.Errorf("concurrent parse differs: %d procedures, %d sections", len(got.Procedures), len(got.Sections))
			}
		})
	}
	wg.Wait()
}
