// Command hostile times whole "docdrift lint" processes on pathological Markdown — every
// shape of internal/hostile, at the size the doc limit allows and past it — and prints a
// Markdown table of wall time, CPU time, peak memory and exit code per shape, failing when a
// doc takes over 2 s of CPU or 200 MB.
//
//	go build -o /tmp/docdrift ./cmd/docdrift && go run ./bench/hostile -docdrift /tmp/docdrift
//	go run ./bench/hostile -docdrift /tmp/docdrift -size 16MiB   # past the limit: the refusal's cost
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/docdrift/docdrift/internal/docfiles"
	"github.com/docdrift/docdrift/internal/hostile"
)

func main() {
	bin := flag.String("docdrift", "docdrift", "the docdrift binary to time")
	var size byteSize = docfiles.MaxSize
	flag.Var(&size, "size", "size of each doc: bytes, or with KiB or MiB (256KiB, 16MiB)")
	maxCPU := flag.Duration("max-cpu", 2*time.Second, "fail a shape that takes more CPU time than this")
	maxRSS := flag.Int("max-mb", 200, "fail a shape whose process peaks above this many MB")
	only := flag.String("shape", "", "time only the shapes whose name contains this")
	limit := flag.Duration("timeout", 2*time.Minute, "kill a lint that runs longer than this (past the limit a shape can take hours)")
	flag.Parse()

	dir, err := os.MkdirTemp("", "docdrift-hostile-")
	if err != nil {
		fail(err)
	}
	defer os.RemoveAll(dir)
	fmt.Println("| shape | size | exit | wall | CPU (user+sys) | peak RSS | first line of output |")
	fmt.Println("|---|---|---|---|---|---|---|")
	bad := 0
	for _, sh := range hostile.Shapes() {
		if !strings.Contains(sh.Name, *only) {
			continue
		}
		doc := filepath.Join(dir, "doc.md")
		src := sh.Make(int(size))
		if err := os.WriteFile(doc, src, 0o600); err != nil {
			fail(err)
		}
		var out bytes.Buffer
		ctx, cancel := context.WithTimeout(context.Background(), *limit)
		cmd := exec.CommandContext(ctx, *bin, "lint", doc)
		cmd.Stdout, cmd.Stderr = &out, &out
		start := time.Now()
		err := cmd.Run()
		wall := time.Since(start)
		killed := ctx.Err() != nil
		cancel()
		if cmd.ProcessState == nil {
			fail(err)
		}
		ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
		cpu := time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
		rssMB := float64(ru.Maxrss) / 1024
		verdict := ""
		exit := strconv.Itoa(cmd.ProcessState.ExitCode())
		if killed {
			exit = fmt.Sprintf("killed after %v", *limit)
		}
		if killed || cpu > *maxCPU || rssMB > float64(*maxRSS) {
			verdict = " **over the bound**"
			bad++
		}
		first, _, _ := strings.Cut(strings.ReplaceAll(out.String(), dir+"/", ""), "\n")
		if len(first) > 110 {
			first = first[:110] + "…"
		}
		fmt.Printf("| %s | %d | %s | %.2f s | %.2f s%s | %.0f MB | %s |\n", sh.Name, len(src),
			exit, wall.Seconds(), cpu.Seconds(), verdict, rssMB, strings.ReplaceAll(first, "|", `\|`))
	}
	if bad > 0 {
		fmt.Fprintf(os.Stderr, "hostile: %d shape(s) over %v CPU or %d MB\n", bad, *maxCPU, *maxRSS)
		os.Exit(1)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "hostile:", err)
	os.Exit(2)
}
