package steps

import (
	"context"
	"errors"
	"fmt"

	"github.com/docdrift/docdrift/internal/locate"
	"github.com/docdrift/docdrift/internal/understand"
)

// reauthenticate gives the run's password where the product asks again who the reader is (an
// administrative-access prompt, a "confirm it's you" dialog) and submits it, as signing in
// does. Before signing in, "enter your password" is the sign-in itself.
func (s *Scenario) reauthenticate(ctx context.Context, _ understand.Act) error {
	if !s.loggedIn {
		return s.logIn(ctx)
	}
	if s.cfg.Login.Password == "" {
		return errors.New("the doc asks for your password, and the run was given none (--credentials)")
	}
	ctx, cancel := s.step(ctx)
	defer cancel()
	pass, err := s.loginField(ctx, "password", "", locate.Textbox)
	if err != nil {
		return err
	}
	if pass == nil {
		return mismatch("nothing on the page asks for your password")
	}
	// Typed first, as a reader does: a prompt may enable its button only once there is a
	// password to send.
	if err := s.typeInto(ctx, pass, "the password", s.cfg.Login.Password); err != nil {
		return err
	}
	submit, err := s.loginField(ctx, "submit", "", locate.Button)
	if err != nil {
		return err
	}
	if submit == nil {
		return mismatch("the password field has no button to submit it with")
	}
	if err := s.pressOwn(ctx, submit); err != nil {
		return err
	}
	if shown, err := s.passwordShown(ctx); err != nil || shown {
		if err == nil {
			err = fmt.Errorf("gave the password of %s: the product still asks for it%s (a wrong password?)", s.cfg.Login.Username, s.pageAlert(ctx))
		}
		return err
	}
	return nil
}
