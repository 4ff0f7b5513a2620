package main

import (
	"fmt"

	"github.com/docdrift/docdrift/internal/creds"
	"github.com/docdrift/docdrift/steps"
)

// Credentials come from the environment or an owner-only file, never from flags: a password on
// a command line lands in shell history and in every process listing.
const (
	userVar = "DOCDRIFT_USERNAME"
	passVar = "DOCDRIFT_PASSWORD"
)

// noCredentials says where credentials may come from.
func noCredentials(userVar, passVar string) error {
	return fmt.Errorf("needs the owner's credentials: set $%s and $%s, or give --credentials FILE (an owner-only file of %s=… and %s=… lines)",
		userVar, passVar, userVar, passVar)
}

// ownerLogin reads the owner's credentials from file when given, else from the environment
// variables named userVar and passVar; empty when neither has them.
func ownerLogin(e *env, file, userVar, passVar string) (steps.Login, error) {
	if file != "" {
		c, err := creds.LoadCredentials(file, userVar, passVar)
		if err != nil {
			return steps.Login{}, fmt.Errorf("--credentials: %w", err)
		}
		return steps.Login{Username: c.Username, Password: c.Password}, nil
	}
	return steps.Login{Username: e.getenv(userVar), Password: e.getenv(passVar)}, nil
}
