package steps

import (
	"errors"
	"testing"
)

// A procedure whose item its doc's making procedure made only by being carried past a drift
// finds no row of that item: the label carried on with may have done something else, so the
// item may never have been made — no drift of this procedure's. Any other missing label is.
func TestAnItemMadePastADriftThatIsNowhere(t *testing.T) {
	url := servePages(t, map[string]string{"/": rowMenuList})
	for _, tt := range []struct {
		name, subject, madePast, sentence string
		unmet                             bool
	}{
		{"made past a drift, nowhere", "docdrift-9", "Creating an account", "Click **Actions** next to the account you want to delete.", true},
		{"made, nowhere", "docdrift-9", "", "Click **Actions** next to the account you want to delete.", false},
		{"made past a drift, there", "docdrift-1", "Creating an account", "Click **Archive** next to the account you want to delete.", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s, ctx := scenarioAt(t, url, Config{})
			s.loggedIn, s.subject, s.madeAs, s.madePast = true, tt.subject, "account", tt.madePast
			err := s.performOwn(ctx, tt.sentence)
			var unmet *Unmet
			var drift *Mismatch
			switch {
			case tt.unmet && !errors.As(err, &unmet):
				t.Errorf("%v, want the item not made past the drift", err)
			case !tt.unmet && (!errors.As(err, &drift) || errors.As(err, &unmet)):
				t.Errorf("%v, want drift", err)
			}
		})
	}
}
