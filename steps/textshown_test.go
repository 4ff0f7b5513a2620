package steps

import (
	"errors"
	"testing"
)

// "Find the service zone in the Shipping section" finds the zone whose name the page draws as
// plain text in its card (Medusa's locations), no cell, link or heading; a name that only
// starts a longer one ("…-11" of "…-110", "…-110@example.com") is not it, and drifts.
func TestAnItemShownAsPlainTextIsFound(t *testing.T) {
	const page = `<!doctype html><title>Location</title><h2>Shipping</h2>
<div><div><span>zone-110</span></div><p>Afghanistan · 0 shipping options</p></div>
<p>Contact: zone-120@example.com</p>`
	for _, tt := range []struct {
		subject string
		found   bool
	}{
		{"zone-110", true},
		{"zone-11", false},
		{"zone-120", false},
	} {
		t.Run(tt.subject, func(t *testing.T) {
			url := servePages(t, map[string]string{"/": page})
			s, ctx := scenarioAt(t, url, Config{})
			s.loggedIn, s.subject, s.madeAs = true, tt.subject, "Service Zone"
			err := s.perform(ctx, `In the "Shipping" section, find the service zone.`)
			if found := err == nil; found != tt.found || !tt.found && !errors.As(err, new(*Mismatch)) {
				t.Errorf("err = %v, want found %v (else a drift)", err, tt.found)
			}
		})
	}
}
