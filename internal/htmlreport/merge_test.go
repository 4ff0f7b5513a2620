package htmlreport

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/docdrift/docdrift/internal/results"
)

// Two shards' reports merge into the report of the whole run: every procedure in doc order,
// each with its pictures, the doc images compared once, the shards named in the header.
func TestMerge(t *testing.T) {
	in := sampleInput(t)
	all := in.Result.Procedures
	shardDirs := []string{t.TempDir(), t.TempDir()}
	for k, procs := range [][]results.Procedure{{all[1]}, {all[0], all[2]}} {
		shard := in
		shard.Result = &results.Result{Procedures: procs}
		shard.Run.Shard = []string{"1/2", "2/2"}[k]
		shard.Run.Started = in.Run.Started.Add(time.Duration(k) * time.Minute)
		if k == 0 {
			shard.Images = nil // this shard's procedures show no doc image
		}
		if err := Write(shardDirs[k], shard); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(t.TempDir(), "merged")
	if err := Merge(out, shardDirs); err != nil {
		t.Fatal(err)
	}
	checkSelfContained(t, out)
	data, err := os.ReadFile(filepath.Join(out, DataFile))
	if err != nil {
		t.Fatal(err)
	}
	var rep report
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Docs) != 1 {
		t.Fatalf("%d docs, want the one doc both shards ran", len(rep.Docs))
	}
	var names []string
	for _, p := range rep.Docs[0].Procedures {
		names = append(names, p.Name+":"+p.Status)
	}
	if got := strings.Join(names, ", "); got != "Obtaining an OAuth Token:passed, Revoking App Access:drift, Regenerating an API Token:skipped" {
		t.Errorf("procedures: %s", got)
	}
	if len(rep.Docs[0].Images) != 2 || len(rep.Docs[0].Findings) != 1 {
		t.Errorf("%d images, %d findings; want 2 and 1", len(rep.Docs[0].Images), len(rep.Docs[0].Findings))
	}
	if strings.Join(rep.Run.Shards, " ") != "1/2 2/2" || rep.Run.Duration != time.Minute+in.Run.Duration {
		t.Errorf("run: shards %v, duration %v", rep.Run.Shards, rep.Run.Duration)
	}
	index, _ := os.ReadFile(filepath.Join(out, "index.html"))
	if !strings.Contains(string(index), "<dt>Shards</dt><dd>1/2, 2/2</dd>") {
		t.Error("the index does not name the shards")
	}
}

func TestMergeRefuses(t *testing.T) {
	in := sampleInput(t)
	good := t.TempDir()
	if err := Write(good, in); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, out string
		dirs      []string
		want      string
	}{
		{"nothing", t.TempDir(), nil, "no reports to merge"},
		{"not a report", t.TempDir(), []string{good, t.TempDir()}, "is not a docdrift HTML report"},
		{"output is an input", good, []string{good}, "is one of the inputs"},
	}
	for _, tt := range tests {
		if err := Merge(tt.out, tt.dirs); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: %v, want %q", tt.name, err, tt.want)
		}
	}
}
