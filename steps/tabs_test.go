package steps

import (
	"strings"
	"testing"
)

// A procedure goes on in the tab a click opens — a link to a new tab, a pop-up a script opens
// — and back in the tab that opened a pop-up once the pop-up closes itself; each change of
// tab is noted on its step.
func TestAProcedureFollowsTabs(t *testing.T) {
	url := servePages(t, map[string]string{
		"/": `<title>Admin</title><a href="/docs" target="_blank">Open the reference</a>
			<button onclick="window.open('/consent', 'consent', 'width=400,height=300')">Connect</button>
			<h2 id="status">not connected</h2>
			<script>window.addEventListener("message", (e) => { document.getElementById("status").textContent = e.data })</script>`,
		"/docs":    `<title>Reference</title><h1>API reference</h1><button onclick="document.body.dataset.did = 'copied'">Copy</button>`,
		"/consent": `<title>Consent</title><button onclick="opener.postMessage('connected', '*'); window.close()">Allow</button>`,
		"/bye":     `<title>Bye</title><script>setTimeout(() => window.close(), 100)</script>`,
	})
	s, ctx := scenarioAt(t, url, Config{})
	s.loggedIn = true
	// Each step, the tab it leaves the reader on and what its note says ("": none).
	type step struct{ sentence, title, note string }
	perform := func(steps []step) {
		t.Helper()
		for _, tt := range steps {
			s.notes = nil
			if err := s.perform(ctx, tt.sentence); err != nil {
				t.Fatalf("%s: %v", tt.sentence, err)
			}
			if got := s.session.Page.MustInfo().Title; got != tt.title {
				t.Errorf("%s: on %q, want %q", tt.sentence, got, tt.title)
			}
			if got := strings.Join(s.notes, "; "); !strings.Contains(got, tt.note) || (tt.note == "") != (got == "") {
				t.Errorf("%s: notes %q, want one saying %q", tt.sentence, got, tt.note)
			}
		}
	}
	perform([]step{
		{"Click **Open the reference**.", "Reference", "opened a new tab"},
		{"Click **Copy**.", "Reference", ""},
	})
	if err := s.session.Reset(ctx); err != nil {
		t.Fatal(err)
	}
	if got := s.session.Page.MustEval(`() => location.href`).Str(); got != "about:blank" {
		t.Errorf("after a reset the session is on %s, want its first tab, blank", got)
	}
	if err := s.session.Page.Context(ctx).Navigate(url); err != nil {
		t.Fatal(err)
	}
	// An optional step is a detour: the reader comes back to the page the doc goes on from
	// (Strapi's "(optional) If some of your entries have …, click the edit buttons …").
	perform([]step{
		{"(optional) If the reference is needed, click **Open the reference**.", "Admin", "stayed on its page"},
		{"(optional) Click **Open the reference** to read about the API.", "Admin", "stayed on its page"},
	})
	// The detours are closed: a pooled session serves scenario after scenario.
	if left, err := s.session.Opened(ctx); err != nil || len(left) > 0 {
		t.Errorf("tabs the detours opened, still open: %v (%v)", left, err)
	}
	perform([]step{
		{"Click **Connect**.", "Consent", "opened a new tab"},
		{"Click **Allow**.", "Admin", "closed itself"},
		{"You see **connected**.", "Admin", ""},
	})
	// A tab that closes itself on its own, at once or later: the step, or the reset after.
	if _, err := s.session.Page.Context(ctx).Eval(`() => document.body.insertAdjacentHTML("beforeend",
		'<a href="/bye" target="_blank">Say goodbye</a> <a href="/docs" target="_blank">Reference again</a>')`); err != nil {
		t.Fatal(err)
	}
	perform([]step{
		{"Click **Say goodbye**.", "Admin", "closed itself"},
		{"Click **Reference again**.", "Reference", "opened a new tab"},
	})
	if _, err := s.session.Page.Context(ctx).Eval(`() => window.close()`); err != nil {
		t.Fatal(err)
	}
	if err := s.session.Reset(ctx); err != nil {
		t.Errorf("a reset after a tab closed itself: %v", err)
	}
	// A new tab whose page does not load fails the step, as the same page in this tab would.
	if err := s.session.Page.Context(ctx).Navigate(url); err != nil {
		t.Fatal(err)
	}
	if _, err := s.session.Page.Context(ctx).Eval(`() => document.body.insertAdjacentHTML("beforeend", '<a href="http://127.0.0.1:1/" target="_blank">Broken link</a>')`); err != nil {
		t.Fatal(err)
	}
	if err := s.perform(ctx, "Click **Broken link**."); err == nil || !strings.Contains(err.Error(), "127.0.0.1:1") {
		t.Errorf("a new tab that did not load: %v, want the page that did not load", err)
	}
}
