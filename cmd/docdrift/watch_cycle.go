package main

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/progress"
	"github.com/docdrift/docdrift/internal/redact"
	"github.com/docdrift/docdrift/internal/results"
	"github.com/docdrift/docdrift/internal/runner"
	"github.com/docdrift/docdrift/internal/watch"
)

// watcher is a watch between saves: its settings, its warm session, and the docs and
// verdicts as they stood after the last save.
type watcher struct {
	e        *env
	args     []string
	st       *watchSettings
	live     *watch.Server
	secrets  *redact.Secrets
	session  *watchSession
	snap     *watch.Snapshot        // the docs the verdicts are on; nil before the first run
	result   *results.Result        // the verdicts on every procedure of snap
	good     map[string]runner.Plan // each doc's last version that could run, by path
	shown    map[string]bool        // findings printed already, so a save shows only new ones
	verdicts *verdictsOut
	// shots keeps the screenshots of every rerun the report may still show, in a folder under
	// $TMPDIR the watch removes when it stops.
	shots *results.Spool
}

// cycle reads the docs after a save (batch is what was saved; nil for the first run), runs
// the procedures that changed, prints their verdicts and publishes the report. Only a first
// run that cannot start is an error: later trouble is reported and the watch carries on.
func (w *watcher) cycle(ctx context.Context, batch []string) error {
	started := w.e.now()
	if batch != nil && slices.ContainsFunc(batch, func(p string) bool { return isConfig(w.st, p) }) {
		st, err := parseWatch(w.e, w.args)
		if err != nil {
			fmt.Fprintf(w.e.stderr, "watch: %v\nwatch: carrying on with the settings read before\n", err)
		} else {
			// New settings may name other targets, eras or vocabulary: start afresh.
			w.session.close()
			w.st, w.session, w.snap = st, nil, nil
		}
	}
	plans, others := w.plan(batch == nil)
	next := watch.NewSnapshot(plans)
	keys := next.Changed(w.snap)
	what := "first run"
	if batch != nil {
		what = strings.Join(rel(batch), ", ") + " saved"
	}
	if len(keys) == 0 {
		w.result = next.Carry(w.result, nil)
		w.snap = next
		w.publish(next, others, started, "", 0)
		fmt.Fprintf(w.e.stdout, "\n%s %s: no procedure changed\n", started.Format("15:04:05"), what)
		return nil
	}
	fmt.Fprintf(w.e.stdout, "\n%s %s: running %s (%d unchanged)\n", started.Format("15:04:05"), what,
		plural(len(keys), "procedure"), len(next.Changed(nil))-len(keys))
	res, err := w.rerun(ctx, next.Select(keys))
	if err != nil && w.snap == nil && batch == nil && res == nil {
		return err // the first run could not start: nothing to watch with
	}
	if err != nil && ctx.Err() == nil {
		fmt.Fprintf(w.e.stderr, "watch: %v\nwatch: the next save starts the browser and targets again\n", err)
		w.session.close()
		w.session = nil
	}
	doc, line, _ := next.Focus(w.snap, keys)
	w.result = next.Carry(w.result, res)
	w.snap = next
	// The report first: whoever reads the closing line finds it up to date.
	w.publish(next, others, started, doc, line)
	fmt.Fprintf(w.e.stdout, "all docs: %s\n", w.result.Count())
	w.verdicts.done(w.e.now(), len(keys), w.result)
	if w.session != nil && ctx.Err() == nil {
		w.session.warm(ctx)
	}
	return nil
}

// rerun runs plans in the warm session, opening it first when there is none (or when a doc
// now needs a target it lacks), and prints the verdicts as run does.
func (w *watcher) rerun(ctx context.Context, plans []runner.Plan) (*results.Result, error) {
	for attempt := 0; ; attempt++ {
		if w.session == nil {
			s, err := openSession(ctx, w.e, w.st, w.snapPlans(plans), w.secrets)
			if err != nil {
				return nil, err
			}
			w.session = s
		}
		out, err := w.st.run.output.open(w.e, w.st.run.screenshots, progress.IsTerminal(w.e.stdout))
		if err != nil {
			return nil, err
		}
		res, err := w.session.run(ctx, plans, w.shots, func(p *results.Procedure, s *results.Step) {
			out.step(p, s)
			w.verdicts.step(w.e.now(), p, s)
		})
		if errors.Is(err, errNewTarget) && attempt == 0 {
			w.session.close()
			w.session = nil
			continue
		}
		out.progress.Summary(res)
		return res, err
	}
}

// snapPlans is every plan the session may have to run: the rerun's and the docs' last.
func (w *watcher) snapPlans(plans []runner.Plan) []runner.Plan {
	all := slices.Clone(plans)
	for _, p := range w.good {
		all = append(all, p)
	}
	return all
}

// plan reads the docs. A doc that cannot run now (it cannot be read or generated, or with
// --strict holds a step docdrift cannot read) keeps its last version that could: the watch
// carries on with it, and the problem is printed at its line. Findings printed once are not
// printed again; on the first run only those that stop a doc are.
func (w *watcher) plan(first bool) ([]runner.Plan, docsparse.Findings) {
	f := w.st.run
	var pre runner.Preconditions
	if w.st.file != nil {
		pre = w.st.file.Preconditions
	}
	plans, blocking, others := checkDocs(w.st.paths, f.includeStruck, f.strict, runner.Pick{}, pre, docOptions(w.st.file))
	if w.good == nil {
		w.good, w.shown = map[string]runner.Plan{}, map[string]bool{}
	}
	bad := map[string]bool{}
	blocking.Sort()
	for _, fd := range blocking {
		bad[fd.Path] = true
		w.show(fd, true)
	}
	for _, fd := range others {
		w.show(fd, !first)
	}
	var out []runner.Plan
	for _, p := range plans {
		if !bad[p.Doc.Path] {
			w.good[p.Doc.Path] = p
			out = append(out, p)
		}
	}
	for path := range bad {
		if p, ok := w.good[path]; ok {
			fmt.Fprintf(w.e.stderr, "watch: carrying on with the last version of %s that could run\n", path)
			out = append(out, p)
		}
	}
	slices.SortStableFunc(out, func(a, b runner.Plan) int { return strings.Compare(a.Doc.Path, b.Doc.Path) })
	return out, others
}

// show prints a finding the watch has not printed before (wherever it was), when print says.
func (w *watcher) show(fd docsparse.Finding, print bool) {
	key := fd.Path + "\x00" + fd.Rule + "\x00" + fd.Message
	if w.shown[key] {
		return
	}
	w.shown[key] = true
	if print {
		fmt.Fprintln(w.e.stderr, fd.Error())
	}
}

// close ends the session: the runs deleted what they created; Chromium and the targets stop.
func (w *watcher) close() {
	w.session.close()
	w.verdicts.close()
}

// rel shortens saved paths to what the user named, relative to the working directory.
func rel(paths []string) []string {
	out := make([]string, len(paths))
	for i, p := range paths {
		out[i] = relPath(p)
	}
	return out
}
