package redact

import (
	"bytes"
	"errors"
	"fmt"
	"sync"
	"testing"
)

type typed struct{ label string }

func (t *typed) Error() string { return "no button named " + t.label }

func TestSecrets(t *testing.T) {
	var s Secrets
	s.Add("hunter2-password", "", "abc", "tok_123456", "tok_123456789") // "abc" is too short to mask
	tests := []struct{ in, want string }{
		{"login as owner with hunter2-password", "login as owner with [redacted]"},
		{"token tok_123456789 and tok_123456", "token [redacted] and [redacted]"},
		{"abc stays", "abc stays"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := s.String(tt.in); got != tt.want {
			t.Errorf("String(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestError(t *testing.T) {
	var s Secrets
	s.Add("sekrit-value")
	err := s.Error(fmt.Errorf("step: %w", &typed{"sekrit-value"}))
	if err.Error() != "step: no button named [redacted]" {
		t.Errorf("message %q", err)
	}
	var ty *typed
	if !errors.As(err, &ty) {
		t.Error("the typed error is lost")
	}
	plain := errors.New("nothing secret")
	if s.Error(plain) != plain || s.Error(nil) != nil {
		t.Error("errors without secrets must pass through unchanged")
	}
	var none *Secrets
	if none.String("x") != "x" || none.Error(plain) != plain {
		t.Error("a nil set redacts nothing")
	}
}

func TestWriterConcurrent(t *testing.T) {
	var s Secrets
	var buf bytes.Buffer
	var mu sync.Mutex
	w := s.Writer(lockedWriter{&buf, &mu})
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			secret := fmt.Sprintf("client-secret-%d", i)
			s.Add(secret)
			fmt.Fprintf(w, "saw %s\n", secret)
		}()
	}
	wg.Wait()
	if bytes.Contains(buf.Bytes(), []byte("client-secret-")) {
		t.Errorf("a secret was written:\n%s", buf.String())
	}
}

type lockedWriter struct {
	b  *bytes.Buffer
	mu *sync.Mutex
}

func (l lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

// A long secret is masked in part as well: a quoted excerpt, or what an escape split it into.
func TestSecretFragments(t *testing.T) {
	var s Secrets
	key := "3f9a1c7e5b2d8046af13c9e7b5d20864c1e3a5f7092b4d6e8f1a3c5e7092b4d6"
	s.Add(key, "docdrift-run-1") // short: masked whole only
	tests := []struct{ in, want string }{
		{"the key " + key[:60] + "…", "the key [redacted]…"},
		{"ends with " + key[40:], "ends with [redacted]"},
		{"split " + key[:20] + "%2F" + key[20:], "split [redacted]%2F[redacted]"},
		{"too short a part: " + key[:15], "too short a part: " + key[:15]},
		{"a name like docdrift-run-1 is masked whole", "a name like [redacted] is masked whole"},
	}
	for _, tt := range tests {
		if got := s.String(tt.in); got != tt.want {
			t.Errorf("String(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
