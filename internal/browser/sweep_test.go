package browser

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestSweepRemovesOnlyDeadRunsProfiles(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp) // the live browser's profile lands beside the fakes
	old := time.Now().Add(-2 * time.Hour)
	mk := func(name string, mtime time.Time) string {
		dir := filepath.Join(tmp, profilePrefix+name)
		if err := os.MkdirAll(filepath.Join(dir, "downloads-1"), 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(dir, mtime, mtime); err != nil {
			t.Fatal(err)
		}
		return dir
	}
	dead := mk("killed", old)
	young := mk("starting", time.Now())
	b, err := Launch(context.Background(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if _, err := os.Stat(dead); !os.IsNotExist(err) {
		t.Errorf("Launch left the dead run's profile %s (stat err %v)", dead, err)
	}
	if err := os.Chtimes(b.profile, old, old); err != nil { // old, but its browser lives
		t.Fatal(err)
	}
	sweepProfiles(tmp)
	for _, dir := range []string{young, b.profile} {
		if _, err := os.Stat(dir); err != nil {
			t.Errorf("sweep removed %s: %v", dir, err)
		}
	}
}
