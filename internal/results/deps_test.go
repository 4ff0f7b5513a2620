package results

import (
	"os/exec"
	"strings"
	"testing"
)

// The report writers build from results alone: no browser library, no godog, and none of
// the packages that drive them, so a writer and its tests never wait on a browser's build.
func TestWritersImportNoBrowserLibrary(t *testing.T) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("the go command is needed to list imports: %v", err)
	}
	const mod = "github.com/docdrift/docdrift/"
	forbidden := []string{"github.com/cucumber/godog", "github.com/go-rod/rod",
		mod + "steps", mod + "internal/runner", mod + "internal/browser", mod + "internal/locate"}
	for _, pkg := range []string{"results", "report", "htmlreport", "fixes", "progress", "docimages"} {
		out, err := exec.Command(goBin, "list", "-deps", mod+"internal/"+pkg).CombinedOutput()
		if err != nil {
			t.Fatalf("go list -deps %s: %v\n%s", pkg, err, out)
		}
		for _, dep := range strings.Fields(string(out)) {
			for _, f := range forbidden {
				if dep == f || strings.HasPrefix(dep, f+"/") {
					t.Errorf("internal/%s depends on %s", pkg, dep)
				}
			}
		}
	}
}
