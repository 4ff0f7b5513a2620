package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/docdrift/docdrift/internal/fixes"
	"github.com/docdrift/docdrift/internal/runner"
)

// extraFlags are the run flags of issue 5 beyond the report formats: --suggest-fixes.
type extraFlags struct {
	suggestFixes string
}

func (e *extraFlags) register(flags *flag.FlagSet) {
	flags.StringVar(&e.suggestFixes, "suggest-fixes", "", "write to `FILE` a patch (git apply) renaming every drifted label the run carried on with to the label it found")
}

// after does what the flags ask once the run is over.
func (e *extraFlags) after(res *runner.Result, stderr io.Writer) error {
	if e.suggestFixes == "" {
		return nil
	}
	n, err := fixes.WritePatch(e.suggestFixes, res)
	fmt.Fprintf(stderr, "%s: %d doc line(s) fixed\n", e.suggestFixes, n)
	return err
}
