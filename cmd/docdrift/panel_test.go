package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer lets the test read what the command writes from another goroutine, and wait
// for each write.
type syncBuffer struct {
	mu      sync.Mutex
	b       bytes.Buffer
	written chan struct{}
}

func newSyncBuffer() *syncBuffer { return &syncBuffer{written: make(chan struct{}, 1)} }

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	select {
	case s.written <- struct{}{}:
	default:
	}
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

var panelURL = regexp.MustCompile(`at (http://127\.0\.0\.1:\d+/)`)

func TestPanelServesUntilCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	out, errs := newSyncBuffer(), newSyncBuffer()
	done := make(chan error, 1)
	go func() { done <- run(ctx, []string{"panel", "--era", "2023", "--seed", "3"}, out, errs) }()

	var base string
	timeout := time.After(10 * time.Second)
	for base == "" {
		select {
		case <-out.written:
		case err := <-done:
			t.Fatalf("panel ended early: %v\n%s", err, errs.String())
		case <-timeout:
			cancel()
			t.Fatalf("no URL printed:\n%s%s", out.String(), errs.String())
		}
		if m := panelURL.FindStringSubmatch(out.String()); m != nil && strings.Contains(out.String(), "test API") {
			base = m[1]
		}
	}
	for _, want := range []string{"era 2023", "owner: owner@store-", "staff: staff@store-", "password: "} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	resp, err := http.Get(base + "login")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), "Log In") {
		t.Errorf("GET /login: %d", resp.StatusCode)
	}

	cancel()
	select {
	case err := <-done:
		if code := exitCode(err, io.Discard); code != exitInterrupted {
			t.Errorf("panel ended with %v (exit %d), want a clean stop and exit %d", err, code, exitInterrupted)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("panel did not stop after cancel")
	}
	if _, err := http.Get(base + "login"); err == nil {
		t.Error("still serving after it stopped")
	}
}

func TestPanelBadFlags(t *testing.T) {
	tests := []struct {
		args []string
		code int
	}{
		{[]string{"panel", "--era", "1999"}, exitUsage},
		{[]string{"panel", "--rename", "no-equals-sign"}, exitUsage},
		{[]string{"panel", "extra-argument"}, exitUsage},
		{[]string{"panel", "--addr", "not-an-address"}, exitInfra}, // cannot listen there
	}
	for _, tt := range tests {
		var out, errs bytes.Buffer
		if code := exitCode(run(context.Background(), tt.args, &out, &errs), &errs); code != tt.code {
			t.Errorf("%v: exit %d, want %d\n%s", tt.args, code, tt.code, errs.String())
		}
	}
}
