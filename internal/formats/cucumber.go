package formats

import (
	"bytes"

	"github.com/docdrift/docdrift/internal/report"
)

func init() {
	register(Format{
		Name:   "cucumber",
		Help:   "Cucumber JSON, screenshots embedded",
		Report: func(path string, run *Run) error { return report.WriteCucumber(path, run.Result) },
		Target: "FILE",
		Merge:  report.MergeCucumber,
		Recognise: func(path string, dir bool) (bool, error) {
			head, err := sniff(path, dir, ".json")
			// An empty shard's report is "[]": still a shard.
			return bytes.Equal(head, []byte("[]")) ||
				bytes.HasPrefix(head, []byte("[")) && bytes.Contains(head, []byte(`"uri"`)), err
		},
	})
}
