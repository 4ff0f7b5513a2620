package steps

import (
	"errors"
	"strings"
	"testing"
)

// adminAccess is a page that grants administrative access once the reader gives their password
// again, as Cockpit's "Limited access" button does: the prompt opens a moment after the click
// (the server is asked first), has a close button before its own, and says so when the password
// is wrong.
const adminAccess = `<title>Overview</title><button id="access">Limited access</button><main>Overview</main>
<script>
document.getElementById("access").onclick = () => setTimeout(() => {
	document.body.insertAdjacentHTML("beforeend", '<div role="dialog" aria-modal="true" aria-label="Switch to administrative access">' +
		'<button type="button" aria-label="Close">×</button><p id="alert" role="alert"></p>' +
		'<form><label>Password for owner: <input type="password"></label></form>' +
		'<footer><button type="button" id="auth">Authenticate</button><button type="button">Cancel</button></footer></div>');
	document.getElementById("auth").onclick = () => setTimeout(() => {
		const dialog = document.querySelector("[role=dialog]");
		if (dialog.querySelector("input").value !== "s3cret-pass") {
			document.getElementById("alert").textContent = "Sorry, that didn't work.";
			return;
		}
		dialog.remove();
		document.getElementById("access").textContent = "Administrative access";
	}, 200);
}, 300);
</script>`

// "Enter your password" where the product asks again who the reader is gives the run's
// password and submits it; a wrong one, or no prompt, fails the step.
func TestGivingYourPasswordAgain(t *testing.T) {
	tests := []struct {
		name, password, sentence string
		want                     string // the access button's text after, or the error's words
		drift                    bool
	}{
		{"the right password", "s3cret-pass", "Click the **Limited access** button and enter your password to enable administrative access",
			"Administrative access", false},
		{"a wrong password", "not-the-pass-9", "Click **Limited access** and enter your password.", "the product still asks for it", false},
		{"no prompt", "s3cret-pass", "Enter your password.", "nothing on the page asks for your password", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			url := servePages(t, map[string]string{"/": adminAccess})
			s, ctx := scenarioAt(t, url, Config{Login: Login{Username: "owner", Password: tt.password}})
			s.loggedIn, s.moves = true, s.session.Moves()
			err := s.perform(ctx, tt.sentence)
			var m *Mismatch
			if errors.As(err, &m) != tt.drift {
				t.Errorf("err = %v, drift %v, want drift %v", err, errors.As(err, &m), tt.drift)
			}
			if err != nil {
				if !strings.Contains(err.Error(), tt.want) {
					t.Errorf("err = %v, want it to say %q", err, tt.want)
				}
				if strings.Contains(err.Error(), tt.password) {
					t.Errorf("err = %v holds the password", err)
				}
				return
			}
			res, err := s.session.Page.Context(ctx).Eval(`() => document.getElementById("access").textContent + (document.querySelector("[role=dialog]") ? " (prompt still open)" : "")`)
			if err != nil {
				t.Fatal(err)
			}
			if got := res.Value.Str(); got != tt.want {
				t.Errorf("after the step: %q, want %q", got, tt.want)
			}
		})
	}
}
