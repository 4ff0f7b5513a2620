package runner

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/docfiles"
)

// pickDoc has two procedures under one heading, a section with no procedure, and a
// procedure whose steps hold a table and a code block, and a paragraph after its last.
const pickDoc = `# Tokens

## Creating a token

To make one:

1. Click **Settings**.
2. Click **Create token**.

To make a second one at once:

1. Click **Create token** again.

## About tokens

Tokens expire.

## Setting a token's scopes

1. Click **Settings**.
2. Fill in the form:

   | Field | Value |
   |---|---|
   | **Name** | any |

3. Run this:

   ` + "```" + `
   curl localhost
   ` + "```" + `

Done.
`

func pickPlans(t *testing.T) (string, []Plan) {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "tokens.md")
	if err := os.WriteFile(path, []byte(pickDoc), 0o600); err != nil {
		t.Fatal(err)
	}
	files, findings := docfiles.Load([]string{path})
	if len(findings) > 0 {
		t.Fatal(findings)
	}
	plans, findings := Prepare(files)
	if len(findings) > 0 || len(plans) != 1 {
		t.Fatalf("plans %d, findings %v", len(plans), findings)
	}
	return path, plans
}

// scenarios names what a selection runs: each procedure's heading and first step's line.
func scenarios(plans []Plan) []string {
	var out []string
	for _, p := range plans {
		for _, proc := range p.Doc.Procedures {
			out = append(out, proc.Heading.Title+"@"+strings.Fields(proc.Steps[0].Text)[0]+":"+strconv.Itoa(proc.Pos.Line))
		}
	}
	return out
}

// A doc's line picks the procedure whose part of the doc holds it: its heading and the
// paragraph over its list, its items, what is under them; a second list under the same
// heading starts after the first. A pattern picks by heading, in any case.
func TestPickSelects(t *testing.T) {
	path, plans := pickPlans(t)
	for _, tc := range []struct {
		name  string
		lines []int
		run   string
		want  []string
		err   string
	}{
		{name: "heading line", lines: []int{3}, want: []string{"Creating a token@Click:7"}},
		{name: "intro paragraph", lines: []int{5}, want: []string{"Creating a token@Click:7"}},
		{name: "second list's lead-in", lines: []int{10}, want: []string{"Creating a token@Click:12"}},
		{name: "second list", lines: []int{12}, want: []string{"Creating a token@Click:12"}},
		{name: "table row under a step", lines: []int{25}, want: []string{"Setting a token's scopes@Click:20"}},
		{name: "code under a step", lines: []int{30}, want: []string{"Setting a token's scopes@Click:20"}},
		{name: "paragraph after the last step", lines: []int{33}, want: []string{"Setting a token's scopes@Click:20"}},
		{name: "two lines", lines: []int{7, 20}, want: []string{"Creating a token@Click:7", "Setting a token's scopes@Click:20"}},
		{name: "a pattern", run: "SCOPES", want: []string{"Setting a token's scopes@Click:20"}},
		{name: "pattern and line", run: "creat", lines: []int{12}, want: []string{"Creating a token@Click:12"}},
		{name: "no procedure there", lines: []int{16}, err: "tokens.md:16: no procedure at this line; its procedures are at lines 3-8 \"Creating a token\", 9-12 \"Creating a token\", 18-33 \"Setting a token's scopes\""},
		{name: "past the end", lines: []int{40}, err: "tokens.md:40: no procedure at this line"},
		{name: "line and pattern disagree", run: "scopes", lines: []int{7}, err: "no procedure matching --run \"scopes\" at this line; its procedures are at lines 18-33"},
		{name: "no heading matches", run: "revok", err: "--run \"revok\": no procedure's heading matches"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := []string{path}
			if tc.lines != nil {
				args = nil
				for _, l := range tc.lines {
					args = append(args, path+":"+strconv.Itoa(l))
				}
			}
			paths, pk, err := ParsePick(args, tc.run, fileExists)
			if err != nil {
				t.Fatal(err)
			}
			if slices.ContainsFunc(paths, func(p string) bool { return p != path }) {
				t.Fatalf("paths %q, want only %q", paths, path)
			}
			sel, err := pk.Select(plans)
			switch {
			case tc.err != "":
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("error %v, want it to hold %q", err, tc.err)
				}
			case err != nil:
				t.Fatal(err)
			case !slices.Equal(scenarios(sel), tc.want):
				t.Fatalf("picked %q, want %q", scenarios(sel), tc.want)
			}
		})
	}
}

func fileExists(path string) bool {
	info, err := os.Stat(path)
	return err == nil && !info.IsDir()
}

// An argument is a place only when it is no file itself and names one before ":LINE".
func TestParsePickArguments(t *testing.T) {
	dir := t.TempDir()
	plain := filepath.Join(dir, "a.md")
	colon := filepath.Join(dir, "b.md:7") // a file whose name ends like a place is that file
	for _, p := range []string{plain, colon} {
		if err := os.WriteFile(p, []byte("# A\n"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		arg, path string
		line      int
		err       bool
	}{
		{arg: plain, path: plain},
		{arg: plain + ":12", path: plain, line: 12},
		{arg: plain + ":12:5", path: plain, line: 12},
		{arg: colon, path: colon},
		{arg: dir, path: dir},
		{arg: filepath.Join(dir, "missing.md:3"), path: filepath.Join(dir, "missing.md:3")},
		{arg: plain + ":0", err: true},
	} {
		paths, pk, err := ParsePick([]string{tc.arg}, "", fileExists)
		if tc.err {
			if err == nil {
				t.Errorf("%s: no error", tc.arg)
			}
			continue
		}
		if err != nil || len(paths) != 1 || paths[0] != tc.path {
			t.Errorf("%s: paths %q, error %v; want %q", tc.arg, paths, err, tc.path)
			continue
		}
		if got := pk.lines[docKey(tc.path)]; tc.line != 0 && !slices.Equal(got, []int{tc.line}) || tc.line == 0 && got != nil {
			t.Errorf("%s: lines %v, want %d", tc.arg, got, tc.line)
		}
	}
	if _, _, err := ParsePick([]string{plain}, "(", fileExists); err == nil {
		t.Error("--run \"(\" accepted")
	}
}

// --strict refuses a run for a step it cannot read only in the procedures picked.
func TestPickHolds(t *testing.T) {
	path, plans := pickPlans(t)
	doc := plans[0].Doc
	_, pk, err := ParsePick([]string{path + ":12"}, "", fileExists)
	if err != nil {
		t.Fatal(err)
	}
	for line, want := range map[int]bool{12: true, 10: true, 7: false, 16: false, 20: false} {
		if got := pk.Holds(doc, docsparse.Pos{Line: line, Col: 1}); got != want {
			t.Errorf("Holds(line %d) = %v, want %v", line, got, want)
		}
	}
	if !(Pick{}).Holds(doc, docsparse.Pos{Line: 16}) {
		t.Error("the zero Pick does not hold everything")
	}
}
