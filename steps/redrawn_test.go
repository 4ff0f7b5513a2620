package steps

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/docdrift/docdrift/internal/locate"
)

// redrawnPage draws anew the element REDRAWN names (the button, or the group around it) the
// moment a click is first aimed at the button, as a single-page app re-renders a menu when
// data arrives: the element found is no longer the one on the page. (The first read of the
// button's labels, which only the click's aim makes, stands for that moment.)
const redrawnPage = `<title>Menu</title>
<fieldset><legend>Scopes</legend><button onclick="document.title='clicked'">Settings</button></fieldset>
<script>
const button = document.querySelector("button");
const redrawn = document.querySelector("REDRAWN");
Object.defineProperty(button, "labels", { get() {
	redrawn.replaceWith(redrawn.cloneNode(true));
	return document.querySelectorAll("label:not(*)");
} });
</script>`

// A control the page redrew between finding and clicking it is found again and clicked; one
// whose group was redrawn too fails the step as the environment's (retried), never as drift.
func TestClickFollowsAControlThePageDrewAnew(t *testing.T) {
	tests := []struct {
		redrawn string
		click   func(ctx context.Context, s *Scenario) error
		clicked bool
	}{
		{"button", func(ctx context.Context, s *Scenario) error {
			return s.findAndPress(ctx, locate.Query{Roles: []locate.Role{locate.Button}, Name: "Settings"})
		}, true},
		{"fieldset", func(ctx context.Context, s *Scenario) error {
			return s.chooseOptionFor(ctx, "Settings", "Scopes")
		}, false},
	}
	for _, tt := range tests {
		t.Run(tt.redrawn, func(t *testing.T) {
			url := servePages(t, map[string]string{"/": strings.Replace(redrawnPage, "REDRAWN", tt.redrawn, 1)})
			s, ctx := scenarioAt(t, url, Config{})
			err := tt.click(ctx, s)
			var m *Mismatch
			switch {
			case tt.clicked && err != nil:
				t.Fatalf("click on a control drawn anew: %v", err)
			case !tt.clicked && (err == nil || errors.As(err, &m)):
				t.Fatalf("click in a group drawn anew: %v, want an environment failure, not drift", err)
			}
			res, err := s.session.Page.Context(ctx).Eval(`() => document.title`)
			if err != nil {
				t.Fatal(err)
			}
			if got := res.Value.Str() == "clicked"; got != tt.clicked {
				t.Errorf("clicked = %v, want %v", got, tt.clicked)
			}
		})
	}
}
