package formats

import (
	"bytes"

	"github.com/docdrift/docdrift/internal/report"
)

func init() {
	register(Format{
		Name:   "junit",
		Help:   "JUnit XML, screenshots in a folder beside it",
		Report: func(path string, run *Run) error { return report.WriteJUnit(path, run.Result) },
		Target: "FILE",
		Merge:  report.MergeJUnit,
		Recognise: func(path string, dir bool) (bool, error) {
			head, err := sniff(path, dir, ".xml")
			return bytes.Contains(head, []byte(`<testsuites name="docdrift"`)), err
		},
	})
}
