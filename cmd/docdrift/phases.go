package main

import (
	"fmt"
	"io"
	"time"
)

// phases times the parts of a run for --profile: where the time goes besides the steps.
type phases struct {
	now  func() time.Time
	last time.Time
	rows []phase
}

type phase struct {
	name string
	took time.Duration
}

func newPhases(now func() time.Time) *phases { return &phases{now: now, last: now()} }

// done ends the phase named name, which began when the previous one ended.
func (p *phases) done(name string) {
	t := p.now()
	p.rows = append(p.rows, phase{name, t.Sub(p.last)})
	p.last = t
}

func (p *phases) print(w io.Writer) {
	var total time.Duration
	fmt.Fprintln(w, "profile:")
	for _, r := range p.rows {
		fmt.Fprintf(w, "  %-36s %8.1f ms\n", r.name, float64(r.took.Microseconds())/1000)
		total += r.took
	}
	fmt.Fprintf(w, "  %-36s %8.1f ms\n", "total", float64(total.Microseconds())/1000)
}
