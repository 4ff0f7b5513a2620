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
	hostile.Bound(t, 256<<10, 2*time.Second,
		func(t *testing.T, src []byte) *Input {
			return &Input{Doc: docsparse.Parse("hostile.md", src), Src: src, Dir: t.TempDir()}
		},
		func(in *Input) { Check(in, Default()) })
}
