package creds

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
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

// rt_first_admin creates a product's first admin once, with a password that reaches the
// product only in the request's body and the credentials file only, and reuses that file
// while the product has its admin; a product that answers without taking the admin fails it.
func TestRealTargetsFirstAdmin(t *testing.T) {
	lib := realTargetsLib(t)
	for _, tt := range []struct {
		name  string
		takes bool
	}{{"taken", true}, {"answered but not taken", false}} {
		t.Run(tt.name, func(t *testing.T) {
			var mu sync.Mutex
			var body string
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				mu.Lock()
				defer mu.Unlock()
				if r.Method == http.MethodPost {
					b, _ := io.ReadAll(r.Body)
					if tt.takes {
						body = string(b)
					}
					return
				}
				fmt.Fprintf(w, `{"hasAdmin":%v}`, body != "")
			}))
			defer srv.Close()
			creds := filepath.Join(t.TempDir(), "credentials.env")
			script := `. "$1"; admin_json() { printf '{"email":"a@example.com","password":"%s"}' "$1"; }
				rt_first_admin demo "$2" "$3/state" '"hasAdmin":true' "$3/setup" a@example.com admin_json`
			out, err := exec.Command("bash", "-c", script, "bash", lib, creds, srv.URL).CombinedOutput()
			if !tt.takes {
				if err == nil || !strings.Contains(string(out), "still has none") {
					t.Errorf("err = %v, out %q: want the admin that did not take said", err, out)
				}
				return
			}
			if err != nil {
				t.Fatalf("rt_first_admin: %v: %s", err, out)
			}
			got, err := LoadCredentials(creds, "DOCDRIFT_USERNAME", "DOCDRIFT_PASSWORD")
			if err != nil {
				t.Fatal(err)
			}
			if got.Username != "a@example.com" || got.Password == "" || !strings.Contains(body, `"password":"`+got.Password+`"`) {
				t.Errorf("credentials %q and body %q: want the password the product was given", got.Username, body)
			}
			if strings.Contains(string(out), got.Password) {
				t.Error("the password was printed")
			}
			again, err := exec.Command("bash", "-c", script, "bash", lib, creds, srv.URL).CombinedOutput()
			if err != nil {
				t.Fatalf("again: %v: %s", err, again)
			}
			if same, _ := LoadCredentials(creds, "DOCDRIFT_USERNAME", "DOCDRIFT_PASSWORD"); same != got {
				t.Error("a second start changed the credentials of an admin that exists")
			}
		})
	}
}
