package fixes

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestDiffAppliesWithGit(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	var src strings.Builder
	for i := 1; i <= 20; i++ {
		src.WriteString("line ")
		src.WriteString(strings.Repeat("x", i))
		src.WriteString("\n")
	}
	doc := "1. Open **Legacy API Accounts**.\n2. Click **Save**.\n" + src.String() + "3. Click **Legacy API Accounts** again."
	fixes := []Fix{
		{Line: 1, Old: "Legacy API Accounts", New: "Legacy API Settings"},
		{Line: 2, Old: "Save", New: "Save changes"},
		{Line: 23, Old: "Legacy API Accounts", New: "Legacy API Settings"},
		{Line: 5, Old: "absent", New: "x"},
	}
	patch, err := Diff("docs/a.md", []byte(doc), fixes)
	if err == nil || !strings.Contains(err.Error(), `line 5: "absent" not found`) {
		t.Fatalf("want error for the absent label, got %v", err)
	}
	dir := t.TempDir()
	git := func(args ...string) {
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s\npatch:\n%s", args, err, out, patch)
		}
	}
	git("init", "-q")
	os.MkdirAll(filepath.Join(dir, "docs"), 0o755)
	os.WriteFile(filepath.Join(dir, "docs/a.md"), []byte(doc), 0o644)
	os.WriteFile(filepath.Join(dir, "fix.patch"), []byte(patch), 0o644)
	git("apply", "--check", "fix.patch")
	git("apply", "fix.patch")
	got, _ := os.ReadFile(filepath.Join(dir, "docs/a.md"))
	want := "1. Open **Legacy API Settings**.\n2. Click **Save changes**.\n" + src.String() + "3. Click **Legacy API Settings** again."
	if string(got) != want {
		t.Fatalf("patched doc:\n%s\nwant:\n%s", got, want)
	}
}

func TestDiffNothingToFix(t *testing.T) {
	patch, err := Diff("a.md", []byte("1. Click **Save**.\n"), nil)
	if patch != "" || err != nil {
		t.Fatalf("got %q, %v", patch, err)
	}
}
