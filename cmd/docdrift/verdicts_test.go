package main

import (
	"io"
	"testing"

	"github.com/docdrift/docdrift/internal/results"
)

// The exit status of a run is its gravest verdict's: 3 the environment, 1 drift, 2 a step
// docdrift could not read, 0 otherwise — procedures skipped or not checked here pass.
func TestRunExitStatus(t *testing.T) {
	for _, tt := range []struct {
		statuses []results.Status
		code     int
	}{
		{[]results.Status{results.Passed, results.Skipped, results.NotChecked}, exitOK},
		{[]results.Status{results.Passed, results.NotUnderstood}, exitUsage},
		{[]results.Status{results.NotUnderstood, results.Drifted}, exitFindings},
		{[]results.Status{results.Drifted, results.NotUnderstood, results.Broken}, exitInfra},
	} {
		res := &results.Result{}
		for _, s := range tt.statuses {
			res.Procedures = append(res.Procedures, results.Procedure{Status: s})
		}
		if code := exitCode(verdictError(res), io.Discard); code != tt.code {
			t.Errorf("%v: exit %d, want %d", tt.statuses, code, tt.code)
		}
	}
}
