package steps

import (
	"strings"
	"testing"

	"github.com/cucumber/godog"
	"github.com/docdrift/docdrift/internal/understand"
)

// Under "Choose whether you want to upload the asset from your computer or from an URL:" the
// reader takes the first way and leaves the second: a run says so rather than doing both. A
// way not taken is not read either: one docdrift cannot read ("Expire the campaign by …")
// does not stop the procedure.
func TestAnotherWayIsLeft(t *testing.T) {
	url := servePages(t, map[string]string{"/": `<title>Upload</title><button>Browse</button>`})
	for _, way := range []string{
		"from an URL, type an URL in the _URL_ field, then click **Next**.",
		"Expire the campaign by setting an end date in the past.",
	} {
		s, ctx := scenarioAt(t, url, Config{Listed: func(*godog.Scenario, int) understand.Listing { return understand.OtherWay }})
		s.loggedIn, s.moves = true, s.session.Moves()
		if err := s.perform(ctx, way); err != nil {
			t.Fatalf("another way %q was performed: %v", way, err)
		}
		if !strings.Contains(s.notChecked, "another way") {
			t.Errorf("%q: not checked = %q, want it to say the step is another way", way, s.notChecked)
		}
	}
}
