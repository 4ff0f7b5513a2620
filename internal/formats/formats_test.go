package formats

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/results"
)

// Each command finds the formats it offers, and only those.
func TestRegistry(t *testing.T) {
	all := All()
	for _, tt := range []struct {
		offers func(Format) bool
		want   string
	}{
		{ForLint, "github, json or text"},
		{ForConsole, "github or text"},
		{ForReport, "cucumber, html or junit"},
		{ForMerge, "cucumber, html or junit"},
	} {
		if got := Names(Filter(all, tt.offers)); got != tt.want {
			t.Errorf("got %s, want %s", got, tt.want)
		}
	}
	for _, f := range all {
		if f.Name == "" || f.Help == "" || strings.Contains(f.Help, "\n") {
			t.Errorf("format %q: a name and a one-line help are needed, got help %q", f.Name, f.Help)
		}
		if f.Report != nil && f.Target != "FILE" && f.Target != "DIR" {
			t.Errorf("format %q writes a report to %q, want FILE or DIR", f.Name, f.Target)
		}
	}
	if _, ok := Find(all, "json", ForReport); ok {
		t.Error("json is offered as a run report")
	}
	all[0].Name = "changed"
	if All()[0].Name == "changed" {
		t.Error("All shares its slice with the registry")
	}
}

// Every mergeable format knows its own reports among a shard's files, and nobody else's.
func TestRecognise(t *testing.T) {
	dir := t.TempDir()
	run := &Run{Result: &results.Result{}}
	all := Filter(All(), ForMerge)
	paths := map[string]string{}
	for _, f := range all {
		p := filepath.Join(dir, f.Name+map[string]string{"DIR": "", "FILE": ".out"}[f.Target])
		switch f.Name {
		case "junit":
			p = filepath.Join(dir, "junit.xml")
		case "cucumber":
			p = filepath.Join(dir, "cucumber.json") // "[]": an empty shard
		}
		if err := f.Report(p, run); err != nil {
			t.Fatal(err)
		}
		paths[f.Name] = p
	}
	other := filepath.Join(dir, "other.json")
	os.WriteFile(other, []byte(`{"uri": "not a report"}`), 0o644)
	paths["none"] = other
	for owner, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range all {
			got, err := f.Recognise(p, info.IsDir())
			if err != nil || got != (f.Name == owner) {
				t.Errorf("%s recognises %s: %v, %v", f.Name, p, got, err)
			}
		}
	}
}

func TestLintFindings(t *testing.T) {
	fs := docsparse.Findings{{Path: "docs/a,b.md", Pos: docsparse.Pos{Line: 3, Col: 1}, Severity: docsparse.Warning,
		Rule: "numbering", Message: "100% off\nnext"}}
	for _, tt := range []struct{ format, want string }{
		{"text", "docs/a,b.md:3:1: warning: 100% off\nnext [numbering]\n"},
		{"github", "::warning file=docs/a%2Cb.md,line=3,col=1,title=docdrift numbering::100%25 off%0Anext\n"},
		{"json", `"rule": "numbering"`},
	} {
		f, _ := Find(All(), tt.format, ForLint)
		var b bytes.Buffer
		if err := f.Findings(&b, fs); err != nil || !strings.Contains(b.String(), tt.want) {
			t.Errorf("%s: %v\n%s\nwant %q", tt.format, err, b.String(), tt.want)
		}
	}
	json, _ := Find(All(), "json", ForLint)
	var b bytes.Buffer
	if err := json.Findings(&b, nil); err != nil || b.String() != "[]\n" {
		t.Errorf("no findings as JSON: %q, %v", b.String(), err)
	}
}
