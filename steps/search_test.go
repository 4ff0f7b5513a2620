package steps

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/docdrift/docdrift/internal/browser/browsertest"
	"github.com/docdrift/docdrift/internal/locate"
)

// tickerPage never settles — a clock redraws it every 50 ms — and shows a near-match of the
// label at once. With pending it also fetches for a while before it shows the label itself,
// as a page on a slow machine does.
const tickerPage = `<title>Accounts</title><p id="clock"></p><button>Create API Accounts</button>
<script>
setInterval(() => { document.getElementById("clock").textContent = Date.now() }, 50);
if (location.search === "?pending") fetch("/slow").then(() => {
	const b = document.createElement("button");
	b.textContent = "Create API Account";
	document.body.append(b);
});
</script>`

// On a page that never settles, a clear near-match ends the search after a short look only
// when the page has nothing pending: one still answering a request is waited for, so a slow
// machine does not turn a late label into drift.
func TestSearchWaitsForAPageWithPendingWork(t *testing.T) {
	mux := browsertest.Pages(map[string]string{"/": tickerPage})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(shortLook + time.Second):
		case <-r.Context().Done():
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	q := locate.Query{Roles: []locate.Role{locate.Button}, Name: "Create API Account"}
	tests := []struct {
		query     string
		wantFound bool
	}{
		{"?pending", true}, // found once the request is answered, after the short look
		{"", false},        // nothing pending: the near-match decides after the short look
	}
	for _, tt := range tests {
		sess := browsertest.Session(t)
		s := &Scenario{cfg: &Config{StepTimeout: 10 * time.Second}, session: sess}
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		if err := sess.Page.Context(ctx).Navigate(srv.URL + "/" + tt.query); err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		_, err := s.find(ctx, q)
		took := time.Since(start)
		cancel()
		var m *Mismatch
		switch {
		case tt.wantFound && err != nil:
			t.Errorf("%q: %v after %v, want the label found once the request is answered", tt.query, err, took)
		case !tt.wantFound && !errors.As(err, &m):
			t.Errorf("%q: %v after %v, want drift after the short look", tt.query, err, took)
		case !tt.wantFound && took > shortLook+2*time.Second:
			t.Errorf("%q: drift decided after %v, want about the short look (%v)", tt.query, took, shortLook)
		}
	}
}
