package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// checkWritable makes sure an output can be written at path — a folder when dir, else a
// file — before anything starts: an output that cannot be written must not cost a whole
// run first. It makes the folders the output needs (the run would make them anyway) and
// writes and removes a probe file in the one that will hold it.
func checkWritable(path string, dir bool) error {
	folder := path
	if !dir {
		if info, err := os.Stat(path); err == nil && info.IsDir() {
			return errors.New("it is a folder")
		}
		folder = filepath.Dir(path)
	}
	if err := os.MkdirAll(folder, 0o755); err != nil {
		return err
	}
	probe, err := os.CreateTemp(folder, ".docdrift-probe-*")
	if err != nil {
		return err
	}
	probe.Close()
	return os.Remove(probe.Name())
}

// checkOutputs checks every file and folder the run's flags ask it to write.
func (f *runFlags) checkOutputs() error {
	for _, rep := range f.output.reports.files {
		if err := checkWritable(rep.path, rep.format.Target == "DIR"); err != nil {
			return usageError{fmt.Errorf("run: --report %s=%s: cannot write there: %w", rep.format.Name, rep.path, err)}
		}
	}
	if p := f.extras.suggestFixes; p != "" {
		if err := checkWritable(p, false); err != nil {
			return usageError{fmt.Errorf("run: --suggest-fixes %s: cannot write there: %w", p, err)}
		}
	}
	return nil
}
