package tempdir

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
)

func TestSweepRemovesOnlyFoldersOfEndedProcesses(t *testing.T) {
	ended := exec.Command("true")
	if err := ended.Run(); err != nil {
		t.Fatal(err)
	}
	dead, live := ended.Process.Pid, os.Getpid()
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	mine, err := Make("1204t1708abcdef-spool")
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(tmp, "docdrift-1204t1708abcdef-spool-p"); filepath.Dir(mine) != tmp || len(mine) <= len(want) || mine[:len(want)] != want {
		t.Fatalf("Make made %s, want a folder of %s named after the run and the process", mine, tmp)
	}
	if st, err := os.Stat(mine); err != nil || st.Mode().Perm() != 0o700 {
		t.Fatalf("Make's folder: %v, mode %v; want 0700", err, st.Mode().Perm())
	}
	names := map[string]bool{ // name: removed by the sweep
		"docdrift-1204t1708abcdef-spool-p" + strconv.Itoa(dead) + "-123": true,
		"docdrift-watch-p" + strconv.Itoa(dead) + "-9":                   true,
		"docdrift-upload-p" + strconv.Itoa(live) + "-77":                 false, // this process runs
		"docdrift-1204t1708abcdef-55":                                    false, // a run's screenshots: kept for the reader
		"docdrift-chromium-123":                                          false, // profiles have their own sweep
		"docdrift-x-p" + strconv.Itoa(dead) + "-abc":                     false, // not a name Make gives
		"mine-p" + strconv.Itoa(dead) + "-1":                             false, // someone else's
	}
	for n := range names {
		if err := os.Mkdir(filepath.Join(tmp, n), 0o700); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(tmp, "docdrift-file-p"+strconv.Itoa(dead)+"-1"), nil, 0o600); err != nil {
		t.Fatal(err)
	}
	removed := Sweep(tmp)
	for n, gone := range names {
		_, err := os.Stat(filepath.Join(tmp, n))
		if gone != os.IsNotExist(err) {
			t.Errorf("%s: removed = %v, want %v", n, os.IsNotExist(err), gone)
		}
		if slices.Contains(removed, filepath.Join(tmp, n)) != gone {
			t.Errorf("%s: reported = %v, want %v (reported %v)", n, !gone, gone, removed)
		}
	}
	if _, err := os.Stat(mine); err != nil {
		t.Errorf("the sweep removed this process's own folder: %v", err)
	}
	if _, err := os.Stat(filepath.Join(tmp, "docdrift-file-p"+strconv.Itoa(dead)+"-1")); err != nil {
		t.Errorf("the sweep removed a file: %v", err)
	}
}
