package htmlreport

import (
	_ "embed"
	"fmt"
	"html/template"
	"strings"
	"time"

	"github.com/docdrift/docdrift/internal/results"
)

//go:embed pages.tmpl
var pagesTmpl string

//go:embed style.css
var styleCSS string

var templates = newTemplates("")

// newTemplates parses the pages; live is the script they load (see Files), "" for none.
// html/template cannot clone a set once it has run, so a served report parses its own.
func newTemplates(live string) *template.Template {
	return template.Must(template.New("pages").Funcs(template.FuncMap{
		"dur":    duration,
		"icon":   icon,
		"word":   word,
		"pct":    func(f float64) string { return fmt.Sprintf("%.1f%%", 100*f) },
		"style":  func() template.CSS { return template.CSS(styleCSS) },
		"when":   func(t time.Time) string { return t.UTC().Format("2006-01-02 15:04:05 UTC") },
		"join":   strings.Join,
		"anchor": func(line int) string { return fmt.Sprintf("L%d", line) },
		"shotID": func(p string) string { return "zoom-" + slugify(p) },
		"live":   func() string { return live },
	}).Parse(pagesTmpl))
}

// indexPage is the data of index.html.
type indexPage struct {
	Run                                                RunInfo
	Docs                                               []doc
	Passed, Failed, NotUnderstood, NotChecked, Skipped int
	Stale                                              int
	Procedures                                         int
}

func indexView(rep *report) indexPage {
	v := indexPage{Run: rep.Run, Docs: rep.Docs}
	for _, d := range rep.Docs {
		for _, p := range d.Procedures {
			v.Procedures++
			switch results.Status(p.Status) {
			case results.Passed:
				v.Passed++
			case results.NotUnderstood:
				v.NotUnderstood++
			case results.NotChecked:
				v.NotChecked++
			case results.Skipped:
				v.Skipped++
			default:
				v.Failed++
			}
		}
		for _, img := range d.Images {
			if img.Stale {
				v.Stale++
			}
		}
	}
	return v
}

// docPage is the data of a doc's page.
type docPage struct {
	Run      RunInfo
	Doc      doc
	Body     template.HTML
	Findings []finding // those not shown at a step
}

func duration(d time.Duration) string {
	switch {
	case d <= 0:
		return ""
	case d < time.Second:
		return fmt.Sprintf("%d ms", d.Milliseconds())
	default:
		return fmt.Sprintf("%.1f s", d.Seconds())
	}
}

func icon(status string) string {
	switch status {
	case "passed":
		return "✓"
	case "drift":
		return "✗"
	case "error":
		return "⚠"
	case "not-understood":
		return "?"
	case "not-checked":
		return "○"
	}
	return "–"
}

func word(status string) string {
	return results.Status(status).Words()
}
