// Package redact keeps secrets out of everything docdrift writes. A run learns its secrets as it
// goes — the owner's password at the start, a session's cookies and stored tokens, each client
// secret and access token a pop-up or a page shows — and every writer and error that leaves
// the process passes through the same set. A long secret is masked in part too: a message that
// quotes only the first sixty characters of a 256-character key must not carry them.
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

// fragment is the shortest part of a secret masked on its own: long enough that no ordinary
// word or name of a run matches it by chance, short enough to catch a quoted excerpt.
const fragment = 16

// Secrets is the set of values never to write. The zero value is empty and ready; it is safe
// for concurrent use, and a nil *Secrets redacts nothing.
type Secrets struct {
	mu    sync.RWMutex
	vals  []string            // longest first, so a secret containing another is masked whole
	parts map[string]struct{} // every fragment-long run of characters of the long secrets
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
		for i := 0; i+fragment <= len(v); i++ {
			if s.parts == nil {
				s.parts = map[string]struct{}{}
			}
			s.parts[v[i:i+fragment]] = struct{}{}
		}
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
	return s.maskParts(text)
}

// maskParts masks every stretch of text made of fragment-long runs of a secret: what is left
// of a secret cut short, or split by an escape.
func (s *Secrets) maskParts(text string) string {
	if len(s.parts) == 0 || len(text) < fragment {
		return text
	}
	var b strings.Builder
	done := 0 // text before this is written
	for i := 0; i+fragment <= len(text); {
		if _, ok := s.parts[text[i:i+fragment]]; !ok {
			i++
			continue
		}
		end := i + fragment
		for end < len(text) {
			if _, ok := s.parts[text[end+1-fragment:end+1]]; !ok {
				break
			}
			end++
		}
		b.WriteString(text[done:i])
		b.WriteString(Mask)
		done, i = end, end
	}
	if done == 0 {
		return text
	}
	b.WriteString(text[done:])
	return b.String()
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
