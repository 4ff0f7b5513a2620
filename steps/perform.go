package steps

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/docdrift/docdrift/internal/understand"
	"github.com/go-rod/rod"
)

// NotUnderstood is a step docdrift could not read: the procedure ran up to it and stops
// there. It is neither drift nor a broken environment.
type NotUnderstood struct {
	Why string
}

func (e *NotUnderstood) Error() string { return "not understood: " + e.Why }

// NotChecked is a step that happens where no target of the run answers — another product's
// site, a terminal, a file: the step is reported, not performed.
type NotChecked struct {
	Surface string
}

func (e *NotChecked) Error() string { return "not checked here: " + e.Surface }

// perform is docdrift's one step definition: the step's text is the doc's own sentence,
// understand says what it asks, and each act it asks for is done by its performer.
func (s *Scenario) perform(ctx context.Context, text string) error {
	listed := understand.Alone
	if s.cfg.Listed != nil {
		listed = s.cfg.Listed(s.pickle, s.index)
	}
	m := understand.ReadListed(text, listed)
	if s.cfg.Client != nil {
		m = understand.InClient(m, s.cfg.Client(s.pickle))
	}
	switch {
	case !m.Step():
		return nil // featuregen writes notes as comments; a hand-written feature may not
	case m.Condition == understand.AnotherWay:
		// "from an URL, …" after "from the computer, …" under "Choose whether …:": the reader
		// took the first way, and reads no further in the others (understood or not).
		s.notChecked = "another way to what the way before it did; the run took the first"
		return nil
	case !m.Understood():
		why := m.Why
		if why == "" {
			why = "no reading of this sentence"
		}
		return &NotUnderstood{Why: why}
	}
	if where := s.elsewhere(m); where != "" {
		s.notChecked = where
		return nil
	}
	if !s.loggedIn && startsInside(m) {
		// The procedure begins inside the product ("Select **Settings**") with no sign-in
		// step: a reader would be signed in already.
		if err := s.logIn(ctx); err != nil {
			return fmt.Errorf("sign in first (the procedure starts inside the product): %w", err)
		}
	}
	if proc := s.calledProcedure(m, text); proc != nil {
		return s.asProcedure(ctx, proc)
	}
	if err := s.pageInsideCalled(m, text); err != nil {
		return err
	}
	if m.Optional && m.Condition != "" {
		// "If prompted, …": a reader does it when the page offers it.
		return s.ifOffered(ctx, m)
	}
	if err := s.loadWhole(ctx); err != nil {
		return err
	}
	if m.Optional {
		// "(optional) Click **TRUE** to connect the account with SSO": a reader passes over
		// what the page does not offer (an edition without the feature), and says so.
		return s.ifOffered(ctx, m)
	}
	s.unnamed, s.uploadNamed, s.picked = 0, "", false
	for _, a := range m.Acts {
		if a.Verb == understand.Upload {
			s.uploadNamed = cmp.Or(a.Target.Label(), a.Target.Words)
		}
	}
	acts, otherwise := m.Acts, m.Otherwise
	if s.making && typesName(otherwise) && !typesName(acts) {
		// Making the item a procedure acts on, "Select an existing tag, or enter a new tag
		// name" is the new one: an existing tag is no item of the run's.
		acts, otherwise = otherwise, nil
		s.notes = append(s.notes, "took the step's other way, which names a new item: the run makes its own")
	}
	var before *rod.Element // a dialog open before the procedure's last step (unfinished.go)
	last := s.nextStepText() == "" && pressedLast(acts) != ""
	if last {
		before = s.openDialog(ctx)
	}
	err := s.performActs(ctx, acts)
	if (errors.As(err, new(*Mismatch)) || errors.As(err, new(*Unmet))) && len(otherwise) > 0 {
		// "Select an existing tag, or enter a new tag name" where there is no tag to select:
		// a reader takes the other way. When that fails too, the first way's failure stands.
		if s.performActs(ctx, otherwise) == nil {
			s.notes = append(s.notes, "the page does not offer the first way the step gives ("+err.Error()+"): took the other")
			return nil
		}
	}
	if err != nil {
		return err
	}
	if last {
		if err := s.finishConfirmation(ctx, acts, before); err != nil {
			return err
		}
	}
	if s.unnamed == len(m.Acts) {
		s.notChecked = NothingNamed
	}
	return nil
}

// typesName reports acts that type something the doc does not spell: a name the run makes.
func typesName(acts []understand.Act) bool {
	return slices.ContainsFunc(acts, func(a understand.Act) bool { return a.Verb == understand.Enter && a.Value == "" })
}

// performActs does acts in turn, each by its verb's performer.
func (s *Scenario) performActs(ctx context.Context, acts []understand.Act) error {
	offered, missed := 0, 0 // the details a step lists, and those the form lacks
	var firstMiss error
	for _, a := range acts {
		if s.afterSignIn && understand.SubmitsSignIn(a) {
			// "2. Enter your credentials to log in. 3. Click on the **Login** button.": the
			// sign-in pressed it.
			s.notes = append(s.notes, fmt.Sprintf("%q was pressed by the sign-in before it", a.Target.Path[0]))
			continue
		}
		s.afterSignIn = a.Verb == understand.SignIn
		do, ok := performers[a.Verb]
		if !ok {
			return &NotUnderstood{Why: fmt.Sprintf("docdrift has no way to %s yet", a.Verb)}
		}
		if a.Optional {
			// One of several fields the doc lets the reader leave out: passed over, noted,
			// where the page has none.
			if err := s.ifOffered(ctx, understand.Meaning{Acts: []understand.Act{a}}); err != nil {
				return err
			}
			continue
		}
		if a.Offered {
			// One of the details a step lists ("including name, apartment, city, …"), which
			// a form need not all have: passed over where it has none, noted; the step drifts
			// only when the form has none of them.
			offered++
			s.passingOver = true
			err := do(s, ctx, a)
			s.passingOver = false
			if errors.As(err, new(*Mismatch)) {
				missed++
				firstMiss = cmp.Or(firstMiss, err)
				s.notes = append(s.notes, fmt.Sprintf("the form has no field for %q, one of the details the step lists: passed over", a.Target.Words))
				continue
			}
			if err != nil {
				return err
			}
			continue
		}
		if err := do(s, ctx, a); err != nil {
			return err
		}
	}
	if offered > 0 && missed == offered {
		return fmt.Errorf("none of the details the step lists is a field of the form: %w", firstMiss)
	}
	return nil
}

// performers is what docdrift does for each verb understand knows.
var performers = map[understand.Verb]func(s *Scenario, ctx context.Context, a understand.Act) error{
	understand.SignIn:         (*Scenario).signIn,
	understand.Reauthenticate: (*Scenario).reauthenticate,
	understand.Go:             (*Scenario).goTo,
	understand.Click:          (*Scenario).click,
	understand.Enter:          (*Scenario).enter,
	understand.Choose:         (*Scenario).choose,
	understand.Check:          func(s *Scenario, ctx context.Context, a understand.Act) error { return s.check(ctx, a, true) },
	understand.Uncheck:        func(s *Scenario, ctx context.Context, a understand.Act) error { return s.check(ctx, a, false) },
	understand.Hover:          (*Scenario).hover,
	understand.Press:          (*Scenario).pressKeys,
	understand.Clear:          (*Scenario).clear,
	understand.Reload:         (*Scenario).reload,
	understand.Copy:           (*Scenario).copyValues,
	understand.Upload:         (*Scenario).upload,
	understand.Download:       (*Scenario).downloadFile,
	understand.Scroll:         (*Scenario).scrollTo,
	understand.Wait:           (*Scenario).wait,
	understand.Confirm:        (*Scenario).confirmAct,
	understand.Find:           (*Scenario).findSubject,
	understand.See:            (*Scenario).see,
	understand.Exists:         (*Scenario).exists,
	understand.Nothing:        func(*Scenario, context.Context, understand.Act) error { return nil },
}

// ifOffered performs a conditional or optional step only when the page offers what it names;
// a step the page does not call for is passed over, as a reader would (an optional one with a
// note saying what was missing).
func (s *Scenario) ifOffered(ctx context.Context, m understand.Meaning) error {
	s.passingOver, s.optional, s.choice = true, m.Condition == "", understand.ChoiceCondition(m.Condition)
	defer func() { s.passingOver, s.optional, s.choice = false, false, false }()
	for _, a := range m.Acts {
		do := performers[a.Verb]
		if do == nil {
			return &NotUnderstood{Why: fmt.Sprintf("docdrift has no way to %s yet", a.Verb)}
		}
		err := do(s, ctx, a)
		var mm *Mismatch
		if errors.As(err, &mm) {
			if m.Condition == "" {
				s.notes = append(s.notes, "an optional step the page does not offer, passed over: "+mm.Error())
			}
			return nil // not offered: the condition did not hold
		}
		var unmet *Unmet
		if errors.As(err, &unmet) {
			// "You can optionally set the sales channels …: check the sales channels you
			// want" on a store with none to tick: a reader passes over it too.
			s.notes = append(s.notes, "an optional step the run could not do, passed over: "+unmet.Error())
			return nil
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// elsewhere names the surface a step happens on when the run does not answer for it: a
// terminal, a file, another product's site the doc moved to ("Sign in to the Okta Admin
// Console"). A web UI a step names becomes where the procedure is until another is named.
func (s *Scenario) elsewhere(m understand.Meaning) string {
	switch m.Surface.Kind {
	case understand.Product:
	case understand.OtherUI:
		if s.ownSite == "" && len(s.cfg.Surfaces) == 0 {
			// A target with no names of its own: the first site the doc names is it.
			s.ownSite = firstNonEmpty(s.home(), m.Surface.Name)
		}
		if s.cfg.answersFor(m.Surface.Name) || SameSurface(firstNonEmpty(s.home(), s.ownSite), m.Surface.Name) ||
			s.away == "" && understand.GenericUI(m.Surface.Name) {
			// ("In the dashboard, select …" in a doc about the store: the store's dashboard,
			// unless the procedure moved to another product's site before.)
			s.away = ""
		} else {
			s.away = m.Surface.Name
		}
	default:
		return m.Surface.String()
	}
	return s.away
}

// home is what the scenario's doc calls the run's product, "" when the run did not say.
func (s *Scenario) home() string {
	if s.cfg.Home == nil || s.pickle == nil {
		return ""
	}
	return s.cfg.Home(s.pickle)
}

// startsInside reports whether a sentence acts on the product's pages, so the reader must be
// signed in by then.
func startsInside(m understand.Meaning) bool {
	for _, a := range m.Acts {
		switch a.Verb {
		case understand.SignIn, understand.Nothing, understand.Exists:
		default:
			return true
		}
	}
	return false
}
