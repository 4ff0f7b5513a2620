package steps

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/docdrift/docdrift/internal/browser"
	"github.com/docdrift/docdrift/internal/flattree"
	"github.com/docdrift/docdrift/internal/locate"
	"github.com/go-rod/rod"
)

// LogIn opens the product in sess and signs in with cfg.Login, as the log-in
// step does, always afresh; docdrift login uses it to save a session.
func LogIn(ctx context.Context, sess *browser.Session, cfg *Config) error {
	c := *cfg
	c.Sessions = nil
	s := &Scenario{cfg: &c, session: sess}
	return s.logIn(ctx)
}

// logIn opens the product and signs in: with the session the run saved at its first sign-in
// when there is one and the product still accepts it, else with the run's credentials
// through the log-in form, which it then saves for the next procedures.
// Each page load of signing in has a step's time of its own: a single-page app's first load
// can take seconds, and signing in may take three (the form, the product, where to begin).
func (s *Scenario) logIn(ctx context.Context) error {
	if s.inStep { // part of the steps' time; a precondition's or cleanup's is theirs
		defer timed(&s.spent.SignIn)()
	}
	if s.cfg.Cookies != nil {
		ctx, cancel := s.step(ctx)
		defer cancel()
		if err := s.open(ctx, s.cfg.start()); err != nil {
			return err
		}
		return s.checkSession(ctx)
	}
	return s.cfg.Sessions.signIn(ctx, s)
}

// signInWithForm opens the product — its sign-in page when the profile names one, else
// where a procedure begins — and fills in its log-in form, if it shows one.
func (s *Scenario) signInWithForm(ctx context.Context) error {
	at := s.cfg.start()
	if s.cfg.SignInURL != "" {
		at = s.cfg.SignInURL
	}
	user, pass, submit, err := s.openLoginForm(ctx, at)
	if err == nil && user == nil {
		// A landing page may lead to the form: "Log in" in its header.
		user, pass, submit, err = s.followSignInLink(ctx)
	}
	if err != nil || user == nil {
		s.loggedIn = err == nil // no form on a settled page: the product let us in already
		return err
	}
	if pass == nil {
		// Identifier first: the username on this page, the password on the one it leads to.
		if err := s.submitUsername(ctx, user, submit); err != nil {
			return err
		}
		if user, pass, submit, err = s.passwordPage(ctx); err != nil {
			return err
		}
	}
	if err := s.submitLogin(ctx, user, pass, submit); err != nil {
		return err
	}
	s.loggedIn = true
	// What opens after signing in is the product's own, not the answer to a step.
	s.forgetClicks()
	if s.cfg.SignInURL != "" { // signed in on a page of its own: a procedure begins elsewhere
		ctx, cancel := s.step(ctx)
		defer cancel()
		return s.open(ctx, s.cfg.start())
	}
	return nil
}

// followSignInLink clicks the link or button of a page without a log-in form that says only
// "Log in" or "Sign in" (a product's landing page) and finds the form it leads to, within one
// step's time; all nil when the page has no such link, an error when it leads to no form.
func (s *Scenario) followSignInLink(ctx context.Context) (user, pass, submit *rod.Element, err error) {
	ctx, cancel := s.step(ctx)
	defer cancel()
	obj, err := s.session.Page.Context(ctx).Evaluate(rod.Eval(signInLinkJS).ByObject())
	if err != nil {
		return nil, nil, nil, fmt.Errorf("look for a way to the log-in form: %w", err)
	}
	if obj.ObjectID == "" {
		return nil, nil, nil, nil
	}
	link, err := s.session.Page.Context(ctx).ElementFromObject(obj)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("look for a way to the log-in form: %w", err)
	}
	if err := s.press(ctx, link); err != nil {
		return nil, nil, nil, err
	}
	if user, pass, submit, err = s.loginForm(ctx); err == nil && user == nil {
		// The link led somewhere without a form: a sign-in by another site (single sign-on).
		err = fmt.Errorf("the page's sign-in link led to %s, which shows no log-in form (a sign-in by another site is not supported)", s.session.Document().URL)
	}
	return user, pass, submit, err
}

// signInLinkJS finds the first visible link or button whose whole text is "Log in", "Sign
// in" or "Sign on" (any case and spacing); a signed-in page says "Log out" instead.
var signInLinkJS = flattree.With(`function () {
	return FLAT_TREE.deepAll(document, "a[href], button, [role=button], [role=link]").find((el) =>
		el.checkVisibility() && /^\s*(log|sign)\s?(in|on)\s*$/i.test(el.innerText || el.getAttribute("aria-label") || "")) || null;
}`)

// openLoginForm opens at and finds its log-in form, within one step's time.
func (s *Scenario) openLoginForm(ctx context.Context, at string) (user, pass, submit *rod.Element, err error) {
	ctx, cancel := s.step(ctx)
	defer cancel()
	if err := s.open(ctx, at); err != nil {
		return nil, nil, nil, err
	}
	return s.loginForm(ctx)
}

// submitUsername types the run's username into the first page of a sign-in that asks for the
// identifier first and submits it, within one step's time.
func (s *Scenario) submitUsername(ctx context.Context, user, next *rod.Element) error {
	ctx, cancel := s.step(ctx)
	defer cancel()
	if err := s.typeInto(ctx, user, "the username", s.cfg.Login.Username); err != nil {
		return err
	}
	return s.pressOwn(ctx, next.Context(ctx))
}

// passwordPage waits, within one step's time, for the page an identifier-first sign-in shows
// after the username: its password field, the username field if it shows one again, and its
// submit button.
func (s *Scenario) passwordPage(ctx context.Context) (user, pass, submit *rod.Element, err error) {
	ctx, cancel := s.step(ctx)
	defer cancel()
	if pass, err = s.loginField(ctx, "password", s.cfg.Login.PasswordLabel, locate.Textbox); err != nil || pass == nil {
		if err == nil {
			err = fmt.Errorf("sign in as %s: after the username the product showed no password field%s (a sign-in by code or by another site is not supported)",
				s.cfg.Login.Username, s.pageAlert(ctx))
		}
		return nil, nil, nil, err
	}
	if user, err = s.loginField(ctx, "user", "", locate.Textbox); err == nil {
		submit, err = s.loginField(ctx, "submit", s.cfg.Login.SubmitLabel, locate.Button)
	}
	if err == nil && submit == nil {
		err = fmt.Errorf("the password page at %s has no submit button", s.session.Document().URL)
	}
	return user, pass, submit, err
}

// submitLogin types the run's credentials into the form (the username too when user is not
// nil) and submits it, within one step's time: the product must then show something other
// than its log-in form.
func (s *Scenario) submitLogin(ctx context.Context, user, pass, submit *rod.Element) error {
	ctx, cancel := s.step(ctx)
	defer cancel()
	if user != nil {
		if err := s.typeInto(ctx, user, "the username", s.cfg.Login.Username); err != nil {
			return err
		}
	}
	if err := s.typeInto(ctx, pass, "the password", s.cfg.Login.Password); err != nil {
		return err
	}
	if err := s.pressOwn(ctx, submit.Context(ctx)); err != nil {
		return err
	}
	if form, _ := s.signInShown(ctx); form {
		return fmt.Errorf("sign in as %s: the product still shows its log-in form%s (wrong credentials, or a session that ended at once?)",
			s.cfg.Login.Username, s.pageAlert(ctx))
	}
	return nil
}

// typeInto types text into el (found under an earlier step's time: bound to ctx's), over
// what the form kept from a failed attempt; rod's errors never hold the text typed.
func (s *Scenario) typeInto(ctx context.Context, el *rod.Element, what, text string) error {
	el = el.Context(ctx)
	if err := el.SelectAllText(); err != nil {
		return fmt.Errorf("select %s field: %w", what, err)
	}
	if err := el.Input(text); err != nil {
		return fmt.Errorf("type %s: %w", what, err)
	}
	return nil
}

// loginForm finds the log-in form's fields by their roles — a user or email field, a
// password field, its submit button — or by the labels the run was given for them. It waits
// until a password field shows or the page settles without one. Then it is either the first
// page of a sign-in that asks for the identifier first — one user or email field alone with
// a "Next", "Continue" or "Sign in" button: pass is nil — or no sign-in at all (user is nil:
// signed in).
func (s *Scenario) loginForm(ctx context.Context) (user, pass, submit *rod.Element, err error) {
	l := s.cfg.Login
	pass, err = s.loginField(ctx, "password", l.PasswordLabel, locate.Textbox)
	var missing *unlabelledError
	if errors.As(err, &missing) {
		// The password field the settings name may be on the page after this one.
		if user, submit, ierr := s.identifierPage(ctx); ierr == nil && user != nil {
			return user, nil, submit, nil
		}
		return nil, nil, nil, err
	}
	if err != nil {
		return nil, nil, nil, err
	}
	if pass == nil {
		user, submit, err = s.identifierPage(ctx)
		return user, nil, submit, err
	}
	if user, err = s.loginField(ctx, "user", l.UsernameLabel, locate.Textbox); err == nil {
		submit, err = s.loginField(ctx, "submit", l.SubmitLabel, locate.Button)
	}
	if err == nil && (user == nil || submit == nil) {
		err = fmt.Errorf("the log-in form at %s has a password field but no user field or submit button to go with it", s.session.Document().URL)
	}
	return user, pass, submit, err
}

// identifierPage finds the parts of the first page of a sign-in that asks for the identifier
// first: its user or email field (by the settings' label when they give one, else one alone
// on the page, see loginFieldJS) and the button that goes on (the settings' submit label when
// this page has it, else "Next", "Continue" or "Sign in"). user is nil when the page is none.
func (s *Scenario) identifierPage(ctx context.Context) (user, next *rod.Element, err error) {
	l := s.cfg.Login
	if l.UsernameLabel != "" {
		user, err = s.loginField(ctx, "user", l.UsernameLabel, locate.Textbox)
	} else {
		user, err = s.loginField(ctx, "identifier", "", locate.Textbox)
	}
	if err != nil || user == nil {
		return nil, nil, err
	}
	next, err = s.loginField(ctx, "submit", l.SubmitLabel, locate.Button)
	var missing *unlabelledError
	if errors.As(err, &missing) { // the settings' "Log in" is on the password's page
		next, err = s.loginField(ctx, "submit", "", locate.Button)
	}
	if err == nil && next == nil {
		err = fmt.Errorf("the sign-in page at %s asks for the username but has no button to go on", s.session.Document().URL)
	}
	return user, next, err
}

// unlabelledError is a label the run's login settings give that the page does not have: not
// the docs' drift, a settings problem — or a part that an identifier-first sign-in shows on
// its next page.
type unlabelledError struct {
	role  locate.Role
	label string
	err   error
}

func (e *unlabelledError) Error() string {
	return fmt.Sprintf("the log-in form has no %s labelled %q (the run's login settings): %v", e.role, e.label, e.err)
}

func (e *unlabelledError) Unwrap() error { return e.err }

// loginField finds one part of the log-in form: by the configured label when there is one,
// else by its role. nil, nil is no such part on a settled page.
func (s *Scenario) loginField(ctx context.Context, part, label string, role locate.Role) (*rod.Element, error) {
	if label != "" {
		el, err := s.find(ctx, locate.Query{Roles: []locate.Role{role}, Name: label})
		var m *Mismatch
		if errors.As(err, &m) {
			return nil, &unlabelledError{role: role, label: label, err: m.Err}
		}
		return el, err
	}
	for {
		obj, err := s.session.Page.Context(ctx).Evaluate(rod.Eval(loginFieldJS, part).ByObject())
		if err != nil {
			return nil, fmt.Errorf("look for the log-in form: %w", err)
		}
		if obj.ObjectID != "" {
			return s.session.Page.Context(ctx).ElementFromObject(obj)
		}
		c, err := s.session.WaitChange(ctx, s.session.Mutations(ctx))
		if err != nil {
			return nil, fmt.Errorf("look for the log-in form: %w", err)
		}
		if c == browser.Settled {
			return nil, nil
		}
	}
}

// loginFieldJS finds a visible part of the log-in form by role: the first password field;
// the user field before it in its form (an email or username by type, autocomplete, name or
// label, else the text field nearest before it); the form's submit button (one saying "log
// in" or "sign in" first). With no password field, the "identifier" is the first page of a
// sign-in that asks for the username first: the page's only text field, an email or username
// by its words, with a button saying "next", "continue" or "sign in" — a search box or an
// "invite by email" form is none — and "submit" is that button. "sign-in" and
// "password-form" answer true or false, never an element: a React app's element is too deep
// for the browser to copy.
var loginFieldJS = flattree.With(`function (part) {
	const { up, deepAll } = FLAT_TREE; // a form of web components keeps its fields in shadow roots
	const shown = (el) => el.checkVisibility() && !el.disabled;
	const texts = (box) => deepAll(box, "input").filter((el) => shown(el) && !el.readOnly &&
		["", "text", "email", "tel"].includes((el.getAttribute("type") || "").toLowerCase()));
	const words = (el) => [el.type, el.autocomplete, el.name, el.id, el.placeholder,
		...Array.from(el.labels || []).map((l) => l.textContent), el.getAttribute("aria-label")].join(" ");
	const userish = (el) => /user|e-?mail|login|account|identifier/i.test(words(el));
	const says = (b) => (b.innerText || b.value || b.getAttribute("aria-label") || "");
	// A dialog asking for the password again has its own words for going on ("Authenticate",
	// "Confirm"), often on plain buttons, and a close button that may come first.
	const primary = (b) => /\b(log|sign)\s?(in|on)\b|continue|submit|confirm|authenticate|verify|unlock/i.test(says(b));
	const submits = (b) => b.localName !== "button" || ["", "submit"].includes((b.getAttribute("type") || "").toLowerCase());
	// The box a field's buttons are in: its form, or (a form of fields alone, a dialog's
	// buttons in its footer) the nearest box around that holds one.
	const goesOn = (a) => deepAll(a, "button, input[type=submit], [role=button]").some((b) => shown(b) && (submits(b) || primary(b)));
	const formOf = (field) => {
		for (let a = field.form || up(field); a; a = up(a)) if (goesOn(a)) return a;
		return document.body;
	};
	const buttonsIn = (box) => deepAll(box, "button, input[type=submit], input[type=image], [role=button]").filter(shown);
	// A single-page app's "Next" is often a plain button with a click handler.
	const next = (box) => deepAll(box, "button, input[type=submit], [role=button]")
		.find((b) => shown(b) && /^\s*(next|continue|proceed|(log|sign)\s?(in|on))\b/i.test(says(b))) || null;
	const pass = deepAll(document, "input[type=password]").find(shown);
	if (part === "password") return pass || null;
	if (!pass) {
		const only = texts(document);
		const id = only.length === 1 && userish(only[0]) && next(formOf(only[0])) ? only[0] : null;
		if (part === "identifier") return id;
		return part === "submit" && id ? next(formOf(id)) : null;
	}
	if (part === "identifier") return null;
	const box = formOf(pass);
	const inputs = deepAll(document, "input"); // in the order a reader meets them, across shadow roots
	const before = (el) => inputs.indexOf(el) < inputs.indexOf(pass);
	const candidates = texts(box).filter(before);
	if (part === "user") return candidates.find(userish) || candidates[candidates.length - 1] || null;
	// Whether the page is a sign-in form: one password, after a user field or two ("sign-in"),
	// or after none, as an identifier-first sign-in's second page asks ("password-form"). A
	// profile changing its password asks for two or three, after its name and address fields.
	const onePassword = candidates.length <= 2 && deepAll(box, "input[type=password]").filter(shown).length === 1;
	if (part === "sign-in") return onePassword && candidates.length > 0;
	if (part === "password-form") return onePassword;
	const buttons = buttonsIn(box);
	return buttons.find((b) => submits(b) && primary(b)) || buttons.find(primary) ||
		buttons.find((b) => submits(b) && !/^\s*(cancel|close|back|dismiss|×|x)\s*$/i.test(says(b))) || null;
}`)

// signInShown reports whether the page still asks to sign in: a password field to sign in
// with, in a form that asks for no other password (a profile changing its password does).
func (s *Scenario) signInShown(ctx context.Context) (bool, error) {
	form, err := s.passwordShown(ctx)
	if err != nil || !form {
		return false, err
	}
	res, err := s.session.Page.Context(ctx).Eval(loginFieldJS, "password-form")
	if err != nil {
		return false, fmt.Errorf("read the page: %w", err)
	}
	return res.Value.Bool(), nil
}

// passwordShown reports whether the page shows a password field to sign in with: a log-in
// form. A field for a new password (a profile page's, hidden or not) is not one.
func (s *Scenario) passwordShown(ctx context.Context) (bool, error) {
	res, err := s.session.Page.Context(ctx).Eval(passwordShownJS)
	if err != nil {
		return false, fmt.Errorf("read the page: %w", err)
	}
	return res.Value.Bool(), nil
}

var passwordShownJS = flattree.With(`() => FLAT_TREE.deepAll(document, "input[type=password]")
	.some((el) => el.checkVisibility() && (el.getAttribute("autocomplete") || "").toLowerCase() !== "new-password")`)

// pageAlert is what the page's alert says, as `: "…"`, or "".
func (s *Scenario) pageAlert(ctx context.Context) string {
	res, err := s.session.Page.Context(ctx).Eval(pageAlertJS)
	if err != nil || strings.TrimSpace(res.Value.Str()) == "" {
		return ""
	}
	return fmt.Sprintf(": %q", res.Value.Str())
}

// ErrSessionExpired is a saved session the panel no longer accepts: an environment problem
// (exit 3), not drift, with the one command that fixes it.
var ErrSessionExpired = errors.New("the saved session has expired or was logged out: save a new one with docdrift login --save-session FILE")

// checkSession passes the log-in step of a run with a saved session when the product shows
// no log-in form.
func (s *Scenario) checkSession(ctx context.Context) error {
	form, err := s.signInShown(ctx)
	if err != nil {
		return fmt.Errorf("log in: %w", err)
	}
	if form {
		return ErrSessionExpired
	}
	s.loggedIn = true
	return nil
}

var pageAlertJS = flattree.With(`() => FLAT_TREE.deepAll(document, "[role=alert], [aria-live=assertive]")
	.map((el) => el.innerText.trim()).filter(Boolean).join(" ").slice(0, 200)`)
