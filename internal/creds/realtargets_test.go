package creds

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The credentials file scripts/real-targets/ctl writes for each product it starts is the one
// `docdrift run --credentials` reads: this keeps the shell writer and the Go reader in step.
func TestLoadsCredentialsWrittenByRealTargets(t *testing.T) {
	lib := realTargetsLib(t)
	tests := []struct{ name, user, password string }{
		{"e-mail user", "admin@example.com", "Xq3vR8mZp2LkW7nB4tYc9dFh"},
		{"plain user", "docdrift", "a1B2c3D4e5F6g7H8i9J0k1L2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "sub", "credentials.env")
			cmd := exec.Command("bash", "-c", `. "$1" && rt_write_credentials "$2" "$3" "$4"`, "bash", lib, path, tt.user, tt.password)
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("rt_write_credentials: %v: %s", err, out)
			}
			info, err := os.Stat(path)
			if err != nil {
				t.Fatal(err)
			}
			if perm := info.Mode().Perm(); perm != 0o600 {
				t.Errorf("mode %04o, want 0600", perm)
			}
			got, err := LoadCredentials(path, "DOCDRIFT_USERNAME", "DOCDRIFT_PASSWORD")
			if err != nil {
				t.Fatal(err)
			}
			if got != (Credentials{tt.user, tt.password}) {
				t.Errorf("loaded %q with a %d-character password, want %q", got.Username, len(got.Password), tt.user)
			}
		})
	}
}

// rt_password must satisfy the password rules of every product the script installs (Strapi:
// 8 or more characters with a lower-case letter, an upper-case letter and a digit).
func TestRealTargetsPasswordsMeetProductRules(t *testing.T) {
	lib := realTargetsLib(t)
	out, err := exec.Command("bash", "-c", `. "$1" && for i in 1 2 3 4 5 6 7 8; do rt_password; done`, "bash", lib).Output()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, p := range strings.Fields(string(out)) {
		if len(p) != 24 || !strings.ContainsAny(p, "abcdefghijklmnopqrstuvwxyz") || !strings.ContainsAny(p, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") || !strings.ContainsAny(p, "0123456789") {
			t.Errorf("a password of %d characters misses a lower-case letter, an upper-case letter or a digit", len(p))
		}
		if seen[p] {
			t.Error("rt_password repeated itself")
		}
		seen[p] = true
	}
	if len(seen) != 8 {
		t.Errorf("got %d passwords, want 8", len(seen))
	}
}

func realTargetsLib(t *testing.T) string {
	t.Helper()
	lib, err := filepath.Abs(filepath.Join("..", "..", "scripts", "real-targets", "lib.sh"))
	if err != nil {
		t.Fatal(err)
	}
	return lib
}
