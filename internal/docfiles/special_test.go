package docfiles

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A FIFO or a device named like a doc is refused with a clear line, never opened: opening a
// FIFO blocks until something writes to it, which would hang lint or run for good.
func TestLoadRefusesSpecialFiles(t *testing.T) {
	tree(t, map[string]string{"docs/ok.md": "# T\n\n1. Step.\n"})
	if err := syscall.Mkfifo(filepath.Join("docs", "x.md"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo("pipe.md", 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"docs"}, "docs/x.md: error: not a regular file but a named pipe (FIFO); docdrift reads only regular files [input]"},
		{[]string{"pipe.md"}, "pipe.md: error: not a regular file but a named pipe (FIFO); docdrift reads only regular files [input]"},
		{[]string{"/dev/null"}, "/dev/null: error: not a regular file but a device; docdrift reads only regular files [input]"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			done := make(chan struct{})
			var got []string
			go func() {
				defer close(done)
				_, findings := Load(tt.args)
				got = lines(findings)
			}()
			select {
			case <-done:
			case <-time.After(5 * time.Second):
				t.Fatal("Load blocked on a special file")
			}
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), tt.want)
			}
		})
	}
}
