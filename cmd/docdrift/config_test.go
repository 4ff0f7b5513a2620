package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeConfig puts a docdrift.toml beside the copied seed's includes/ and assets/.
func writeConfig(t *testing.T, content string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join("testdata", "seed", "docdrift.toml"), []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// A docdrift.toml found above the doc says how the product differs from the docs on purpose,
// and what to run; the draft's struck legacy procedures then pass on the 2017 UI.
func TestRunConfigFile(t *testing.T) {
	copySeed(t)
	writeConfig(t, `# the 2017 store, as the nightly job runs it
[run]
include_struck = true
step_timeout = "5s"

[vocabulary.aliases]
"Legacy API Accounts" = "Legacy API Settings"

[vocabulary.icons]
gears = ["More actions"]
`)
	code, stdout, stderr := cmdIn(t, "run", "--screenshots", t.TempDir(), seed)
	if code != exitOK || lastLine(stdout) != "3 passed, 0 failed, 0 skipped" {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	// A flag beats the file.
	code, stdout, _ = cmdIn(t, "run", "--include-struck=false", "--screenshots", t.TempDir(), seed)
	if code != exitOK || lastLine(stdout) != "1 passed, 0 failed, 2 skipped" {
		t.Errorf("--include-struck=false over the file: exit %d, %q", code, lastLine(stdout))
	}
}

// A precondition in the file decides the account a procedure acts on, as a given directive in
// the doc would: by default this procedure gets a store API account and passes; told that a
// legacy account exists, it gets one, and the store list has no row for it.
func TestRunConfigPrecondition(t *testing.T) {
	copySeed(t)
	doc := filepath.Join("testdata", "seed", "includes", "delete.md")
	if err := os.WriteFile(doc, []byte("# API accounts\n\n## Delete an API account {#delete-account}\n\n"+
		"1. Log into the store.\n2. Select **Advanced Settings** > **API Accounts**.\n"+
		"3. In the **Actions** column, select the trash-can button next to the account.\n"+
		"4. Click **OK** in the confirmation prompt.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := cmdIn(t, "run", "--step-timeout", "3s", "--screenshots", t.TempDir(), doc)
	if code != exitOK {
		t.Fatalf("without a precondition: exit %d\n%s%s", code, stdout, stderr)
	}
	writeConfig(t, "[[precondition]]\nprocedure = \"delete-account\"\ngiven = \"a legacy API account exists\"\n")
	code, stdout, stderr = cmdIn(t, "run", "--step-timeout", "3s", "--stop-at-first", "--screenshots", t.TempDir(), doc)
	if code != exitFindings || !strings.Contains(stdout, "delete.md:7:4: step 3") {
		t.Errorf("with the legacy precondition: exit %d\n%s%s", code, stdout, stderr)
	}
}

func TestRunConfigErrors(t *testing.T) {
	copySeed(t)
	tests := []struct{ content, want string }{
		{"[run]\nstep_timeout = \"soon\"\n", "docdrift.toml:2:"},
		{"[run]\nconcurency = 2\n", `docdrift.toml:2:1: unknown key "run.concurency"`},
		{"[target]\nera = 2018\n", `docdrift.toml:2:7: target.era: unknown era "2018" (want one of 2016, 2017, 2019, 2023)`},
		{"[[precondition]]\nprocedure = \"x\"\ngiven = \"the moon is full\"\n", `no step knows how to make "the moon is full" true`},
	}
	for _, tt := range tests {
		writeConfig(t, tt.content)
		code, _, stderr := cmdIn(t, "run", seed)
		if code != exitUsage || !strings.Contains(stderr, tt.want) {
			t.Errorf("%q: exit %d, want %d with %q:\n%s", tt.content, code, exitUsage, tt.want, stderr)
		}
	}
	if code, _, stderr := cmdIn(t, "run", "--config", "missing.toml", seed); code != exitUsage || !strings.Contains(stderr, "missing.toml") {
		t.Errorf("--config missing.toml: exit %d\n%s", code, stderr)
	}
}
