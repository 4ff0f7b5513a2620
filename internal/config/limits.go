package config

import (
	"errors"
	"fmt"
	"time"
)

// The bounds of every run setting, in one table whichever way the setting is given: a
// command-line flag (checked with CheckFlag once the flags are parsed) and its docdrift.toml
// key (checked when the file is read) obey the same rule. Outside them a value is a typo or
// an attack — a negative step timeout, 100,000 browser contexts, a million retries of a 1 ns
// step — not a setting.
var limits = []limit{
	{"step-timeout", "run.step_timeout", between(100*time.Millisecond, 10*time.Minute)},
	{"concurrency", "run.concurrency", between(1, 16)},
	{"retries", "run.retries", between(0, 10)},
	// the run's short names (dd-<run id>-<n>) take 20 characters and more
	{"", "product.subject.max_name", between(20, 1000)},
	{"image-threshold", "", between(0.0, 100.0)},                    // percent of a doc image's pixels
	{"timeout", "", between(time.Second, time.Hour)},                // login's wait for a person
	{"older-than", "", between(time.Duration(0), 365*24*time.Hour)}, // sweep's age
	// docdrift panel's injected faults
	{"latency", "", between(time.Duration(0), 10*time.Minute)},
	{"jitter", "", between(time.Duration(0), 10*time.Minute)},
	{"table-delay", "", between(time.Duration(0), 10*time.Minute)},
	{"session-ttl", "", between(time.Duration(0), 24*time.Hour)},
	{"fail-first", "", between(0, 1000)},
}

type limit struct {
	flag, key string
	check     func(v any) error
}

// CheckFlag checks a parsed flag's value (what flag.Getter's Get returns) against its bounds;
// flags without bounds are accepted.
func CheckFlag(name string, v any) error {
	for _, l := range limits {
		if l.flag == name {
			return l.check(v)
		}
	}
	return nil
}

// checkKey is CheckFlag for a docdrift.toml key such as "run.retries".
func checkKey(key string, v any) error {
	for _, l := range limits {
		if l.key != "" && l.key == key {
			return l.check(v)
		}
	}
	return nil
}

type bounded interface{ ~int | ~int64 | ~float64 }

// between accepts values of T from lo to hi inclusive; NaN is no number at all.
func between[T bounded](lo, hi T) func(v any) error {
	return func(v any) error {
		x, ok := v.(T)
		switch {
		case !ok:
			return fmt.Errorf("must be a %T", lo)
		case x != x:
			return errors.New("is not a number")
		case x < lo || x > hi:
			return fmt.Errorf("must be from %v to %v", lo, hi)
		}
		return nil
	}
}
