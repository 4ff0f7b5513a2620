package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/config"
	"github.com/docdrift/docdrift/internal/runner"
)

// A run's --credentials serve a [[product]] whose config names no credentials file of its own;
// one that names its own keeps it.
func TestTheRunsCredentialsServeAProduct(t *testing.T) {
	dir := t.TempDir()
	toml := filepath.Join(dir, "docdrift.toml")
	if err := os.WriteFile(toml, []byte(`[[product]]
name = "App"
docs = ["app/**"]
base_url = "http://127.0.0.1:9/admin"

[[product]]
name = "Other"
docs = ["other/**"]
base_url = "http://127.0.0.1:9/other"
credentials_file = "other.env"
`), 0o600); err != nil {
		t.Fatal(err)
	}
	file, err := config.Load(toml, config.Checks{})
	if err != nil {
		t.Fatal(err)
	}
	plan := func(path string) runner.Plan {
		return runner.Plan{Doc: &docsparse.Document{Path: filepath.Join(dir, path)}}
	}
	got := map[string]string{}
	for _, rt := range routeTargets([]runner.Plan{plan("app/a.md"), plan("other/b.md")}, file, targetSpec{credentials: "run.env"}) {
		got[rt.product] = filepath.Base(rt.spec.credentials)
	}
	if got["App"] != "run.env" || got["Other"] != "other.env" {
		t.Errorf("credentials by product: %v, want App's the run's, Other's its own", got)
	}
}
