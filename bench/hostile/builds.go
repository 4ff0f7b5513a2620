package main

import (
	"fmt"
	"strings"
	"time"
)

// build is one docdrift binary to time, by the name the tables give it.
type build struct {
	name, path string
	startup    time.Duration // CPU of its lint on a one-line doc
}

// builds is a repeatable -docdrift flag: PATH, or NAME=PATH.
type builds []build

func (l *builds) String() string {
	parts := make([]string, len(*l))
	for i, b := range *l {
		parts[i] = b.name + "=" + b.path
	}
	return strings.Join(parts, " ")
}

func (l *builds) Set(v string) error {
	name, path, named := strings.Cut(v, "=")
	if !named {
		name, path = v, v
	}
	if name == "" || path == "" {
		return fmt.Errorf("%q is not a binary: PATH or NAME=PATH", v)
	}
	*l = append(*l, build{name: name, path: path})
	return nil
}
