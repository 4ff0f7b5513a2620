package runner

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/docdrift/docdrift/internal/panel"
	"github.com/docdrift/docdrift/internal/results"
)

// Items listed under a lead-in are run as the doc reads them, not as sentences alone: under
// "Fill in the following fields:", "**Name**: …" fills the Name field, and a field the page
// lacks drifts; the lead-in itself asks for nothing the page must have.
func TestListedFieldsAreFilled(t *testing.T) {
	doc := filepath.Join(t.TempDir(), "listed.md")
	err := os.WriteFile(doc, []byte("# Listed fields\n\n"+
		"## Fields the form has\n\n1. Log into the store.\n2. Select **Advanced Settings**.\n3. Select **API Accounts**.\n"+
		"4. Click **Create API Account**.\n5. Fill in the following fields:\n   - **Name**: a name for the account.\n\n"+
		"## A field the form lacks\n\n1. Log into the store.\n2. Select **Advanced Settings**.\n3. Select **API Accounts**.\n"+
		"4. Click **Create API Account**.\n5. Fill in the following fields:\n   - **Nickname**: a short name for the account.\n"), 0o644)
	if err != nil {
		t.Fatal(err)
	}
	res, _ := runDoc(t, doc, panel.Options{Era: panel.Era2017, Seed: 1}, false)
	if len(res.Procedures) != 2 {
		t.Fatalf("%d procedures, want 2:\n%s", len(res.Procedures), describe(res))
	}
	if got := res.Procedures[0].Status; got != results.Passed {
		t.Errorf("%q is %s, want passed:\n%s", res.Procedures[0].Name, got, describe(res))
	}
	lacks := res.Procedures[1]
	if lacks.Status != results.Drifted {
		t.Fatalf("%q is %s, want drifted at the listed field:\n%s", lacks.Name, lacks.Status, describe(res))
	}
	for _, s := range lacks.Steps {
		if s.Status == results.Drifted {
			if !strings.HasPrefix(s.Text, "**Nickname**") || !strings.Contains(s.Err.Error(), "Nickname") {
				t.Errorf("drifted at %q: %v", s.Text, s.Err)
			}
		}
	}
}
