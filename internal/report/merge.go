package report

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

// MergeJUnit writes to out the JUnit reports of CI shards (files WriteJUnit made) as one: a
// doc split across shards becomes one testsuite, its testcases in doc order, the totals summed
// again, and every attached screenshot copied beside out with the attachment pointing at it.
func MergeJUnit(out string, ins []string) error {
	if err := checkMergeInputs(out, ins); err != nil {
		return fmt.Errorf("junit merge: %w", err)
	}
	all := junitSuites{Name: "docdrift"}
	index := map[string]int{}
	var total time.Duration
	shots := strings.TrimSuffix(out, filepath.Ext(out)) + "-screenshots"
	for k, in := range ins {
		var shard junitSuites
		if err := decodeFile(in, func(r io.Reader) error { return xml.NewDecoder(r).Decode(&shard) }); err != nil {
			return fmt.Errorf("junit merge: %w", err)
		}
		if shard.Name != "docdrift" {
			return fmt.Errorf("junit merge: %s is not a docdrift JUnit report", in)
		}
		total += parseSeconds(shard.Time)
		for _, s := range shard.Suites {
			n, ok := index[s.Name]
			if !ok {
				n = len(all.Suites)
				index[s.Name] = n
				all.Suites = append(all.Suites, junitSuite{Name: s.Name, File: s.File})
			}
			for _, c := range s.Cases {
				if c.SystemOut != nil {
					text, err := moveAttachments(c.SystemOut.Text, filepath.Dir(in), shots, k+1)
					if err != nil {
						return fmt.Errorf("junit merge: %s: %w", in, err)
					}
					c.SystemOut.Text = text
				}
				all.Suites[n].Cases = append(all.Suites[n].Cases, c)
			}
		}
	}
	all.Time = seconds(total)
	for i := range all.Suites {
		s := &all.Suites[i]
		sort.SliceStable(s.Cases, func(a, b int) bool { return s.Cases[a].Line < s.Cases[b].Line })
		var d time.Duration
		for _, c := range s.Cases {
			d += parseSeconds(c.Time)
			s.Tests++
			switch {
			case c.Failure != nil:
				s.Failures++
			case c.Error != nil:
				s.Errors++
			case c.Skipped != nil:
				s.Skipped++
			}
		}
		s.Time = seconds(d)
		all.Tests += s.Tests
		all.Failures += s.Failures
		all.Errors += s.Errors
		all.Skipped += s.Skipped
	}
	return writeFile(out, "junit merge", all.encode)
}

var attachment = regexp.MustCompile(`\[\[ATTACHMENT\|([^\]]+)\]\]`)

// moveAttachments copies the screenshots a shard's testcase attaches — from the folder beside
// its report, where WriteJUnit put them — into dir, and rewrites the attachment lines.
func moveAttachments(text, reportDir, dir string, shard int) (string, error) {
	var err error
	out := attachment.ReplaceAllStringFunc(text, func(m string) string {
		p := attachment.FindStringSubmatch(m)[1]
		src := filepath.Join(reportDir, filepath.Base(filepath.Dir(filepath.FromSlash(p))), filepath.Base(p))
		data, rerr := os.ReadFile(src)
		if rerr != nil {
			err = fmt.Errorf("attachment %s: %w", p, rerr)
			return m
		}
		dst := filepath.Join(dir, fmt.Sprintf("shard-%d-%s", shard, filepath.Base(p)))
		if werr := os.MkdirAll(dir, 0o755); werr != nil {
			err = werr
			return m
		}
		if werr := os.WriteFile(dst, data, 0o644); werr != nil {
			err = werr
			return m
		}
		return "[[ATTACHMENT|" + filepath.ToSlash(dst) + "]]"
	})
	return out, err
}

// MergeCucumber writes to out the Cucumber JSON reports of CI shards as one: the features of
// one doc become one feature, its scenarios in doc order.
func MergeCucumber(out string, ins []string) error {
	if err := checkMergeInputs(out, ins); err != nil {
		return fmt.Errorf("cucumber merge: %w", err)
	}
	features := []cukeFeature{}
	index := map[string]int{}
	for _, in := range ins {
		var shard []cukeFeature
		if err := decodeFile(in, func(r io.Reader) error { return json.NewDecoder(r).Decode(&shard) }); err != nil {
			return fmt.Errorf("cucumber merge: %w", err)
		}
		for _, f := range shard {
			if f.URI == "" {
				return fmt.Errorf("cucumber merge: %s is not a docdrift Cucumber report (a feature without uri)", in)
			}
			n, ok := index[f.URI]
			if !ok {
				index[f.URI] = len(features)
				features = append(features, f)
				continue
			}
			features[n].Elements = append(features[n].Elements, f.Elements...)
		}
	}
	for i := range features {
		els := features[i].Elements
		sort.SliceStable(els, func(a, b int) bool { return els[a].Line < els[b].Line })
	}
	return writeFile(out, "cucumber merge", func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(features)
	})
}

func checkMergeInputs(out string, ins []string) error {
	if len(ins) == 0 {
		return fmt.Errorf("no reports to merge")
	}
	abs, _ := filepath.Abs(out)
	for _, in := range ins {
		if a, _ := filepath.Abs(in); a == abs {
			return fmt.Errorf("the output %s is one of the inputs", out)
		}
	}
	return nil
}

func decodeFile(path string, decode func(io.Reader) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := decode(f); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

func parseSeconds(s string) time.Duration {
	f, _ := strconv.ParseFloat(s, 64)
	return time.Duration(f * float64(time.Second))
}
