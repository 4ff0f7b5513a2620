// Command floor is the speed floor docdrift is measured against: a hand-written rod program
// that performs the reference draft's first procedure ("Obtaining an OAuth Token") on the
// embedded control panel with fixed selectors — no parsing, no Gherkin, no reader-style
// element search. bench/run-vs-floor.sh times it against `docdrift run` as whole processes.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/docdrift/docdrift/internal/browser"
	"github.com/docdrift/docdrift/internal/panel"
	"github.com/docdrift/docdrift/internal/target"
	"github.com/go-rod/rod"
	"github.com/go-rod/rod/lib/proto"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	if err := run(ctx); err != nil {
		fmt.Fprintln(os.Stderr, "floor:", err)
		os.Exit(1)
	}
	fmt.Println("1 passed, 0 failed, 0 skipped")
}

func run(ctx context.Context) error {
	emb, err := target.StartEmbedded(panel.Options{Era: panel.Era2017, Seed: 1})
	if err != nil {
		return err
	}
	defer emb.Close()
	// The same launch as docdrift's (system Chromium, off the network), so the comparison
	// measures what docdrift adds on top of driving the browser.
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
	download := s.ExpectDownload()
	p := s.Page.Context(ctx)
	owner := emb.Server.Owner()

	if err := load(p, func() error { return p.Navigate(emb.URL) }); err != nil {
		return err
	}
	if err := input(p, "#email", owner.Email); err != nil {
		return err
	}
	if err := input(p, "#password", owner.Password); err != nil {
		return err
	}
	steps := []struct{ sel, text string }{
		{"button[type=submit]", ""},
		{"nav a", "Advanced Settings"},
		{"nav a", "API Accounts"},
		{"a", "Create API Account"},
	}
	for _, st := range steps {
		if err := clickAndLoad(p, st.sel, st.text); err != nil {
			return err
		}
	}
	if err := input(p, "#name", "floor-account"); err != nil {
		return err
	}
	label, err := p.Element(`label[for="scope-content-read-only"]`)
	if err != nil {
		return err
	}
	if err := label.Click(proto.InputMouseButtonLeft, 1); err != nil {
		return err
	}
	if err := clickAndLoad(p, "button", "Save"); err != nil {
		return err
	}
	shown := map[string]string{}
	for id, name := range map[string]string{"client-id": "CLIENT ID", "client-secret": "CLIENT SECRET", "access-token": "ACCESS TOKEN"} {
		el, err := p.Element("dialog #" + id)
		if err != nil {
			return err
		}
		v, err := el.Property("value")
		if err != nil {
			return err
		}
		shown[name] = v.Str()
	}
	d, err := download(ctx)
	if err != nil {
		return err
	}
	for name, v := range shown {
		if !strings.Contains(string(d.Data), name+": "+v) {
			return fmt.Errorf("download lacks %s", name)
		}
	}
	return nil
}

func input(p *rod.Page, sel, text string) error {
	el, err := p.Element(sel)
	if err != nil {
		return err
	}
	return el.Input(text)
}

func clickAndLoad(p *rod.Page, sel, text string) error {
	var el *rod.Element
	var err error
	if text == "" {
		el, err = p.Element(sel)
	} else {
		el, err = p.ElementR(sel, "^"+text+"$")
	}
	if err != nil {
		return fmt.Errorf("%s %q: %w", sel, text, err)
	}
	return load(p, func() error { return el.Click(proto.InputMouseButtonLeft, 1) })
}

func load(p *rod.Page, act func() error) error {
	wait := p.WaitNavigation(proto.PageLifecycleEventNameLoad)
	if err := act(); err != nil {
		return err
	}
	wait()
	return errors.Join(p.GetContext().Err())
}
