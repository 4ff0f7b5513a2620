package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/htmlreport"
	"github.com/docdrift/docdrift/internal/results"
	"github.com/docdrift/docdrift/internal/watch"
)

// publish renders the report of every doc's verdicts and serves it, sending the open page to
// doc's line (none when doc is "").
func (w *watcher) publish(s *watch.Snapshot, findings docsparse.Findings, started time.Time, doc string, line int) {
	info := htmlreport.RunInfo{Version: version(), Started: started, Duration: w.e.now().Sub(started)}
	if w.session != nil {
		info.Target, info.Browser = strings.Join(w.session.names, "; "), w.session.version
	}
	in := htmlreport.Input{Run: info, Result: w.result, Findings: findings}
	for _, p := range s.Plans {
		in.Docs = append(in.Docs, htmlreport.Source{Doc: p.Doc, Src: p.Src})
	}
	files, err := htmlreport.Files(in, w.live.Script())
	if err != nil {
		fmt.Fprintf(w.e.stderr, "watch: %v\n", err)
		return
	}
	focus := ""
	if page := pageOf(files, doc); page != "" {
		focus = fmt.Sprintf("%s#L%d", page, line)
	}
	w.live.Publish(files, focus)
}

// pageOf is the page of doc in a report's files, "" when it has none.
func pageOf(files map[string][]byte, doc string) string {
	var data struct {
		Docs []struct{ Path, Page string }
	}
	if doc == "" || json.Unmarshal(files[htmlreport.DataFile], &data) != nil {
		return ""
	}
	for _, d := range data.Docs {
		if d.Path == doc {
			return d.Page
		}
	}
	return ""
}

// verdictsOut is --verdicts-json: each step's verdict as it arrives, and the end of each
// rerun, one JSON object a line with the time — what scripts and bench/watch.sh read.
type verdictsOut struct {
	w      io.Writer
	closer func() error
}

// verdictLine is one line of --verdicts-json.
type verdictLine struct {
	Time  time.Time `json:"time"`
	Event string    `json:"event"` // "step", or "done" when a rerun has ended
	// For a step: where it is in the doc and its verdict.
	Doc       string         `json:"doc,omitempty"`
	Line      int            `json:"line,omitempty"`
	Col       int            `json:"col,omitempty"`
	Procedure string         `json:"procedure,omitempty"`
	Step      string         `json:"step,omitempty"` // the doc's step number
	Status    results.Status `json:"status,omitempty"`
	Message   string         `json:"message,omitempty"`
	// For the end of a rerun: how many procedures ran, and the count over every doc.
	Ran     int    `json:"ran,omitempty"`
	Summary string `json:"summary,omitempty"`
}

// verdictsOpen opens --verdicts-json's file, if asked for (owner-only: it names admin pages).
func (w *watcher) verdictsOpen() error {
	switch w.st.verdicts {
	case "":
		return nil
	case "-":
		w.verdicts = &verdictsOut{w: w.e.stdout, closer: func() error { return nil }}
		return nil
	}
	f, err := os.OpenFile(w.st.verdicts, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return usageError{fmt.Errorf("watch: --verdicts-json: %w", err)}
	}
	w.verdicts = &verdictsOut{w: w.secrets.Writer(f), closer: f.Close}
	return nil
}

func (v *verdictsOut) write(l verdictLine) {
	if v == nil {
		return
	}
	b, _ := json.Marshal(l)
	_, _ = v.w.Write(append(b, '\n'))
}

func (v *verdictsOut) step(now time.Time, p *results.Procedure, s *results.Step) {
	l := verdictLine{Time: now, Event: "step", Doc: p.Doc, Line: s.At.Line, Col: s.At.Col, Procedure: p.Name,
		Step: s.DocStep, Status: s.Status}
	if s.Err != nil {
		l.Message = s.Err.Error()
	}
	v.write(l)
}

func (v *verdictsOut) done(now time.Time, ran int, all *results.Result) {
	v.write(verdictLine{Time: now, Event: "done", Ran: ran, Summary: all.Count().String()})
}

func (v *verdictsOut) close() {
	if v != nil {
		_ = v.closer()
	}
}

// relPath is p relative to the working directory when it is below it, else p.
func relPath(p string) string {
	wd, err := os.Getwd()
	if err != nil {
		return p
	}
	if r, err := filepath.Rel(wd, p); err == nil && !strings.HasPrefix(r, "..") {
		return r
	}
	return p
}
