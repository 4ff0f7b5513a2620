package config

import (
	"math"
	"strings"
	"testing"
	"time"
)

// A run setting is held to the same bounds whether a flag or docdrift.toml gives it.
func TestCheckFlag(t *testing.T) {
	tests := []struct {
		flag string
		v    any
		want string // "" for accepted
	}{
		{"step-timeout", 10 * time.Second, ""},
		{"step-timeout", -time.Second, "must be from 100ms to 10m0s"},
		{"step-timeout", time.Nanosecond, "must be from 100ms to 10m0s"},
		{"step-timeout", time.Hour, "must be from 100ms to 10m0s"},
		{"concurrency", 4, ""},
		{"concurrency", 0, "must be from 1 to 16"},
		{"concurrency", 100000, "must be from 1 to 16"},
		{"retries", 2, ""},
		{"retries", 1000000, "must be from 0 to 10"},
		{"image-threshold", 10.0, ""},
		{"image-threshold", math.NaN(), "is not a number"},
		{"image-threshold", math.Inf(1), "must be from 0 to 100"},
		{"image-threshold", -1.0, "must be from 0 to 100"},
		{"latency", 60 * time.Second, ""},
		{"latency", -time.Second, "must be from 0s to 10m0s"},
		{"fail-first", 1, ""},
		{"fail-first", -1, "must be from 0 to 1000"},
		{"not-a-bounded-flag", 5, ""},
	}
	for _, tt := range tests {
		err := CheckFlag(tt.flag, tt.v)
		if (err == nil) != (tt.want == "") || (err != nil && !strings.Contains(err.Error(), tt.want)) {
			t.Errorf("CheckFlag(%q, %v) = %v, want %q", tt.flag, tt.v, err, tt.want)
		}
	}
}

// The toml pair that retried until killed: both values are refused at their lines.
func TestParseHostileRunValues(t *testing.T) {
	src := "[run]\nretries = 1000000\nstep_timeout = \"1ns\"\nconcurrency = 100000\n"
	_, err := parse("docdrift.toml", []byte(src), checks)
	want := []string{
		"docdrift.toml:2:11: run.retries must be from 0 to 10, not 1000000",
		"docdrift.toml:3:16: run.step_timeout must be from 100ms to 10m0s, not \"1ns\"",
		"docdrift.toml:4:15: run.concurrency must be from 1 to 16, not 100000",
	}
	if err == nil {
		t.Fatal("accepted")
	}
	for _, w := range want {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("errors:\n%v\nlack %q", err, w)
		}
	}
}
