package steps

import (
	"errors"
	"strings"
	"testing"
)

// A doc's word for what a control is, is loose where its name is not: "select **Delete** box"
// where Delete is a button (Rocky Linux's Cockpit guide, testdata/real/cockpit), "Select the
// **Remember me** box" where it is a check box. A reader presses the control of that name;
// where the doc's word was another kind's, the run says so in a note. A name nothing answers
// to is drift still, and a field to type into is never a button.
func TestAControlOfItsNameWhateverTheDocCallsIt(t *testing.T) {
	page := `<title>Account</title>
<label><input type="checkbox" id="remember"> Remember me</label>
<button type="button" onclick="document.title = 'deleted'">Delete</button>
<label>Name <input id="name"></label>`
	url := servePages(t, map[string]string{"/": page})
	tests := []struct {
		sentence string
		title    string // the page's title after the step; "" when it must drift
		checked  bool   // the check box ticked after it
		note     string // in the step's notes; "" for none
	}{
		{"Select the **Remember me** box.", "Account", true, ""},
		{"Click the **Name** box and type `Ada`.", "Account", false, ""},
		{"Select **Delete** box", "deleted", false, `"Delete" is a button`},
		{"Select the **Archive** box.", "", false, ""},
		{"Type `x` in the **Delete** field.", "", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			s, ctx := scenarioAt(t, url, Config{KeepGoing: true})
			s.loggedIn = true
			err := s.perform(ctx, tt.sentence)
			if tt.title == "" {
				if !errors.As(err, new(*Mismatch)) {
					t.Fatalf("err = %v, want drift", err)
				}
				return
			}
			if err != nil || len(s.drifts) > 0 {
				t.Fatalf("err = %v, drifts %v", err, s.drifts)
			}
			page := s.session.Page.Context(ctx)
			if got := page.MustInfo().Title; got != tt.title {
				t.Errorf("title %q, want %q", got, tt.title)
			}
			if got := page.MustEval(`() => document.getElementById("remember").checked`).Bool(); got != tt.checked {
				t.Errorf("check box ticked %v, want %v", got, tt.checked)
			}
			notes := strings.Join(s.notes, "; ")
			if tt.note == "" && notes != "" || !strings.Contains(notes, tt.note) {
				t.Errorf("notes %q, want %q", notes, tt.note)
			}
		})
	}
}
