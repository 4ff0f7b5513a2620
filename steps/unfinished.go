package steps

import (
	"context"
	"strings"

	"github.com/docdrift/docdrift/internal/flattree"
	"github.com/docdrift/docdrift/internal/locate"
	"github.com/docdrift/docdrift/internal/understand"
	"github.com/go-rod/rod"
)

// A procedure that stops one click short: its last step presses "Delete account", and the
// dialog that opens asks to confirm it ("Delete docdrift-…-4", buttons "Cancel" and
// "Delete"), which the doc never mentions. The step passed, yet nothing was deleted: a
// reader presses the dialog's button, and so does the run, reporting the unsaid click as
// drift.

// topDialogJS is the dialog shown on top (fieldsPrelude's root); null when none is open.
var topDialogJS = flattree.With(`() => {` + fieldsPrelude + `
	return root === document ? null : root;
}`)

// asksForTextJS reports a dialog (this) that asks for text (an empty text field): a form to
// fill is not a confirmation.
var asksForTextJS = flattree.With(`function () {` + fieldsPrelude + `
	return deepAll(this, 'input:not([type]), input[type=text], input[type=email], input[type=password], input[type=url], input[type=number], textarea')
		.some((el) => usable(el) && el.value === '');
}`)

// openDialog is the dialog shown on top; nil when none is open. Cheap where most last steps
// are, with no dialog: no search of the page.
func (s *Scenario) openDialog(ctx context.Context) *rod.Element {
	page := s.session.Page.Context(ctx)
	obj, err := page.Evaluate(rod.Eval(topDialogJS).ByObject())
	if err != nil || obj.ObjectID == "" {
		return nil
	}
	dlg, err := page.ElementFromObject(obj)
	if err != nil {
		return nil
	}
	return dlg
}

// finishConfirmation presses, after a procedure's last step (its acts), the button of a
// dialog the step opened (none was open before it, or another: before) that confirms what
// the step pressed, and reports the click the doc left out as drift, carried on with.
// With KeepGoing off the drift ends the step instead, and nothing is pressed.
func (s *Scenario) finishConfirmation(ctx context.Context, acts []understand.Act, before *rod.Element) error {
	pressed := pressedLast(acts)
	dlg := s.openDialog(ctx)
	if dlg == nil {
		return nil
	}
	if before != nil {
		if same, err := dlg.Equal(before); err != nil || same {
			return nil
		}
	}
	if asks, err := dlg.Eval(asksForTextJS); err != nil || asks.Value.Bool() {
		return nil
	}
	btn, ok := s.confirmingButton(ctx, dlg, "")
	if !ok {
		return nil
	}
	label, err := btn.Eval(`function () { return (` + buttonNameJS + `)(this) }`)
	if err != nil || !confirmsWith(pressed, label.Value.Str()) {
		return nil
	}
	button, name := label.Value.Str(), "" // the dialog's name as a search calls it
	if _, match, ok := s.glanceFor(ctx, locate.Query{Roles: []locate.Role{locate.Dialog}}); ok {
		name = match.Label()
	}
	m := mismatch("%q opened the dialog %q, and the procedure ends there: a reader must still press %q, which the doc does not say", pressed, name, button)
	if !s.cfg.KeepGoing {
		return m
	}
	if err := s.press(ctx, btn); err != nil {
		return err
	}
	m.Continued = button
	s.record(m)
	return nil
}

// confirmsWith reports a dialog button that confirms what a step pressed: the same verb
// ("Delete" for "Delete account") or a plain yes.
func confirmsWith(pressed, button string) bool {
	b := strings.Fields(strings.ToLower(button))
	p := strings.Fields(strings.ToLower(pressed))
	if len(b) == 0 || len(p) == 0 {
		return false
	}
	return b[0] == p[0] || len(b) == 1 && (b[0] == "yes" || b[0] == "confirm")
}

// pressedLast is the label of the last control acts press, "" when they press none.
func pressedLast(acts []understand.Act) string {
	label := ""
	for _, a := range acts {
		if a.Verb == understand.Click && a.Target.Label() != "" {
			label = a.Target.Label()
		}
	}
	return label
}
