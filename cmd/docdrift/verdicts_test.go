package main

import (
	"io"
	"strings"
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

// A run with procedures that could not run says how many, and that the cause may be the run's
// own want of an item rather than a broken browser or product — no product's name in it.
func TestRunThatCouldNotRunSaysHowMany(t *testing.T) {
	res := &results.Result{Procedures: []results.Procedure{{Status: results.Passed}, {Status: results.Broken}, {Status: results.Broken}}}
	err := verdictError(res)
	if err == nil || !strings.Contains(err.Error(), "2 procedures could not run") || strings.Contains(err.Error(), "control panel") {
		t.Errorf("err = %v, want the count of procedures that could not run", err)
	}
}
