package formats

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/docdrift/docdrift/internal/htmlreport"
)

func init() {
	register(Format{
		Name: "html",
		Help: "a folder: the docs with every step marked and pictured; open index.html",
		Report: func(path string, run *Run) error {
			return htmlreport.Write(path, htmlreport.Input{Run: run.Info, Result: run.Result, Docs: run.Docs,
				Findings: append(run.Findings, run.ImageFindings()...), Images: run.Images})
		},
		Target:    "DIR",
		EveryStep: true,
		Merge:     htmlreport.Merge,
		Recognise: func(path string, dir bool) (bool, error) {
			if !dir {
				return false, nil
			}
			_, err := os.Stat(filepath.Join(path, htmlreport.DataFile))
			if errors.Is(err, fs.ErrNotExist) {
				return false, nil
			}
			return err == nil, err
		},
	})
}
