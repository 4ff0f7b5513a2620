package steps

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// A submit the browser holds back — a required field left empty, a value its type refuses —
// sends nothing: the step that clicked it drifts, naming the field and the browser's message,
// rather than the step after it failing where it is not to blame. A script checking the form
// without sending it, and a form sent whole, are no such step.
func TestAFormTheBrowserWouldNotSend(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		if r.Method == http.MethodPost {
			_, _ = w.Write([]byte(`<title>Saved</title><h1>Saved</h1>`))
			return
		}
		_, _ = w.Write([]byte(`<title>New contact</title>
			<form method="post" action="/contacts">
				<label>Name <input name="name" required></label>
				<label>Email <input name="email" type="email"></label>
				<button type="button" onclick="this.form.reportValidity()">Check</button>
				<button>Save</button>
			</form>`))
	}))
	t.Cleanup(srv.Close)
	s, ctx := scenarioAt(t, srv.URL, Config{})
	s.loggedIn = true
	for _, tt := range []struct {
		sentence, want string // want: what the drift names; "" for a pass
	}{
		{"Click **Save**.", `the form was not sent: the browser asks for "Name" (`},
		{"Click **Check**.", ""},
		{"In the **Name** field, enter `Ada`.", ""},
		{"In the **Email** field, enter `ada`.", ""},
		{"Click **Save**.", `the browser asks for "Email" (`},
		{"Click **Save**.", "'…' is missing"}, // the value the field holds is never repeated
		{"In the **Email** field, enter `ada@example.com`.", ""},
		{"Click **Save**.", ""},
		{"The **Saved** heading appears.", ""},
	} {
		err := s.perform(ctx, tt.sentence)
		var m *Mismatch
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%s: %v, want a pass", tt.sentence, err)
		case tt.want != "" && (!errors.As(err, &m) || !strings.Contains(err.Error(), tt.want) || strings.Contains(err.Error(), "'ada'")):
			t.Errorf("%s: %v, want drift saying %q", tt.sentence, err, tt.want)
		}
	}
}
