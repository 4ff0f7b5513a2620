package main

import (
	"fmt"
	"io"
	"time"

	"github.com/docdrift/docdrift/internal/results"
)

// phases times the parts of a run for --profile: where the time goes besides the steps.
type phases struct {
	now  func() time.Time
	last time.Time
	rows []phase
}

// phase is one part of the run; parts are what it spent its time on, summed over workers,
// printed under it without counting toward the total.
type phase struct {
	name  string
	took  time.Duration
	parts []phase
}

func newPhases(now func() time.Time) *phases { return &phases{now: now, last: now()} }

// done ends the phase named name, which began when the previous one ended.
func (p *phases) done(name string) {
	t := p.now()
	p.rows = append(p.rows, phase{name: name, took: t.Sub(p.last)})
	p.last = t
}

// spent says under the last phase where its procedures' time went, and how many browser
// sessions were new (each loads the product with an empty cache; the others were reused).
// With several workers the parts add up to more than the phase took; they are said to be
// summed.
func (p *phases) spent(s results.Spent, workers, newSessions int) {
	if len(p.rows) == 0 {
		return
	}
	sum := ""
	if workers > 1 {
		sum = fmt.Sprintf(" (sum of %d workers)", workers)
	}
	last := &p.rows[len(p.rows)-1]
	last.parts = []phase{
		{name: "steps" + sum, took: s.Steps},
		{name: "  of them signing in, first page", took: s.SignIn},
		{name: "screenshots" + sum, took: s.Screenshots},
		{name: fmt.Sprintf("browser sessions, %d new", newSessions) + sum, took: s.Sessions},
		{name: "preconditions" + sum, took: s.Preconditions},
		{name: "cleanup" + sum, took: s.Cleanup},
		{name: "last cleanup, sweep", took: s.Sweep},
	}
}

func (p *phases) print(w io.Writer) {
	var total time.Duration
	fmt.Fprintln(w, "profile:")
	for _, r := range p.rows {
		fmt.Fprintf(w, "  %-46s %10s\n", r.name, ms(r.took))
		for _, part := range r.parts {
			fmt.Fprintf(w, "    %-44s %10s\n", part.name, ms(part.took))
		}
		total += r.took
	}
	fmt.Fprintf(w, "  %-46s %10s\n", "total", ms(total))
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000) }
