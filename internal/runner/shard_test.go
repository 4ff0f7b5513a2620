package runner

import (
	"path/filepath"
	"testing"

	"github.com/docdrift/docdrift/internal/docfiles"
)

// Every procedure lands in exactly one shard, whatever N, and the split is stable.
func TestShardsPartitionProcedures(t *testing.T) {
	files, findings := docfiles.Load([]string{filepath.Join("..", "..", "testdata", "corpus")})
	if len(findings) > 0 {
		t.Logf("corpus findings: %v", findings)
	}
	plans, _ := Prepare(files)
	all := map[string]int{}
	total := 0
	for _, p := range plans {
		for _, sc := range p.Map.Scenarios {
			all[p.Doc.Path+"\x00"+sc.At.String()]++
			total++
		}
	}
	for _, n := range []int{1, 2, 3, 7} {
		seen := map[string]int{}
		for k := 1; k <= n; k++ {
			sel, err := Shard{K: k, N: n}.Select(plans)
			if err != nil {
				t.Fatal(err)
			}
			count := 0
			for _, p := range sel {
				for _, sc := range p.Map.Scenarios {
					seen[p.Doc.Path+"\x00"+sc.At.String()]++
					count++
				}
			}
			if lo, hi := total/n, (total+n-1)/n; count < lo || count > hi {
				t.Errorf("shard %d/%d has %d of %d procedures, want %d to %d", k, n, count, total, lo, hi)
			}
		}
		for key, c := range all {
			if seen[key] != c {
				t.Errorf("N=%d: procedure %q runs in %d shards", n, key, seen[key])
			}
		}
	}
}

func TestParseShard(t *testing.T) {
	for in, ok := range map[string]bool{"1/1": true, "2/4": true, "4/4": true, "0/4": false, "5/4": false, "x/2": false, "2": false, "1/0": false} {
		if _, err := ParseShard(in); (err == nil) != ok {
			t.Errorf("ParseShard(%q) error %v, want ok=%v", in, err, ok)
		}
	}
}
