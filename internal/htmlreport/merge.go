package htmlreport

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"sort"
	"time"

	"github.com/docdrift/docdrift/internal/results"
)

// Merge combines the HTML reports of CI shards (each a folder Write made) into one folder
// at out: procedures of a doc split across shards come together in doc order, and every
// picture is copied over, so the result stands alone like each input.
func Merge(out string, dirs []string) error {
	if len(dirs) == 0 {
		return errors.New("html merge: no reports to merge")
	}
	merged := &report{}
	files := folder{}
	byPath := map[string]int{}
	for k, dir := range dirs {
		if same, _ := samePath(dir, out); same {
			return fmt.Errorf("html merge: the output %s is one of the inputs", out)
		}
		rep, err := readReport(dir)
		if err != nil {
			return fmt.Errorf("html merge: %w", err)
		}
		prefix := fmt.Sprintf("shard-%d", k+1)
		if err := rep.copyFiles(dir, prefix, files); err != nil {
			return fmt.Errorf("html merge: %w", err)
		}
		mergeRun(&merged.Run, rep.Run, k == 0)
		for _, d := range rep.Docs {
			i, ok := byPath[d.Path]
			if !ok {
				byPath[d.Path] = len(merged.Docs)
				merged.Docs = append(merged.Docs, d)
				continue
			}
			mergeDoc(&merged.Docs[i], d)
		}
	}
	for i := range merged.Docs {
		d := &merged.Docs[i]
		d.Page = fmt.Sprintf("%02d-%s.html", i+1, slugify(stem(d.Path)))
		sort.SliceStable(d.Procedures, func(a, b int) bool { return d.Procedures[a].Line < d.Procedures[b].Line })
	}
	if err := write(out, merged, files); err != nil {
		return fmt.Errorf("html merge: %w", err)
	}
	return nil
}

func readReport(dir string) (*report, error) {
	data, err := os.ReadFile(filepath.Join(dir, DataFile))
	if err != nil {
		return nil, fmt.Errorf("%s is not a docdrift HTML report: %w", dir, err)
	}
	var rep report
	if err := json.Unmarshal(data, &rep); err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Join(dir, DataFile), err)
	}
	return &rep, nil
}

// copyFiles adds every file the report shows in dir to files under prefix, to be copied when
// the merged report is written, and points the report at the copies.
func (r *report) copyFiles(dir, prefix string, files folder) error {
	move := func(p *string) error {
		if *p == "" {
			return nil
		}
		from := filepath.Join(dir, filepath.FromSlash(*p))
		if _, err := os.Stat(from); err != nil {
			return err
		}
		*p = path.Join(prefix, *p)
		files[*p] = content{from: results.Shot{Path: from}}
		return nil
	}
	for i := range r.Docs {
		d := &r.Docs[i]
		for j := range d.Assets {
			if err := move(&d.Assets[j].File); err != nil {
				return err
			}
		}
		for j := range d.Procedures {
			for k := range d.Procedures[j].Steps {
				if err := move(&d.Procedures[j].Steps[k].Shot); err != nil {
					return err
				}
			}
		}
		for j := range d.Images {
			if err := move(&d.Images[j].Original); err != nil {
				return err
			}
			if err := move(&d.Images[j].Capture); err != nil {
				return err
			}
		}
	}
	return nil
}

// mergeRun spans the shards' runs: the earliest start to the latest end.
func mergeRun(into *RunInfo, shard RunInfo, first bool) {
	if first {
		*into = shard
		into.Shards = nil
	} else {
		end := maxTime(into.Started.Add(into.Duration), shard.Started.Add(shard.Duration))
		if shard.Started.Before(into.Started) {
			into.Started = shard.Started
		}
		into.Duration = end.Sub(into.Started)
	}
	into.Shard = ""
	if shard.Shard != "" {
		into.Shards = append(into.Shards, shard.Shard)
	}
}

// mergeDoc adds another shard's share of a doc: its procedures, and the findings and image
// comparisons the first shard did not have.
func mergeDoc(into *doc, other doc) {
	into.Procedures = append(into.Procedures, other.Procedures...)
	seen := map[finding]bool{}
	for _, f := range into.Findings {
		seen[f] = true
	}
	for _, f := range other.Findings {
		if !seen[f] {
			into.Findings = append(into.Findings, f)
		}
	}
	have := map[int]bool{}
	for _, img := range into.Images {
		have[img.Line] = true
	}
	for _, img := range other.Images {
		if !have[img.Line] {
			into.Images = append(into.Images, img)
		}
	}
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

func stem(p string) string { return path.Base(p)[:len(path.Base(p))-len(path.Ext(p))] }

// samePath tells whether two paths name the same directory.
func samePath(a, b string) (bool, error) {
	aa, err := filepath.Abs(a)
	if err != nil {
		return false, err
	}
	bb, err := filepath.Abs(b)
	if err != nil {
		return false, err
	}
	return aa == bb, nil
}
