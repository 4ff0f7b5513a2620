// Command bigdoc shows where the time and memory of reading one big doc go, past the size
// docdrift accepts (docfiles.MaxSize): for each shape of internal/hostile and each size, the
// CPU time and the bytes allocated by goldmark's parse alone, by docsparse.Parse (goldmark
// included) and by lint's rules on the parsed doc, and the heap still live holding goldmark's
// tree and docsparse's model. Issue 15 row 5 asks for any 16 MB doc in 2 s and 200 MB; this
// is the figure to watch while getting there.
//
//	go run ./bench/bigdoc -shape 'many procedures' -sizes 1,4,16
//
// Stages run one after another in this process with the collector forced between them, so
// "live" is what the stage's result holds, not garbage. Shapes docsparse refuses as
// quadratic (quadraticShape) are reported with that refusal and are not given to goldmark.
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/hostile"
	"github.com/docdrift/docdrift/internal/lint"
	"github.com/docdrift/docdrift/internal/mdsource"
	"github.com/docdrift/docdrift/internal/runner"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

func main() {
	only := flag.String("shape", "many procedures", "measure the shapes whose name contains this")
	sizes := flag.String("sizes", "1,4,16", "comma-separated doc sizes in MiB")
	flag.Parse()
	var mib []int
	for _, s := range strings.Split(*sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n <= 0 {
			fmt.Fprintf(os.Stderr, "bigdoc: -sizes: %q is not a positive number of MiB\n", s)
			os.Exit(2)
		}
		mib = append(mib, n)
	}
	fmt.Println("| shape | size | goldmark CPU | goldmark alloc | tree live | docsparse CPU | docsparse alloc | model live | lint rules CPU | first finding |")
	fmt.Println("|---|---|---|---|---|---|---|---|---|---|")
	md := mdsource.New()
	for _, sh := range hostile.Shapes() {
		if !strings.Contains(sh.Name, *only) {
			continue
		}
		for _, n := range mib {
			src := sh.Make(n << 20)
			var doc *docsparse.Document
			ds := measure(func() { doc = docsparse.Parse("doc.md", src) })
			ds.live = live(ds.before)
			refused := len(doc.Findings) > 0 && doc.Findings[0].Rule == "input"
			var gm stage // a shape refused as quadratic is never given to goldmark: the refusal is the answer
			if !refused {
				var tree ast.Node
				gm = measure(func() { tree = md.Parser().Parse(text.NewReader(src)) })
				gm.live = live(gm.before)
				runtime.KeepAlive(tree)
			}
			rules := measure(func() {
				doc.Findings = append(doc.Findings, lint.Check(&lint.Input{Doc: doc, Src: src, Dir: "."}, append(lint.Default(), runner.NotUnderstoodRule()))...)
			})
			first := "none"
			if len(doc.Findings) > 0 {
				first = doc.Findings[0].Error()
			}
			if len(first) > 90 {
				first = first[:90] + "…"
			}
			fmt.Printf("| %s | %d MiB | %s | %s | %s | %s | %s | %s | %s | %s |\n", sh.Name, n,
				gm.cpuText(), mb(gm.alloc), mb(gm.live), ds.cpuText(), mb(ds.alloc), mb(ds.live), rules.cpuText(),
				strings.ReplaceAll(first, "|", `\|`))
			runtime.KeepAlive(doc)
		}
	}
}

// stage is what one step cost.
type stage struct {
	cpu         time.Duration
	alloc, live uint64
	before      uint64 // heap in use before the stage, after a collection
}

func measure(f func()) stage {
	var m0, m1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)
	cpu := hostile.CPU(f)
	runtime.ReadMemStats(&m1)
	return stage{cpu: cpu, alloc: m1.TotalAlloc - m0.TotalAlloc, before: m0.HeapAlloc}
}

// live is the heap in use now beyond before, after a collection: what the stage's result
// holds.
func live(before uint64) uint64 {
	var m runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m)
	if m.HeapAlloc < before {
		return 0
	}
	return m.HeapAlloc - before
}

func (s stage) cpuText() string {
	if s.cpu == 0 {
		return "—"
	}
	return fmt.Sprintf("%.2f s", s.cpu.Seconds())
}

func mb(b uint64) string {
	if b == 0 {
		return "—"
	}
	return fmt.Sprintf("%d MB", b>>20)
}
