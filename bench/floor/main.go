// Command floor is the speed floor docdrift is measured against: a hand-written rod program
// that performs the reference draft's first procedure ("Obtaining an OAuth Token") on the
// embedded control panel with fixed selectors — no parsing, no Gherkin, no reader-style
// element search. bench/run-vs-floor.sh times it against `docdrift run` as whole processes.
// With -procedures N -concurrency C it performs the procedure N times on C workers, each in
// one session that signs in once: the ceiling bench/scale-run.sh shows beside docdrift's
// procedures per second on the same machine.
package main

import (
	"context"
	"errors"
	"flag"
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
	procedures := flag.Int("procedures", 1, "how many times to perform the procedure (the throughput ceiling for bench/scale-run.sh)")
	concurrency := flag.Int("concurrency", 1, "how many workers perform them at once, each in its own session, signing in once")
	flag.Parse()
	if *procedures < 1 || *concurrency < 1 {
		fmt.Fprintln(os.Stderr, "floor: -procedures and -concurrency must be at least 1")
		os.Exit(2)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second+time.Duration(*procedures)*5*time.Second)
	defer cancel()
	if err := run(ctx, *procedures, *concurrency); err != nil {
		fmt.Fprintln(os.Stderr, "floor:", err)
		os.Exit(1)
	}
	fmt.Printf("%d passed, 0 failed, 0 skipped\n", *procedures)
}

func run(ctx context.Context, procedures, concurrency int) error {
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
	next := make(chan int, procedures)
	for i := range procedures {
		next <- i
	}
	close(next)
	errs := make(chan error, concurrency)
	for range min(concurrency, procedures) {
		go func() { errs <- worker(ctx, b, emb, next) }()
	}
	var all []error
	for range min(concurrency, procedures) {
		all = append(all, <-errs)
	}
	return errors.Join(all...)
}

// worker performs procedures from next in one session, signing in before the first.
func worker(ctx context.Context, b *browser.Browser, emb *target.Embedded, next <-chan int) error {
	s, err := b.NewSession(ctx)
	if err != nil {
		return err
	}
	defer s.Close()
	p := s.Page.Context(ctx)
	owner := emb.Server.Owner()
	signedIn := false
	for i := range next {
		if err := load(p, func() error { return p.Navigate(emb.URL) }); err != nil {
			return err
		}
		if !signedIn {
			if err := input(p, "#email", owner.Email); err != nil {
				return err
			}
			if err := input(p, "#password", owner.Password); err != nil {
				return err
			}
			if err := clickAndLoad(p, "button[type=submit]", ""); err != nil {
				return err
			}
			signedIn = true
		}
		if err := createAccount(ctx, s, fmt.Sprintf("floor-account-%d", i)); err != nil {
			return err
		}
	}
	return nil
}

// createAccount is the draft's procedure from the dashboard on: create an API account, save
// it and check the credentials pop-up against the downloaded file.
func createAccount(ctx context.Context, s *browser.Session, name string) error {
	download := s.ExpectDownload()
	p := s.Page.Context(ctx)
	steps := []struct{ sel, text string }{
		{"nav a", "Advanced Settings"},
		{"nav a", "API Accounts"},
		{"a", "Create API Account"},
	}
	for _, st := range steps {
		if err := clickAndLoad(p, st.sel, st.text); err != nil {
			return err
		}
	}
	if err := input(p, "#name", name); err != nil {
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
	for id, label := range map[string]string{"client-id": "CLIENT ID", "client-secret": "CLIENT SECRET", "access-token": "ACCESS TOKEN"} {
		el, err := p.Element("dialog #" + id)
		if err != nil {
			return err
		}
		v, err := el.Property("value")
		if err != nil {
			return err
		}
		shown[label] = v.Str()
	}
	d, err := download(ctx)
	if err != nil {
		return err
	}
	for label, v := range shown {
		if !strings.Contains(string(d.Data), label+": "+v) {
			return fmt.Errorf("download lacks %s", label)
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
