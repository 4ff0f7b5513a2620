package creds

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/go-rod/rod/lib/proto"
)

func write(t *testing.T, content string, mode os.FileMode) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "creds.env")
	if err := os.WriteFile(path, []byte(content), mode); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, mode); err != nil { // past the umask
		t.Fatal(err)
	}
	return path
}

func TestLoadCredentials(t *testing.T) {
	tests := []struct {
		name, content string
		mode          os.FileMode
		want          Credentials
		err           string
	}{
		{"plain", "DOCDRIFT_USERNAME=o@x.test\nDOCDRIFT_PASSWORD=pw-123\n", 0o600, Credentials{"o@x.test", "pw-123"}, ""},
		{"quotes, comments, export", "# owner\nexport DOCDRIFT_USERNAME=\"o@x.test\"\n\nDOCDRIFT_PASSWORD='a b=c#d'\n", 0o400, Credentials{"o@x.test", "a b=c#d"}, ""},
		{"readable by others", "DOCDRIFT_USERNAME=o\nDOCDRIFT_PASSWORD=p\n", 0o644, Credentials{}, "mode 0644 lets others read it; run chmod 600"},
		{"unknown key", "DOCDRIFT_USERNAME=o\nDOCDRIFT_PASSWRD=p\n", 0o600, Credentials{}, `creds.env:2: unknown key "DOCDRIFT_PASSWRD" (want DOCDRIFT_USERNAME or DOCDRIFT_PASSWORD)`},
		{"not key=value", "DOCDRIFT_USERNAME o\n", 0o600, Credentials{}, "creds.env:1: want KEY=VALUE"},
		{"unterminated quote", "DOCDRIFT_USERNAME=o\nDOCDRIFT_PASSWORD=\"secret-value\n", 0o600, Credentials{}, "creds.env:2: DOCDRIFT_PASSWORD: unterminated or malformed double-quoted value"},
		{"password missing", "DOCDRIFT_USERNAME=o\n", 0o600, Credentials{}, "needs both DOCDRIFT_USERNAME and DOCDRIFT_PASSWORD"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := LoadCredentials(write(t, tt.content, tt.mode), "DOCDRIFT_USERNAME", "DOCDRIFT_PASSWORD")
			switch {
			case tt.err == "" && err != nil:
				t.Fatalf("error %v", err)
			case tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)):
				t.Fatalf("error %v, want %q", err, tt.err)
			case got != tt.want:
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
			if err != nil && strings.Contains(err.Error(), "secret-value") {
				t.Errorf("the error shows the value: %v", err)
			}
		})
	}
	var open *OpenFileError
	if _, err := LoadCredentials(write(t, "", 0o640), "U", "P"); !errors.As(err, &open) {
		t.Errorf("group-readable file: %v, want *OpenFileError", err)
	}
}

func TestSessionRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "session.json")
	s := Session{BaseURL: "http://127.0.0.1:8080", Saved: time.Date(2026, 11, 28, 12, 0, 0, 0, time.UTC),
		Cookies: []*proto.NetworkCookieParam{{Name: "sid", Value: "v", Domain: "127.0.0.1", Path: "/", HTTPOnly: true}}}
	if err := SaveSession(path, s); err != nil {
		t.Fatal(err)
	}
	if info, _ := os.Stat(path); info.Mode().Perm() != 0o600 {
		t.Errorf("session file mode %04o, want 0600", info.Mode().Perm())
	}
	got, err := LoadSession(path, "http://127.0.0.1:8080")
	if err != nil || len(got.Cookies) != 1 || got.Cookies[0].Value != "v" || !got.Saved.Equal(s.Saved) {
		t.Fatalf("LoadSession = %+v, %v", got, err)
	}
	if _, err := LoadSession(path, "http://127.0.0.1:9090"); err == nil || !strings.Contains(err.Error(), "is for http://127.0.0.1:8080") {
		t.Errorf("another panel's session: %v", err)
	}
	for name, content := range map[string]string{"not JSON": "{", "no cookies": `{"base_url":"x","cookies":[]}`} {
		if _, err := LoadSession(write(t, content, 0o600), ""); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	if _, err := LoadSession(write(t, "{}", 0o644), ""); err == nil || !strings.Contains(err.Error(), "chmod 600") {
		t.Errorf("world-readable session: %v", err)
	}
}
