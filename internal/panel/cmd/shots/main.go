// Command shots renders the main pages of the simulator's 2017 era to PNG files for the docs,
// in headless Chromium at 1280×800, so they can be regenerated whenever the pages change:
//
//	go run ./internal/panel/cmd/shots -o docs/screenshots
//
// The credentials fields are masked like docdrift masks them in its own screenshots, even
// though the simulator's credentials are made up.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/docdrift/docdrift/internal/browser"
	"github.com/docdrift/docdrift/internal/panel"
	"github.com/docdrift/docdrift/internal/target"
	"github.com/go-rod/rod"
	"github.com/go-rod/rod/lib/proto"
)

func main() {
	out := flag.String("o", "docs/screenshots", "output `dir`ectory")
	flag.Parse()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := run(ctx, *out); err != nil {
		fmt.Fprintln(os.Stderr, "shots:", err)
		os.Exit(1)
	}
}

type shooter struct {
	page *rod.Page
	dir  string
}

func run(ctx context.Context, dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	emb, err := target.StartEmbedded(panel.Options{Era: panel.Era2017, Seed: 1})
	if err != nil {
		return err
	}
	defer emb.Close()
	if err := emb.API.EnsureAccount(ctx, "erp-sync", true); err != nil {
		return err
	}
	if err := emb.API.EnsureAccount(ctx, "Channel Advisor", false); err != nil {
		return err
	}
	b, err := browser.Launch(ctx, browser.Options{})
	if err != nil {
		return err
	}
	defer b.Close()
	s, err := b.NewSession(ctx)
	if err != nil {
		return err
	}
	defer s.Close()
	p := s.Page.Context(ctx)
	if err := p.SetViewport(&proto.EmulationSetDeviceMetricsOverride{Width: 1280, Height: 800, DeviceScaleFactor: 1}); err != nil {
		return err
	}
	sh := shooter{page: p, dir: dir}
	owner := emb.Server.Owner()
	base := emb.URL

	steps := []struct {
		file string
		act  func() error
	}{
		{"login.png", func() error { return sh.open(base + "/login") }},
		{"", func() error {
			p.MustElement("#email").MustInput(owner.Email)
			p.MustElement("#password").MustInput(owner.Password)
			return sh.clickLoad(p.MustElement("button[type=submit]"))
		}},
		{"advanced-settings.png", func() error { return sh.clickLoad(p.MustElementR("nav a", "^Advanced Settings$")) }},
		{"store-api-accounts.png", func() error { return sh.clickLoad(p.MustElementR("nav a", "^API Accounts$")) }},
		{"create-api-account.png", func() error { return sh.clickLoad(p.MustElementR("a", "^Create API Account$")) }},
		{"credentials-modal.png", func() error {
			p.MustElement("#name").MustInput("Nightly ERP sync")
			p.MustElement(`label[for="scope-products-read-only"]`).MustClick()
			wait := s.ExpectDownload()
			if err := sh.clickLoad(p.MustElementR("button", "^Save$")); err != nil {
				return err
			}
			_, err := wait(ctx)
			p.MustEval(`() => document.querySelectorAll('dialog input').forEach((i) => i.style.webkitTextSecurity = 'disc')`)
			return err
		}},
		{"legacy-api-accounts-menu.png", func() error {
			if err := sh.open(base + "/manage/settings/legacy-api-accounts"); err != nil {
				return err
			}
			p.MustElement(`button[aria-label="More actions"]`).MustClick()
			return nil
		}},
		{"legacy-api-account-form.png", func() error {
			if err := sh.clickLoad(p.MustElement(`[role=menuitem]`)); err != nil {
				return err
			}
			p.MustEval(`() => document.querySelectorAll('input.secret').forEach((i) => i.style.webkitTextSecurity = 'disc')`)
			return nil
		}},
	}
	for _, st := range steps {
		if err := st.act(); err != nil {
			return fmt.Errorf("%s: %w", st.file, err)
		}
		if st.file == "" {
			continue
		}
		png, err := p.Screenshot(false, &proto.PageCaptureScreenshot{Format: proto.PageCaptureScreenshotFormatPng})
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, st.file), png, 0o644); err != nil {
			return err
		}
		fmt.Println("wrote", filepath.Join(dir, st.file))
	}
	return nil
}

func (sh shooter) open(url string) error {
	wait := sh.page.WaitNavigation(proto.PageLifecycleEventNameLoad)
	if err := sh.page.Navigate(url); err != nil {
		return err
	}
	wait()
	return sh.page.GetContext().Err()
}

func (sh shooter) clickLoad(el *rod.Element) error {
	wait := sh.page.WaitNavigation(proto.PageLifecycleEventNameLoad)
	if err := el.Click(proto.InputMouseButtonLeft, 1); err != nil {
		return err
	}
	wait()
	return sh.page.GetContext().Err()
}
