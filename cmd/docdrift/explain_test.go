package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// explain prints every sentence of the reference draft with its reading, and the summary.
func TestExplainTheReferenceDraft(t *testing.T) {
	t.Chdir("../..")
	code, stdout, stderr := cmdIn(t, "explain", seed)
	if code != exitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	for _, want := range []string{
		seed + `:17:5: step 2 "Select **Advanced Settings**.": action: click "Advanced Settings"`,
		seed + `:18:30: step 3 "This will display the **Store API Accounts** page.": outcome: see "Store API Accounts" page`,
		seed + `:47:5: step 4 "Click the gears icon in the **Action** column and select **Edit**.": action: click the gears icon button in the "Action" column; then click "Edit"`,
		seed + `:20:92: step 5 "(This name is for internal use only, so assign any name that you will recognize.)": note`,
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("stdout lacks %q:\n%s", want, stdout)
		}
	}
	if !strings.Contains(stderr, "26 steps, 26 understood, 0 not understood") {
		t.Errorf("summary: %s", stderr)
	}
}

// A doc's path with :LINE explains only the procedure at that line, as run runs only it; a
// line that holds none is refused with where the procedures are.
func TestExplainOneProcedure(t *testing.T) {
	t.Chdir("../..")
	code, stdout, stderr := cmdIn(t, "explain", seed+":45")
	if code != exitOK || !strings.Contains(stdout, seed+`:47:5: step 4 "Click the gears icon`) || strings.Contains(stdout, seed+":17:") || strings.Contains(stdout, seed+":58:") {
		t.Errorf("exit %d, want only lines 40-52:\n%s%s", code, stdout, stderr)
	}
	if !strings.Contains(stderr, "9 steps, 9 understood") {
		t.Errorf("summary: %s", stderr)
	}
	code, _, stderr = cmdIn(t, "explain", seed+":5")
	if code != exitUsage || !strings.Contains(stderr, seed+`:5: no procedure at this line; its procedures are at lines 8-34 "Obtaining an OAuth Token"`) {
		t.Errorf("line 5: exit %d\n%s", code, stderr)
	}
}

// --format json gives one object per sentence, a not-understood one with why, and
// --notes=false leaves the notes out.
func TestExplainJSON(t *testing.T) {
	doc := filepath.Join(t.TempDir(), "d.md")
	os.WriteFile(doc, []byte("# D\n\n## Do\n\n1. Sign in to the Okta Admin Console.\n2. Wave at the screen.\n3. Click **Save**. It is blue.\n"), 0o644)
	code, stdout, stderr := cmdIn(t, "explain", "--format", "json", "--notes=false", doc)
	if code != exitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	var got []explanation
	for _, line := range strings.Split(strings.TrimSpace(stdout), "\n") {
		var x explanation
		if err := json.Unmarshal([]byte(line), &x); err != nil {
			t.Fatalf("%q: %v", line, err)
		}
		got = append(got, x)
	}
	if len(got) != 3 {
		t.Fatalf("got %d sentences, want 3 (the note left out):\n%s", len(got), stdout)
	}
	if g := got[0]; g.Role != "precondition" || g.SurfaceKind != "ui" || g.Surface != "Okta Admin Console" || g.Line != 5 {
		t.Errorf("sign-in: %+v", g)
	}
	if g := got[1]; g.Understood || !strings.Contains(g.Why, "Wave") {
		t.Errorf("not understood: %+v", g)
	}
	if g := got[2]; !g.Understood || len(g.Acts) != 1 || g.Acts[0].Verb != "click" || g.Acts[0].Labels[0] != "Save" {
		t.Errorf("click: %+v", g)
	}
}

func TestExplainUsage(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"explain"}, "no paths given"},
		{[]string{"explain", "--format", "xml", "x.md"}, `unknown format "xml"`},
	} {
		if code, _, stderr := cmdIn(t, tt.args...); code != exitUsage || !strings.Contains(stderr, tt.want) {
			t.Errorf("%v: exit %d\n%s", tt.args, code, stderr)
		}
	}
}

// A lead-in that acts past its items says it is taken after them, in text and in JSON.
func TestExplainALeadInTakenAfterItsItems(t *testing.T) {
	doc := filepath.Join(t.TempDir(), "d.md")
	os.WriteFile(doc, []byte("# D\n\n## Do\n\n1. Fill in the following fields and then click **Next**:\n   - **Name**: x\n2. Click **Add** and fill in the following fields:\n   - **Size**: y\n"), 0o644)
	code, stdout, stderr := cmdIn(t, "explain", doc)
	if code != exitOK || strings.Count(stdout, "[after its sub-steps]") != 1 ||
		!strings.Contains(stdout, `then click "Next" [after its sub-steps]`) {
		t.Errorf("exit %d, want the first lead-in alone marked:\n%s%s", code, stdout, stderr)
	}
	_, stdout, _ = cmdIn(t, "explain", "--format", "json", doc)
	var x explanation
	if err := json.Unmarshal([]byte(strings.SplitN(stdout, "\n", 2)[0]), &x); err != nil || !x.AfterItems {
		t.Errorf("json: %v %+v", err, x)
	}
}
