package browser_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/docdrift/docdrift/internal/browser"
	"github.com/docdrift/docdrift/internal/browser/browsertest"
)

func TestNavigateLoopback(t *testing.T) {
	srv := serve(t, map[string]string{"/": `<title>Store Dashboard</title><h1>Hi</h1>`})
	s := browsertest.Session(t)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	for _, u := range []string{srv.URL, strings.Replace(srv.URL, "127.0.0.1", "localhost", 1)} {
		p := s.Page.Context(ctx)
		if err := p.Navigate(u); err != nil {
			t.Fatalf("navigate %s: %v", u, err)
		}
		if err := p.WaitLoad(); err != nil {
			t.Fatal(err)
		}
		info, err := p.Info()
		if err != nil {
			t.Fatal(err)
		}
		if info.Title != "Store Dashboard" {
			t.Errorf("%s: title = %q, want %q", u, info.Title, "Store Dashboard")
		}
	}
}

func TestResolverBlocksOtherHosts(t *testing.T) {
	s := browsertest.Session(t)
	for _, u := range []string{"http://docdrift-made-up-host.com/", "http://example.invalid/", "https://www.google.com/"} {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		err := s.Page.Context(ctx).Navigate(u)
		cancel()
		if err == nil || !strings.Contains(err.Error(), "ERR_NAME_NOT_RESOLVED") {
			t.Errorf("navigate %s: err = %v, want ERR_NAME_NOT_RESOLVED", u, err)
		}
	}
}

func TestMissingChromiumIsTyped(t *testing.T) {
	_, err := browser.Launch(context.Background(), browser.Options{Bin: "/nonexistent/chromium"})
	var nc *browser.NoChromiumError
	if !errors.As(err, &nc) {
		t.Fatalf("err = %v, want *NoChromiumError", err)
	}
	if !strings.Contains(err.Error(), "apt-get install -y chromium") {
		t.Errorf("error %q lacks the install hint", err)
	}
}
