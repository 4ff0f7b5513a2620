package steps

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"

	"github.com/docdrift/docdrift/internal/browser"
	"github.com/docdrift/docdrift/internal/locate"
	"github.com/docdrift/docdrift/internal/understand"
	"github.com/go-rod/rod"
	"github.com/go-rod/rod/lib/proto"
)

// findAndPress finds q and clicks it; when the page replaced the element before the click, it
// looks again, as a reader's eyes would follow the redrawn control, until the step's time
// runs out. (A container q is limited to that the redraw replaced too ends the search with
// locate.ErrRedrawn: an environment failure, retried, never drift.)
func (s *Scenario) findAndPress(ctx context.Context, q locate.Query) error {
	return s.findAndPressUnless(ctx, q, nil)
}

// findAndPressUnless is findAndPress where instead, given the element found, may do something
// else than press it (done, and its error), in the same search.
func (s *Scenario) findAndPressUnless(ctx context.Context, q locate.Query, instead func(*rod.Element) (bool, error)) error {
	for {
		drifts := len(s.drifts)
		el, err := s.find(ctx, q)
		if err != nil {
			var ok bool
			if el, ok = s.ofAnotherKind(ctx, q, err); !ok {
				if el, ok = s.namedByTooltip(ctx, q, err); !ok {
					return err
				}
			}
		}
		if instead != nil {
			if done, err := instead(el); done {
				return err
			}
		}
		if err := s.pressFound(ctx, el, drifts); !errors.Is(err, locate.ErrRedrawn) {
			return err
		}
	}
}

// pressFound presses el, which a search found with the scenario's drifts at drifts before it:
// when the search carried on past a near label, the reader goes on into a menu that opened.
// A near label the reader cannot reach (under the menu the doc's own label was looked for in)
// is not carried on with: the step ends on the drift itself.
func (s *Scenario) pressFound(ctx context.Context, el *rod.Element, drifts int) error {
	err := s.press(ctx, el)
	if len(s.drifts) == drifts {
		return err
	}
	var m *Mismatch
	if err != nil && errors.As(s.drifts[len(s.drifts)-1], &m) && m.Continued != "" && !errors.As(err, new(*Mismatch)) {
		s.drifts = s.drifts[:len(s.drifts)-1]
		ended := *m
		ended.Continued = ""
		return &ended
	}
	if err != nil {
		return err
	}
	return s.onIntoMenu(ctx, el, s.drifts[len(s.drifts)-1])
}

// onIntoMenu goes on past a near label that opened a menu: the doc's "Add new folder" carried
// on with "New", whose menu holds "New folder". A reader reads the menu it opened and takes the
// item that is clearly the doc's; the drift then says the way it took ("New > New folder").
func (s *Scenario) onIntoMenu(ctx context.Context, opener *rod.Element, drift error) error {
	var m *Mismatch
	if !errors.As(drift, &m) || m.Continued == "" || m.Wanted == "" {
		return nil
	}
	if expanded, err := opener.Context(ctx).Attribute("aria-expanded"); err != nil || expanded == nil || *expanded != "true" {
		return nil // no menu opened: the near label was the control itself
	}
	item, name, ok := s.menuItem(ctx, m.Wanted)
	if !ok {
		return nil
	}
	if err := s.press(ctx, item); err != nil {
		return err
	}
	m.Continued += " > " + name
	return nil
}

// menuItem is the open menu's item named label, else the one clearly meant by it, with its
// name; a short look each, as the menu is open already.
func (s *Scenario) menuItem(ctx context.Context, label string) (*rod.Element, string, bool) {
	q := locate.Query{Roles: []locate.Role{locate.MenuItem}, Name: label}
	gctx, stop := context.WithTimeout(ctx, glance)
	defer stop()
	el, _, err := locate.FindUntilSettled(gctx, s.session.Page, q, s.settled)
	if err == nil {
		return el.Context(ctx), label, true
	}
	var nf *locate.NotFoundError
	if !errors.As(err, &nf) {
		return nil, "", false
	}
	best, ok := locate.Confident(nf.Candidates)
	if !ok {
		return nil, "", false
	}
	q.Name = best.Label()
	el, _, ok = s.glanceFor(ctx, q)
	return el, q.Name, ok
}

// press clicks el as a reader would and waits for what the click caused: a new page if one
// starts loading, else the page settling (see settle). A click whose next step answers a
// confirmation prompt arms that answer first: a browser confirm() blocks the click until it
// is answered. An element the page drew anew since it was found is locate.ErrRedrawn.
func (s *Scenario) press(ctx context.Context, el *rod.Element) error {
	el, err := clickable(ctx, el)
	if err != nil {
		return err
	}
	s.armConfirmation()
	pt, err := s.session.Aim(ctx, el)
	var blocked *browser.Blocked
	if errors.As(err, &blocked) && blocked.Why == "redrawn" {
		return fmt.Errorf("click: %w", locate.ErrRedrawn)
	}
	if errors.As(err, &blocked) {
		// A closing menu, a fading toast or a form still validating: look again once the
		// page has settled, and only then call it what a reader would see.
		if serr := s.waitSettled(ctx); serr != nil {
			return serr
		}
		pt, err = s.session.Aim(ctx, el)
	}
	for errors.As(err, &blocked) && blocked.Why == "covered" && s.putAwayCovering(ctx) {
		pt, err = s.session.Aim(ctx, el)
	}
	if errors.As(err, &blocked) && blocked.Why != "disabled" && s.closeLeftMenu(ctx, el) {
		pt, err = s.session.Aim(ctx, el)
	}
	if errors.As(err, &blocked) {
		return s.blockedError(ctx, el, blocked)
	}
	if err != nil {
		return err
	}
	if err := s.caused(ctx, func() error { return s.session.Click(ctx, pt) }); err != nil {
		return s.fillUnsaid(ctx, el, err)
	}
	s.remember(el)
	return nil
}

// caused does one of the reader's actions — a click, a key — and waits for what it caused, in
// the tab where the reader goes on (see followTabs). A dialog it opens is the procedure's, not
// an interstitial to put away; a confirmation prompt the doc does not answer is drift.
func (s *Scenario) caused(ctx context.Context, act func() error) error {
	opened, err := s.session.Opened(ctx)
	if err != nil {
		return err
	}
	s.turnedDownBy = nil
	dialogs, moves, refusals := len(s.session.UnexpectedDialogs()), s.session.Moves(), len(s.session.Refusals())
	forms, sent := s.session.Forms(), s.session.Sent()
	pickers, from := len(s.session.FileChoosers()), s.session.Document().URL
	tab, docs := s.session.Loaded()
	settles := s.session.Settles()
	signedOut := s.signedOut
	if err := s.followTabs(ctx, opened, act()); err != nil {
		return err
	}
	tabNow, docsNow := s.session.Loaded()
	samePage := tab == tabNow && docs == docsNow
	for _, fc := range s.session.FileChoosers()[pickers:] {
		if err := s.chooseFile(ctx, fc); err != nil {
			return err
		}
	}
	if !samePage && !s.session.FormsSeen() {
		// The wait answered from the document the action left, the new one coming a moment
		// later: what its forms say (the product's form again, marked) is read once it settled.
		if err := s.session.Settle(ctx); err != nil {
			return err
		}
	}
	s.clicked(moves, settles, samePage)
	for _, d := range s.session.UnexpectedDialogs()[dialogs:] {
		if d.Type == "confirm" {
			return mismatch("a confirmation prompt (%q) opened and the doc does not say to answer it", d.Message)
		}
	}
	now := s.session.Forms()
	for _, r := range s.session.Refusals()[refusals:] {
		if s.signedOut > signedOut && r.Status == http.StatusUnauthorized {
			continue // the session the product ended when the password was saved, asked again
		}
		if r.On != from {
			// Sent by the page the action opened, as it opened (n8n's editor asks an AI
			// service its licence lacks): not what the step sent.
			continue
		}
		err := refused(r)
		var m *Mismatch
		if marks := s.newMarks(forms, now, samePage); marks != "" && errors.As(err, &m) {
			m.Err = fmt.Errorf("%w, marking %s invalid", m.Err, marks) // what the product said of it
		}
		return err
	}
	if err := s.formTurnedDown(forms, now, sent, samePage); err != nil {
		s.turnedDownBy = turnedDownBy(forms, now, sent == s.session.Sent() && samePage)
		return err
	}
	return nil
}

// turnedDownBy is the fields a form check turned an action down for, before and now being the
// page's forms then and after it, when it sent nothing (unsent): those the browser held the
// submit back for, else those the page marked since.
func turnedDownBy(before, now browser.Forms, unsent bool) []browser.Field {
	switch {
	case !unsent:
		return nil
	case now.Held > before.Held:
		return now.HeldBy
	}
	return now.MarkedFieldsSince(before.Marked)
}

// newMarks lists the fields marked invalid since the action began, before and now being the
// page's forms then and after it: on the same page, those marked since; on a page a form's
// POST brought, all it marks (the server's form again, with its errors). "" for none.
func (s *Scenario) newMarks(before, now browser.Forms, samePage bool) string {
	switch {
	case samePage && now.Marked > before.Marked:
		return now.MarkedSince(before.Marked)
	case !samePage && s.session.Document().Method == http.MethodPost && now.Marked > 0:
		return now.MarkedIn(s.session.Document().Sent)
	}
	return ""
}

// formTurnedDown is drift when a check of the form's fields turned the action down, which the
// step after it would fail for where it is not to blame: the browser holding a submit back,
// the page marking fields invalid and sending nothing, or, on a new page, the product
// answering the form sent with the form again, fields marked. before and sent are the page's
// forms and the requests sent as the action began, now its forms after it.
func (s *Scenario) formTurnedDown(before, now browser.Forms, sent int, samePage bool) error {
	marks := s.newMarks(before, now, samePage)
	switch {
	case !samePage && marks != "":
		return mismatch("the product answered the form with the form again, marking %s invalid", marks)
	case samePage && now.Held > before.Held:
		return mismatch("the form was not sent: the browser asks for %s", now.HeldFields())
	case samePage && marks != "" && s.session.Sent() == sent:
		return mismatch("nothing was sent: the page marks %s invalid", marks)
	}
	return nil
}

// refused is the step's verdict when the product turned down what its action sent: a 4xx
// says the procedure, as done, does not work (a form the product rejects), except the answers
// that say who is asking or how often (401, 407, 408, 429), which are the environment's, as a
// 5xx is; those fail the step as broken, for --retries.
func refused(r browser.Refusal) error {
	if browser.EnvironmentStatus(r.Status) {
		return fmt.Errorf("the product failed what the step sent: %w", refusal{r})
	}
	return &Mismatch{Err: fmt.Errorf("the product refused what the step sent: %w", refusal{r})}
}

// refusal is a step's error for a request the product answered with an HTTP error. docdrift's
// own clicks — signing in — judge what follows them instead: a wrong password is a 400 there.
type refusal struct{ browser.Refusal }

func (r refusal) Error() string { return r.Refusal.String() }

// pressOwn presses el for docdrift itself, not for the procedure: an answer the product
// refuses says nothing yet; what the page shows next does.
func (s *Scenario) pressOwn(ctx context.Context, el *rod.Element) error {
	err := s.press(ctx, el)
	var r refusal
	if errors.As(err, &r) {
		return nil
	}
	return err
}

// followTabs waits for what a click (which ended with clickErr) caused, in the tab where the
// reader goes on: the one it opened (a link to a new tab, a pop-up), back to the opener of one
// that closed itself (a pop-up done), else the same. The step notes a change of tab: a writer
// may want the doc to say so.
func (s *Scenario) followTabs(ctx context.Context, opened []proto.TargetTargetID, clickErr error) error {
	err := clickErr
	if err == nil {
		err = s.settle(ctx)
	}
	if err == nil && s.passingOver {
		// "(optional) If some entries fail, click the edit buttons to fix them": a detour
		// the reader comes back from; the doc's next steps are on this page.
		if now, oerr := s.session.Opened(ctx); oerr == nil && slices.ContainsFunc(now, func(id proto.TargetTargetID) bool { return !slices.Contains(opened, id) }) {
			s.notes = append(s.notes, "the optional step's click opened a new tab; the procedure stayed on its page")
			if err := s.session.CloseOpened(ctx, opened); err != nil {
				return err
			}
			return s.session.Front(ctx)
		}
		return nil
	}
	if err == nil {
		var moved bool
		moved, err = s.session.FollowOpened(ctx, opened)
		if errors.Is(err, browser.ErrTabClosed) {
			s.notes = append(s.notes, "the click opened a tab that closed itself at once; the procedure went on in this one")
			return nil
		}
		if err != nil || !moved {
			return err
		}
		s.notes = append(s.notes, "the click opened a new tab; the procedure went on there")
		// A pop-up may close itself as soon as it has loaded (one that only confirms).
		tctx, stop := s.session.WhileOpen(ctx)
		err = s.settle(tctx)
		stop()
		if err == nil {
			return nil
		}
		clickErr = nil // the new tab's own failure, or its closing itself at once
	}
	if back, berr := s.session.BackFromClosed(ctx, err); berr == nil && back {
		s.notes = append(s.notes, "the tab closed itself; the procedure went on in the tab that opened it")
		return s.settle(ctx)
	}
	if clickErr != nil {
		return fmt.Errorf("click: %w", clickErr)
	}
	return err
}

// blockedError says why el could not be clicked. A control the reader sees but cannot use —
// disabled, or under a dialog the doc never mentions — is drift; anything else covering it
// is the page misbehaving.
func (s *Scenario) blockedError(ctx context.Context, el *rod.Element, b *browser.Blocked) error {
	name := ""
	if n := controlName(ctx, el); n != "" {
		name = fmt.Sprintf("%q ", n)
	}
	switch {
	case b.Why == "disabled" && s.keptShown && !s.typedOther:
		return &Unmet{fmt.Sprintf("%sis disabled: the run typed back only what the form showed, the signed-in account's own, which the page does not save as a change", name)}
	case b.Why == "disabled":
		return mismatch("%sis disabled: the page expects something the doc does not say first", name)
	case strings.Contains(b.By, "dialog"):
		return mismatch("%sis covered by %s, which the doc does not say to close", name, b.By)
	}
	if name == "" {
		name = "the control "
	}
	return fmt.Errorf("cannot click %s: %v", strings.TrimSpace(name), b)
}

// controlName is what a reader calls el — its accessible label, else its text — or "" when it
// cannot be read.
func controlName(ctx context.Context, el *rod.Element) string {
	res, err := el.Context(ctx).Eval(`function () { return (this.getAttribute("aria-label") || this.innerText || this.value || "").trim().slice(0, 60) }`)
	if err != nil {
		return ""
	}
	return res.Value.Str()
}

// visibleProxyJS returns the label a reader clicks for a visually hidden radio or check box
// (styled option buttons), else the element itself.
const visibleProxyJS = `function () {
	const r = this.getBoundingClientRect();
	if (this.labels && this.labels.length && (r.width < 2 || r.height < 2)) return this.labels[0];
	return this;
}`

func clickable(ctx context.Context, el *rod.Element) (*rod.Element, error) {
	el = el.Context(ctx)
	obj, err := el.Evaluate(rod.Eval(visibleProxyJS).ByObject())
	if err != nil {
		return nil, fmt.Errorf("inspect the element to click: %w", err)
	}
	return el.Page().Context(ctx).ElementFromObject(obj)
}

// armConfirmation arms the answer to a browser confirm() when the next step says to answer
// one: "Click **OK** in the confirmation prompt", "Confirm the deletion".
func (s *Scenario) armConfirmation() {
	for _, a := range understand.Read(s.nextStepText()).Acts {
		if a.Verb == understand.Confirm {
			s.expectConfirmation(accepts(a.Target.Label()))
			return
		}
	}
}

// expectConfirmation arms the answer to a browser confirm() the next click may open (accept:
// OK, else Cancel), replacing an answer armed before and never used: a stray confirm() later
// must not be accepted on its behalf.
func (s *Scenario) expectConfirmation(accept bool) {
	if s.dialog != nil {
		s.dialog.Cancel()
	}
	s.dialog = s.session.ExpectDialog(accept)
}

// accepts tells OK from Cancel in a writer's words.
func accepts(label string) bool {
	switch strings.ToLower(label) {
	case "cancel", "no", "close", "dismiss":
		return false
	}
	return true
}
