package htmlreport

import (
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/docdrift/docdrift/docsparse"
	cireport "github.com/docdrift/docdrift/internal/report"
	"github.com/docdrift/docdrift/internal/results"
)

// folder collects the files a report writes besides its pages, by their path in the folder.
type folder map[string]content

// content is a file of the report: bytes in hand, or a picture already on disk (a run's
// screenshot, another shard's file) copied when the report is written, so that a report of
// many steps never holds all their pictures at once.
type content struct {
	data []byte
	from results.Shot
}

// add stores data under a unique name in dir and returns the name.
func (f folder) add(dir, name string, data []byte) string {
	return f.put(dir, name, content{data: data})
}

// put stores c under a unique name in dir and returns the name.
func (f folder) put(dir, name string, c content) string {
	ext := path.Ext(name)
	base := strings.TrimSuffix(name, ext)
	p := dir + "/" + name
	for n := 2; f.has(p); n++ {
		p = fmt.Sprintf("%s/%s-%d%s", dir, base, n, ext)
	}
	f[p] = c
	return p
}

func (f folder) has(p string) bool {
	_, ok := f[p]
	return ok
}

// build turns a run into the report's data and the files it shows.
func build(in Input) (*report, folder) {
	files := folder{}
	rep := &report{Run: in.Run}
	for i, src := range in.Docs {
		docPath := src.Doc.Path
		slug := fmt.Sprintf("%02d-%s", i+1, slugify(stem(docPath)))
		d := doc{Path: docPath, Title: src.Doc.Title, Page: slug + ".html", Source: string(src.Src)}
		if d.Title == "" {
			d.Title = docPath
		}
		d.Assets = copyAssets(files, slug, src.Doc)
		for _, f := range in.Findings {
			if f.Path == docPath {
				d.Findings = append(d.Findings, finding{Line: f.Pos.Line, Col: f.Pos.Col,
					Severity: f.Severity.String(), Rule: f.Rule, Message: f.Message})
			}
		}
		for _, p := range in.Result.Procedures {
			if p.Doc == docPath {
				d.Procedures = append(d.Procedures, buildProcedure(files, slug, p))
			}
		}
		for _, c := range in.Images {
			if c.Doc != docPath {
				continue
			}
			img := docImage{Target: c.Image.Target, Line: c.Image.Pos.Line, StepLine: c.Step.Pos.Line, DocStep: c.Step.Number,
				Changed: c.Diff.Changed, Threshold: c.Threshold, Stale: c.Stale(), Updated: c.Updated}
			base := fmt.Sprintf("%s-line-%d", slug, c.Image.Pos.Line)
			if c.Original != nil {
				img.Original = files.add("images", base+"-doc"+path.Ext(c.File), c.Original)
			}
			if c.Capture != nil {
				img.Capture = files.add("images", base+"-page.png", c.Capture)
			}
			if c.Err != nil {
				img.Error = c.Err.Error()
			}
			d.Images = append(d.Images, img)
		}
		rep.Docs = append(rep.Docs, d)
	}
	return rep, files
}

func buildProcedure(files folder, slug string, p results.Procedure) procedure {
	out := procedure{Name: p.Name, Line: p.At.Line, Status: string(p.Status), SkipReason: p.SkipReason, Surface: p.Surface,
		Duration: p.Duration, Attempts: len(p.Attempts)}
	for _, s := range p.Steps {
		v := step{DocStep: s.DocStep, Line: s.At.Line, Col: s.At.Col, Keyword: s.Keyword, Text: s.Text,
			Status: string(s.Status), Message: message(s), Continued: s.Continued(), Surface: s.Surface, Notes: s.Notes, Duration: s.Duration}
		if s.Drift != nil {
			v.Closest = s.Drift.Closest
		}
		if s.Screenshot.Taken() {
			v.Shot = files.put("shots", fmt.Sprintf("%s-line-%d.png", slug, s.At.Line), content{from: s.Screenshot})
		}
		out.Steps = append(out.Steps, v)
	}
	return out
}

// copyAssets stores the local images the doc shows, so the folder stands alone; an image that
// cannot be read is left as written (lint reports it).
func copyAssets(files folder, slug string, d *docsparse.Document) []asset {
	var out []asset
	seen := map[string]bool{}
	for _, l := range d.Links {
		if !l.Image || seen[l.Target] || strings.Contains(l.Target, "://") || strings.HasPrefix(l.Target, "data:") {
			continue
		}
		seen[l.Target] = true
		data, err := os.ReadFile(filepath.Join(filepath.Dir(d.Path), filepath.FromSlash(l.Target)))
		if err != nil {
			continue
		}
		out = append(out, asset{Target: l.Target, File: files.add("assets", slug+"-"+path.Base(l.Target), data)})
	}
	return out
}

// slugify names files and ids after s.
func slugify(s string) string { return cireport.Slug(s, "doc") }
