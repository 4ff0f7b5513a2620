// Package redact keeps secrets out of everything docdrift writes. A run learns its secrets as it
// goes — the owner's password at the start, a session's cookies, each client secret and access
// token a pop-up shows — and every writer and error that leaves the process passes through the
// same set.
package redact

import (
	"io"
	"sort"
	"strings"
	"sync"
)

// Mask replaces a secret in text.
const Mask = "[redacted]"

// minLen keeps short values out of the set: redacting "abc" everywhere would garble output
// without protecting anything a guess would not find.
const minLen = 6

// Secrets is the set of values never to write. The zero value is empty and ready; it is safe
// for concurrent use, and a nil *Secrets redacts nothing.
type Secrets struct {
	mu   sync.RWMutex
	vals []string // longest first, so a secret containing another is masked whole
}

// Add puts values into the set; empty and very short ones are ignored.
func (s *Secrets) Add(values ...string) {
	if s == nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, v := range values {
		v = strings.TrimSpace(v)
		if len(v) < minLen || contains(s.vals, v) {
			continue
		}
		s.vals = append(s.vals, v)
	}
	sort.Slice(s.vals, func(i, j int) bool { return len(s.vals[i]) > len(s.vals[j]) })
}

func contains(vals []string, v string) bool {
	for _, x := range vals {
		if x == v {
			return true
		}
	}
	return false
}

// String masks every secret in text.
func (s *Secrets) String(text string) string {
	if s == nil {
		return text
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	for _, v := range s.vals {
		if strings.Contains(text, v) {
			text = strings.ReplaceAll(text, v, Mask)
		}
	}
	return text
}

// Error masks err's message while keeping what it wraps, so callers still find a typed error
// (a drift's closest labels) with errors.As; nil stays nil.
func (s *Secrets) Error(err error) error {
	if err == nil || s == nil {
		return err
	}
	msg := err.Error()
	if masked := s.String(msg); masked != msg {
		return &redactedError{msg: masked, err: err}
	}
	return err
}

type redactedError struct {
	msg string
	err error
}

func (e *redactedError) Error() string { return e.msg }
func (e *redactedError) Unwrap() error { return e.err }

// Writer masks every secret in what is written to w. Each Write is masked on its own: callers
// write whole lines (progress, reports), so a secret is never split across two writes.
func (s *Secrets) Writer(w io.Writer) io.Writer { return &writer{s: s, w: w} }

type writer struct {
	s *Secrets
	w io.Writer
}

func (w *writer) Write(p []byte) (int, error) {
	masked := w.s.String(string(p))
	if _, err := io.WriteString(w.w, masked); err != nil {
		return 0, err
	}
	return len(p), nil
}
