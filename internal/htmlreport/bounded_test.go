package htmlreport

import (
	"strings"
	"testing"
	"time"

	"github.com/docdrift/docdrift/internal/docfiles"
	"github.com/docdrift/docdrift/internal/hostile"
)

// Rendering a doc's page costs no more than linting the doc: every pathological shape at the
// largest size docdrift reads renders within lint's bound of CPU. Goldmark rendered the
// source unbounded before: a step of 512 KiB of "[" took it seconds and gigabytes, and the
// shapes lint refuses as quadratic ("[a](" repeated) took minutes.
func TestRenderHostileShapesInBoundedTime(t *testing.T) {
	type page struct {
		t *testing.T
		d doc
	}
	hostile.Bound(t, docfiles.MaxSize, 2*time.Second,
		func(t *testing.T, src []byte) page { return page{t, doc{Path: "doc.md", Source: string(src)}} },
		func(p page) {
			if _, _, err := renderDoc(p.d, templates); err != nil {
				p.t.Error(err)
			}
		})
}

// The page shows a doc as docsparse read it: the markup past docsparse's bounds as text, and
// a doc docsparse refuses as preformatted text rather than handed to goldmark.
func TestRenderReadsWhatDocsparseReads(t *testing.T) {
	shapes := map[string]hostile.Shape{}
	for _, sh := range hostile.Shapes() {
		shapes[sh.Name] = sh
	}
	for _, tc := range []struct {
		shape string
		check func(page string) bool
		want  string
	}{
		{"open brackets in a step", func(p string) bool { return strings.Count(p, "[") <= 256 }, "at most 256 of its 512 Ki brackets"},
		{"unclosed links in a step", func(p string) bool { return strings.HasPrefix(p, "<pre>") && !strings.Contains(p, "<p>") }, "the doc as preformatted text"},
	} {
		t.Run(tc.shape, func(t *testing.T) {
			body, _, err := renderDoc(doc{Path: "doc.md", Source: string(shapes[tc.shape].Make(docfiles.MaxSize))}, templates)
			if err != nil {
				t.Fatal(err)
			}
			if !tc.check(string(body)) {
				t.Errorf("the page (%d bytes) does not show %s: %.200s…", len(body), tc.want, body)
			}
		})
	}
}
