package featuregen

import (
	"testing"
	"time"

	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/hostile"
)

// Generating a feature from pathological Markdown takes time linear in the doc: a step of
// 200,000 "[" took minutes when every bracket rescanned the rest of the step. The bound is on
// CPU time and generous; bench/hostile measures whole lint processes.
func TestGenerateHostileShapesInBoundedTime(t *testing.T) {
	for _, sh := range hostile.Shapes() {
		t.Run(sh.Name, func(t *testing.T) {
			doc := docsparse.Parse("hostile.md", sh.Make(256<<10))
			if took := hostile.CPU(func() { _, _ = Generate(doc) }); took > 2*time.Second {
				t.Errorf("generating took %v of CPU", took)
			}
		})
	}
}
