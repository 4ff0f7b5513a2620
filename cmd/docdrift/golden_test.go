package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata with the output the tests got")

// testdataDir is this package's testdata, fixed before any test changes directory.
var testdataDir = func() string {
	wd, err := os.Getwd()
	if err != nil {
		panic(err)
	}
	return filepath.Join(wd, "testdata")
}()

// golden compares got with testdata/<name> (slash-separated), or rewrites that file with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	file := filepath.Join(testdataDir, filepath.FromSlash(name))
	if *update {
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from testdata/%s (run go test -update if the change is intended)\ngot:\n%s\nwant:\n%s", name, got, want)
	}
}
