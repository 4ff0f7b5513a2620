// Package steps is docdrift's step vocabulary: the sentences of how-to docs it can perform, as
// godog step definitions that drive a browser session through a store control panel the way a
// reader would — by visible labels, never by one build's CSS classes.
//
// Vocabulary lists the phrase families; Register binds them, with per-scenario state, to a
// godog scenario; Observer receives each step's outcome with the evidence a report needs.
package steps

import (
	"context"
	"regexp"
	"strings"
	"sync/atomic"
	"time"

	"github.com/cucumber/godog"
	"github.com/docdrift/docdrift/internal/browser"
	"github.com/docdrift/docdrift/internal/redact"
	"github.com/docdrift/docdrift/internal/results"
	"github.com/docdrift/docdrift/internal/understand"
	"github.com/go-rod/rod/lib/proto"
)

// Config is what every scenario of a run shares.
type Config struct {
	BaseURL     string        // the control panel's address, e.g. http://127.0.0.1:41234
	Login       Login         // how to log in, and as whom
	StepTimeout time.Duration // bounds every step; 0 means DefaultStepTimeout
	RunID       string        // names what a run creates: docdrift-<RunID>-<n>
	// Serial hands out the <n> of those names, unique across the run's scenarios even when
	// they run at once (see Counter); a counter per scenario when nil.
	Serial func() int64
	// Now is the run's clock, for the dates a step makes up (a start, an expiry); time.Now
	// when nil.
	Now func() time.Time
	// KeepGoing carries on with the one confident candidate when a label drifted, so a run
	// lists every mismatch of a procedure; the scenario still fails.
	KeepGoing bool
	// Scope is the option chosen where the doc describes one instead of naming it ("select
	// at least the minimal scopes"): the first group of options of the section gets it. ""
	// takes the group's first option not already chosen.
	Scope string
	// Icons are more names an icon the docs describe may have on this product: "gears" →
	// ["More actions"]. Keys are the docs' words, matched without case.
	Icons map[string][]string
	// Aliases map a label as the docs write it to the label the product shows, for a known
	// and accepted difference (a product renamed on purpose, an edition's wording).
	Aliases map[string]string

	// ShotAfter, when set, asks for a capture of a step that ran beyond the failed and drifted
	// ones (reports show a picture per step; doc images are compared with them); index is the
	// step's place in the scenario.
	ShotAfter func(sc *godog.Scenario, index int) bool
	// Values gives a scenario's value directives: field label → what to type.
	Values func(sc *godog.Scenario) map[string]string
	// Listed tells how the lead-in above a scenario's step lists it (the feature's "listed as"),
	// so the step reads as explain read it; index is the step's place in the scenario. Nil
	// reads every step alone.
	Listed func(sc *godog.Scenario, index int) understand.Listing
	// Client gives the doc heading that names the app a scenario's steps happen in ("###
	// Android", or "## iOS" above the procedure's own), so its steps read as explain read
	// them. Nil, or "", places them on the product.
	Client func(sc *godog.Scenario) string
	// Intro gives the paragraph just before a scenario's steps in its doc ("Although the 2
	// default end-user roles cannot be deleted, …"): its words name the item it acts on too.
	Intro func(sc *godog.Scenario) string
	// Setup gives, for a scenario that acts on an item no subject of the profile makes, the
	// scenario of its doc that makes one ("Creating an API token" for "Regenerating an API
	// token"), whose steps the scenario then performs first; nil when the doc has none.
	Setup func(sc *godog.Scenario) *godog.Scenario
	// MakerOf gives the scenario of a doc of the run that makes items of a kind ("customer")
	// on their own: sc's doc's first, else another's ("Create a Customer" in the customers
	// guide for "Add Customers to a Group" in the groups guide); never one that only puts
	// items into another ("Add Customer to Groups"). nil when no doc of the run makes one.
	MakerOf func(sc *godog.Scenario, kind string) *godog.Scenario
	// Procedure gives the other procedure of sc's doc that does what a step of sc asks in a
	// few words ("Create a new Application Password"); nil when there is none (see
	// Scenario.asProcedure).
	Procedure func(sc *godog.Scenario, step string) *godog.Scenario
	// First gives the scenario of sc's doc that its intro says is done before it ("You can
	// only delete a key after [revoking it](#revoke-a-key)"), performed on the scenario's item
	// before its own steps; nil when it names none. continues says it is the part numbered
	// before sc's ("### 1. Enable Shipping Mode"), which sc goes on from where it ended
	// instead of beginning again.
	First func(sc *godog.Scenario) (first *godog.Scenario, continues bool)
	// ItemPage gives the scenario of sc's doc that opens the page of the item whose part sc's
	// heading names, when sc begins on that page without saying so ("Manage Product Tag
	// Metadata: 1. Click the arrow icon in the Metadata section"), performed on the scenario's
	// item before its own steps; nil when sc says where it begins.
	ItemPage func(sc *godog.Scenario) *godog.Scenario
	// Adder gives the scenario of sc's doc that adds to an item what sc removes from it or
	// edits in it ("Add Sales Channels" for "Remove Sales Channels", both on a key's page;
	// "Create Tax Rate Override" for "Edit Tax Rate Override"), performed on the scenario's
	// item before its own steps, as First's is; nil when there is none.
	Adder func(sc *godog.Scenario) *godog.Scenario
	// Teardown gives, for a scenario that made an item (or had one made by Setup) that no
	// subject of the profile removes, the scenario of its doc that removes one ("Deleting an
	// API token"), performed on that item when the scenario ends; nil when the doc has none.
	Teardown func(sc *godog.Scenario) *godog.Scenario

	// Cookies, when set, are a saved log-in session: every new page gets them before it opens
	// the panel, and the log-in step only checks that the panel let it in.
	Cookies []*proto.NetworkCookieParam

	// Secrets collects the secret values the steps see (what a credentials pop-up or a
	// downloaded credentials file shows) so nothing docdrift writes carries them; may be nil.
	Secrets *redact.Secrets

	// Surfaces are the names the docs use for the product the run drives ("store", "control
	// panel", "Strapi admin panel"); a step that moves to another named site is not checked.
	Surfaces []string
	// Home, when set, names what a scenario's doc calls the product the run drives, when the
	// doc was routed to this target by that name ("Sign in to the Acme console").
	Home func(sc *godog.Scenario) string
	// Sessions, when set, keeps the run's first sign-in for the procedures after it, which
	// reuse it instead of signing in again (products rate-limit log-ins); nil signs in
	// every time.
	Sessions *SessionCache

	// Start is where a procedure begins, signed in; "" is BaseURL. SignInURL is where the
	// sign-in form is, when opening Start does not lead there.
	Start, SignInURL string
	// Subjects are the kinds of item the product's docs act on: a procedure that acts on one
	// it does not create gets a fresh one of the kind its words name, removed at its end.
	Subjects Subjects
	// PageSecrets are shapes of text on the product's pages that are secret, beyond what the
	// steps find by themselves: masked in pictures and redacted from everything written.
	PageSecrets []*regexp.Regexp
	// CloseLabels name the buttons that put away the product's own interstitials, beyond the
	// words any reader knows (profile.Profile.Close).
	CloseLabels []string

	// Open gives a scenario its page: a fresh incognito one, or one as good (browser.Pool).
	Open func(ctx context.Context) (*browser.Session, error)
	// Cleanup, when set, takes what a scenario created, to delete later with others' (in
	// bulk), instead of the scenario deleting it through Subjects at its end.
	Cleanup func(ctx context.Context, sc *godog.Scenario, made Made)
	// Release, when set, takes a scenario's session back at its end instead of closing it;
	// reusable says the page was sound to the end — the scenario passed, or failed only
	// because the doc and the UI disagree (drift) or a sentence was not understood — so the
	// session is fit to lend again.
	Release  func(sess *browser.Session, reusable bool) error
	Observer Observer
}

// DefaultStepTimeout bounds a step when Config.StepTimeout is zero.
const DefaultStepTimeout = 10 * time.Second

// Login is whom to sign in as, and optionally the labels of the log-in form's parts when
// their roles alone do not tell them (a form with two text fields before the password). The
// password never appears in features, logs or reports.
type Login struct {
	Username, Password string
	UsernameLabel      string // the user or email field; found by role unless set
	PasswordLabel      string // the password field; found by role unless set
	SubmitLabel        string // the form's submit button; found by role unless set
}

// Observer receives every step's outcome, skipped steps included, in order, then the end of
// the scenario with any error cleaning up after it (an account a run could not delete) and
// where its time went besides its steps.
type Observer interface {
	StepDone(sc *godog.Scenario, index int, out Outcome)
	ScenarioDone(sc *godog.Scenario, cleanup error, spent results.Spent)
}

// Outcome is what happened to one step.
type Outcome struct {
	Status   godog.StepResultStatus
	Err      error         // why it failed; for a continued drift, the mismatch
	Drifted  bool          // a mismatch was recorded but the run carried on with the closest label
	Duration time.Duration // time spent in the step
	// NotChecked names where the step happens when the run does not answer for it (another
	// product's site, a terminal, a file): it was reported, not performed.
	NotChecked string
	// Notes say what the step did that the doc does not ask: closing a welcome dialog that
	// opened by itself.
	Notes []string
	// Screenshot is a PNG of the page after the step (failed and drifted steps, or every step
	// that ran when Config.ShotAfter asks), secrets masked.
	Screenshot []byte
}

// start is where a procedure begins.
func (c *Config) start() string {
	if c.Start != "" {
		return c.Start
	}
	return c.BaseURL
}

// HousekeepingTimeout bounds removing items behind the pages' back: a step's time to sign in,
// one for each subject with a keeper, since each may open its own list, and a reader's few
// steps for each of items deleted (its row's control, a menu's item, the confirmation). A
// bound for sign-in and lists alone ran out on Strapi's eight lists, and a list cut off
// mid-load looked like one that never loads.
func (c *Config) HousekeepingTimeout(items int) time.Duration {
	kept := len(c.Subjects) - len(c.Subjects.Unkept())
	return c.stepTimeout() * time.Duration(1+kept+3*items)
}

func (c *Config) stepTimeout() time.Duration {
	if c.StepTimeout > 0 {
		return c.StepTimeout
	}
	return DefaultStepTimeout
}

func (c *Config) value(sc *godog.Scenario, field string) (string, bool) {
	if c.Values == nil {
		return "", false
	}
	for k, v := range c.Values(sc) {
		if strings.EqualFold(k, field) {
			return v, true
		}
	}
	return "", false
}

// answersFor reports whether a surface the docs name is the run's target: one of its names
// appears in it ("the BigCommerce control panel" holds "control panel"), or it appears in one.
func (c *Config) answersFor(surface string) bool {
	for _, name := range c.Surfaces {
		if SameSurface(name, surface) {
			return true
		}
	}
	return false
}

// SameSurface reports whether two names of a web UI name the same one: one holds the other
// ("the BigCommerce control panel" and "control panel"), case aside.
func SameSurface(a, b string) bool {
	a, b = strings.ToLower(strings.TrimSpace(a)), strings.ToLower(strings.TrimSpace(b))
	return a != "" && b != "" && (strings.Contains(a, b) || strings.Contains(b, a))
}

// Counter hands out 1, 2, 3, … to goroutines at once: the Serial of every pass and target
// that share a RunID, so that a retry never types a name its first attempt typed.
func Counter() func() int64 {
	var n atomic.Int64
	return func() int64 { return n.Add(1) }
}

// today is the run's day, by its clock.
func (c *Config) today() time.Time {
	if c.Now != nil {
		return c.Now()
	}
	return time.Now()
}
