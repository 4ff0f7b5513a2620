package htmlreport

import (
	"context"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/browser/browsertest"
	"github.com/docdrift/docdrift/internal/docfiles"
	"github.com/docdrift/docdrift/internal/results"
	"github.com/docdrift/docdrift/internal/runner"
)

// hostileDoc carries script in every place raw HTML can go in Markdown: a heading, an HTML
// block, inline HTML in a step, a javascript: link.
const hostileDoc = `# <img src=x onerror="document.title='pwned'"> Tokens

<script>document.title = 'pwned'</script>

## Make <svg onload="document.title='pwned'"></svg> one

1. Select **Save** <img src=y onerror="document.title='pwned'">.
2. See [help](javascript:document.title='pwned') and <a href="javascript:document.title='pwned'">more</a>.
`

// Raw HTML from a doc never runs in the report: it is sanitised, and every page carries a
// Content-Security-Policy that forbids script even if something slipped through.
func TestHostileDocNeverRunsInReport(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "evil.md")
	if err := os.WriteFile(doc, []byte(hostileDoc), 0o600); err != nil {
		t.Fatal(err)
	}
	files, findings := docfiles.Load([]string{doc})
	plans, more := runner.Prepare(files)
	if len(findings)+len(more) > 0 || len(plans) != 1 {
		t.Fatalf("cannot prepare the doc: %v %v", findings, more)
	}
	res := &results.Result{Duration: time.Second}
	for _, sc := range plans[0].Map.Scenarios {
		p := results.Procedure{Doc: files[0].Path, Name: sc.Name, At: sc.At, Status: results.Passed}
		for _, st := range sc.Steps {
			p.Steps = append(p.Steps, results.Step{Step: st, Status: results.Passed})
		}
		res.Procedures = append(res.Procedures, p)
	}
	out := filepath.Join(dir, "report")
	in := Input{Run: RunInfo{Target: "t", Started: time.Now()}, Result: res,
		Docs: []Source{{Doc: docsparse.Parse(files[0].Path, files[0].Src), Src: files[0].Src}}}
	if err := Write(out, in); err != nil {
		t.Fatal(err)
	}
	pages, _ := filepath.Glob(filepath.Join(out, "*.html"))
	if len(pages) < 2 {
		t.Fatalf("pages: %v", pages)
	}
	for _, p := range pages {
		html, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, bad := range []string{"<script", "onerror", "onload", "javascript:"} {
			if strings.Contains(strings.ToLower(string(html)), bad) {
				t.Errorf("%s holds %q", filepath.Base(p), bad)
			}
		}
		if !strings.Contains(string(html), `<meta http-equiv="Content-Security-Policy" content="default-src 'none'`) {
			t.Errorf("%s has no strict Content-Security-Policy", filepath.Base(p))
		}
	}
	page := browsertest.Session(t).Page
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	page = page.Context(ctx)
	for _, p := range pages {
		if err := page.Navigate((&url.URL{Scheme: "file", Path: p}).String()); err != nil {
			t.Fatal(err)
		}
		if err := page.WaitLoad(); err != nil {
			t.Fatal(err)
		}
		if title, err := page.Eval(`() => document.title`); err != nil || title.Value.Str() == "pwned" {
			t.Errorf("%s: a doc's script ran (title %v, %v)", filepath.Base(p), title, err)
		}
	}
}
