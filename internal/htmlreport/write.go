package htmlreport

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html/template"
	"os"
	"path/filepath"
)

// DataFile holds a report's data, in the folder: merging shards reads it, and its presence
// marks a folder as a docdrift HTML report.
const DataFile = "report.json"

// Write writes the report of a run into dir: index.html, a page per doc, the screenshots, the
// docs' images and report.json. Files of an earlier report in dir are overwritten.
func Write(dir string, in Input) error {
	rep, files := build(in)
	if err := write(dir, rep, files); err != nil {
		return fmt.Errorf("html report: %w", err)
	}
	return nil
}

// Files is the report's folder in memory, by slash-separated path, for a server to show as
// Write would have written it; the run's screenshots are read from where they were kept, so
// it suits a report of a few docs (docdrift watch's), not a nightly run's. live, when not "",
// is the same-origin URL of a script every page loads, with the Content-Security-Policy
// widened to let it run and connect to its own origin (docdrift watch refreshes the open page
// with it); the doc's own HTML is sanitised all the same, so no script of the doc's can run.
func Files(in Input, live string) (map[string][]byte, error) {
	rep, files := build(in)
	pages := templates
	if live != "" {
		pages = newTemplates(live)
	}
	if err := complete(rep, files, pages); err != nil {
		return nil, fmt.Errorf("html report: %w", err)
	}
	out := make(map[string][]byte, len(files))
	for name, c := range files {
		if !c.from.Taken() {
			out[name] = c.data
			continue
		}
		data, err := c.from.Read()
		if err != nil {
			return nil, fmt.Errorf("html report: %w", err)
		}
		out[name] = data
	}
	return out, nil
}

// write renders every page of rep and writes them with files into dir.
func write(dir string, rep *report, files folder) error {
	if err := complete(rep, files, templates); err != nil {
		return err
	}
	for name, c := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		var err error
		if c.from.Taken() {
			err = c.from.CopyTo(p, 0o644)
		} else {
			err = os.WriteFile(p, c.data, 0o644)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// complete adds to files every page of rep, rendered with tmpl, and the report's data.
func complete(rep *report, files folder, tmpl *template.Template) error {
	pages, err := renderPages(rep, tmpl)
	if err != nil {
		return err
	}
	data, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		return err
	}
	files[DataFile] = content{data: append(data, '\n')}
	for name, page := range pages {
		files[name] = content{data: page}
	}
	return nil
}

// renderPages renders index.html and each doc's page with tmpl.
func renderPages(rep *report, tmpl *template.Template) (map[string][]byte, error) {
	pages := map[string][]byte{}
	var buf bytes.Buffer
	if err := tmpl.ExecuteTemplate(&buf, "index", indexView(rep)); err != nil {
		return nil, err
	}
	pages["index.html"] = bytes.Clone(buf.Bytes())
	for _, d := range rep.Docs {
		body, rest, err := renderDoc(d, tmpl)
		if err != nil {
			return nil, err
		}
		buf.Reset()
		if err := tmpl.ExecuteTemplate(&buf, "doc", docPage{Run: rep.Run, Doc: d, Body: body, Findings: rest}); err != nil {
			return nil, err
		}
		pages[d.Page] = bytes.Clone(buf.Bytes())
	}
	return pages, nil
}
