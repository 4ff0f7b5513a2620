package panel_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/docdrift/docdrift/internal/browser"
	"github.com/docdrift/docdrift/internal/browser/browsertest"
	"github.com/docdrift/docdrift/internal/panel"
	"github.com/go-rod/rod"
	"github.com/go-rod/rod/lib/proto"
)

func TestMain(m *testing.M) { browsertest.Main(m) }

// These tests click through the pages by hand, with fixed selectors, in headless Chromium:
// proof that the simulator works in a real browser (forms, the credentials modal and its
// download, the legacy ••• menu and the browser's confirm()), independent of the runner.

type hand struct {
	t    *testing.T
	s    *browser.Session
	page *rod.Page
}

func open(t *testing.T, ts string) *hand {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	s := browsertest.Session(t)
	h := &hand{t: t, s: s, page: s.Page.Context(ctx)}
	h.load(func() { h.page.MustNavigate(ts) })
	return h
}

// load runs act, which must start a navigation, and waits for the new page.
func (h *hand) load(act func()) {
	h.t.Helper()
	wait := h.page.WaitNavigation(proto.PageLifecycleEventNameLoad)
	act()
	wait()
}

func (h *hand) click(selector, text string) {
	h.t.Helper()
	h.load(func() { h.page.MustElementR(selector, "^\\s*"+text+"\\s*$").MustClick() })
}

func (h *hand) logIn(u panel.User) {
	h.t.Helper()
	h.page.MustElement("#email").MustInput(u.Email)
	h.page.MustElement("#password").MustInput(u.Password)
	h.click("button", "Log In")
}

func (h *hand) heading() string { return h.page.MustElement("h1").MustText() }

func TestObtainingAnOAuthTokenByHand(t *testing.T) {
	srv, ts := start(t, panel.Options{Era: panel.Era2017, Seed: 3})
	h := open(t, ts.URL)
	h.logIn(srv.Owner())
	h.click("nav a", "Advanced Settings")
	h.click("nav a", "API Accounts")
	if got := h.heading(); got != "Store API Accounts" {
		t.Fatalf("heading %q", got)
	}
	h.click("a", "Create API Account")
	h.page.MustElement("#name").MustInput("Nightly ERP sync")
	h.page.MustElement(`label[for="scope-products-read-only"]`).MustClick()
	save := h.page.MustElementR("button", "^Save$")
	box := save.MustShape().Box()
	vw := h.page.MustEval(`() => innerWidth`).Int()
	vh := h.page.MustEval(`() => innerHeight`).Int()
	if box.X < float64(vw)/2 || box.Y < float64(vh)/2 {
		t.Errorf("Save at %v in a %dx%d window, want the lower right", box, vw, vh)
	}
	download := h.s.ExpectDownload()
	h.load(func() { save.MustClick() })

	dlg := h.page.MustElement("dialog[open]")
	if title := dlg.MustElement("h2").MustText(); title != "BigCommerce API Credentials" {
		t.Errorf("modal title %q", title)
	}
	shown := map[string]string{}
	for id, label := range map[string]string{"client-id": "CLIENT ID", "client-secret": "CLIENT SECRET", "access-token": "ACCESS TOKEN"} {
		shown[label] = dlg.MustElement("#" + id).MustProperty("value").Str()
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	d, err := download(ctx)
	if err != nil {
		t.Fatalf("download: %v", err)
	}
	if !strings.HasSuffix(d.Name, ".txt") {
		t.Errorf("downloaded %q, want a .txt file", d.Name)
	}
	for label, v := range shown {
		if v == "" || !strings.Contains(string(d.Data), label+": "+v+"\n") {
			t.Errorf("download lacks %s as shown in the modal", label)
		}
	}
	h.click("dialog button", "Done")
	if h.page.MustHas("dialog[open]") {
		t.Error("the modal is still open after Done")
	}
	accounts, _ := srv.Accounts()
	if len(accounts) != 1 || accounts[0].Name != "Nightly ERP sync" {
		t.Errorf("store accounts %+v", accounts)
	}
}

func TestLegacyRevokeByHand(t *testing.T) {
	srv, ts := start(t, panel.Options{Era: panel.Era2017, Seed: 3})
	token := preload(t, ts, `{"legacy":[{"username":"erp-sync"}]}`).Legacy[0].Token

	h := open(t, ts.URL)
	h.logIn(srv.Owner())
	h.click("nav a", "Advanced Settings")
	h.click("nav a", "Legacy API Settings")
	if got := h.heading(); got != "Legacy API Accounts" {
		t.Fatalf("heading %q", got)
	}
	h.page.MustElement(`button[aria-label="More actions"]`).MustClick()
	h.click(`[role=menuitem]`, "Edit")
	h.click("button", "Generate New Token")
	h.click("button", "Save")
	if _, legacy := srv.Accounts(); legacy[0].Token == token {
		t.Error("Generate New Token and Save kept the old token")
	}

	h.page.MustElement(`input[aria-label="Select erp-sync"]`).MustClick()
	answered := h.s.ExpectDialog(true)
	h.load(func() { h.page.MustElement(`.toolbar button[aria-label="Delete"]`).MustClick() })
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	d, err := answered.Wait(ctx)
	if err != nil || d.Type != "confirm" {
		t.Fatalf("confirm prompt: %+v, %v", d, err)
	}
	if _, legacy := srv.Accounts(); len(legacy) != 0 {
		t.Errorf("legacy accounts after delete: %+v", legacy)
	}
}
