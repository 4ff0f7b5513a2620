package results

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A spool keeps each picture in its own owner-only file, in a folder only its owner can open,
// made on the first picture; copies stream out with the mode asked for.
func TestSpoolKeepsPicturesOwnerOnly(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "spool")
	sp := NewSpool(dir)
	if shot := sp.Save(nil); shot.Taken() {
		t.Errorf("an empty capture was kept as %s", shot.Path)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Errorf("folder made before any picture: %v", err)
	}
	a, b := sp.Save([]byte("\x89PNG a")), sp.Save([]byte("\x89PNG b"))
	if !a.Taken() || !b.Taken() || a.Path == b.Path {
		t.Fatalf("shots %q and %q, want two files", a.Path, b.Path)
	}
	for _, tt := range []struct {
		path string
		mode os.FileMode
	}{{dir, 0o700 | os.ModeDir}, {a.Path, 0o600}, {b.Path, 0o600}} {
		fi, err := os.Stat(tt.path)
		if err != nil || fi.Mode() != tt.mode {
			t.Errorf("%s: mode %v (%v), want %v", tt.path, fi.Mode(), err, tt.mode)
		}
	}
	if got, err := b.Read(); err != nil || string(got) != "\x89PNG b" {
		t.Errorf("Read = %q, %v", got, err)
	}
	copied := filepath.Join(t.TempDir(), "copy.png")
	if err := a.CopyTo(copied, 0o644); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(copied); string(got) != "\x89PNG a" {
		t.Errorf("copy holds %q", got)
	}
	if err := sp.Err(); err != nil {
		t.Errorf("Err = %v after pictures were kept", err)
	}
}

// A spool that cannot write keeps no picture and says why, once; a nil spool keeps none.
func TestSpoolThatCannotWrite(t *testing.T) {
	file := filepath.Join(t.TempDir(), "a-file")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	sp := NewSpool(filepath.Join(file, "spool"))
	if shot := sp.Save([]byte("\x89PNG")); shot.Taken() {
		t.Errorf("kept %s under a file", shot.Path)
	}
	if err := sp.Err(); err == nil || !strings.Contains(err.Error(), "screenshots not kept in "+sp.Dir()) {
		t.Errorf("Err = %v", err)
	}
	var none *Spool
	if shot := none.Save([]byte("\x89PNG")); shot.Taken() || none.Err() != nil {
		t.Errorf("a nil spool kept %q (%v)", shot.Path, none.Err())
	}
	if _, err := (Shot{Path: filepath.Join(file, "gone.png")}).Read(); err == nil {
		t.Error("reading a missing picture did not fail")
	}
}
