package steps

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/docdrift/docdrift/internal/browser"
	"github.com/docdrift/docdrift/internal/understand"
	"github.com/go-rod/rod"
)

// reloads is how often a page that did not load (a server error, a cut connection, an empty
// document) is loaded again, as a reader would, before the step gives up: panels have bad
// moments that are nobody's drift. The step timeout bounds the whole.
const reloads = 2

// busyPage bounds the wait after an action on a page that never stops being busy (a poll
// every half second, a live counter): the action is done, and what the next step looks for
// is waited for by that step. A document still loading is waited for to the step's end.
const busyPage = 3 * time.Second

// settle waits for what an action caused — a new document if one started loading, else the
// page settling: requests answered, the DOM still, animations over (browser.Session.Settle) —
// and checks the page arrived. A page that did not load is loaded again; a form's POST is
// sent again too: a failed answer means it did not take effect, and should it have, cleanup
// deletes accounts by their run-scoped name, duplicates included.
func (s *Scenario) settle(ctx context.Context) error {
	failed := map[string]int{} // a reload can land elsewhere: a redirect to another page
	for {
		if err := s.waitSettled(ctx); err != nil {
			return err
		}
		err := s.session.NotLoaded(ctx)
		var nl *browser.NotLoadedError
		if !errors.As(err, &nl) {
			if err != nil {
				return err
			}
			return s.checkSignedIn(ctx)
		}
		failed[nl.URL]++
		if !nl.Again || failed[nl.URL] > reloads {
			return nl
		}
		if err := s.session.Page.Context(ctx).Reload(); err != nil {
			return fmt.Errorf("reload %s: %w", nl.URL, err)
		}
	}
}

// loadWhole loads the page again before a step acts on it when a part of it failed after the
// last step saw it settle: a script's server error can be reported after the page went quiet
// (on a loaded machine), and a page without its script swallows the step's click.
func (s *Scenario) loadWhole(ctx context.Context) error {
	if s.session == nil || s.session.Document().Broken == "" {
		return nil
	}
	ctx, cancel := s.step(ctx)
	defer cancel()
	return s.settle(ctx)
}

// open loads url as a reader typing it into the address bar would, and waits for it to
// settle. A page the browser could not fetch shows its error page, which settle loads again.
func (s *Scenario) open(ctx context.Context, url string) error {
	err := s.session.Page.Context(ctx).Navigate(url)
	var nav *rod.NavigationError
	if err != nil && !errors.As(err, &nav) {
		if ctx.Err() != nil {
			return fmt.Errorf("open %s: the page did not finish loading: %w", url, ctx.Err())
		}
		return fmt.Errorf("open %s: %w", url, err)
	}
	return s.settle(ctx)
}

// reload loads the page again, as the browser's reload button does, and waits for it.
func (s *Scenario) reload(ctx context.Context, _ understand.Act) error {
	ctx, cancel := s.step(ctx)
	defer cancel()
	if err := s.session.Page.Context(ctx).Reload(); err != nil {
		return fmt.Errorf("reload the page: %w", err)
	}
	return s.settle(ctx)
}

// waitSettled waits for the page to settle, for at most busyPage unless a document is still
// loading.
func (s *Scenario) waitSettled(ctx context.Context) error {
	bctx, cancel := context.WithTimeout(ctx, busyPage)
	defer cancel()
	err := s.session.Settle(bctx)
	if errors.Is(err, browser.ErrTabClosed) {
		return err
	}
	if err == nil || ctx.Err() == nil && !s.session.Loading() {
		return nil
	}
	if ctx.Err() == nil {
		err = s.session.Settle(ctx)
	}
	if err != nil {
		return s.notSettled(ctx, err)
	}
	return nil
}

// notSettled explains a wait for the page that ran out: a document that never finished
// loading is the environment's failure.
func (s *Scenario) notSettled(ctx context.Context, err error) error {
	if ctx.Err() == nil {
		return err
	}
	doc := s.session.Document()
	return fmt.Errorf("the page did not finish loading (%s): %w", doc.URL, ctx.Err())
}

// checkSignedIn fails a step that went to a page asking to sign in again after the run
// signed in: not drift, the product ended the session (it expired or was revoked). A page that
// asks only for the password is not one.
func (s *Scenario) checkSignedIn(ctx context.Context) error {
	moves := s.session.Moves()
	went := moves != s.moves
	s.moves = moves
	if !s.loggedIn || !went {
		return nil
	}
	form, err := s.passwordShown(ctx)
	if err != nil || !form {
		return err
	}
	// A password asked for alone is the product making sure of the reader (a "confirm it's
	// you" page) for the doc's next step to give, and a form with more than one is a profile
	// changing it; a sign-in form asks who, too. The page has settled: what it shows is all
	// there is.
	signIn, err := s.session.Page.Context(ctx).Eval(loginFieldJS, "sign-in")
	if err != nil {
		return fmt.Errorf("read the page: %w", err)
	}
	if !signIn.Value.Bool() {
		return nil
	}
	if s.gavePassword {
		// The procedure gave the account's password to a form (a profile's password change,
		// to the same one): products end every session of an account whose password was
		// saved. That is the step's outcome, not the environment failing.
		s.notes = append(s.notes, "the product signed the run out after the password was saved; the run signed in again")
		s.loggedIn, s.gavePassword = false, false
		s.signedOut++
		return s.logIn(ctx)
	}
	return fmt.Errorf("the product asked to sign in again at %s: the session expired or was revoked", s.session.Document().URL)
}
