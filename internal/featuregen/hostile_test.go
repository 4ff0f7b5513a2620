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
	hostile.Bound(t, 256<<10, 2*time.Second,
		func(_ *testing.T, src []byte) *docsparse.Document { return docsparse.Parse("hostile.md", src) },
		func(doc *docsparse.Document) { _, _ = Generate(doc) })
}
