package runner

import (
	"errors"

	"github.com/docdrift/docdrift/internal/redact"
	"github.com/docdrift/docdrift/internal/results"
	"github.com/docdrift/docdrift/steps"
)

// classify tells drift and a sentence docdrift could not read from a broken environment.
func classify(err error) results.Status {
	var m *steps.Mismatch
	var nu *steps.NotUnderstood
	switch {
	case errors.As(err, &m):
		return results.Drifted
	case errors.As(err, &nu):
		return results.NotUnderstood
	}
	return results.Broken
}

// driftOf is the plain record of a step's mismatch, secrets masked, for the reports; nil for
// any other error.
func driftOf(err error, secrets *redact.Secrets) *results.Drift {
	var m *steps.Mismatch
	if !errors.As(err, &m) {
		return nil
	}
	d := &results.Drift{Wanted: secrets.String(m.Wanted), Continued: secrets.String(m.Continued)}
	for _, c := range m.Closest {
		d.Closest = append(d.Closest, secrets.String(c))
	}
	return d
}
