// Command hostile times whole "docdrift lint" processes on pathological Markdown — every
// shape of internal/hostile, at the size the doc limit allows and past it — and prints a
// Markdown table of wall time, CPU time, peak memory and exit code per shape, failing when a
// doc takes over 2 s of CPU or 200 MB.
//
//	go build -o /tmp/docdrift ./cmd/docdrift && go run ./bench/hostile -docdrift /tmp/docdrift
//	go run ./bench/hostile -docdrift /tmp/docdrift -size 16MiB   # past the limit: the refusal's cost
//
// Given several sizes, it also prints each shape's CPU per MiB at every size, which shows
// whether the shape costs time linear in its size; given several builds (-docdrift NAME=PATH,
// repeated), it alternates them on every doc, so a changing load weighs on each alike.
// bench/linearity.sh builds two revisions with the doc limit raised and runs both.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/docdrift/docdrift/internal/docfiles"
	"github.com/docdrift/docdrift/internal/hostile"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == measureArg {
		os.Exit(measure(os.Args[2:]))
	}
	var bins builds
	flag.Var(&bins, "docdrift", "the docdrift binary to time, or NAME=PATH; repeat it to alternate several builds (default docdrift)")
	sizes := byteSizes{docfiles.MaxSize}
	flag.Var(&sizes, "size", "size of each doc: bytes, or with KiB or MiB (256KiB, 16MiB); a comma-separated list to see how cost grows")
	maxCPU := flag.Duration("max-cpu", 2*time.Second, "fail a shape that takes more CPU time than this")
	maxRSS := flag.Int("max-mb", 200, "fail a shape whose process peaks above this many MB")
	only := flag.String("shape", "", "time only the shapes whose name contains this")
	runs := flag.Int("runs", 1, "lint each doc this many times and keep the run of least CPU (the load of other work only adds)")
	limit := flag.Duration("timeout", 2*time.Minute, "kill a lint that runs longer than this (past the limit a shape can take hours)")
	flag.Parse()
	if *runs < 1 {
		fail(fmt.Errorf("-runs %d: lint each doc at least once", *runs))
	}
	if len(bins) == 0 {
		bins = builds{{name: "docdrift", path: "docdrift"}}
	}

	dir, err := os.MkdirTemp("", "docdrift-hostile-")
	if err != nil {
		fail(err)
	}
	defer os.RemoveAll(dir)
	doc := filepath.Join(dir, "doc.md")
	bound := bound{cpu: *maxCPU, mb: float64(*maxRSS)}
	several := len(bins) > 1 || len(sizes) > 1
	if several {
		for i, b := range bins {
			if bins[i].startup, err = startup(b.path, doc); err != nil {
				fail(err)
			}
			fmt.Printf("- %s: %s (a one-line doc: %.3f s of CPU, subtracted before dividing by the size)\n", b.name, b.path, bins[i].startup.Seconds())
		}
		fmt.Println()
	}
	printHeader(several)
	var all []lintRun
	bad := 0
	for _, sh := range hostile.Shapes() {
		if !strings.Contains(sh.Name, *only) {
			continue
		}
		for _, size := range sizes {
			src := sh.Make(int(size))
			if err := os.WriteFile(doc, src, 0o600); err != nil {
				fail(err)
			}
			for _, b := range bins {
				r, err := leastOf(*runs, b, doc, *limit)
				if err != nil {
					fail(err)
				}
				r.shape, r.first = sh.Name, strings.ReplaceAll(r.first, dir+"/", "")
				r.perSize(len(src), b.startup)
				if bound.over(r) {
					bad++
				}
				printRow(r, bound, several)
				all = append(all, r)
			}
		}
	}
	if len(sizes) > 1 {
		printGrowth(all, sizes, bins, bound)
	}
	if bad > 0 {
		fmt.Fprintf(os.Stderr, "hostile: %d lint(s) over %v CPU or %d MB\n", bad, *maxCPU, *maxRSS)
		os.Exit(1)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "hostile:", err)
	os.Exit(2)
}
