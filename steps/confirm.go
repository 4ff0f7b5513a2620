package steps

import (
	"context"
	"fmt"

	"github.com/go-rod/rod"
)

// confirmationJS finds the field a form asks a password again in, right after the password
// field just typed into (this): the next password field of its form or dialog, still empty,
// whose name says it confirms ("Confirm", "Repeat password", "Password again"). null when the
// next password field is another ("New password" after "Current password") or there is none.
const confirmationJS = `function () {
	if (this.type !== 'password') return null;
	const scope = this.closest('form, dialog, [role=dialog]') || this.getRootNode();
	const fields = Array.from(scope.querySelectorAll('input[type=password]'));
	const next = fields[fields.indexOf(this) + 1];
	if (!next || next.disabled || next.readOnly || next.value !== '' || next.getClientRects().length === 0) return null;
	const labelled = (next.getAttribute('aria-labelledby') || '').split(/\s+/)
		.map((id) => id && next.ownerDocument.getElementById(id)).filter(Boolean).map((l) => l.textContent);
	const names = [...Array.from(next.labels || [], (l) => l.textContent), ...labelled,
		next.getAttribute('aria-label'), next.getAttribute('placeholder'), next.name, next.id];
	return names.some((n) => /confirm|repeat|again|retype|re-?enter|verif/i.test(n || '')) ? next : null;
}`

// confirmPassword types value again where the form asks for the password just typed into el a
// second time: "Enter a password for the new user" is done, as a reader does it, in
// "Password" and in the "Confirm" beside it, which the doc does not mention. A later step that
// does mention it types the same again.
func (s *Scenario) confirmPassword(ctx context.Context, el *rod.Element, value string) (bool, error) {
	res, err := el.Context(ctx).Evaluate(rod.Eval(confirmationJS).ByObject())
	if err != nil || res.ObjectID == "" {
		return false, nil // no confirmation field: the step asked for one password
	}
	confirm, err := s.session.Page.Context(ctx).ElementFromObject(res)
	if err != nil {
		return false, nil
	}
	if err := s.typeText(ctx, confirm, value); err != nil {
		return false, fmt.Errorf("type the password again into its confirmation: %w", err)
	}
	return true, nil
}
