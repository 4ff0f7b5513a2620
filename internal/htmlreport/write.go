package htmlreport

import (
	"bytes"
	"encoding/json"
	"fmt"
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

// write renders every page of rep and writes them with files into dir.
func write(dir string, rep *report, files folder) error {
	pages, err := renderPages(rep)
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
	for name, c := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
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

// renderPages renders index.html and each doc's page.
func renderPages(rep *report) (map[string][]byte, error) {
	pages := map[string][]byte{}
	var buf bytes.Buffer
	if err := templates.ExecuteTemplate(&buf, "index", indexView(rep)); err != nil {
		return nil, err
	}
	pages["index.html"] = bytes.Clone(buf.Bytes())
	for _, d := range rep.Docs {
		body, rest, err := renderDoc(d, templates)
		if err != nil {
			return nil, err
		}
		buf.Reset()
		if err := templates.ExecuteTemplate(&buf, "doc", docPage{Run: rep.Run, Doc: d, Body: body, Findings: rest}); err != nil {
			return nil, err
		}
		pages[d.Page] = bytes.Clone(buf.Bytes())
	}
	return pages, nil
}
