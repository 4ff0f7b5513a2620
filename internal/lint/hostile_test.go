package lint

import (
	"testing"
	"time"

	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/hostile"
)

// Every rule takes time linear in the doc on pathological Markdown: thousands of broken
// anchors against thousands of headings took minutes when each link was compared with every
// id. The bound is on CPU time and generous; bench/hostile measures whole lint processes.
func TestCheckHostileShapesInBoundedTime(t *testing.T) {
	for _, sh := range hostile.Shapes() {
		t.Run(sh.Name, func(t *testing.T) {
			src := sh.Make(256 << 10)
			in := &Input{Doc: docsparse.Parse("hostile.md", src), Src: src, Dir: t.TempDir()}
			if took := hostile.CPU(func() { Check(in, Default()) }); took > 2*time.Second {
				t.Errorf("linting took %v of CPU", took)
			}
		})
	}
}
