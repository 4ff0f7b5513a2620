package steps

import (
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/cucumber/godog"
	"github.com/docdrift/docdrift/internal/browser"
	"github.com/docdrift/docdrift/internal/results"
	"github.com/docdrift/docdrift/internal/understand"
	"github.com/go-rod/rod/lib/proto"
)

// Scenario is the state of one running procedure: its browser session, the account it acts
// on, and what the steps have seen so far.
type Scenario struct {
	cfg     *Config
	pickle  *godog.Scenario
	session *browser.Session
	spent   results.Spent // where its time went besides its steps

	index    int      // of the running step in the pickle
	loggedIn bool     // a log-in page from now on means the session ended
	moves    uint64   // the page's navigations as of the last settle
	subject  string   // the item the procedure creates or acts on
	kind     *Subject // the subject it is of, when the run made it
	madeAs   string   // the kind the doc's own making procedure made it as ("API token"), when it did
	madePast string   // that making procedure, when the run carried it past a drift
	itemAt   string   // the address of the item's own page, once a step opened it
	created  []string
	// of maps names of created known to be of a kept subject to it (see Made.Of).
	of map[string]string
	// setUp are the names of created typed by the doc's own making procedure (see Made).
	setUp []string
	// picks are the options the run chose for the reader where the doc names none, in turn.
	// An item its procedure names by none typed (a tax region, by its country) is known by
	// the first it chose: pickedItem, made first as the doc makes one when pickedFirst.
	picks       []string
	pickedItem  string
	pickedFirst bool
	// aside is what was made, as a doc makes it, for another use than being acted on: for
	// the doc's making procedure to act in, or for a step to pick (see Made.Aside).
	aside []aside
	// madeBefore are the items of other kinds than the procedure's that procedures done
	// before its steps made (the address "Add Customer Address" added to its customer).
	madeBefore []madeItem
	// toPick maps a kind a step picks from a list ("customer") to the item made for it.
	toPick   map[string]string
	ownPicks int // where the procedure's own steps' picks begin, past its preconditions'
	// kept are the names of created a subject's keeper made, not typed (see Made).
	kept []string
	// making is set while the doc's own making procedure makes the item this one acts on.
	making bool
	// makingFrom is where in created the names typed by that making begin.
	makingFrom int
	// makingMakers is set while the item a maker acts in is made (makeMakersOwn).
	makingMakers bool
	// uploaded are the files the scenario's uploads gave the product, by name (see sampleFile).
	uploaded []string
	// typedInto maps a name of created to the field it was typed into, as the doc calls it.
	typedInto map[string]string
	// renamed maps a name the doc gave a new item ("md2wp") to the run-scoped name typed
	// instead, so later steps that name it find it.
	renamed map[string]string
	names   int64 // names handed out by this scenario, when the run has no Serial
	// madePassword is the password this scenario types where the run has none of its own.
	madePassword string
	// gavePassword is set once a step typed the run's own password into a form field: a
	// product may end the session when that form is saved.
	gavePassword bool
	// keptShown is set once a step typed back what a field showed — the signed-in account's
	// own first name, its email — and typedOther once one typed anything else: a form that
	// got only the former has nothing to save, and many pages keep **Save** off until a
	// change.
	keptShown, typedOther bool
	// signedOut counts the times the product ended the session after that, and the run
	// signed in again: the 401s of the ended session are no refusal of a step.
	signedOut int
	// afterSignIn is set when the last act performed signed in: a click on the form's
	// submit button that the doc gives as the next step was part of it.
	afterSignIn bool

	// Waits armed before a click whose effect a later step checks.
	dialog   *browser.DialogWait
	download func(ctx context.Context) (browser.Download, error)
	shown    map[string]string // label → value the credentials dialog showed; secret
	drifts   []error           // mismatches carried past, in step order
	drifted  bool              // the running step recorded one
	// refilling: a form turned down for fields its doc does not fill is pressed again, once
	// filled (fillUnsaid); turned down again, it stays so.
	refilling bool
	// turnedDownBy are the fields a form check turned the last action down for, sending
	// nothing (see caused).
	turnedDownBy []browser.Field
	started      time.Time
	inStep       bool // one of the procedure's own steps is running (not one made as a doc says)

	// clickSettles are the settles the procedure's clicks on the page it is on (move count
	// clicksAt) waited through, from the first after the click to the one it ended at: see
	// openedByAClick.
	clickSettles []settleSpan
	clicksAt     uint64
	// putAways counts the interstitials the running step closed; notes say what it did that
	// the doc does not.
	putAways int
	notes    []string
	// passingOver is set while a conditional or optional step looks for what it names: its
	// absence is an answer, not a sign that a dialog is in the way.
	passingOver bool
	// optional is set while an optional step with no condition is performed ("(optional)
	// Write a username"): a field it gives no value for is looked for, and left as it is.
	optional bool
	// choice is set while a step the doc leaves to the reader's choice is looked at ("If the
	// product has variants, enable …"): its boxes are found, not toggled.
	choice bool
	// hoveredRow is the row the running step pointed at to reveal its actions.
	hoveredRow string
	// triedAccountMenu says the running step opened the account's menu to look for a label.
	triedAccountMenu bool
	// triedRowMenu says the running step opened a row's menu to look for a label.
	triedRowMenu bool
	// triedDrawn is the name the running step last looked for among what the page only
	// draws as clickable.
	triedDrawn string
	// triedTooltips is the name the running step last looked for among the tooltips of
	// controls with no name.
	triedTooltips string
	// pressed are the procedure's last presses, and triedReopen says the running step pressed
	// one of them again (see reopen).
	pressed     []pressedAt
	triedReopen bool
	// calling is set while a step is done as another procedure of the doc says (asProcedure).
	calling bool

	// away is the other product's site the procedure moved to ("Sign in to the Okta Admin
	// Console"), "" while it is on the run's own target.
	away string
	// ownSite is the name the procedure first used for the run's target, when the run gave
	// the target no names.
	ownSite string
	// notChecked names where the running step happens when the run does not answer for it.
	notChecked string
	// unnamed counts the running step's outcomes that name nothing to look for.
	unnamed int
	tmp     string // a folder for files the scenario uploads; removed at its end
	// uploadNamed is what the running step says to upload ("a picture"), for a file picker
	// its click opens; picked is set once the step answered one, which is then its upload.
	uploadNamed string
	picked      bool
	// ticked is, by the kind a step called it ("channel"), the row a reader's pick ticked
	// ("Default Sales Channel"): what a later step removes again ("the sales channel you
	// want to remove").
	ticked map[string]string
	// apiAuth are the headers the product's REST API wants beside the page's cookies, once
	// read in this page; nil before.
	apiAuth map[string]string
}

// Register binds the vocabulary to sc with fresh per-scenario state. It is the godog
// ScenarioInitializer body: call it once per scenario.
func Register(sc *godog.ScenarioContext, cfg *Config) {
	s := &Scenario{cfg: cfg}
	sc.Before(s.begin)
	sc.StepContext().Before(s.beforeStep)
	sc.StepContext().After(s.afterStep)
	sc.After(s.end)
	// One step definition reads every sentence: what a sentence asks is understand's to say.
	sc.Step(`^(.+)$`, s.performOwn)
}

// performOwn performs a step of the scenario's own procedure.
func (s *Scenario) performOwn(ctx context.Context, text string) error {
	return s.notMadePast(ctx, s.perform(ctx, text))
}

// doneBefore is a procedure done before the scenario's steps, and whether what comes after it
// goes on from where it ended (a part numbered before the next) rather than beginning again.
type doneBefore struct {
	sc        *godog.Scenario
	continued bool
}

// firsts is what the doc says is done before sc (Config.First), and before that in turn —
// "3. Create Shipping Options" after "2. Create Service Zone" after "1. Enable Shipping Mode"
// — earliest first; a loop in the doc's links ends it.
func (s *Scenario) firsts(sc *godog.Scenario) []doneBefore {
	if s.cfg.First == nil {
		return nil
	}
	var out []doneBefore
	seen := map[string]bool{sc.Name: true}
	f, continues := s.cfg.First(sc)
	for f != nil && !seen[f.Name] {
		seen[f.Name] = true
		out = append([]doneBefore{{f, continues}}, out...)
		f, continues = s.cfg.First(f)
	}
	return out
}

func (s *Scenario) begin(ctx context.Context, sc *godog.Scenario) (context.Context, error) {
	s.pickle = sc
	s.index = -1
	if err := s.openSession(ctx); err != nil {
		return ctx, err
	}
	firsts := s.firsts(sc)    // what the doc says comes first, on the same item, earliest first
	var added *godog.Scenario // what adds to the item what the procedure removes from it or edits
	if len(firsts) == 0 && s.cfg.Adder != nil {
		if added = s.cfg.Adder(sc); added != nil {
			// "2. Create Service Zone" after "1. Enable Shipping Mode", as the doc says.
			firsts = s.firsts(added)
		}
	}
	var onPage *godog.Scenario // what opens the page the procedure begins on without saying so
	if s.cfg.ItemPage != nil {
		onPage = s.cfg.ItemPage(sc)
	}
	if needsSubject(sc) || slices.ContainsFunc(firsts, func(d doneBefore) bool { return needsSubject(d.sc) }) || added != nil && needsSubject(added) || onPage != nil && needsSubject(onPage) {
		defer timed(&s.spent.Preconditions)()
		kind := s.cfg.subjectOf(sc)
		err := s.ensure(ctx, kind)
		if (kind == nil || kind.Keeper == nil) && s.cfg.Setup != nil {
			if maker := s.cfg.Setup(sc); maker != nil {
				err = s.makeAsDocSays(ctx, maker)
			}
		}
		if err != nil {
			return ctx, fmt.Errorf("precondition: %w", err)
		}
	}
	if err := s.backdrops(ctx); err != nil {
		return ctx, fmt.Errorf("precondition: %w", err)
	}
	procs := []*godog.Scenario{sc, added}
	for _, f := range firsts {
		procs = append(procs, f.sc)
	}
	if err := s.pickables(ctx, procs...); err != nil {
		return ctx, fmt.Errorf("precondition: %w", err)
	}
	for i, first := range firsts {
		next := sc
		switch {
		case i+1 < len(firsts):
			next = firsts[i+1].sc
		case added != nil:
			next = added
		}
		// A part goes on where the one before it ended, unless it says where to go first.
		again := !first.continued || goesFirst(next)
		if err := s.doFirst(ctx, first.sc, again, "do first what the doc says comes first", "did first what %q says, as the doc asks"); err != nil {
			return ctx, fmt.Errorf("precondition: %w", err)
		}
	}
	if added != nil {
		if err := s.doFirst(ctx, added, true, "add first what the procedure acts on", "did first what %q says: the procedure acts on what that adds"); err != nil {
			return ctx, fmt.Errorf("precondition: %w", err)
		}
	}
	if onPage != nil {
		if err := s.beginOn(ctx, onPage); err != nil {
			return ctx, fmt.Errorf("precondition: %w", err)
		}
	}
	s.ownPicks = len(s.picks)
	return ctx, nil
}

// openSession takes a browser session for the scenario, sized and with the run's cookies.
func (s *Scenario) openSession(ctx context.Context) error {
	defer timed(&s.spent.Sessions)()
	sess, err := s.cfg.Open(ctx)
	if err != nil {
		return fmt.Errorf("open a browser session: %w", err)
	}
	s.session = sess
	// A laptop-sized window, as the docs' screenshots were taken: layout cues like "at the
	// lower right" depend on it.
	if err := sess.Page.Context(ctx).SetViewport(&proto.EmulationSetDeviceMetricsOverride{Width: 1280, Height: 800}); err != nil {
		return fmt.Errorf("size the browser window: %w", err)
	}
	if s.cfg.Cookies != nil {
		if err := sess.Page.Context(ctx).SetCookies(s.cfg.Cookies); err != nil {
			return fmt.Errorf("restore the saved session: %w", err)
		}
	}
	s.download = sess.ExpectDownload()
	return nil
}

// timed adds the time until the returned func is called to *part: defer timed(&part)().
func timed(part *time.Duration) func() {
	start := time.Now()
	return func() { *part += time.Since(start) }
}

func (s *Scenario) beforeStep(ctx context.Context, st *godog.Step) (context.Context, error) {
	s.index = stepIndex(s.pickle, st)
	s.resetStep()
	s.started, s.inStep = time.Now(), true
	return ctx, nil
}

// resetStep forgets what the previous step left: its drift, where it was not checked, what it
// put away and hovered.
func (s *Scenario) resetStep() {
	s.drifted, s.notChecked = false, ""
	s.putAways, s.hoveredRow, s.triedAccountMenu, s.triedRowMenu, s.triedDrawn, s.triedReopen = 0, "", false, false, "", false
	s.triedTooltips = ""
}

func (s *Scenario) afterStep(ctx context.Context, st *godog.Step, status godog.StepResultStatus, err error) (context.Context, error) {
	// Notes taken before the first step (signing in for a precondition) go to the first.
	out := Outcome{Status: status, Err: err, Drifted: s.drifted, NotChecked: s.notChecked, Notes: s.notes}
	s.notes, s.inStep = nil, false
	var m *Mismatch
	if status == godog.StepFailed && errors.As(err, &m) && !s.alive() {
		// What looked like a missing label was a browser that died under the step.
		out.Err = fmt.Errorf("the browser stopped answering (%v)", err)
	}
	if status == godog.StepPassed || status == godog.StepFailed {
		out.Duration = time.Since(s.started)
	}
	if s.drifted && err == nil {
		out.Err = s.drifts[len(s.drifts)-1]
	}
	ran := status == godog.StepPassed || status == godog.StepFailed
	switch {
	case s.session == nil:
	case status == godog.StepFailed || s.drifted || (ran && s.cfg.ShotAfter != nil && s.cfg.ShotAfter(s.pickle, stepIndex(s.pickle, st))):
		done := timed(&s.spent.Screenshots)
		out.Screenshot = s.screenshot()
		done()
	case ran:
		s.noteShownSecrets() // a key the step revealed is redacted even with no picture taken
	}
	if s.cfg.Observer != nil {
		s.cfg.Observer.StepDone(s.pickle, stepIndex(s.pickle, st), out)
	}
	return ctx, nil
}

// knownByPick makes the item of a procedure that makes one but typed no name ("Create Tax
// Region": its country chosen, nothing typed) known by the first option its own steps chose.
func (s *Scenario) knownByPick(sc *godog.Scenario) {
	own := s.picks[min(s.ownPicks, len(s.picks)):]
	if s.pickedItem == "" && len(s.created) == 0 && len(own) > 0 && understand.HeadingMakes(sc.Name) {
		s.pickedItem = own[0]
	}
}

// removed forgets the item the doc's own removal removed, and the names typed into its form;
// what the profile made beside it (a group to pick from, a backdrop) is still to remove.
func (s *Scenario) removed() {
	s.created = slices.DeleteFunc(s.created, func(n string) bool { return !slices.Contains(s.kept, n) })
	s.setUp, s.pickedItem = nil, ""
}

// made is what the scenario leaves for the run's cleanup: names, the items they were typed for
// and how, and the item known by the option chosen for it, which only a warning concerns.
func (s *Scenario) made(names []string, sc *godog.Scenario) Made {
	m := Made{Names: names, Of: s.of, SetUp: s.setUp, Uploaded: s.uploaded, Kept: s.kept, Fields: s.typedInto, DeletesOwn: deletesOwn(sc)}
	if s.pickedItem != "" {
		m.Picked = []string{s.pickedItem}
		if s.pickedFirst {
			m.SetUp = append(slices.Clip(m.SetUp), s.pickedItem)
		}
	}
	var picked []string
	m.Aside, picked = s.asideNames()
	m.Picked = append(slices.Clip(m.Picked), picked...)
	return m
}

// end deletes what the scenario created, pass or fail (or hands it to the run's cleanup), and
// fails a scenario whose steps only passed because the run carried on past a drift.
func (s *Scenario) end(ctx context.Context, sc *godog.Scenario, err error) (context.Context, error) {
	var errs []error
	cleaned := timed(&s.spent.Cleanup)
	s.knownByPick(sc)
	if s.removeAsDocSays(ctx, sc) {
		s.removed()
	}
	s.removeAside(ctx, sc)
	// (A file uploaded stays: the product kept it at once, whatever became of the item.)
	if made := append(slices.Clip(s.created), s.uploaded...); len(made) > 0 || s.pickedItem != "" || len(s.aside) > 0 {
		cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), s.cfg.HousekeepingTimeout(len(made)))
		if s.cfg.Cleanup != nil {
			s.cfg.Cleanup(cctx, sc, s.made(made, sc))
		} else if cerr := Concerning(s.cfg.Subjects.Delete(cctx, made, s.of), made); cerr != nil {
			// (What no list shows was no item of a kept subject: nothing to delete here.)
			errs = append(errs, fmt.Errorf("clean up %s: %w", strings.Join(made, ", "), cerr))
		}
		cancel()
	}
	cleaned()
	s.releaseSession(soundPage(err) && len(errs) == 0)
	if s.tmp != "" {
		_ = os.RemoveAll(s.tmp)
	}
	if s.cfg.Observer != nil {
		s.cfg.Observer.ScenarioDone(sc, errors.Join(errs...), s.spent)
	}
	if err == nil && len(s.drifts) > 0 {
		errs = append(errs, fmt.Errorf("%d step(s) drifted from the UI", len(s.drifts)))
	}
	return ctx, errors.Join(errs...)
}

// releaseSession gives the session back to the run's pool (to be reused when the scenario
// passed) or closes it.
func (s *Scenario) releaseSession(passed bool) {
	if s.session == nil {
		return
	}
	defer timed(&s.spent.Sessions)()
	// A session that cannot close means the browser is gone; the step that met that already
	// failed, and the next scenario's session will say so again.
	if s.cfg.Release != nil {
		_ = s.cfg.Release(s.session, passed)
	} else {
		_ = s.session.Close()
	}
}

// soundPage tells whether a scenario that ended with err left its page as a reader would:
// it passed, or stopped at a label the UI does not have or a sentence not understood. Any
// other failure (a page that never loaded, a browser that stopped answering) may have left it
// stuck. Drift is the night a UI changed: most procedures end so, and a new browser context
// for each would load the product cold each time.
func soundPage(err error) bool {
	var m *Mismatch
	var nu *NotUnderstood
	return err == nil || errors.As(err, &m) || errors.As(err, &nu)
}

// alive reports whether the session's page still answers.
func (s *Scenario) alive() bool {
	if s.session == nil {
		return false
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	_, err := s.session.Page.Context(ctx).Eval(`() => true`)
	return err == nil
}

// step bounds one step's work by the step timeout.
func (s *Scenario) step(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, s.cfg.stepTimeout())
}

// nextStepText is the text of the step after the running one, "" at the end.
func (s *Scenario) nextStepText() string {
	if s.pickle == nil || s.index+1 >= len(s.pickle.Steps) {
		return ""
	}
	return s.pickle.Steps[s.index+1].Text
}

func stepIndex(sc *godog.Scenario, st *godog.Step) int {
	for i, p := range sc.Steps {
		if p.Id == st.Id {
			return i
		}
	}
	return -1
}

// goesFirst reports a procedure whose first step says where to go or to sign in ("Go to the
// location's details page"): a reader begins it there, wherever the last one ended.
func goesFirst(sc *godog.Scenario) bool {
	if len(sc.Steps) == 0 {
		return false
	}
	acts := understand.Read(sc.Steps[0].Text).Acts
	return len(acts) > 0 && (acts[0].Verb == understand.Go || acts[0].Verb == understand.SignIn)
}

// needsSubject reports whether a procedure acts on an item it does not create itself: it
// picks one ("Select the check box next to the user") before any step types a new one's
// name — or, editing it, the item's other fields.
func needsSubject(sc *godog.Scenario) bool {
	for _, st := range sc.Steps {
		for _, a := range understand.Read(st.Text).Acts {
			switch {
			case a.Target.Subject, a.Verb == understand.Check && a.Target.Label() == "" && a.Target.Words == "",
				a.Target.Icon != "" && inColumn(a.In), inItemsView(a.In), a.Verb == understand.Go && understand.ItemsPage(a.Target):
				return true // picks an item before typing anything: one that exists ("Editing an account")
			case a.Verb == understand.Enter, a.Verb == understand.Exists:
				return false // types its item's name first, or says it exists
			}
		}
	}
	return false
}

// inItemsView reports an act in a view of the reader's items ("In the edit view of your
// content-type", "In the list view of your collection type"): they exist, as the doc assumes.
func inItemsView(in []understand.Where) bool {
	return slices.ContainsFunc(in, func(w understand.Where) bool { return w.Kind == understand.ItemPage || w.Kind == understand.ItemList })
}

func inColumn(in []understand.Where) bool {
	for _, w := range in {
		if w.Kind == "column" || w.Kind == "row" {
			return true
		}
	}
	return false
}
