// Package htmlreport writes a run as the documents themselves: a self-contained folder (no
// CDN, opens from file://) with an index across docs and one page per doc that renders the
// Markdown as its writer wrote it, every step marked in place with its verdict, message,
// nearest labels and a screenshot, and every doc image beside the page it should show.
//
// The folder keeps its data in report.json, so the reports of CI shards can be merged into
// one and rendered again.
package htmlreport

import (
	"time"

	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/docimages"
	"github.com/docdrift/docdrift/internal/results"
)

// RunInfo is the header of a report: what ran against what.
type RunInfo struct {
	Target   string        `json:"target"`  // "embedded control panel, 2017 UI" or the base URL
	Browser  string        `json:"browser"` // the browser's product and version
	Version  string        `json:"version"` // docdrift's
	Started  time.Time     `json:"started"`
	Duration time.Duration `json:"duration"`
	Shard    string        `json:"shard,omitempty"`  // "2/3" for one job of a CI matrix
	Shards   []string      `json:"shards,omitempty"` // the shards a merged report combines
}

// Source is a doc as the run read and parsed it.
type Source struct {
	Doc *docsparse.Document
	Src []byte
}

// Input is everything a report shows.
type Input struct {
	Run      RunInfo
	Result   *results.Result
	Docs     []Source
	Findings docsparse.Findings     // lint findings the run let through (warnings, struck phrasing)
	Images   []docimages.Comparison // doc images against the run's captures
}

// report is the data behind every page, kept in report.json.
type report struct {
	Run  RunInfo `json:"run"`
	Docs []doc   `json:"docs"`
}

type doc struct {
	Path       string      `json:"path"`
	Title      string      `json:"title"`
	Page       string      `json:"page"`   // the doc's page in the folder
	Source     string      `json:"source"` // the Markdown, rendered again on merge
	Assets     []asset     `json:"assets,omitempty"`
	Procedures []procedure `json:"procedures"`
	Findings   []finding   `json:"findings,omitempty"`
	Images     []docImage  `json:"images,omitempty"`
}

// asset is a file the doc links to (its images), copied into the folder.
type asset struct {
	Target string `json:"target"` // as the doc writes it
	File   string `json:"file"`   // in the folder
}

type procedure struct {
	Name       string        `json:"name"`
	Line       int           `json:"line"`
	Status     string        `json:"status"` // passed, drift, error, not-understood, not-checked, skipped
	SkipReason string        `json:"skipReason,omitempty"`
	Surface    string        `json:"surface,omitempty"` // where a not-checked procedure happens
	Duration   time.Duration `json:"duration"`
	Attempts   int           `json:"attempts,omitempty"` // earlier attempts retried for the environment's sake
	Steps      []step        `json:"steps"`
}

type step struct {
	DocStep   string        `json:"docStep,omitempty"`
	Line      int           `json:"line"`
	Col       int           `json:"col"`
	Keyword   string        `json:"keyword"`
	Text      string        `json:"text"`
	Status    string        `json:"status"`
	Message   string        `json:"message,omitempty"`
	Closest   []string      `json:"closest,omitempty"`
	Continued bool          `json:"continued,omitempty"`
	Surface   string        `json:"surface,omitempty"` // where a not-checked step happens
	Notes     []string      `json:"notes,omitempty"`   // what the step did that the doc does not ask
	Shot      string        `json:"shot,omitempty"`    // in the folder
	Duration  time.Duration `json:"duration"`
}

type finding struct {
	Line     int    `json:"line"`
	Col      int    `json:"col"`
	Severity string `json:"severity"`
	Rule     string `json:"rule"`
	Message  string `json:"message"`
}

type docImage struct {
	Target    string  `json:"target"`
	Line      int     `json:"line"`
	StepLine  int     `json:"stepLine"`
	DocStep   int     `json:"docStep"`
	Changed   float64 `json:"changed"`
	Threshold float64 `json:"threshold"`
	Stale     bool    `json:"stale,omitempty"`
	Updated   bool    `json:"updated,omitempty"`
	Original  string  `json:"original,omitempty"` // the doc's image before the run, in the folder
	Capture   string  `json:"capture,omitempty"`  // the page at the step, in the folder
	Error     string  `json:"error,omitempty"`
}

// message reads a step's error the way the other reports do.
func message(s results.Step) string {
	if s.Err == nil {
		return ""
	}
	return s.Err.Error()
}
