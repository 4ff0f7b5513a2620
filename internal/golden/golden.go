// Package golden compares what a test produced with a file under the package's testdata,
// and rewrites that file instead when the test binary runs with -update. Only tests import it.
package golden

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata with the output the tests got")

// testdata is the package's testdata directory, fixed when the test binary starts, before
// any test changes directory.
var testdata = func() string {
	wd, err := os.Getwd()
	if err != nil {
		panic(err)
	}
	return filepath.Join(wd, "testdata")
}()

// Check compares got with testdata/<name> (slash-separated), or rewrites it with -update.
func Check(t testing.TB, name string, got []byte) {
	t.Helper()
	file := filepath.Join(testdata, filepath.FromSlash(name))
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
