package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/docdrift/docdrift/internal/results"
)

func TestSuggestFixesFlagWritesPatch(t *testing.T) {
	var e extraFlags
	fs := flag.NewFlagSet("x", flag.ContinueOnError)
	e.register(fs)
	out := filepath.Join(t.TempDir(), "fix.patch")
	if err := fs.Parse([]string{"--suggest-fixes", out}); err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	if err := e.after(&results.Result{}, &stderr); err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(out); err != nil || len(b) != 0 {
		t.Fatalf("patch %q, %v", b, err)
	}
	if stderr.String() != out+": 0 doc line(s) fixed\n" {
		t.Fatalf("stderr %q", stderr.String())
	}
}
