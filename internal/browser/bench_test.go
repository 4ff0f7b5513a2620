package browser_test

import (
	"context"
	"testing"

	"github.com/docdrift/docdrift/internal/browser"
	"github.com/docdrift/docdrift/internal/browser/browsertest"
)

// BenchmarkLaunchClose measures a whole browser lifetime: start, connect, close, clean up.
func BenchmarkLaunchClose(b *testing.B) {
	for b.Loop() {
		br, err := browser.Launch(context.Background(), browser.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if err := br.Close(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSession measures one scenario's incognito page: open and close.
func BenchmarkSession(b *testing.B) {
	br := browsertest.Browser(b)
	for b.Loop() {
		s, err := br.NewSession(context.Background())
		if err != nil {
			b.Fatal(err)
		}
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
	}
}
