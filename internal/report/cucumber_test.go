package report

import (
	"encoding/json"
	"github.com/docdrift/docdrift/internal/golden"
	"os"
	"path/filepath"
	"testing"
)

func TestCucumber(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cucumber.json")
	if err := WriteCucumber(path, sample(t)); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "cucumber.json", got)

	var features []cukeFeature
	if err := json.Unmarshal(got, &features); err != nil {
		t.Fatal(err)
	}
	if len(features) != 2 || features[0].URI != doc || len(features[0].Elements) != 4 {
		t.Fatalf("features: %+v", features)
	}
	revoke := features[0].Elements[1]
	if revoke.Line != 46 || revoke.Steps[1].Line != 50 || revoke.Steps[1].Result.Status != "failed" {
		t.Errorf("revoke: line %d, step line %d, status %s", revoke.Line, revoke.Steps[1].Line, revoke.Steps[1].Result.Status)
	}
}
