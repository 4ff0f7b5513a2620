package results

import (
	"os/exec"
	"strings"
	"testing"
)

// The report writers build from results alone: no browser library, no godog, and none of
// the packages that drive them. Most of them are tested without one too, so a writer's tests
// never wait on a browser's build (the HTML report's are checked in Chromium, and the fix
// patch's against a real run).
func TestWritersImportNoBrowserLibrary(t *testing.T) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("the go command is needed to list imports: %v", err)
	}
	const mod = "github.com/docdrift/docdrift/"
	forbidden := []string{"github.com/cucumber/godog", "github.com/go-rod/rod",
		mod + "steps", mod + "internal/runner", mod + "internal/browser", mod + "internal/locate"}
	for _, tt := range []struct {
		pkg   string
		tests bool // its tests too
	}{
		{"results", true}, {"report", true}, {"formats", true}, {"progress", true}, {"docimages", true},
		{"htmlreport", false}, {"fixes", false},
	} {
		args := []string{"list", "-deps", mod + "internal/" + tt.pkg}
		if tt.tests {
			args = []string{"list", "-deps", "-test", mod + "internal/" + tt.pkg}
		}
		out, err := exec.Command(goBin, args...).CombinedOutput()
		if err != nil {
			t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		for _, dep := range strings.Fields(string(out)) {
			for _, f := range forbidden {
				if dep == f || strings.HasPrefix(dep, f+"/") {
					t.Errorf("internal/%s (tests: %v) depends on %s", tt.pkg, tt.tests, dep)
				}
			}
		}
	}
}
