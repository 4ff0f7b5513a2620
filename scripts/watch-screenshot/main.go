// Command watch-screenshot takes docs/screenshots/watch-live-report.png: it opens the report
// docdrift watch serves, in docdrift's own headless Chromium, where the live script takes an
// open page after a save — the step that changed — and captures the viewport.
//
//	docdrift watch testdata/seed/includes/_api_oauth_tokens.md   # prints the report's address
//	(save the doc with step 3's label misspelt)
//	go run ./scripts/watch-screenshot http://127.0.0.1:PORT/ docs/screenshots/watch-live-report.png
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/docdrift/docdrift/internal/browser"
	"github.com/go-rod/rod/lib/proto"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: watch-screenshot REPORT-URL OUT.png")
		os.Exit(2)
	}
	if err := shoot(os.Args[1], os.Args[2]); err != nil {
		fmt.Fprintln(os.Stderr, "watch-screenshot:", err)
		os.Exit(1)
	}
}

func shoot(base, out string) error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	base = strings.TrimSuffix(base, "/")
	focus, err := focusOf(base)
	if err != nil {
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
	page := s.Page.Context(ctx)
	if err := (proto.EmulationSetDeviceMetricsOverride{Width: 1100, Height: 820, DeviceScaleFactor: 1}).Call(page); err != nil {
		return err
	}
	// Where the live script takes an open page after the save (internal/watch tests that).
	if err := page.Navigate(base + "/" + focus); err != nil {
		return err
	}
	if err := page.WaitLoad(); err != nil {
		return err
	}
	step, err := page.Element(focus[strings.Index(focus, "#"):])
	if err != nil {
		return err
	}
	if _, err := step.Eval(`() => this.scrollIntoView({block: "start"})`); err != nil {
		return err
	}
	png, err := page.Screenshot(false, &proto.PageCaptureScreenshot{Format: proto.PageCaptureScreenshotFormatPng})
	if err != nil {
		return err
	}
	return os.WriteFile(out, png, 0o644)
}

// focusOf asks the watch where its newest report points a reader.
func focusOf(base string) (string, error) {
	res, err := http.Get(base + "/_watch/version")
	if err != nil {
		return "", err
	}
	defer res.Body.Close()
	var news struct{ Focus string }
	if err := json.NewDecoder(res.Body).Decode(&news); err != nil {
		return "", err
	}
	if !strings.Contains(news.Focus, "#") {
		return "", fmt.Errorf("the report points at no step yet (%q): save a change first", news.Focus)
	}
	return news.Focus, nil
}
