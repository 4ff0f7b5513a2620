package main

import (
	"fmt"
	"strings"
	"time"
)

func printHeader(several bool) {
	if several {
		fmt.Println("| shape | build | size | exit | wall | CPU (user+sys) | peak RSS | CPU per MiB | first line of output |")
		fmt.Println("|---|---|---|---|---|---|---|---|---|")
		return
	}
	fmt.Println("| shape | size | exit | wall | CPU (user+sys) | peak RSS | first line of output |")
	fmt.Println("|---|---|---|---|---|---|---|")
}

func printRow(r lintRun, b bound, several bool) {
	verdict := ""
	if b.over(r) {
		verdict = " **over the bound**"
	}
	first := r.first
	if len(first) > 110 {
		first = first[:110] + "…"
	}
	first = strings.ReplaceAll(first, "|", `\|`)
	if several {
		fmt.Printf("| %s | %s | %d | %s | %.2f s | %.2f s%s | %.0f MB | %s | %s |\n", r.shape, r.build, r.size,
			r.exit, r.wall.Seconds(), r.cpu.Seconds(), verdict, r.rssMB, perMiB(r), first)
		return
	}
	fmt.Printf("| %s | %d | %s | %.2f s | %.2f s%s | %.0f MB | %s |\n", r.shape, r.size,
		r.exit, r.wall.Seconds(), r.cpu.Seconds(), verdict, r.rssMB, first)
}

// perMiB is a run's CPU per MiB; a killed run's is at least that.
func perMiB(r lintRun) string {
	s := fmt.Sprintf("%.2f s", r.perMiB.Seconds())
	if r.killed {
		s = "≥ " + s
	}
	return s
}

// printGrowth prints, per shape and build, the CPU per MiB and peak RSS at every size, and
// how the CPU per MiB at the largest size compares with the smallest: about 1 for a shape
// whose cost is linear in its size, growing with the size for a superlinear one.
func printGrowth(all []lintRun, sizes byteSizes, bins builds, b bound) {
	fmt.Println()
	fmt.Print("| shape | build |")
	for i := range sizes {
		fmt.Printf(" %s: CPU per MiB, peak RSS |", sizes[i].String())
	}
	fmt.Println(" CPU per MiB, largest ÷ smallest size |")
	fmt.Println("|---|---|" + strings.Repeat("---|", len(sizes)) + "---|")
	type key struct{ shape, build string }
	runs := map[key][]lintRun{}
	var order []key
	for _, r := range all {
		k := key{r.shape, r.build}
		if runs[k] == nil {
			order = append(order, k)
		}
		runs[k] = append(runs[k], r)
	}
	for _, k := range order {
		rs := runs[k]
		fmt.Printf("| %s | %s |", k.shape, k.build)
		for _, r := range rs {
			over := ""
			if b.over(r) {
				over = " **over**"
			}
			fmt.Printf(" %s, %.0f MB%s |", perMiB(r), r.rssMB, over)
		}
		fmt.Printf(" %s |\n", growth(rs[0], rs[len(rs)-1]))
	}
}

// growth compares the CPU per MiB of the largest doc with the smallest's.
func growth(small, large lintRun) string {
	const flat = 20 * time.Millisecond // per MiB: below this both are start-up noise
	switch {
	case small.perMiB < flat && large.perMiB < flat:
		return "flat (start-up only)"
	case small.perMiB < flat:
		return "from start-up only"
	}
	ratio := float64(large.perMiB) / float64(small.perMiB)
	s := fmt.Sprintf("×%.1f", ratio)
	if large.killed {
		s = "≥ " + s
	}
	if ratio <= 1.5 && !large.killed {
		s += " (linear)"
	}
	return s
}
