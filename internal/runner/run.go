package runner

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cucumber/godog"
	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/browser"
	"github.com/docdrift/docdrift/internal/featuregen"
	"github.com/docdrift/docdrift/internal/redact"
	"github.com/docdrift/docdrift/internal/results"
	"github.com/docdrift/docdrift/internal/understand"
	"github.com/docdrift/docdrift/steps"
)

// Options configure a run. Config's Open, Observer and Values are set by Run.
type Options struct {
	Config        steps.Config
	Browser       *browser.Browser
	IncludeStruck bool
	// Retries is how often a procedure that failed for the environment's sake (Broken) is
	// run again; drift is never retried. Earlier attempts stay in Procedure.Attempts.
	Retries int
	// Concurrency is how many scenarios run at once, each in an incognito context of the one
	// browser (which the next scenario reuses when this one passed); 0 or 1 runs them one
	// after another.
	Concurrency int
	// Shots keeps each screenshot in a file as it is taken (results hold only its path); nil
	// keeps none, and the steps capture only what they need for themselves.
	Shots *results.Spool
	// ShotEveryStep captures every step that ran, not only failed and drifted ones.
	ShotEveryStep bool
	// ShotDocSteps, when set, names doc steps (by doc path and line) whose page is captured
	// once the last of their generated steps passed: the pages doc images show.
	ShotDocSteps func(doc string, line int) bool
	// OnStep, when set, is told of every step as it finishes: live progress.
	OnStep func(p *results.Procedure, s *results.Step)
	// Suite, when set, adjusts godog's options last. go test ./features/... sets TestingT
	// there, so each scenario runs as a subtest, without this package importing testing.
	Suite func(*godog.Options)
	// Pool, when set, lends the scenarios their browser sessions and stays open after the
	// run, so a caller that runs again (docdrift watch) finds them warm; else Run makes a pool
	// of Browser's for the run and closes it at the end.
	Pool *browser.Pool
	// Route, when set, decides where each doc's procedures happen: on the run's target
	// (elsewhere == ""; home is the name the doc uses for it, if any) or on a product no
	// target answers for, when they are reported "not checked here" and not run.
	Route func(p Plan) (home, elsewhere string)
}

// Run runs every plan's scenarios and returns the verdicts, skipped procedures included.
// With Retries, procedures that failed for the environment's sake are run again.
func Run(ctx context.Context, plans []Plan, opts Options) (*results.Result, error) {
	if opts.Config.Sessions == nil {
		opts.Config.Sessions = steps.NewSessionCache() // one sign-in for the run, retries included
	}
	if opts.Config.Serial == nil {
		// One count for the retries too: they share the run's ID, and a name the first
		// attempt typed may still be on the product (Strapi's admin got one as its username,
		// and a retry typing it again as a new account's name could not delete its account).
		opts.Config.Serial = steps.Counter()
	}
	// Each worker's scenarios take turns with a browser context and its page.
	pool := opts.Pool
	if pool == nil {
		pool = browser.NewPool(opts.Browser)
		defer pool.Close()
	}
	res, err := runOnce(ctx, plans, opts, pool)
	for try := 0; try < opts.Retries && err == nil; try++ {
		again, where := retryPlans(plans, res)
		if len(again) == 0 {
			break
		}
		var next *results.Result
		next, err = runOnce(ctx, again, opts, pool)
		mergeRetry(res, next, where)
	}
	return res, err
}

func runOnce(ctx context.Context, plans []Plan, opts Options, pool *browser.Pool) (*results.Result, error) {
	start := time.Now()
	c := newCollector(plans, opts)
	cfg := opts.Config
	cfg.Observer = c
	cfg.Values = c.values
	cfg.Listed = c.listed
	cfg.Client = func(sc *godog.Scenario) string { return c.scenario(sc).Client }
	cfg.Intro = func(sc *godog.Scenario) string { return c.scenario(sc).Intro }
	cfg.Setup, cfg.Teardown, cfg.Procedure, cfg.First, cfg.ItemPage, cfg.Adder = c.maker, c.remover, c.procedureFor, c.first, c.itemPage, c.adder
	cfg.MakerOf = c.makerOf
	if opts.ShotEveryStep || opts.ShotDocSteps != nil {
		cfg.ShotAfter = func(sc *godog.Scenario, index int) bool { return c.shotAfter(sc, index, opts) }
	}
	cfg.Open, cfg.Release = pool.Get, pool.Put
	// Every run hands its scenarios' names to the cleanup, one with no subject kept too: what
	// it made is then still on the product, and the run says so.
	clean := &cleanup{target: cfg.Subjects, failed: c.cleanupFailed, unlisted: c.unlisted, bound: cfg.HousekeepingTimeout}
	cfg.Cleanup = clean.add
	c.noneKept = len(cfg.Subjects.Unkept()) == len(cfg.Subjects)
	var named atomic.Bool // this pass handed out a name
	serial := cfg.Serial
	cfg.Serial = func() int64 { named.Store(true); return serial() }

	var features []godog.Feature
	homes := map[string]string{}
	for _, p := range plans {
		if opts.Route != nil {
			home, elsewhere := opts.Route(p)
			if elsewhere != "" {
				c.elsewhere(p.Doc.Path, elsewhere)
				continue
			}
			homes[p.Doc.Path] = home
		}
		features = append(features, godog.Feature{Name: p.Doc.Path, Contents: p.Feature})
	}
	cfg.Home = func(sc *godog.Scenario) string { return homes[sc.Uri] }
	tags := "~@skip && ~@struck"
	if opts.IncludeStruck {
		tags = "~@skip"
	}
	suite := godog.TestSuite{
		Name:                "docdrift",
		ScenarioInitializer: func(sc *godog.ScenarioContext) { steps.Register(sc, &cfg) },
		Options: &godog.Options{
			Format:          "progress",
			Output:          io.Discard,
			Strict:          true,
			Concurrency:     max(opts.Concurrency, 1),
			Tags:            tags,
			FeatureContents: features,
			DefaultContext:  ctx,
		},
	}
	if opts.Suite != nil {
		opts.Suite(suite.Options)
	}
	if len(features) > 0 {
		suite.Run()
	}
	swept := time.Now()
	if named.Load() {
		// The last batch and the sweep read each list once between them.
		c.sweptLeft(clean.finish(ctx, runPrefix(cfg), sweepTimeout(cfg)))
	} else {
		// A run that handed out no name made nothing the sweep could find: it would only
		// sign in and open each subject's list (of a product the profile may not even fit).
		clean.flush(ctx)
	}
	c.spend(results.Spent{Sweep: time.Since(swept)})
	if err := ctx.Err(); err != nil {
		c.notRun()
		return c.result(time.Since(start)), fmt.Errorf("run interrupted: %w", err)
	}
	return c.result(time.Since(start)), nil
}

// runPrefix starts every name the run hands out.
func runPrefix(cfg steps.Config) string { return steps.RunPrefix(cfg.RunID) }

// sweptLeft reports what the sweep deleted, or could not, on the last procedure that ran so
// nobody mistakes a leak for a clean run.
func (c *collector) sweptLeft(names []string, err error) {
	if len(names) == 0 && err == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.leftovers = fmt.Sprintf("%d item(s) outlived their scenario and were deleted at the end of the run: %s",
		len(names), strings.Join(names, ", "))
	if err != nil {
		c.leftovers = fmt.Sprintf("items this run made may be left on the product (%v): run docdrift sweep", err)
	}
}

// sweepTimeout bounds the end-of-run sweep: through a product's pages it signs in, opens each
// kept subject's list and deletes what outlived its scenario, a batch's worth at most as a
// rule (what one failed cleanup left); never less than 10 s.
func sweepTimeout(cfg steps.Config) time.Duration {
	return max(10*time.Second, cfg.HousekeepingTimeout(cleanupBatch))
}

// collector turns the steps' outcomes into verdicts tied to the docs.
type collector struct {
	mu     sync.Mutex
	onStep func(p *results.Procedure, s *results.Step)
	procs  []*results.Procedure
	byName map[string]*results.Procedure // doc path + "\x00" + scenario name
	scens  map[*results.Procedure]*featuregen.Scenario
	// leftovers says what the end-of-run sweep found, "" when nothing.
	leftovers string
	spent     results.Spent
	// unlistedBy are the procedures whose typed names no kept subject's list showed.
	unlistedBy []unlistedNames
	// noneKept: the run keeps no subject, so nothing it made can be removed.
	noneKept bool
	// kin are each doc's procedures that run, all of them, in whichever shard (see maker).
	kin map[string][]*featuregen.Scenario
	// docs are each doc, whole, by its path: where its headings' links lead (see first).
	docs map[string]*docsparse.Document
	// listedSteps is how the doc lists each step of a procedure done for another, by the
	// step's id (see performable).
	listedSteps map[string]understand.Listing
	secrets     *redact.Secrets // masks the messages of failed steps
	shots       *results.Spool
}

func newCollector(plans []Plan, opts Options) *collector {
	c := &collector{onStep: opts.OnStep, byName: map[string]*results.Procedure{}, scens: map[*results.Procedure]*featuregen.Scenario{}, kin: map[string][]*featuregen.Scenario{},
		docs: map[string]*docsparse.Document{}, listedSteps: map[string]understand.Listing{},
		secrets: opts.Config.Secrets, shots: opts.Shots}
	for _, plan := range plans {
		for i := range plan.Map.Scenarios {
			sc := &plan.Map.Scenarios[i]
			p := &results.Procedure{Doc: plan.Doc.Path, Name: sc.Name, At: sc.At}
			for _, st := range sc.Steps {
				p.Steps = append(p.Steps, results.Step{Step: st, Status: results.Skipped})
			}
			tags := tagsAbove(plan.Feature, sc.Line)
			switch {
			case sc.Skip != nil:
				p.Status, p.SkipReason = results.Skipped, "skipped by directive: "+sc.Skip.Value
			case tags["@struck"] && !opts.IncludeStruck:
				p.Status, p.SkipReason = results.Skipped, "struck out in the doc (--include-struck runs it)"
			}
			c.procs = append(c.procs, p)
			c.byName[p.Doc+"\x00"+p.Name] = p
			c.scens[p] = sc
		}
		kin := kinOf(plan, opts.IncludeStruck)
		for _, sc := range kin {
			if key := plan.Doc.Path + "\x00" + sc.Name; c.byName[key] == nil {
				// Another shard's: read by the steps that perform it (see maker), never reported.
				p := &results.Procedure{Doc: plan.Doc.Path, Name: sc.Name, At: sc.At}
				for _, st := range sc.Steps {
					p.Steps = append(p.Steps, results.Step{Step: st})
				}
				c.byName[key], c.scens[p] = p, sc
			}
		}
		c.kin[plan.Doc.Path] = kin
		c.docs[plan.Doc.Path] = plan.Unsplit().Doc
	}
	return c
}

func (c *collector) find(sc *godog.Scenario) *results.Procedure {
	return c.byName[sc.Uri+"\x00"+sc.Name]
}

func (c *collector) values(sc *godog.Scenario) map[string]string {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := map[string]string{}
	if p := c.find(sc); p != nil {
		for _, v := range c.scens[p].Values {
			out[v.Field] = v.Value
		}
	}
	return out
}

// listed is how the doc lists a scenario's step under its lead-in (see steps.Config.Listed).
func (c *collector) listed(sc *godog.Scenario, index int) understand.Listing {
	c.mu.Lock()
	defer c.mu.Unlock()
	if index >= 0 && index < len(sc.Steps) {
		if l, ok := c.listedSteps[sc.Steps[index].Id]; ok {
			return l // a step of another procedure, done first (performable)
		}
	}
	p := c.find(sc)
	if p == nil || index < 0 || index >= len(p.Steps) {
		return understand.Alone
	}
	return p.Steps[index].Listed
}

// scenario is what the feature's comments say of a scenario: the heading that names the app
// its steps happen in, the paragraph over them; the zero value for one it does not know.
func (c *collector) scenario(sc *godog.Scenario) featuregen.Scenario {
	c.mu.Lock()
	defer c.mu.Unlock()
	if p := c.find(sc); p != nil {
		return *c.scens[p]
	}
	return featuregen.Scenario{}
}

// shotAfter tells the steps which passing steps to capture.
func (c *collector) shotAfter(sc *godog.Scenario, index int, opts Options) bool {
	if opts.ShotEveryStep {
		return true
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	p := c.find(sc)
	if p == nil || index < 0 || index >= len(p.Steps) {
		return false
	}
	s := p.Steps[index]
	last := index == len(p.Steps)-1 || p.Steps[index+1].At.Line != s.At.Line
	return s.DocStep != "" && last && opts.ShotDocSteps(p.Doc, s.At.Line)
}

// StepDone records one step's outcome.
func (c *collector) StepDone(sc *godog.Scenario, index int, out steps.Outcome) {
	shot := c.shots.Save(out.Screenshot) // to disk before the lock: other workers' steps need not wait on it
	c.mu.Lock()
	defer c.mu.Unlock()
	p := c.find(sc)
	if p == nil || index < 0 || index >= len(p.Steps) {
		return
	}
	s := &p.Steps[index]
	s.Err, s.Screenshot, s.Duration = c.secrets.Error(out.Err), shot, out.Duration
	s.Drift = driftOf(out.Err, c.secrets)
	s.Notes = nil
	for _, n := range out.Notes {
		s.Notes = append(s.Notes, c.secrets.String(n))
	}
	switch {
	case out.Status == godog.StepPassed && out.Drifted:
		s.Status = results.Drifted
	case out.Status == godog.StepPassed && out.NotChecked != "":
		s.Status, s.Surface = results.NotChecked, out.NotChecked
		s.Err = &steps.NotChecked{Surface: out.NotChecked}
	case out.Status == godog.StepPassed:
		s.Status = results.Passed
	case out.Status == godog.StepSkipped:
		s.Status = results.Skipped
	case out.Status == godog.StepFailed:
		s.Status = classify(out.Err)
	default:
		s.Status = results.Broken
		if s.Err == nil {
			s.Err = fmt.Errorf("step is %s", out.Status)
		}
	}
	p.Duration += out.Duration
	c.spent.Steps += out.Duration
	if c.onStep != nil {
		c.onStep(p, s)
	}
}

// ScenarioDone settles a procedure's verdict from its steps and its cleanup.
func (c *collector) ScenarioDone(sc *godog.Scenario, cleanup error, spent results.Spent) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.spent.Add(spent)
	p := c.find(sc)
	if p == nil {
		return
	}
	if cleanup != nil {
		cleanupStep(p, cleanup)
	}
	p.Status = verdict(p.Steps)
	if p.Status == results.NotChecked {
		p.Surface = surfacesOf(p.Steps)
	}
}

// unlisted notes a procedure whose every run-scoped name no kept subject's list showed: what
// it made, if anything, is of a kind the profile does not keep, and stays on the product.
func (c *collector) unlisted(sc *godog.Scenario, names []string, made steps.Made) {
	c.mu.Lock()
	defer c.mu.Unlock()
	p := c.find(sc)
	if p == nil {
		return
	}
	first := append(append(slices.Clip(made.SetUp), made.Uploaded...), made.Aside...)
	if !makesItems(p.Name, texts(sc.Steps, func(st *godog.Step) string { return st.Text })) {
		// Typed into a form that makes nothing ("Email templates", "Regenerating a token"),
		// or into what a removal removes: the names were values — but an item made first as
		// the doc makes one, or a file uploaded, is still there (see unlistedWarning).
		names = slices.DeleteFunc(slices.Clone(names), func(n string) bool { return !slices.Contains(first, n) })
	}
	if len(names) > 0 {
		c.unlistedBy = append(c.unlistedBy, unlistedNames{p, names, made.Fields, first, made.Aside, made.Picked, made.DeletesOwn})
	}
}

// unlistedNames are the names a procedure typed that no kept subject's list showed.
type unlistedNames struct {
	p      *results.Procedure
	names  []string
	fields map[string]string // name → the field it was typed into, as the doc calls it
	first  []string          // the names of items made before the procedure, as the doc makes one, and of files uploaded
	aside  []string          // those of first made for another use than being acted on (steps.Made.Aside)
	picked []string          // those of names that were chosen, not typed (steps.Made.Picked)
	// deletes is set for a procedure that deletes the item it acts on.
	deletes bool
}

// left are the names whose items are still on the product: one made for the doc's maker to
// act in; one made before the procedure was made whole, or a file it uploaded, however the
// procedure went, unless the procedure ran to its end deleting
// it ("Deleting a role", or Cockpit's "Delete user account" carried past the confirmation
// its doc leaves out; revoking may leave it, removing another kind from it does); one the
// procedure typed was saved if the procedure ran to its end.
func (u unlistedNames) left() unlistedNames {
	out := u
	out.names = slices.DeleteFunc(slices.Clone(u.names), func(n string) bool {
		if slices.Contains(u.aside, n) {
			return false // never what the procedure deleted
		}
		if slices.Contains(u.first, n) {
			return u.deletes && ranToItsEnd(u.p)
		}
		return !ranToItsEnd(u.p)
	})
	return out
}

// said are the names typed, each with its field when the doc named one: "typed docdrift-…-1
// (Name), docdrift-…-2 (Description)" tells the item from its fields; and those chosen
// ("chose Afghanistan").
func (u unlistedNames) said() string {
	var typed, chosen []string
	for _, n := range u.names {
		switch f := u.fields[n]; {
		case slices.Contains(u.picked, n):
			chosen = append(chosen, n)
		case f != "":
			typed = append(typed, n+" ("+f+")")
		default:
			typed = append(typed, n)
		}
	}
	var out []string
	if len(typed) > 0 {
		out = append(out, "typed "+strings.Join(typed, ", "))
	}
	if len(chosen) > 0 {
		out = append(out, "chose "+strings.Join(chosen, ", "))
	}
	return strings.Join(out, " and ")
}

// unlistedWarning says which procedures left made what no kept subject lists (see left); ""
// when none did. One that typed a name and passed did, and so did one that drifted but
// carried on past every drift to its last step (Strapi's "Adding folders", through "New >
// New folder" to "Create folder"); one that stopped may have saved nothing, and its failure
// is said already.
func (c *collector) unlistedWarning() string {
	var said []string
	for _, u := range c.unlistedBy {
		if u := u.left(); len(u.names) > 0 {
			said = append(said, fmt.Sprintf("%q (%s:%d) %s", u.p.Name, u.p.Doc, u.p.At.Line, u.said()))
		}
	}
	if len(said) == 0 {
		return ""
	}
	if c.noneKept {
		return strings.Join(said, "; ") + "; no profile says how to remove what the product makes, so what was made under these names is still on it: remove it by hand, or describe its kind with a [[product.subject]] in docdrift.toml and the run removes it"
	}
	// (A list that does not show a name may mean the product kept nothing under it: a
	// procedure whose last click drifted saved nothing. The run cannot tell, so it says both.)
	return strings.Join(said, "; ") + "; no list of a subject the profile keeps showed these names afterwards, so whatever the product kept under them is still on it: keep its kind with a [[product.subject]] in docdrift.toml"
}

// ranToItsEnd reports a procedure whose every step ran: it passed, or it drifted and the run
// carried on past each drift — not one whose last step drifted with nothing to carry on
// with (Medusa's "click the Create button" in a form whose button is Save: nothing saved).
func ranToItsEnd(p *results.Procedure) bool {
	if p.Status == results.Passed {
		return true
	}
	return p.Status == results.Drifted && !slices.ContainsFunc(p.Steps, func(s results.Step) bool {
		return s.Status == results.Skipped || s.Status == results.Broken || s.Status == results.NotUnderstood ||
			s.Status == results.Drifted && !s.Continued()
	})
}

// cleanupFailed fails a procedure whose accounts the run's cleanup could not delete, after the
// scenario ended or while it ends.
func (c *collector) cleanupFailed(sc *godog.Scenario, err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	p := c.find(sc)
	if p == nil {
		return
	}
	cleanupStep(p, err)
	if p.Status != "" {
		p.Status = verdict(p.Steps)
	}
}

// cleanupStep adds to a procedure the cleanup that failed after its steps.
func cleanupStep(p *results.Procedure, err error) {
	p.SkipReason = ""
	p.Steps = append(p.Steps, results.Step{Step: featuregen.Step{Text: "clean up", At: p.At}, Status: results.Broken, Err: err})
}

// verdict settles a procedure from its steps: broken over drifted over not understood — but a
// drift recorded before the environment failed stays the verdict, since the failure may well
// be its consequence (the broken step is still reported beside it); a procedure whose every
// step that ran happened elsewhere was not checked.
func verdict(steps []results.Step) results.Status {
	status, ran, elsewhere := results.Passed, 0, 0
	for _, s := range steps {
		switch s.Status {
		case results.Broken:
			if status == results.Drifted {
				return results.Drifted
			}
			return results.Broken
		case results.Drifted:
			status = results.Drifted
		case results.NotUnderstood:
			if status == results.Passed {
				status = results.NotUnderstood
			}
		case results.NotChecked:
			elsewhere++
		}
		if s.Status != results.Skipped {
			ran++
		}
	}
	if status == results.Passed && ran > 0 && elsewhere == ran {
		return results.NotChecked
	}
	return status
}

// surfacesOf names where a procedure's steps happen, each surface once, in the doc's order:
// "BigCommerce home, email".
func surfacesOf(steps []results.Step) string {
	var names []string
	for _, s := range steps {
		if s.Surface != "" && !slices.Contains(names, s.Surface) {
			names = append(names, s.Surface)
		}
	}
	return strings.Join(names, ", ")
}

// elsewhere marks every procedure of a doc about a product no target answers for.
func (c *collector) elsewhere(doc, surface string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, p := range c.procs {
		if p.Doc != doc || p.Status != "" {
			continue
		}
		p.Status, p.Surface = results.NotChecked, surface
		for i := range p.Steps {
			p.Steps[i].Status, p.Steps[i].Surface = results.NotChecked, surface
		}
	}
}

// notRun marks the procedures that godog started after the run was cancelled, and that
// failed only for that, as not run: an interrupted run is not a broken environment.
func (c *collector) notRun() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, p := range c.procs {
		if p.Status != results.Broken {
			continue
		}
		cancelled := true
		for _, s := range p.Steps {
			if s.Status == results.Passed || s.Status == results.Drifted || s.Status == results.Broken && !errors.Is(s.Err, context.Canceled) {
				cancelled = false
			}
		}
		if cancelled {
			p.Status, p.SkipReason = results.Skipped, "not run: the run was interrupted"
		}
	}
}

// spend adds time the run spent outside its scenarios.
func (c *collector) spend(s results.Spent) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.spent.Add(s)
}

func (c *collector) result(d time.Duration) *results.Result {
	c.mu.Lock()
	defer c.mu.Unlock()
	leftovers := c.leftovers
	if w := c.unlistedWarning(); w != "" {
		leftovers = strings.TrimPrefix(leftovers+"; ", "; ") + w
	}
	r := &results.Result{Duration: d, Leftovers: leftovers, Spent: c.spent}
	for _, p := range c.procs {
		if p.Status == "" { // never started: the run was interrupted
			p.Status, p.SkipReason = results.Skipped, "not run: the run was interrupted"
		}
		r.Procedures = append(r.Procedures, *p)
	}
	return r
}

// tagsAbove reads the tag line just above a feature's "Scenario:" line.
func tagsAbove(feature []byte, scenarioLine int) map[string]bool {
	lines := bytes.Split(feature, []byte("\n"))
	tags := map[string]bool{}
	for i := scenarioLine - 2; i >= 0; i-- {
		line := strings.TrimSpace(string(lines[i]))
		if !strings.HasPrefix(line, "@") {
			break
		}
		for _, t := range strings.Fields(line) {
			tags[t] = true
		}
	}
	return tags
}
