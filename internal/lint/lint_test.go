package lint

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/docdrift/docdrift/docsparse"
)

// runRule runs the named default rule over in and returns its findings as text lines.
func runRule(t *testing.T, name string, in *Input) []string {
	t.Helper()
	for _, r := range Default() {
		if r.Name == name {
			var out []string
			for _, f := range Check(in, []Rule{r}) {
				out = append(out, f.Error())
			}
			return out
		}
	}
	t.Fatalf("no rule %q", name)
	return nil
}

func expect(t *testing.T, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// numbered builds steps from markers as written, one per line starting at line, with the text
// after a two-space gap as the seed writes it ("8.  Select").
func numbered(line int, markers ...string) (src string, steps []docsparse.Step) {
	for i, m := range markers {
		n := 0
		for _, c := range m {
			if c >= '0' && c <= '9' {
				n = n*10 + int(c-'0')
			}
		}
		src += m + "  Step.\n"
		steps = append(steps, docsparse.Step{
			Number: n, Written: m, Text: "Step.",
			Pos: docsparse.Pos{Line: line + i, Col: len(m) + 3},
		})
	}
	return src, steps
}

func TestNumbering(t *testing.T) {
	tests := []struct {
		name    string
		markers []string
		want    []string
	}{
		{"in sequence", []string{"1.", "2.", "3."}, nil},
		{"starting elsewhere", []string{"4)", "5)", "6)"}, nil},
		{"all ones is a valid style", []string{"1.", "1.", "1."}, nil},
		{"a single step", []string{"7."}, nil},
		{"skipped, as in the seed", []string{"5.", "6.", "8."}, []string{"d.md:3:1: warning: step numbered 8 follows 6 (expected 7) [numbering]"}},
		{"repeated", []string{"1.", "2.", "2.", "3."}, []string{"d.md:3:1: warning: step numbered 2 follows 2 (expected 3) [numbering]"}},
		{"out of order", []string{"1.", "3.", "2."}, []string{
			"d.md:2:1: warning: step numbered 3 follows 1 (expected 2) [numbering]",
			"d.md:3:1: warning: step numbered 2 follows 3 (expected 4) [numbering]",
		}},
		{"mostly ones is not the all-ones style", []string{"1.", "1.", "2."}, []string{"d.md:2:1: warning: step numbered 1 follows 1 (expected 2) [numbering]"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, steps := numbered(1, tt.markers...)
			doc := &docsparse.Document{Path: "d.md", Procedures: []docsparse.Procedure{{Steps: steps}}}
			expect(t, runRule(t, "numbering", &Input{Doc: doc, Src: []byte(src)}), tt.want)
		})
	}
}

func TestNumberingSubSteps(t *testing.T) {
	src := "1.  Open.\n    1.  A.\n    3.  B.\n2.  Close.\n    - x\n    - y\n"
	sub := []docsparse.Step{
		{Number: 1, Written: "1.", Pos: docsparse.Pos{Line: 2, Col: 9}, Text: "A."},
		{Number: 3, Written: "3.", Pos: docsparse.Pos{Line: 3, Col: 9}, Text: "B."},
	}
	bullets := []docsparse.Step{
		{Written: "-", Pos: docsparse.Pos{Line: 5, Col: 7}, Text: "x"},
		{Written: "-", Pos: docsparse.Pos{Line: 6, Col: 7}, Text: "y"},
	}
	doc := &docsparse.Document{Path: "d.md", Procedures: []docsparse.Procedure{{Steps: []docsparse.Step{
		{Number: 1, Written: "1.", Pos: docsparse.Pos{Line: 1, Col: 5}, Text: "Open.", SubSteps: sub},
		{Number: 2, Written: "2.", Pos: docsparse.Pos{Line: 4, Col: 5}, Text: "Close.", SubSteps: bullets},
	}}}}
	expect(t, runRule(t, "numbering", &Input{Doc: doc, Src: []byte(src)}),
		[]string{"d.md:3:5: warning: step numbered 3 follows 1 (expected 2) [numbering]"})
}

func TestAnchor(t *testing.T) {
	anchors := []docsparse.Anchor{{ID: "cp_oauth_get"}, {ID: "cp_oauth_revoke"}, {ID: "request-scopes"}}
	tests := []struct {
		name, target string
		image        bool
		want         []string
	}{
		{"existing id", "#cp_oauth_get", false, nil},
		{"escaped existing id", "#request%2Dscopes", false, nil},
		{"top of page", "#", false, nil},
		{"other page", "other.md#nowhere", false, nil},
		{"remote", "https://example.com/#nowhere", false, nil},
		{"image is not a jump", "#nowhere", true, nil},
		{"dead with a near id", "#request_scopes", false, []string{`d.md:23:5: error: link to "#request_scopes" matches no heading or anchor in this doc (closest: "#request-scopes") [anchor]`}},
		{"dead with nothing near", "#billing", false, []string{`d.md:23:5: error: link to "#billing" matches no heading or anchor in this doc [anchor]`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &docsparse.Document{Path: "d.md", Anchors: anchors,
				Links: []docsparse.Link{{Target: tt.target, Image: tt.image, Pos: docsparse.Pos{Line: 23, Col: 5}}}}
			expect(t, runRule(t, "anchor", &Input{Doc: doc}), tt.want)
		})
	}
}

// The budget and the length cap bound suggestions for a flood of broken links; the
// suggestions themselves are editdist.Nearest's (tested there).
func TestSuggesterBounds(t *testing.T) {
	ids := []string{"cp_oauth_get", "cp_oauth_revoke", "cp_oauth_regen"}
	if got, ok := newSuggester(ids).closest("cp-oauth-regen"); !ok || got != "cp_oauth_regen" {
		t.Errorf("closest = %q, %v", got, ok)
	}
	long := strings.Repeat("section-", 40)
	if _, ok := newSuggester([]string{long + "a"}).closest(long + "b"); ok {
		t.Error("ids longer than anyone mistypes were compared")
	}
	many := newSuggester([]string{"cp_oauth_get"})
	many.budget = 3 * 14 * 13
	for i, want := range []bool{true, true, true, false} {
		if _, ok := many.closest(fmt.Sprintf("cp_oauth_ge%d", i)); ok != want {
			t.Errorf("suggestion %d: ok %v, want %v", i, ok, want)
		}
	}
}

func TestMojibake(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"clean text with real accents and dashes", "# Café – “naïve” → âge\n", nil},
		{"the seed's title", "# <span> OAuth Tokens via CP â€“ Draft </span>\n", []string{`d.md:1:30: warning: "â€“" is probably "–" [mojibake]`}},
		{"curly quotes and an accent on line 2", "x\nThe â€œSaveâ€\u009d button, cafÃ©\n", []string{
			`d.md:2:5: warning: "â€œ" is probably "“" [mojibake]`,
			`d.md:2:16: warning: "â€\u009d" is probably "”" [mojibake]`,
			`d.md:2:35: warning: "Ã©" is probably "é" [mojibake]`,
		}},
		{"adjacent sequences are one finding", "Ã¼Ã¶\n", []string{`d.md:1:1: warning: "Ã¼Ã¶" is probably "üö" [mojibake]`}},
		{"garbled twice", "a Ã¢â‚¬â€œ b\n", []string{`d.md:1:3: warning: "Ã¢â‚¬â€œ" is probably "–" [mojibake]`}},
		{"breadcrumb arrow", "Settings â†’ API\n", []string{`d.md:1:10: warning: "â†’" is probably "→" [mojibake]`}},
		{"non-breaking space", "100\u00c2\u00a0MB\n", []string{`d.md:1:4: warning: "Â\u00a0" is probably "\u00a0" [mojibake]`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &docsparse.Document{Path: "d.md"}
			expect(t, runRule(t, "mojibake", &Input{Doc: doc, Src: []byte(tt.src)}), tt.want)
		})
	}
}

// TestMojibakeTable checks the generated table against mojibake as Windows itself produces
// it, for characters the table must know.
func TestMojibakeTable(t *testing.T) {
	for bad, want := range map[string]rune{"â€“": '–', "â€”": '—', "â€™": '’', "Ã©": 'é', "â‚¬": '€', "â„¢": '™', "Ã\u0081": 'Á', "Å¡": 'š'} {
		if got, ok := mojibakeTable()[bad]; !ok || got != want {
			t.Errorf("table[%q] = %q, %v; want %q", bad, got, ok, want)
		}
	}
}

func TestImage(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "repo")
	for _, d := range []string{"assets", ".git"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "assets", "Shot.png"), []byte("png"), 0o644); err != nil {
		t.Fatal(err)
	}
	docDir := filepath.Join(dir, "includes")
	if err := os.Mkdir(docDir, 0o755); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, target string
		image        bool
		want         []string
	}{
		{"exists", "../assets/Shot.png", true, nil},
		{"exists with query and fragment", "../assets/Shot.png?raw=true#x", true, nil},
		{"escaped name", "../assets/Sh%6Ft.png", true, nil},
		{"remote", "https://example.com/a.png", true, nil},
		{"data", "data:image/png;base64,AAAA", true, nil},
		{"site-absolute", "/images/a.png", true, nil},
		{"a link, not an image", "../assets/none.png", false, nil},
		{"missing", "../assets/none.png", true, []string{`d.md:12:1: error: image "../assets/none.png" not found (looked for ` + filepath.ToSlash(dir) + `/assets/none.png) [image]`}},
		{"wrong case", "../assets/shot.png", true, []string{`d.md:12:1: error: image "../assets/shot.png" not found (looked for ` + filepath.ToSlash(dir) + `/assets/shot.png); "Shot.png" exists, but names are case-sensitive on most servers [image]`}},
		{"empty", " ", true, []string{`d.md:12:1: error: image has no source [image]`}},
		{"outside the repository", "../../../outside/victim.png", true, []string{`d.md:12:1: error: image "../../../outside/victim.png" is outside the docs' root ` + filepath.ToSlash(dir) + ` (symbolic links resolved); docdrift run neither compares nor updates it [image]`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &docsparse.Document{Path: "d.md",
				Links: []docsparse.Link{{Target: tt.target, Image: tt.image, Pos: docsparse.Pos{Line: 12, Col: 1}}}}
			expect(t, runRule(t, "image", &Input{Doc: doc, Dir: docDir}), tt.want)
		})
	}
}

func TestDraft(t *testing.T) {
	doc := &docsparse.Document{Path: "d.md", Procedures: []docsparse.Procedure{
		{Heading: docsparse.Section{Title: "Obtaining an OAuth Token"}, Pos: docsparse.Pos{Line: 16, Col: 1}},
		{Heading: docsparse.Section{Title: "Revoking App Access"}, Pos: docsparse.Pos{Line: 44, Col: 1}, Struck: true},
		{Pos: docsparse.Pos{Line: 70, Col: 1}, Struck: true},
	}}
	expect(t, runRule(t, "draft", &Input{Doc: doc}), []string{
		`d.md:44:1: info: procedure "Revoking App Access" is struck out; the runner will skip it [draft]`,
		`d.md:70:1: info: procedure at line 70 is struck out; the runner will skip it [draft]`,
	})
}

func TestEmptyProcedure(t *testing.T) {
	step := func(line int, text string) docsparse.Step {
		return docsparse.Step{Number: line, Written: strconv.Itoa(line) + ".", Text: text, Pos: docsparse.Pos{Line: line, Col: 5}}
	}
	tests := []struct {
		name  string
		steps []docsparse.Step
		want  []string
	}{
		{"real steps", []docsparse.Step{step(1, "Log in."), step(2, "Save.")}, nil},
		{"a blank step with sub-steps is a heading for them", []docsparse.Step{{Number: 1, Written: "1.", SubSteps: []docsparse.Step{step(2, "x")}}}, nil},
		{"one blank step", []docsparse.Step{step(1, "Log in."), step(2, " ")}, []string{"d.md:2:1: warning: step 2 has no text [empty-procedure]"}},
		{"all blank", []docsparse.Step{step(1, ""), step(2, "")}, []string{`d.md:1:1: warning: procedure "Setup" has no step text [empty-procedure]`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var src strings.Builder
			for i := 1; i <= 3; i++ {
				src.WriteString(strconv.Itoa(i) + ".  \n")
			}
			doc := &docsparse.Document{Path: "d.md", Procedures: []docsparse.Procedure{
				{Heading: docsparse.Section{Title: "Setup"}, Pos: docsparse.Pos{Line: 1, Col: 1}, Steps: tt.steps},
			}}
			expect(t, runRule(t, "empty-procedure", &Input{Doc: doc, Src: []byte(src.String())}), tt.want)
		})
	}
}

func TestEmptyHeading(t *testing.T) {
	doc := &docsparse.Document{Path: "d.md", Sections: []docsparse.Section{
		{Title: "Obtaining", Pos: docsparse.Pos{Line: 8, Col: 1}},
		{Title: "  ", IDFrom: docsparse.IDFromNowhere, Pos: docsparse.Pos{Line: 9, Col: 1}},
	}}
	expect(t, runRule(t, "empty-heading", &Input{Doc: doc}), []string{"d.md:9:1: warning: heading has no text [empty-heading]"})
}

func TestNoProcedures(t *testing.T) {
	expect(t, runRule(t, "no-procedures", &Input{Doc: &docsparse.Document{Path: "d.md"}}),
		[]string{"d.md: info: no numbered procedures, nothing to run [no-procedures]"})
	withOne := &docsparse.Document{Path: "d.md", Procedures: []docsparse.Procedure{{}}}
	expect(t, runRule(t, "no-procedures", &Input{Doc: withOne}), nil)
}

// TestCheck checks what Check adds to the rules: the parser's findings, Path and Rule filled
// in, and sorting across rules.
func TestCheck(t *testing.T) {
	doc := &docsparse.Document{Path: "d.md", Findings: []docsparse.Finding{
		{Path: "d.md", Pos: docsparse.Pos{Line: 5, Col: 1}, Severity: docsparse.Warning, Rule: "strike", Message: "unclosed <strike>"},
	}}
	rules := []Rule{
		{Name: "late", Check: func(*Input) []docsparse.Finding {
			return []docsparse.Finding{finding(docsparse.Pos{Line: 9, Col: 2}, docsparse.Error, "b")}
		}},
		{Name: "early", Check: func(*Input) []docsparse.Finding {
			return []docsparse.Finding{{Path: "wrong.md", Rule: "wrong", Pos: docsparse.Pos{Line: 1, Col: 1}, Message: "a"}}
		}},
	}
	var got []string
	for _, f := range Check(&Input{Doc: doc}, rules) {
		got = append(got, f.Error())
	}
	expect(t, got, []string{
		"d.md:1:1: info: a [early]",
		"d.md:5:1: warning: unclosed <strike> [strike]",
		"d.md:9:2: error: b [late]",
	})
}

func TestDefaultSortedAndDocumented(t *testing.T) {
	rules := Default()
	for i, r := range rules {
		if r.Doc == "" || r.Check == nil {
			t.Errorf("rule %q has no doc or no check", r.Name)
		}
		if i > 0 && rules[i-1].Name >= r.Name {
			t.Errorf("rules not sorted: %q before %q", rules[i-1].Name, r.Name)
		}
	}
}
