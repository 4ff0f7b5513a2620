package steps

import (
	"strings"
	"testing"

	"github.com/docdrift/docdrift/internal/understand"
)

// A step that names an item of another kind than the procedure's ("Find the address in the
// Addresses section" of a customer) finds the one a procedure done first made ("Add Customer
// Address"), and says so; a kind none made is still none of the run's.
func TestAnItemAProcedureDoneFirstMadeIsFound(t *testing.T) {
	s := &Scenario{cfg: &Config{}, subject: "c-1@example.com", madeAs: "Customer",
		madeBefore: []madeItem{{kind: "customer address", name: "docdrift-t-2", by: "Add Customer Address"}}}
	for _, tt := range []struct{ step, want, err string }{
		{`Find the address in the "Addresses" section.`, "docdrift-t-2", ""},
		{"Find the service zone.", "", "no service zone of the run's to find"},
	} {
		acts := understand.Read(tt.step).Acts
		if len(acts) != 1 {
			t.Fatalf("%q: read %d acts", tt.step, len(acts))
		}
		got, err := s.subjectAs(acts[0].Target, "find")
		if got != tt.want || tt.err == "" && err != nil || tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)) {
			t.Errorf("%q: %q, %v; want %q, %q", tt.step, got, err, tt.want, tt.err)
		}
	}
	if notes := strings.Join(s.notes, "; "); !strings.Contains(notes, `which "Add Customer Address" made first`) {
		t.Errorf("notes %q, want the item found said", notes)
	}
}
