package steps

import (
	"context"
	"fmt"
	"strings"

	"github.com/docdrift/docdrift/internal/understand"
	"github.com/go-rod/rod"
	"github.com/go-rod/rod/lib/proto"
)

// navigates reports whether clicking el loads a new page: a real link, or a submit button of
// a form. Knowing it before the click lets the wait for the new page be armed first.
// It answers the HTTP method of the load ("GET", "POST") or "" when the click stays on the page.
const navigatesJS = `function () {
	const a = this.closest('a[href]');
	if (a) {
		const h = a.getAttribute('href');
		return (h.startsWith('#') || h.startsWith('javascript:') || a.hasAttribute('download') || a.target === '_blank') ? '' : 'GET';
	}
	const b = this.closest('button, input[type=submit], input[type=image]');
	if (!(b && b.form && (b.type === 'submit' || b.type === 'image'))) return '';
	return ((b.getAttribute('formmethod') || b.form.getAttribute('method') || 'get')).toUpperCase();
}`

// press clicks el as a mouse would and, when the click loads a page, waits for it. A click
// whose next step answers a confirmation prompt arms that answer first: a browser confirm()
// blocks the click until it is answered.
func (s *Scenario) press(ctx context.Context, el *rod.Element) error {
	el, err := clickable(ctx, el)
	if err != nil {
		return err
	}
	s.armConfirmation()
	nav, err := el.Eval(navigatesJS)
	if err != nil {
		return fmt.Errorf("inspect the element to click: %w", err)
	}
	method := nav.Value.Str()
	var waitLoad func()
	if method != "" {
		waitLoad = s.session.Page.Context(ctx).WaitNavigation(proto.PageLifecycleEventNameLoad)
	}
	// Centre it: a fixed header or footer bar can cover an element scrolled just into view.
	if _, err := el.Eval(`function () { this.scrollIntoView({block: 'center', inline: 'center'}) }`); err != nil {
		return fmt.Errorf("scroll to the element: %w", err)
	}
	if err := el.Click(proto.InputMouseButtonLeft, 1); err != nil {
		return fmt.Errorf("click: %w", err)
	}
	if waitLoad == nil {
		return nil
	}
	waitLoad()
	if ctx.Err() != nil {
		return s.noPageLoaded(ctx)
	}
	return s.settle(ctx)
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

// noPageLoaded explains a click that should have loaded a page and did not.
func (s *Scenario) noPageLoaded(ctx context.Context) error {
	for _, d := range s.session.UnexpectedDialogs() {
		if d.Type == "confirm" {
			return mismatch("a confirmation prompt (%q) opened and the doc does not say to answer it", d.Message)
		}
	}
	return fmt.Errorf("the page did not finish loading: %w", ctx.Err())
}

// armConfirmation arms the answer to a browser confirm() when the next step says to answer
// one: "Click **OK** in the confirmation prompt", "Confirm the deletion".
func (s *Scenario) armConfirmation() {
	for _, a := range understand.Read(s.nextStepText()).Acts {
		if a.Verb == understand.Confirm {
			s.dialog = s.session.ExpectDialog(accepts(a.Target.Label()))
			return
		}
	}
}

// accepts tells OK from Cancel in a writer's words.
func accepts(label string) bool {
	switch strings.ToLower(label) {
	case "cancel", "no", "close", "dismiss":
		return false
	}
	return true
}
