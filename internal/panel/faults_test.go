package panel_test

import (
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/docdrift/docdrift/internal/panel"
)

// clock is a settable time source for session expiry.
type clock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.now }

func (c *clock) Advance(d time.Duration) { c.mu.Lock(); c.now = c.now.Add(d); c.mu.Unlock() }

func TestSessionExpiry(t *testing.T) {
	clk := &clock{now: time.Date(2017, 5, 1, 9, 0, 0, 0, time.UTC)}
	srv, ts := start(t, panel.Options{Now: clk.Now, Faults: panel.Faults{SessionTTL: time.Minute}})
	c := loggedIn(t, ts, srv.Owner())
	if r := c.get("/manage/settings/api-accounts"); r.status != http.StatusOK {
		t.Fatalf("before expiry: %d", r.status)
	}
	clk.Advance(2 * time.Minute)
	r := c.get("/manage/settings/api-accounts")
	if r.status != http.StatusSeeOther || !strings.Contains(r.location(), "expired=1") {
		t.Fatalf("after expiry: %d to %q, want a redirect to log in again", r.status, r.location())
	}
	if page := c.get(r.location()); !strings.Contains(page.body, "Your session has expired") {
		t.Error("the log-in page does not say the session expired")
	}
}

func TestFailFirst(t *testing.T) {
	_, ts := start(t, panel.Options{Faults: panel.Faults{FailFirst: 2}})
	c := newClient(t, ts)
	for i, want := range []int{500, 500, 200, 200} {
		if r := c.get("/login"); r.status != want {
			t.Errorf("request %d: %d, want %d", i+1, r.status, want)
		}
	}
	if r := c.get("/__test/accounts"); r.status != 200 {
		t.Errorf("the test API must not fail: %d", r.status)
	}
}

func TestLatency(t *testing.T) {
	_, ts := start(t, panel.Options{Seed: 1, Faults: panel.Faults{Latency: 30 * time.Millisecond, Jitter: 20 * time.Millisecond}})
	c := newClient(t, ts)
	for range 3 {
		start := time.Now()
		c.get("/login")
		if took := time.Since(start); took < 30*time.Millisecond || took > 2*time.Second {
			t.Errorf("a request took %v, want at least the 30ms latency", took)
		}
	}
}

// The "What's new" dialog shows over the first page after a log-in, and only that one.
func TestWhatsNewShowsOncePerLogIn(t *testing.T) {
	srv, ts := start(t, panel.Options{Faults: panel.Faults{WhatsNew: true}})
	for range 2 {
		c := newClient(t, ts)
		c.get("/login")
		c.post("/login", url.Values{"email": {srv.Owner().Email}, "password": {srv.Owner().Password}})
		mustContain(t, c.get("/manage/dashboard").body, "What's new in your control panel", "data-close-dialog")
		if body := c.get("/manage/dashboard").body; strings.Contains(body, "What's new") {
			t.Error("the dialog shows again on the next page")
		}
	}
}

func TestTableDelayRendersClientSide(t *testing.T) {
	srv, ts := start(t, panel.Options{Faults: panel.Faults{TableDelay: 750 * time.Millisecond}})
	c := loggedIn(t, ts, srv.Owner())
	r := c.get("/manage/settings/api-accounts")
	mustContain(t, r.body, `data-delayed="750"`, "<template>")
}

func TestDriftPresets(t *testing.T) {
	srv, ts := start(t, panel.Options{Drift: panel.Drift{
		Rename:      map[string]string{"Advanced Settings": "Store Setup"},
		SaveTopLeft: true, LegacyAction: panel.ActionGear, NoDownload: true,
	}})
	preload(t, ts, `{"legacy":[{"username":"erp-sync"}]}`)
	c := loggedIn(t, ts, srv.Owner())
	dash := c.get("/manage/dashboard")
	mustContain(t, dash.body, ">Store Setup<")
	if strings.Contains(dash.body, ">Advanced Settings<") {
		t.Error("the renamed label is still shown")
	}
	form := c.get("/manage/settings/api-accounts/create").body
	if save, fields := strings.Index(form, ">Save<"), strings.Index(form, `id="name"`); save < 0 || save > fields {
		t.Error("Save is not above the form's fields")
	}
	legacy := c.get("/manage/settings/legacy-api-accounts").body
	mustContain(t, legacy, `aria-label="Settings"`)
	if strings.Contains(legacy, `aria-label="More actions"`) {
		t.Error("the gear preset still shows the ••• button")
	}
	creds := c.create("Nightly sync", nil)
	if r := c.get(creds + "/download"); r.status != http.StatusNotFound {
		t.Errorf("download with --no-download: %d, want 404", r.status)
	}
}
